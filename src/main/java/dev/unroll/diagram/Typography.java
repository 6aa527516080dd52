package dev.unroll.diagram;

/**
 * How text is set in every output, so the screen, the SVG and the PNG look alike: the family, how a
 * subscript sits, and the size of each kind of text in the diagram, so that no size is written twice.
 */
public final class Typography {

    /** The family every renderer asks for first. */
    public static final String FONT_FAMILY = "DejaVu Sans";
    /** A subscript's size relative to its line. */
    public static final double SUBSCRIPT_SCALE = 0.72;
    /** How far a subscript's baseline sits below its line's, relative to the line's size. */
    public static final double SUBSCRIPT_DROP = 0.3;

    /** A node's label (x, h, o with the step as a subscript) and a matrix's letter: the picture's names, set largest inside it. */
    public static final double LABEL_SIZE = 15;
    /** A shape annotation such as (64,) or (64, 32): fine print that stays out of the labels' way. */
    public static final double SHAPE_SIZE = 11;
    /** A value written in its cell, and the short notes beside the chain (t = 3, N = 64): small, yet read at a glance. */
    public static final double SMALL_SIZE = 12;
    /** The captions under the pictures and the word under the equals sign: a step smaller than the formula they go with. */
    public static final double CAPTION_SIZE = 13;
    /** The step's formula in the footer, the line a reader copies: the largest text outside the picture. */
    public static final double FORMULA_SIZE = 14;
    /** The legend's numbers and notes: fine print, like the shapes. */
    public static final double LEGEND_SIZE = 11;
    /** The equals sign between the folded cell and the unrolled chain: as big as a picture-wide sign needs to be. */
    public static final double SIGN_SIZE = 40;
    /** The ellipsis where the chain goes on out of the picture: large enough to read as a gap, not as a label. */
    public static final double ELLIPSIS_SIZE = 22;

    private Typography() {
    }
}
