package dev.unroll.diagram;

import dev.unroll.diagram.Element.Anchor;
import dev.unroll.diagram.Element.PathOp;
import dev.unroll.rnn.Dimensions;
import dev.unroll.rnn.HeadActivation;
import dev.unroll.rnn.Lesson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where every part of the two pictures goes: pure geometry, computed from the lesson's sizes, the
 * view options and the visible range, with no values and no painting. Rows from the top: o (with the
 * head), h, x; the folded cell on the left, the unrolled chain on the right. Beside every h that a
 * step computes stand two narrow strips, the bias b and the sum a_t, lined up with h's cells so that
 * row i reads b_i, a_i, h_i; beside every o stands c on its left and, with a sigmoid or softmax head,
 * y_t on its right. The unrolled chain
 * starts with the state entering its first column (h_0 for a chain that starts at t = 1) and lays
 * out only the columns that intersect the visible range, so its cost does not grow with T. A lesson with
 * an Embedding has a row of words under x: each step's word and token id, with an arrow up into x_t
 * labelled with the lookup E[id].
 */
public final class DiagramLayout {

    /** A lesson whose longest vector has at most this many components writes every value in its cell. */
    private static final int MAX_COMPONENTS_WITH_NUMBERS = 8;

    /** A vector node: its outer box, the strip of component cells inside it, and whether it has no value to show. */
    public record Node(Part part, Box box, Box strip, int length, double cellHeight, boolean empty) {
    }

    /**
     * An edge: its route, the arrow's tip and direction at the end, where its matrix label goes,
     * and the boxes it joins. {@code future} edges lead into steps not yet computed.
     */
    public record Edge(Part part, List<PathOp> route, double tipX, double tipY, double directionX, double directionY,
                       double labelX, double labelY, Anchor labelAnchor, boolean future, Box from, Box to) {

        /**
         * Roughly where the matrix's letter stands, a bold capital at {@link Typography#LABEL_SIZE}: from
         * the label's size above its baseline to a line's leading below it, so a click on it finds the edge.
         */
        public Box labelBox() {
            double width = Metrics.LETTER_BOX_WIDTH;
            double left = switch (labelAnchor) {
                case START -> labelX - Metrics.LETTER_BOX_SLACK;
                case MIDDLE -> labelX - width / 2;
                case END -> labelX - width + Metrics.LETTER_BOX_SLACK;
            };
            return new Box(left, labelY - Typography.LABEL_SIZE, width, Typography.LABEL_SIZE + Metrics.LEADING);
        }
    }

    /**
     * The word under x_t, part of x_t (a click on it selects x_t): {@code box} holds its word and id, and
     * the arrow from the box up into x_t (from {@code box}'s top to {@code input}'s bottom) carries the
     * lookup E[id].
     */
    public record Word(Part part, Box box, Box input, boolean future) {
    }

    private final Dimensions dimensions;
    private final DiagramOptions options;
    /** The token ids and their words, or null for a lesson whose inputs are vectors. */
    private final TokenWords tokenWords;
    private final List<Word> words = new ArrayList<>();
    /** The options' look, which decides every size and row. */
    private final DiagramLook look;
    private final boolean numbers;
    private final boolean anyNumbers;
    private final double cellWidth;
    private final double cellHeight;
    private final double boxWidth;
    private final double columnGap;
    private final double pitch;
    private final double oTop;
    private final double hTop;
    private final double xTop;
    private final double foldedLeft;
    private final double unrolledLeft;
    /** Whether the head applies an activation after o, so y_t is drawn beside o_t. */
    private final boolean activatedHead;
    /** The width of the strips beside h (b and a) and beside o (c and y): wide enough for numbers where the box beside them has them. */
    private final double stateStripWidth;
    private final double outputStripWidth;
    /** The room the two strips b and a take left of h. */
    private final double sideRoom;
    private final int first;
    private final int last;
    private final List<Node> nodes = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();
    private final Box bounds;

