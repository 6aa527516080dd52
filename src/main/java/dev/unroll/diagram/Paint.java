package dev.unroll.diagram;

/** A colour 0xRRGGBB with an opacity in [0, 1]; {@link #NONE} paints nothing. */
public record Paint(int rgb, double opacity) {

    /** No paint at all. */
    public static final Paint NONE = new Paint(0, 0);

    /** An opaque colour. */
    public static Paint of(int rgb) {
        return new Paint(rgb, 1);
    }

    /** Whether this paints anything. */
    public boolean isVisible() {
        return opacity > 0;
    }

    /** {@code #rrggbb}. */
    public String hex() {
        return String.format("#%06x", rgb & 0xFFFFFF);
    }

    public int red() {
        return (rgb >> 16) & 0xFF;
    }

    public int green() {
        return (rgb >> 8) & 0xFF;
    }

    public int blue() {
        return rgb & 0xFF;
    }
}
