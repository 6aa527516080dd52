package dev.unroll.diagram;

/**
 * Every length the diagram is drawn to, in drawing units, each named once for what it does: the
 * layout places boxes and edges by them and the painter places text and marks by them, so a value
 * the two share cannot drift apart. A length that follows from a text size is computed from the
 * size in {@link Typography}.
 */
final class Metrics {

    // The page

    /** Space around the whole picture. */
    static final double MARGIN = 32;
    /** Room above the top row, for the current step's band, its caption and the return markers. */
    static final double TOP = 70;
    /** Room below the bottom row, for the captions, the formula and the legend. */
    static final double FOOTER = 104;
    /** Wide enough for the footer's formula and legend under a folded cell alone. */
    static final double MIN_WIDTH = 460;
    /** Room left of the folded cell for the glossary's "N = 1,024" beside it. */
    static final double FOLDED_LEFT_ROOM = 56;

    // Boxes and their cells

    /** The space between a box's border and its strip of cells, at the sides and the bottom. */
    static final double PAD = 5;
    /** How round a box's corners are. */
    static final double BOX_CORNER = 7;
    /** A strip with numbers in it is this wide, unless the labels above it need more. */
    static final double NUMBERED_CELL_WIDTH = 62;
    /** A strip of colour only is this wide, unless the labels above it need more. */
    static final double COLOUR_CELL_WIDTH = 38;
    /** A cell that holds a number is this tall: one small line with room above and below. */
    static final double NUMBERED_CELL_HEIGHT = 22;
    /** A cell of colour only is at most this tall, so a short vector beside a long one does not tower over it. */
    static final double MAX_COLOUR_CELL_HEIGHT = 14;
    /** The tallest strip of a long vector: its cells shrink to fit. */
    static final double MAX_STRIP = 220;
    /** A short vector beside long ones gets taller cells, so its strip stays big enough to read. */
    static final double MIN_STRIP = 28;
    /** A cell at least this tall has room for its value, even when the lesson is too big to number every cell. */
    static final double MIN_NUMBERED_CELL = 18;
    /** A cell at least this tall is set off from its neighbours by a line; thinner ones would be all line. */
    static final double MIN_SEPARATED_CELL = 8;
    /** How far a thin cell reaches into the next one, so antialiasing leaves no pale seam between them. */
    static final double THIN_CELL_OVERLAP = 0.5;
    /** The least room between a value and the sides of its cell. */
    static final double VALUE_INSET = 2;
    /** A value's baseline sits this far below its cell's middle, which centres a small-sized number in the cell. */
    static final double VALUE_DROP = 4.5;

    // Strips beside a box: the biases b and c, the sum a_t and the head's y_t

    /** A strip beside a box is this wide in a lesson whose cells hold numbers: room for a value such as −0.8 with its insets. */
    static final double SIDE_STRIP_WIDTH = 34;
    /** A strip beside a box is this narrow in a lesson of colour only, so a long chain stays calm. */
    static final double NARROW_SIDE_STRIP_WIDTH = 12;
    /** The space between a strip and the box or strip next to it. */
    static final double SIDE_STRIP_GAP = 5;
    /** Room above a strip for its letter. */
    static final double SIDE_STRIP_LABEL_HEIGHT = 17;
    /** A strip's letter has its baseline this far above the strip. */
    static final double SIDE_STRIP_LABEL_LIFT = 4;

    // Text inside a box

    /** What a line of text needs beyond its size, for descenders and a little air: a line at size s is s + LEADING tall. */
    static final double LEADING = 4;
    /** Room at the top of a box for its label, subscript included. */
    static final double LABEL_HEIGHT = 28;
    /** Room under the label for the vector's shape: one line of shape-sized text. */
    static final double SHAPE_HEIGHT = Typography.SHAPE_SIZE + LEADING;
    /** A step label's baseline sits one label line below the box's top, so its letters clear the border. */
    static final double STEP_LABEL_BASELINE = Typography.LABEL_SIZE + LEADING;
    /** A vector's shape sits on its strip, its baseline a box's padding above the strip's top. */
    static final double SHAPE_BASELINE = LABEL_HEIGHT + SHAPE_HEIGHT - PAD;
    /** The least room between a label and the sides of its box. */
    static final double LABEL_INSET = 5;