    private DiagramLayout(Dimensions d, DiagramOptions o, int first, int last, double visibleFrom, double visibleTo,
                          boolean activatedHead, TokenWords tokenWords) {
        this.dimensions = d;
        this.tokenWords = tokenWords;
        this.options = o;
        this.look = o.look();
        this.activatedHead = activatedHead && look.head();
        this.first = first;
        this.last = last;
        int widest = Math.max(d.inputFeatures(), Math.max(d.units(), look.head() ? Math.max(1, d.outputSize()) : 1));
        numbers = widest <= MAX_COMPONENTS_WITH_NUMBERS;
        cellHeight = numbers ? Metrics.NUMBERED_CELL_HEIGHT : Math.min(Metrics.MAX_COLOUR_CELL_HEIGHT, Metrics.MAX_STRIP / widest);
        anyNumbers = writesValues(d.inputFeatures()) || writesValues(d.units())
                || look.head() && writesValues(outputLength());
        // the box holds its widest label: a long chain's h₉₉₉₉₉ outgrows a strip of colour
        boxWidth = Math.max(Math.max((anyNumbers ? Metrics.NUMBERED_CELL_WIDTH : Metrics.COLOUR_CELL_WIDTH) + 2 * Metrics.PAD,
                DiagramLabels.widestStepLabel(d.timesteps()) + 2 * Metrics.LABEL_INSET),
                look.shapes() ? DiagramLabels.widestVectorShape(d) + 2 * Metrics.LABEL_INSET : 0);
        cellWidth = boxWidth - 2 * Metrics.PAD;
        stateStripWidth = sideStripWidth(d.units());
        outputStripWidth = sideStripWidth(outputLength());
        sideRoom = 2 * (stateStripWidth + Metrics.SIDE_STRIP_GAP);
        // o's row holds c_t on o_t's left and y_{t−1} on o_{t−1}'s right in the same gap
        double outputRoom = look.head() ? (this.activatedHead ? 2 : 1) * (outputStripWidth + Metrics.SIDE_STRIP_GAP) : 0;
        // the strips stand in the gap; the recurrent edge keeps room for its letter (and its shape) and
        // for the glossary's "N = 64" under it
        double arrowRoom = Math.max(Metrics.RECURRENT_ARROW_ROOM, DiagramLabels.sizeNoteWidth(d.units()) + 2 * Metrics.SIZE_NOTE_GAP);
        if (look.shapes()) {
            arrowRoom = Math.max(arrowRoom, DiagramLabels.matrixShapeWidth(d, PartKind.EDGE_RECURRENT) + 2 * Metrics.SHAPE_CLEARANCE);
        }
        columnGap = Math.max(look.shapes() ? Metrics.COLUMN_GAP_WITH_SHAPES : Metrics.COLUMN_GAP,
                Math.max(sideRoom, outputRoom) + arrowRoom);
        pitch = boxWidth + columnGap;
        double oHeight = look.head() ? boxHeight(outputLength()) : 0;
        oTop = Metrics.TOP;
        hTop = Metrics.TOP + (look.head() ? oHeight + Metrics.ROW_GAP : 0);
        xTop = hTop + boxHeight(d.units()) + Metrics.ROW_GAP;
        double bottom = xTop + boxHeight(d.inputFeatures()) + wordRoom() + footer();

        double left = Metrics.MARGIN;
        foldedLeft = look.view().showsFolded() ? left + Metrics.FOLDED_LEFT_ROOM + Math.max(sideRoom, outputRoom) : Double.NaN;
        if (look.view().showsFolded()) {
            left = foldedLeft + boxWidth + Metrics.LOOP_REACH + Metrics.LOOP_CLEARANCE;
            if (look.shapes()) {
                // the loop's shape, written right of its letter, stays clear of what follows
                left = Math.max(left, foldedLeft + boxWidth + Metrics.LOOP_LABEL_REACH
                        + DiagramLabels.matrixShapeWidth(d, PartKind.EDGE_RECURRENT) + Metrics.SHAPE_CLEARANCE);
            }
            layOutFolded();
        }
        if (look.view() == ViewKind.BOTH) {
            left += Metrics.SEPARATOR_WIDTH;
        }
        unrolledLeft = left + (first > 1 ? Metrics.ELLIPSIS_WIDTH : 0);
        double right = left;
        if (look.view().showsUnrolled()) {
            layOutUnrolled(visibleFrom, visibleTo);
            right = columnLeft(last) + boxWidth + Math.max(last < d.timesteps() ? Metrics.ELLIPSIS_WIDTH : 0, rightReach());
            if (look.shapes()) {
                // the last column's vertical edges carry their shapes out to the right of its boxes
                right = Math.max(right, columnLeft(last) + boxWidth / 2 + Metrics.EDGE_LABEL_OFFSET
                        + DiagramLabels.widestVerticalShape(d, look.head()));
            }
        }
        bounds = new Box(0, 0, Math.max(Metrics.MIN_WIDTH, right + Metrics.MARGIN), bottom);
    }

