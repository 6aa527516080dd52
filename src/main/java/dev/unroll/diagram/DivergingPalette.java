package dev.unroll.diagram;

/**
 * A colour scale for values centred on 0, from −scale to +scale through nine stops; colours between
 * stops are interpolated linearly in sRGB. Every scale here stays distinguishable for the common
 * forms of colour blindness: ColorBrewer's nine-class RdBu (the default) and PuOr, both diverging
 * through near-white, and viridis, whose lightness rises steadily from −1 to +1, so it also reads in
 * grey.
 */
public final class DivergingPalette {

    /** Blue (−1) through near-white (0) to red (+1): ColorBrewer's RdBu. */
    public static final DivergingPalette BLUE_WHITE_RED = new DivergingPalette(new int[] {
        0x2166AC, 0x4393C3, 0x92C5DE, 0xD1E5F0, 0xF7F7F7, 0xFDDBC7, 0xF4A582, 0xD6604D, 0xB2182B});

    /** Purple (−1) through near-white (0) to orange (+1): ColorBrewer's PuOr, safe for red–green colour blindness. */
    public static final DivergingPalette PURPLE_WHITE_ORANGE = new DivergingPalette(new int[] {
        0x542788, 0x8073AC, 0xB2ABD2, 0xD8DAEB, 0xF7F7F7, 0xFEE0B6, 0xFDB863, 0xE08214, 0xB35806});

    /** Viridis: dark purple (−1) through teal (0) to yellow (+1), its lightness rising all the way. */
    public static final DivergingPalette VIRIDIS = new DivergingPalette(new int[] {
        0x440154, 0x472D7B, 0x3B528B, 0x2C728E, 0x21918C, 0x28AE80, 0x5EC962, 0xADDC30, 0xFDE725});

    /**
     * The colour of infinity and NaN: a neutral grey that lies on neither arm of the scale. Drawn in
     * the colour of the scale's end, an overflow would look like a large but ordinary value.
     */
    public static final int NON_FINITE = 0x666666;
    /** The lines that hatch a {@link #NON_FINITE} cell large enough to show them. */
    public static final int NON_FINITE_HATCH = 0x858585;

    private final int[] stops;

    private DivergingPalette(int[] stops) {
        this.stops = stops.clone();
    }

    /**
     * The colour of {@code value} on a scale from −{@code scale} to +{@code scale}, as 0xRRGGBB;
     * finite values beyond the scale take the end colours, infinity and NaN {@link #NON_FINITE}.
     */
    public int rgb(double value, double scale) {
        if (!Double.isFinite(value)) {
            return NON_FINITE;
        }
        double s = scale > 0 ? scale : 1;
        double unit = Math.max(-1, Math.min(1, value / s));
        // position along the stops: −1 ↦ 0, +1 ↦ stops.length − 1
        double position = (unit + 1) / 2 * (stops.length - 1);
        int lower = Math.min((int) Math.floor(position), stops.length - 2);
        double f = position - lower;
        return mix(stops[lower], stops[lower + 1], f);
    }

    /** A scale that fits values whose largest magnitude is {@code maxAbs}: 1 for a bounded activation, else maxAbs. */
    public static double scaleFor(boolean bounded, double maxAbs) {
        if (bounded || !(maxAbs > 0) || Double.isInfinite(maxAbs)) {
            return 1;
        }
        return maxAbs;
    }

    /** Whether dark text reads better than light text on {@code rgb}, by its relative luminance. */
    public static boolean prefersDarkText(int rgb) {
        double r = ((rgb >> 16) & 0xFF) / 255.0;
        double g = ((rgb >> 8) & 0xFF) / 255.0;
        double b = (rgb & 0xFF) / 255.0;
        return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.5;
    }

    private static int mix(int from, int to, double f) {
        int r = channel(from >> 16, to >> 16, f);
        int g = channel(from >> 8, to >> 8, f);
        int b = channel(from, to, f);
        return (r << 16) | (g << 8) | b;
    }

    private static int channel(int from, int to, double f) {
        int a = from & 0xFF;
        int b = to & 0xFF;
        return (int) Math.round(a + (b - a) * f);
    }
}