    // Rows and columns

    /** The gap between rows (o above h above x), where the vertical edges and their letters go. */
    static final double ROW_GAP = 66;
    /** The gap between columns of the chain, where the recurrent edge and its letter go. */
    static final double COLUMN_GAP = 78;
    /**
     * The least length of the recurrent edge where strips stand before the next box: its arrowhead,
     * its letter over the middle and a little line either side.
     */
    static final double RECURRENT_ARROW_ROOM = 44;
    /** The least gap between columns when the recurrent edge also carries its matrix's shape. */
    static final double COLUMN_GAP_WITH_SHAPES = 100;
    /** The space between the folded cell and the chain, holding the "= unroll" sign. */
    static final double SEPARATOR_WIDTH = 120;
    /** The space at either end of a chain that goes on out of the picture, holding an ellipsis. */
    static final double ELLIPSIS_WIDTH = 44;

    // Edges

    /** How far the folded loop reaches right of h's box. */
    static final double LOOP_REACH = 100;
    /**
     * How far right of the folded cell the loop's letter starts: just outside the curve's widest point,
     * which for a cubic whose two control points both reach {@link #LOOP_REACH} out lies at ¾ of it.
     */
    static final double LOOP_LABEL_REACH = LOOP_REACH * 0.75 + 8;
    /** The room after the loop's reach before whatever follows the folded cell. */
    static final double LOOP_CLEARANCE = 30;
    /** The loop leaves h's right side this far down the box, as a share of its height: in its upper half. */
    static final double LOOP_LEAVES = 0.3;
    /** The loop re-enters h this far down the box, as a share of its height: as far below the middle as it left above. */
    static final double LOOP_RETURNS = 0.7;
    /** How far the loop swells above and below where it leaves and re-enters h, as a share of h's height. */
    static final double LOOP_BULGE = 0.28;
    /** The least the loop swells above and below where it leaves and re-enters h. */
    static final double LOOP_MIN_BULGE = 36;
    /** The length of an arrowhead, from its base to its tip. */
    static final double ARROW_LENGTH = 10;
    /** Half the width of an arrowhead's base. */
    static final double ARROW_HALF_WIDTH = 5;
    /** An edge's line stops short of its tip by this share of the arrowhead's length, inside it, so the point stays sharp. */
    static final double ARROW_LINE_STOP = 0.8;
    /** How far right of a vertical edge its matrix letter starts. */
    static final double EDGE_LABEL_OFFSET = 9;
    /** How far above the recurrent edge its matrix letter's baseline sits. */
    static final double RECURRENT_LABEL_RISE = 9;
    /** A matrix letter's baseline sits this far below the height it labels, which centres a label-sized capital on it. */
    static final double LETTER_DROP = 5;
    /** How far below the recurrent edge its matrix's shape sits: under the arrow, as the letter is over it. */
    static final double RECURRENT_SHAPE_DROP = 18;
    /** The least room between a matrix's shape on the recurrent edge and the boxes either side. */
    static final double SHAPE_CLEARANCE = 12;
    /** A matrix letter's clickable box is this wide: about a bold W at label size, the widest of the letters. */
    static final double LETTER_BOX_WIDTH = 16;
    /** How far a matrix letter's clickable box reaches past the letter's anchored end, for a click at its edge. */
    static final double LETTER_BOX_SLACK = 2;
    /** How near an edge's route a point must be to pick the edge. */
    static final double PICK_TOLERANCE = 7;

    // Marks on the picture