    /** The whole unrolled chain, t = 1 … T, every column laid out, with a linear head (no y_t). */
    public static DiagramLayout of(Dimensions d, DiagramOptions o) {
        return of(d, o, false);
    }

    /**
     * The whole unrolled chain, t = 1 … T, every column laid out; {@code activatedHead} tells whether the
     * head applies a sigmoid or softmax after o, which puts y_t beside o_t.
     */
    public static DiagramLayout of(Dimensions d, DiagramOptions o, boolean activatedHead) {
        return of(d, o, 1, d.timesteps(), Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, activatedHead);
    }

    /**
     * The unrolled chain over columns {@code first} … {@code last}, laying out only the columns that
     * meet the horizontal range [{@code visibleFrom}, {@code visibleTo}].
     */
    public static DiagramLayout of(Dimensions d, DiagramOptions o, int first, int last,
                                   double visibleFrom, double visibleTo) {
        return of(d, o, first, last, visibleFrom, visibleTo, false);
    }

    /** As {@link #of(Dimensions, DiagramOptions, int, int, double, double)}, with y_t beside o_t when {@code activatedHead}. */
    public static DiagramLayout of(Dimensions d, DiagramOptions o, int first, int last,
                                   double visibleFrom, double visibleTo, boolean activatedHead) {
        return of(d, o, first, last, visibleFrom, visibleTo, activatedHead, null);
    }

    /**
     * As {@link #of(Dimensions, DiagramOptions, int, int, double, double, boolean)}, with each step's word
     * under its x when {@code words} is not null (a lesson with an Embedding).
     *
     * @throws IllegalArgumentException when the words are not one per timestep
     */
    public static DiagramLayout of(Dimensions d, DiagramOptions o, int first, int last,
                                   double visibleFrom, double visibleTo, boolean activatedHead, TokenWords words) {
        if (first < 1 || last > d.timesteps() || first > last) {
            throw new IllegalArgumentException("columns " + first + " to " + last + " do not lie in 1 to " + d.timesteps());
        }
        if (words != null && words.ids().size() != d.timesteps()) {
            throw new IllegalArgumentException(words.ids().size() + " words for " + d.timesteps() + " timesteps");
        }
        return new DiagramLayout(d, o, first, last, visibleFrom, visibleTo, activatedHead, words);
    }

    /** The height of the row of words under x: none without an Embedding. */
    private double wordRoom() {
        return tokenWords == null ? 0 : Metrics.WORD_ARROW + Metrics.WORD_LINES;
    }

    /** The word under {@code x}, at step t ≥ 1, when the lesson has words. */
    private void word(Node x, boolean future) {
        int t = x.part().t();
        if (tokenWords == null || t < 1) {
            return;
        }
        Box input = x.box();
        double width = Math.max(input.width(), pitch - Metrics.WORD_SPACING);
        Box box = new Box(input.centerX() - width / 2, input.bottom() + Metrics.WORD_ARROW, width, Metrics.WORD_LINES);
        words.add(new Word(x.part(), box, input, future));
    }

