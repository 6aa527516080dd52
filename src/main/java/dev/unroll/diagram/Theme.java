package dev.unroll.diagram;

/**
 * The colours of everything drawn on a canvas, each 0xRRGGBB: the diagram and the views beside it
 * (heatmap, matrix, sparkline, the diagram's ruler) read them here, so each colour is named once. The
 * values' colours come from the theme's {@link DivergingPalette}, which a user may swap for another
 * ({@link #withValues}).
 *
 * @param paper      the background
 * @param ink        text and lines that carry meaning
 * @param muted      secondary text: shapes, the footer, axes' numbers, the ruler's text
 * @param faint      what is not computed yet (outlines, labels, future edges) and quiet axes
 * @param box        the fill of a box and the lines between its cells
 * @param emptyCell  a cell whose value is not computed yet
 * @param accent     what is current: the step in focus, the cursor, the steps in sight
 * @param matrix     the weight matrices' letters on the edges
 * @param inkOnLight text on light value cells, whatever the paper
 * @param inkOnDark  text on dark value cells, whatever the paper
 * @param rulerBand  the band the diagram's ruler sits on, the colour of the bars around the view
 * @param rulerLine  the line between the diagram and its ruler
 * @param rulerTrack the ruler's bar behind the steps in sight
 * @param values     the colours of the values
 * @param gradients  the colours of the backward pass: its log-scaled magnitudes and the ink of the edges it flows back along
 */
