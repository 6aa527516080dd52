package dev.unroll.diagram;

/**
 * The colours of everything drawn on a canvas other than the values (those come from the
 * {@link DivergingPalette}), each 0xRRGGBB: the diagram and the views beside it (heatmap, matrix,
 * sparkline, the diagram's ruler) read them here, so each colour is named once.
 *
 * @param paper      the background
 * @param ink        text and lines that carry meaning, and text on light value cells
 * @param muted      secondary text: shapes, the footer, axes' numbers, the ruler's text
 * @param faint      what is not computed yet (outlines, labels, future edges) and quiet axes
 * @param box        the fill of a box and the lines between its cells
 * @param emptyCell  a cell whose value is not computed yet
 * @param accent     what is current: the step in focus, the cursor, the steps in sight
 * @param matrix     the weight matrices' letters on the edges
 * @param inkOnDark  text on dark value cells
 * @param rulerBand  the band the diagram's ruler sits on, the colour of the bars around the view
 * @param rulerLine  the line between the diagram and its ruler
 * @param rulerTrack the ruler's bar behind the steps in sight
 */
public record Theme(Paint paper, int ink, int muted, int faint, int box, int emptyCell, int accent, int matrix,
        int inkOnDark, int rulerBand, int rulerLine, int rulerTrack) {

    /** Dark ink on near-white paper, for the screen, slides and print. */
    public static final Theme LIGHT = new Theme(Paint.of(0xFBFBFA), 0x1F2933, 0x52606D, 0xA7B1BC, 0xFFFFFF,
            0xFFFFFF, 0x2166AC, 0x3E4C59, 0xFFFFFF, 0xF3F4F6, 0xD9DDE3, 0xE4E7EB);

    /** The same theme on a transparent background. */
    public Theme transparent() {
        return new Theme(Paint.NONE, ink, muted, faint, box, emptyCell, accent, matrix, inkOnDark, rulerBand,
                rulerLine, rulerTrack);
    }
}