    /** The length of the arrow out of the top of each h that leaves the layer. */
    static final double RETURN_MARKER_LENGTH = 30;
    /** How far the current step's band reaches beyond its boxes. */
    static final double BAND_PAD = 12;
    /** The band is rounded as much as it is padded, so its corners stay clear of the boxes' corners. */
    static final double BAND_CORNER = BAND_PAD;
    /** Without a head the band rises this far above h, to take in the return marker above it. */
    static final double BAND_OVER_MARKER = 44;
    /** The band's caption (t = 3) sits this far above the band. */
    static final double BAND_CAPTION_GAP = 8;
    /** The ring round a strip the glossary points at stands this far outside the strip. */
    static final double RING_GAP = 2;
    /** How round the ring's corners are. */
    static final double RING_CORNER = 3;
    /** The glossary's "N = 64" ends this far left of the state's box. */
    static final double SIZE_NOTE_GAP = 6;
    /** The glossary's note sits this far below the state's middle, clear of the recurrent edge, its letter and its shape. */
    static final double SIZE_NOTE_DROP = 34;
    /** The side of one square of a travelling value. */
    static final double PACKET_CELL = 12;
    /** The white tag under a travelling value reaches this far round its squares. */
    static final double PACKET_TAG_MARGIN = 3;
    /** How round the tag's corners are. */
    static final double PACKET_TAG_CORNER = 4;
    /** The equals sign's baseline sits this far below the middle of the h row, which centres the sign on the row. */
    static final double SIGN_DROP = 12;
    /** The word "unroll" sits this far below the middle of the h row, under the equals sign. */
    static final double SIGN_CAPTION_DROP = 36;
    /** An ellipsis's baseline sits this far below the middle of the h row, which centres its dots on the row. */
    static final double ELLIPSIS_DROP = 6;

    // The footer

    /** The captions' baseline sits this far into the footer. */
    static final double CAPTION_DROP = 18;
    /** The formula's baseline sits this far below the captions'. */
    static final double FORMULA_DROP = 26;
    /** The legend's colour bar starts this far below the captions' baseline. */
    static final double LEGEND_DROP = 42;
    /** The width of the legend's colour bar. */
    static final double LEGEND_WIDTH = 168;
    /** The height of the legend's colour bar, and of every swatch beside it. */
    static final double LEGEND_BAR_HEIGHT = 10;
    /** How far each step of the colour bar reaches into the next, so antialiasing leaves no seam. */
    static final double LEGEND_STEP_OVERLAP = 0.3;
    /** The bar's numbers sit this far below the bar's top: under the bar, clear of it. */
    static final double LEGEND_TICK_BASELINE = 23;
    /** The legend's notes start this far right of the colour bar. */
    static final double LEGEND_NOTE_GAP = 14;
    /** A legend note's baseline sits this far below its row's top, level with the bar beside it. */
    static final double LEGEND_NOTE_BASELINE = 9;
    /** A second row of legend notes starts this far below the first. */
    static final double LEGEND_ROW = 14;
    /** How far below the values' legend the gradients' legend bar starts, in the backward picture: a row of its own, inside the footer. */
    static final double GRADIENT_LEGEND_DROP = 31;

    // The mark for infinity and NaN

    /** The least cell height at which hatching reads as lines rather than as noise. */
    static final double MIN_HATCHED_HEIGHT = 8;
    /** The distance between two hatching lines, measured along the cell's side. */
    static final double HATCH_SPACING = 6;
    /** A hatching line that spans less than this across its cell is left out: it would show as a speck, not a line. */
    static final double SHORTEST_HATCH = 0.5;
    /** The legend's swatch is this wide, room for a few hatching lines. */
    static final double SWATCH_WIDTH = 16;
    /** The legend's words start this far after the swatch. */
    static final double SWATCH_GAP = 5;

    private Metrics() {
    }

    /** The room under x for the arrow of the lookup E[id], which rises from the word into x_t. */
    static final double WORD_ARROW = 30;
    /** The two lines under the arrow: the word, then its token id. */
    static final double WORD_LINES = 42;
    /** The space kept between the words of neighbouring columns. */
    static final double WORD_SPACING = 12;
    /** The baselines of the word and of its id, down from the top of their box. */
    static final double WORD_BASELINE = 14;
    static final double WORD_ID_BASELINE = 32;
    /** Where the lookup's label stands, right of the arrow, and how far it drops below the arrow's middle. */
    static final double LOOKUP_LABEL_OFFSET = 7;
    static final double LOOKUP_LABEL_DROP = 4;
    /** The probability's label over o_t in the sentiment picture: its baseline above the box. */
    static final double VERDICT_LIFT = 5;
    /** How much higher the current step's band reaches over a sentiment head: its probability's line and a gap. */
    static final double VERDICT_ROOM = VERDICT_LIFT + Typography.SMALL_SIZE + 4;
}