    /**
     * The columns a still picture shows: all of them when there are at most {@code maxColumns},
     * otherwise {@code maxColumns} ending at the current step (or starting at 1 while t is small).
     */
    public static int[] stillWindow(int timesteps, int t, int maxColumns) {
        if (timesteps <= maxColumns) {
            return new int[] {1, timesteps};
        }
        int end = Math.max(maxColumns, Math.min(timesteps, t + 1));
        return new int[] {end - maxColumns + 1, end};
    }

    /** Whether the lesson's head applies a sigmoid or softmax after o, so a layout of it draws y_t. */
    public static boolean activatesHead(Lesson lesson) {
        return lesson.dimensions().hasHead() && lesson.headActivation() != HeadActivation.LINEAR;
    }

    /** How far right of its box a column's parts reach: y_t's strip, with an activated head. */
    private double rightReach() {
        return activatedHead ? Metrics.SIDE_STRIP_GAP + outputStripWidth : 0;
    }

    /** A strip beside a vector of {@code length} is wide enough for numbers when the vector's box has them. */
    private double sideStripWidth(int length) {
        return writesValues(length) ? Metrics.SIDE_STRIP_WIDTH : Metrics.NARROW_SIDE_STRIP_WIDTH;
    }

    private int outputLength() {
        return Math.max(1, dimensions.outputSize());
    }

    /** Whether a vector of {@code length} components has its values written in its cells. */
    private boolean writesValues(int length) {
        return numbers || cellHeightFor(length) >= Metrics.MIN_NUMBERED_CELL;
    }

    /** Whether any vector of the picture writes its values in its cells, rather than every one showing colour only. */
    public boolean writesAnyValues() {
        return anyNumbers;
    }

    /** Whether the node's cells hold their values as numbers: in a small lesson, or when its cells are tall enough. */
    public boolean writesValues(Node node) {
        return writesValues(node.length());
    }

    private double boxHeight(int length) {
        return Metrics.LABEL_HEIGHT + (look.shapes() ? Metrics.SHAPE_HEIGHT : 0) + length * cellHeightFor(length) + Metrics.PAD;
    }

    /** The lesson's common cell height, raised for a short vector so its strip is at least {@link Metrics#MIN_STRIP} high. */
    private double cellHeightFor(int length) {
        return Math.max(cellHeight, Metrics.MIN_STRIP / length);
    }

    private Node node(boolean folded, PartKind kind, int t, double left, double top, int length, boolean empty) {
        double height = boxHeight(length);
        Box box = new Box(left, top, boxWidth, height);
        double stripTop = top + Metrics.LABEL_HEIGHT + (look.shapes() ? Metrics.SHAPE_HEIGHT : 0);
        double cell = cellHeightFor(length);
        Box strip = new Box(left + Metrics.PAD, stripTop, cellWidth, length * cell);
        Node node = new Node(new Part(folded, kind, t), box, strip, length, cell, empty);
        nodes.add(node);
        return node;
    }

    /**
     * A strip beside {@code beside}, lined up with its cells, with room above for its letter:
     * {@code slot} −1 is next to the box on its left, −2 one further out, +1 next to it on its right.
     */
    private Node sideStrip(PartKind kind, Node beside, int slot, boolean empty) {
        Box next = beside.box();
        double width = beside.part().kind() == PartKind.H ? stateStripWidth : outputStripWidth;
        double step = width + Metrics.SIDE_STRIP_GAP;
        double left = slot < 0 ? next.x() + slot * step : next.right() + Metrics.SIDE_STRIP_GAP + (slot - 1) * step;
        Box strip = new Box(left, beside.strip().y(), width, beside.strip().height());
        Box box = new Box(left, strip.y() - Metrics.SIDE_STRIP_LABEL_HEIGHT, width,
                strip.height() + Metrics.SIDE_STRIP_LABEL_HEIGHT);
        Part part = new Part(beside.part().folded(), kind, beside.part().t());
        Node node = new Node(part, box, strip, beside.length(), beside.cellHeight(), empty);
        nodes.add(node);
        return node;
    }

