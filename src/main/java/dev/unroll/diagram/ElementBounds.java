package dev.unroll.diagram;

import dev.unroll.diagram.Element.PathOp;

/**
 * The rectangle an element may paint, in drawing units, erring on the large side: strokes reach half
 * their width past their line, and a sharp corner's mitre further; a text may be set in a wider font
 * than {@link TextMetrics} knows. A screen that repaints only part of a picture uses it to decide
 * which elements can touch that part, so too large only costs a little work, too small a stale pixel.
 */
public final class ElementBounds implements DrawingTarget, PathTarget {

    /**
     * How far a stroke may reach past its line, in line widths: half a width for the round caps, up
     * to five for a mitred corner (JavaFX's default mitre limit is 10 half-widths).
     */
    private static final double STROKE_REACH = 5;
    /** How much wider than {@link TextMetrics} estimates a text may be set, as a share of its width. */
    private static final double TEXT_SLACK = 0.25;

    private double left = Double.POSITIVE_INFINITY;
    private double top = Double.POSITIVE_INFINITY;
    private double right = Double.NEGATIVE_INFINITY;
    private double bottom = Double.NEGATIVE_INFINITY;

    private ElementBounds() {
    }

    /** The rectangle {@code element} may paint; a group's holds all its children's. Null for an element that paints nothing. */
    public static Box of(Element element) {
        ElementBounds bounds = new ElementBounds();
        element.drawOn(bounds);
        return bounds.box();
    }

    /** Whether {@code element} may paint inside {@code area}: whether the rectangle {@link #of} gives overlaps it. */
    public static boolean reaches(Element element, Box area) {
        ElementBounds bounds = new ElementBounds();
        element.drawOn(bounds);
        return bounds.left < area.right() && area.x() < bounds.right && bounds.top < area.bottom() && area.y() < bounds.bottom;
    }

    private Box box() {
        return left > right ? null : new Box(left, top, right - left, bottom - top);
    }

    private void add(double x0, double y0, double x1, double y1) {
        left = Math.min(left, x0);
        top = Math.min(top, y0);
        right = Math.max(right, x1);
        bottom = Math.max(bottom, y1);
    }

    private void add(Box b, double margin) {
        add(b.x() - margin, b.y() - margin, b.right() + margin, b.bottom() + margin);
    }

    @Override
    public void cells(Element.Cells c) {
        add(c.x(), c.y(), c.x() + c.columns() * c.cellWidth(), c.y() + c.rows() * c.cellHeight());
    }

    @Override
    public void rect(Element.Rect r) {
        double reach = r.stroke().isVisible() ? r.stroke().width() : 0;
        add(new Box(r.x(), r.y(), r.width(), r.height()), reach);
    }

    /** The path's points and control points: a cubic curve stays inside the hull of its four points. */
    @Override
    public void path(Element.Path p) {
        if (!p.stroke().isVisible()) {
            return;
        }
        ElementBounds points = new ElementBounds();
        p.traceOn(points);
        Box line = points.box();
        if (line != null) {
            add(line, p.stroke().width() * STROKE_REACH);
        }
    }

    @Override
    public void polygon(Element.Polygon polygon) {
        double[] xy = polygon.points();
        for (int i = 0; i + 1 < xy.length; i += 2) {
            // a filled polygon's antialiased edge reaches into the pixel beside it, which the caller's margin covers
            add(xy[i], xy[i + 1], xy[i], xy[i + 1]);
        }
    }

    @Override
    public void text(Element.Text t) {
        Box b = TextMetrics.bounds(t);
        double slack = b.width() * TEXT_SLACK / 2 + t.size() / 2;
        add(b.x() - slack, b.y() - t.size() / 4, b.right() + slack, b.bottom() + t.size() / 4);
    }

    @Override
    public void group(Element.Group group) {
        group.drawChildrenOn(this);
    }

    @Override
    public void moveTo(PathOp.MoveTo m) {
        add(m.x(), m.y(), m.x(), m.y());
    }

    @Override
    public void lineTo(PathOp.LineTo l) {
        add(l.x(), l.y(), l.x(), l.y());
    }

    @Override
    public void cubicTo(PathOp.CubicTo c) {
        add(Math.min(c.x1(), c.x2()), Math.min(c.y1(), c.y2()), Math.max(c.x1(), c.x2()), Math.max(c.y1(), c.y2()));
        add(c.x(), c.y(), c.x(), c.y());
    }
}
