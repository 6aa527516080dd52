package dev.unroll.diagram;

/**
 * The colours of everything in a diagram other than the values (those come from the
 * {@link DivergingPalette}), each 0xRRGGBB.
 */
public record Theme(Paint paper, int ink, int muted, int faint, int box, int emptyCell, int accent, int matrix) {

    /** Dark ink on near-white paper, for the screen, slides and print. */
    public static final Theme LIGHT = new Theme(Paint.of(0xFBFBFA), 0x1F2933, 0x52606D, 0xA7B1BC, 0xFFFFFF,
            0xFFFFFF, 0x2166AC, 0x3E4C59);

    /** The same theme on a transparent background. */
    public Theme transparent() {
        return new Theme(Paint.NONE, ink, muted, faint, box, emptyCell, accent, matrix);
    }
}