    /**
     * The strips that go with a node a step computes, b and a left of h, c left of o and y right of
     * it; returns the leftmost, where an edge arriving from the left ends.
     */
    private Node sideStrips(Node node, boolean future) {
        boolean noStep = future || node.part().t() == 0;
        if (node.part().kind() == PartKind.H) {
            Node b = sideStrip(PartKind.B, node, -2, future);
            sideStrip(PartKind.A, node, -1, noStep);
            return b;
        }
        Node c = sideStrip(PartKind.C, node, -1, future);
        if (activatedHead) {
            sideStrip(PartKind.Y, node, 1, noStep);
        }
        return c;
    }
    private void layOutFolded() {
        int t = options.t();
        boolean noInput = t == 0;
        Node h = node(true, PartKind.H, t, foldedLeft, hTop, dimensions.units(), false);
        sideStrips(h, false);
        Node x = node(true, PartKind.X, t, foldedLeft, xTop, dimensions.inputFeatures(), noInput);
        word(x, noInput);
        // before the first step nothing has flowed yet: the folded edges wait, drawn like future ones
        verticalEdge(new Part(true, PartKind.EDGE_INPUT, t), x.box(), h.box(), noInput);
        loop(new Part(true, PartKind.EDGE_RECURRENT, t), h.box(), noInput);
        if (look.head()) {
            Node o = node(true, PartKind.O, t, foldedLeft, oTop, outputLength(), noInput);
            sideStrips(o, false);
            verticalEdge(new Part(true, PartKind.EDGE_OUTPUT, t), h.box(), o.box(), noInput);
        }
    }

    private void layOutUnrolled(double visibleFrom, double visibleTo) {
        double base = unrolledLeft;
        // column t spans [left(t) − gap, left(t) + boxWidth + reach], with left(t) = base + (t − first + 1) · pitch
        double lowest = Math.ceil((visibleFrom - boxWidth - rightReach() - base) / pitch) + first - 1;
        double highest = Math.floor((visibleTo + columnGap - base) / pitch) + first - 1;
        int from = (int) Math.max(first, Math.min(last + 1, lowest));
        int to = (int) Math.min(last, Math.max(first - 1, highest));
        int entry = first - 1;
        if (columnLeft(entry) + boxWidth >= visibleFrom && columnLeft(entry) <= visibleTo) {
            node(false, PartKind.H, entry, columnLeft(entry), hTop, dimensions.units(), entry > options.reached());
        }
        for (int t = from; t <= to; t++) {
            layOutColumn(t);
        }
    }

    private void layOutColumn(int t) {
        boolean future = t > options.reached();
        double left = columnLeft(t);
        Node h = node(false, PartKind.H, t, left, hTop, dimensions.units(), future);
        Node sum = sideStrips(h, future);
        Node x = node(false, PartKind.X, t, left, xTop, dimensions.inputFeatures(), future);
        word(x, future);
        verticalEdge(new Part(false, PartKind.EDGE_INPUT, t), x.box(), h.box(), future);
        Box previous = new Box(columnLeft(t - 1), hTop, boxWidth, h.box().height());
        double y = h.box().centerY();
        // U·h_{t−1} arrives at the sum: the strip of b, then a, left of h_t
        double tip = sum.box().x();
        List<PathOp> route = List.of(new PathOp.MoveTo(previous.right(), y), new PathOp.LineTo(tip, y));
        edges.add(new Edge(new Part(false, PartKind.EDGE_RECURRENT, t), route, tip, y, 1, 0,
                (previous.right() + tip) / 2, y - Metrics.RECURRENT_LABEL_RISE, Anchor.MIDDLE, future, previous, sum.box()));
        if (look.head() && (look.returnSequences() || t == dimensions.timesteps())) {
            Node o = node(false, PartKind.O, t, left, oTop, outputLength(), future);
            sideStrips(o, future);
            verticalEdge(new Part(false, PartKind.EDGE_OUTPUT, t), h.box(), o.box(), future);
        }
    }

