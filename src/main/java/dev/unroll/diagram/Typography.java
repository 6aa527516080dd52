package dev.unroll.diagram;

/** How text is set in every output, so the screen, the SVG and the PNG look alike. */
public final class Typography {

    /** The family every renderer asks for first. */
    public static final String FONT_FAMILY = "DejaVu Sans";
    /** A subscript's size relative to its line. */
    public static final double SUBSCRIPT_SCALE = 0.72;
    /** How far a subscript's baseline sits below its line's, relative to the line's size. */
    public static final double SUBSCRIPT_DROP = 0.3;

    private Typography() {
    }
}
