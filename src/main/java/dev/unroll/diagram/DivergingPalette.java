package dev.unroll.diagram;

/**
 * A diverging colour scale centred on 0: blue for negative values, near-white for 0, red for
 * positive ones. The stops are ColorBrewer's nine-class RdBu, which stays distinguishable for the
 * common forms of colour blindness; colours between stops are interpolated linearly in sRGB.
 */
public final class DivergingPalette {

    /** Blue (−1) through near-white (0) to red (+1). */
    public static final DivergingPalette BLUE_WHITE_RED = new DivergingPalette(new int[] {
        0x2166AC, 0x4393C3, 0x92C5DE, 0xD1E5F0, 0xF7F7F7, 0xFDDBC7, 0xF4A582, 0xD6604D, 0xB2182B});

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