    /** An upward edge from the top of {@code from} to the bottom of {@code to}, label to its right. */
    private void verticalEdge(Part part, Box from, Box to, boolean future) {
        double cx = from.centerX();
        List<PathOp> route = List.of(new PathOp.MoveTo(cx, from.y()), new PathOp.LineTo(cx, to.bottom()));
        double midY = (from.y() + to.bottom()) / 2;
        edges.add(new Edge(part, route, cx, to.bottom(), 0, -1, cx + Metrics.EDGE_LABEL_OFFSET, midY + Metrics.LETTER_DROP,
                Anchor.START, future, from, to));
    }

    /** The folded cell's recurrent loop: out of h's right side, round, and back into it lower down. */
    private void loop(Part part, Box h, boolean future) {
        double r = h.right();
        double y1 = h.y() + h.height() * Metrics.LOOP_LEAVES;
        double y2 = h.y() + h.height() * Metrics.LOOP_RETURNS;
        double bulge = Math.max(Metrics.LOOP_MIN_BULGE, h.height() * Metrics.LOOP_BULGE);
        List<PathOp> route = List.of(new PathOp.MoveTo(r, y1),
                new PathOp.CubicTo(r + Metrics.LOOP_REACH, y1 - bulge, r + Metrics.LOOP_REACH, y2 + bulge, r, y2));
        // the curve ends travelling from its second control point to the end point
        double dx = -Metrics.LOOP_REACH;
        double dy = -bulge;
        double length = Math.hypot(dx, dy);
        edges.add(new Edge(part, route, r, y2, dx / length, dy / length, r + Metrics.LOOP_LABEL_REACH,
                h.centerY() + Metrics.LETTER_DROP, Anchor.START, future, h, h));
    }

    /** The left edge of column t's boxes (t = first − 1 is the entering state). */
    public double columnLeft(int t) {
        return unrolledLeft + (t - first + 1) * pitch;
    }

    public Dimensions dimensions() {
        return dimensions;
    }

    public DiagramOptions options() {
        return options;
    }


    /** The first column of the unrolled chain. */
    public int firstColumn() {
        return first;
    }

    /** The last column of the unrolled chain. */
    public int lastColumn() {
        return last;
    }

    /** The nodes laid out, in painting order. */
    public List<Node> nodes() {
        return List.copyOf(nodes);
    }

    /** The words laid out under the inputs, each with the part x_t it belongs to; none without an Embedding. */
    public List<Word> words() {
        return List.copyOf(words);
    }

    /** The lesson's token ids and their words, or null when its inputs are vectors. */
    public TokenWords tokenWords() {
        return tokenWords;
    }

    /** The word laid out under the input {@code x}, if any. */
    public Optional<Word> wordOf(Part x) {
        return words.stream().filter(w -> w.part().equals(x)).findFirst();
    }

    /** The edges laid out, in painting order. */
    public List<Edge> edges() {
        return List.copyOf(edges);
    }

    /** The whole picture, including the columns that were not laid out because they are out of view. */
    public Box bounds() {
        return bounds;
    }

    /** The footer's height: the backward picture's holds a second legend, the gradients'. */
    private double footer() {
        return Metrics.FOOTER + (options.moment().backward() ? Metrics.GRADIENT_LEGEND_DROP : 0);
    }

    /** The top of the footer, where captions and the legend go. */
    public double footerTop() {
        return bounds.height() - footer() + Metrics.CAPTION_DROP;
    }

    /** The left edge of the folded cell's box, NaN when the view has no folded picture. */
    public double foldedLeft() {
        return foldedLeft;
    }