public record Theme(Paint paper, int ink, int muted, int faint, int box, int emptyCell, int accent, int matrix,
        int inkOnLight, int inkOnDark, int rulerBand, int rulerLine, int rulerTrack, DivergingPalette values,
        GradientScale gradients) {

    /**
     * ColorBrewer's nine-class Greens, from near-white (small) to dark green (large): a sequential scale for
     * magnitudes, apart in hue from the values' diverging scales, so a gradient never reads as a value.
     */
    private static final int[] GREENS = {
        0xF7FCF5, 0xE5F5E0, 0xC7E9C0, 0xA1D99B, 0x74C476, 0x41AB5D, 0x238B45, 0x006D2C, 0x00441B};

    /**
     * The colours of gradients: a magnitude's colour on a logarithmic scale of {@value #DECADES} decades
     * below the largest, and the ink of the edges a gradient flows back along.
     *
     * @param ink   the edges that carry a gradient back and its travelling tag's outline
     * @param stops the scale's colours from the smallest magnitude to the largest
     */
    public record GradientScale(int ink, int[] stops) {

        /** How many powers of ten the scale spans below its top; smaller magnitudes take its first colour. */
        public static final int DECADES = 4;

        /**
         * The colour of a gradient component g on a scale whose top is {@code top}: the position
         * 1 + log₁₀(|g| / top) / DECADES, clamped to [0, 1], along the stops; infinity and NaN are
         * {@link DivergingPalette#NON_FINITE}.
         */
        public int rgb(double g, double top) {
            if (!Double.isFinite(g)) {
                return DivergingPalette.NON_FINITE;
            }
            return at(position(g, top));
        }

        /** Where |g| falls on the scale, in [0, 1]. */
        public static double position(double g, double top) {
            double magnitude = Math.abs(g);
            if (magnitude == 0 || !(top > 0)) {
                return 0;
            }
            return Math.max(0, Math.min(1, 1 + Math.log10(magnitude / top) / DECADES));
        }

        /** The colour at {@code position} in [0, 1] along the stops, mixed linearly in sRGB. */
        public int at(double position) {
            double p = Math.max(0, Math.min(1, position)) * (stops.length - 1);
            int lower = Math.min((int) Math.floor(p), stops.length - 2);
            double f = p - lower;
            int rgb = 0;
            for (int shift = 16; shift >= 0; shift -= 8) {
                int a = (stops[lower] >> shift) & 0xFF;
                int b = (stops[lower + 1] >> shift) & 0xFF;
                rgb |= (int) Math.round(a + (b - a) * f) << shift;
            }
            return rgb;
        }
    }

    /** Dark ink on near-white paper, for the screen, slides and print. */
    public static final Theme LIGHT = new Theme(Paint.of(0xFBFBFA), 0x1F2933, 0x52606D, 0xA7B1BC, 0xFFFFFF,
            0xFFFFFF, 0x2166AC, 0x3E4C59, 0x000000, 0xFFFFFF, 0xF3F4F6, 0xD9DDE3, 0xE4E7EB,
            DivergingPalette.BLUE_WHITE_RED, new GradientScale(0x238B45, GREENS));

    /**
     * Light ink on charcoal paper, for a dark room or a dark slide: the inks keep at least 7 : 1 contrast
     * with the paper, the faint ink about 3.4 : 1, quiet as the light theme's yet legible.
     */
    public static final Theme DARK = new Theme(Paint.of(0x202329), 0xE4E7EB, 0xAEB7C1, 0x6B7683, 0x2B3038,
            0x2B3038, 0x6CB4EE, 0xCBD2D9, 0x000000, 0xFFFFFF, 0x292D34, 0x3E444D, 0x353B43,
            DivergingPalette.BLUE_WHITE_RED, new GradientScale(0x74C476, GREENS));

    /**
     * White on black with a yellow accent, for a washed-out projector or weak eyes: every ink, the faint
     * one included, reads at 7 : 1 or more (WCAG AAA), and the lines are the full ink.
     */
    public static final Theme HIGH_CONTRAST = new Theme(Paint.of(0x000000), 0xFFFFFF, 0xF0F0F0, 0xA8A8A8, 0x000000,
            0x000000, 0xFFD60A, 0xFFFFFF, 0x000000, 0xFFFFFF, 0x000000, 0xFFFFFF, 0x3A3A3A,
            DivergingPalette.BLUE_WHITE_RED, new GradientScale(0x7CE08A, GREENS));

    /** The same theme on a transparent background. */
    public Theme transparent() {
        return new Theme(Paint.NONE, ink, muted, faint, box, emptyCell, accent, matrix, inkOnLight, inkOnDark,
                rulerBand, rulerLine, rulerTrack, values, gradients);
    }

    /** Whether the theme draws light ink on dark paper. */
    public boolean isDark() {
        return DivergingPalette.prefersDarkText(ink);
    }

    /**
     * The colours of a picture drawn on a transparent background for a slide of the given darkness: this
     * theme's where its ink reads on such a slide, else the light or dark theme's, with this theme's value
     * palette. The paper is left out, so the slide shows through, and the arrows and labels keep their
     * contrast with it.
     */
    public Theme onSlide(boolean darkSlide) {
        Theme drawn = isDark() == darkSlide ? this : (darkSlide ? DARK : LIGHT).withValues(values);
        return drawn.transparent();
    }

    /** The same theme with the values coloured by {@code palette}. */
    public Theme withValues(DivergingPalette palette) {
        return new Theme(paper, ink, muted, faint, box, emptyCell, accent, matrix, inkOnLight, inkOnDark,
                rulerBand, rulerLine, rulerTrack, palette, gradients);
    }

    /**
     * The ink that reads on a value cell of colour {@code rgb}: of the two, the one with the higher contrast.
     * With black and white inks every colour of the three palettes gets at least 4.5 : 1 (WCAG AA).
     */
    public int inkOn(int rgb) {
        return contrast(rgb, inkOnLight) >= contrast(rgb, inkOnDark) ? inkOnLight : inkOnDark;
    }

    /** The contrast ratio of two colours 0xRRGGBB as WCAG 2 defines it: from 1 (the same) to 21 (black and white). */
    public static double contrast(int a, int b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** WCAG 2's relative luminance: the channels made linear from sRGB, weighted by the eye's sensitivity. */
    private static double luminance(int rgb) {
        return 0.2126 * linear(rgb >> 16) + 0.7152 * linear(rgb >> 8) + 0.0722 * linear(rgb);
    }

    private static double linear(int channel) {
        double c = (channel & 0xFF) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
