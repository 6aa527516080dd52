package dev.unroll.diagram;

/** An axis-aligned rectangle: top-left corner, width and height. */
public record Box(double x, double y, double width, double height) {

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    /** Whether (px, py) lies inside or on the edge. */
    public boolean contains(double px, double py) {
        return px >= x && px <= right() && py >= y && py <= bottom();
    }

    /** Whether the two rectangles share any interior point (touching edges do not count). */
    public boolean overlaps(Box other) {
        return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
    }

    /** Whether (px, py) lies on the outline, within {@code tolerance}. */
    public boolean isOnOutline(double px, double py, double tolerance) {
        boolean withinX = px >= x - tolerance && px <= right() + tolerance;
        boolean withinY = py >= y - tolerance && py <= bottom() + tolerance;
        boolean onVertical = withinY && (Math.abs(px - x) <= tolerance || Math.abs(px - right()) <= tolerance);
        boolean onHorizontal = withinX && (Math.abs(py - y) <= tolerance || Math.abs(py - bottom()) <= tolerance);
        return onVertical || onHorizontal;
    }
}