    /**
     * The folded cell's extent: its boxes, from o_t (or h_t) at the top to x_t at the bottom, and its
     * loop out to the loop's reach on the right; null when the view has no folded picture.
     */
    public Box foldedCellBounds() {
        if (!look.view().showsFolded()) {
            return null;
        }
        double top = (look.head() ? oTop : hTop) - Metrics.SIDE_STRIP_LABEL_HEIGHT;
        double bottom = xTop + boxHeight(dimensions.inputFeatures()) + wordRoom();
        double reach = Math.max(sideRoom, look.head() ? outputStripWidth + Metrics.SIDE_STRIP_GAP : 0);
        return new Box(foldedLeft - reach, top, reach + boxWidth + Metrics.LOOP_REACH, bottom - top);
    }

    /** The left edge of the unrolled chain's first box (the entering state). */
    public double unrolledLeft() {
        return columnLeft(first - 1);
    }

    /** The centre of the space between the two pictures, NaN unless both are shown. */
    public double separatorCenterX() {
        return look.view() == ViewKind.BOTH
                ? columnLeft(first - 1) - (first > 1 ? Metrics.ELLIPSIS_WIDTH : 0) - Metrics.SEPARATOR_WIDTH / 2
                : Double.NaN;
    }

    /**
     * A vertical line through the space between the two pictures, right of the "= unroll" sign
     * (a quarter of the space past its centre, clear of the word) and left of the chain's first box:
     * a screen that keeps the folded cell in place scrolls the chain only right of it. NaN unless
     * both are shown.
     */
    public double splitX() {
        return separatorCenterX() + Metrics.SEPARATOR_WIDTH / 4;
    }

    /** Whether the chain goes on before its first column (t = first − 1 > 0) and so begins with an ellipsis. */
    public boolean elidesStart() {
        return first > 1;
    }

    /** Whether the chain goes on after its last column. */
    public boolean elidesEnd() {
        return last < dimensions.timesteps();
    }

    /** The room the strips of b and a take left of an h box. */
    public double sideRoom() {
        return sideRoom;
    }

    /** The width of every node box. */
    public double boxWidth() {
        return boxWidth;
    }

    /** The distance from one column to the next. */
    public double pitch() {
        return pitch;
    }

    /** The vertical middle of the h row. */
    public double stateRowCenter() {
        return hTop + boxHeight(dimensions.units()) / 2;
    }


    /** The component of a node under (x, y): the index of the cell in its strip, or −1 outside the strip. */
    public int componentAt(Part node, double x, double y) {
        for (Node n : nodes) {
            if (n.part().equals(node) && n.strip().contains(x, y)) {
                return Math.min(n.length() - 1, (int) Math.floor((y - n.strip().y()) / n.cellHeight()));
            }
        }
        return -1;
    }

    /** The part under (x, y), with the diagram's usual tolerance of a few units around edges. */
    public Optional<Part> partAt(double x, double y) {
        return partAt(x, y, Metrics.PICK_TOLERANCE);
    }

    /**
     * The part under (x, y): a node if the point is in its box or in the box of its word, else an edge
     * whose matrix label is under it, else an edge within {@code tolerance} of its route.
     */
    public Optional<Part> partAt(double x, double y, double tolerance) {
        for (Node n : nodes) {
            if (n.box().contains(x, y)) {
                return Optional.of(n.part());
            }
        }
        for (Word w : words) {
            if (w.box().contains(x, y)) {
                return Optional.of(w.part());
            }
        }
        for (Edge e : edges) {
            if (e.labelBox().contains(x, y)) {
                return Optional.of(e.part());
            }
        }
        Edge best = null;
        double bestDistance = tolerance;
        for (Edge e : edges) {
            double d = Geometry.distanceToRoute(e.route(), x, y);
            if (d < bestDistance) {
                bestDistance = d;
                best = e;
            }
        }
        return Optional.ofNullable(best).map(Edge::part);
    }
}
