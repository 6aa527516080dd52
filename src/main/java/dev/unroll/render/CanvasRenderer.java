package dev.unroll.render;

import dev.unroll.diagram.Box;
import dev.unroll.diagram.Drawing;
import dev.unroll.diagram.DrawingTarget;
import dev.unroll.diagram.Element;
import dev.unroll.diagram.Element.PathOp;
import dev.unroll.diagram.ElementBounds;
import dev.unroll.diagram.Paint;
import dev.unroll.diagram.PathTarget;
import dev.unroll.diagram.Typography;
import java.util.function.Function;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Paints a {@link Drawing} on a JavaFX canvas: the screen's output. The caller sets up the
 * transform (zoom and pan); this paints in the drawing's own coordinates.
 */
public final class CanvasRenderer {

    private final Text measurer = new Text();

    /** Paints every element of {@code drawing}, including its background unless that is {@link Paint#NONE}. */
    public void render(GraphicsContext g, Drawing drawing) {
        render(g, drawing, null, null);
    }

    /**
     * Paints {@code drawing} as {@link #render(GraphicsContext, Drawing)} does, but only the elements
     * that may reach into {@code visible} (in the drawing's units; null for all): a top-level element
     * where {@code bounds} says it may paint, and of a group that crosses the edge of {@code visible},
     * each child as {@link ElementBounds} measures it. Left out, elements that cannot reach the visible
     * part leave its pixels as they were, and a small part of a large picture costs only what it shows.
     */
    public void render(GraphicsContext g, Drawing drawing, Box visible, Function<Element, Box> bounds) {
        g.save();
        g.setLineCap(StrokeLineCap.ROUND);
        if (drawing.background().isVisible()) {
            g.setFill(color(drawing.background()));
            g.fillRect(drawing.x(), drawing.y(), drawing.width(), drawing.height());
        }
        Painter painter = new Painter(g);
        for (Element e : drawing.elements()) {
            Box reach = visible == null ? null : bounds.apply(e);
            if (visible == null) {
                e.drawOn(painter);
            } else if (reach != null && reach.overlaps(visible)) {
                // a group wholly in view draws all its children; one that crosses its edge, those that reach in
                painter.clip = isInside(reach, visible) ? null : visible;
                e.drawOn(painter);
            }
        }
        g.restore();
    }

    /** Follows a path on a graphics context, adding each segment to its current path. */
    private static final class Tracer implements PathTarget {

        private final GraphicsContext g;

        Tracer(GraphicsContext g) {
            this.g = g;
        }

        @Override
        public void moveTo(PathOp.MoveTo m) {
            g.moveTo(m.x(), m.y());
        }

        @Override
        public void lineTo(PathOp.LineTo l) {
            g.lineTo(l.x(), l.y());
        }

        @Override
        public void cubicTo(PathOp.CubicTo c) {
            g.bezierCurveTo(c.x1(), c.y1(), c.x2(), c.y2(), c.x(), c.y());
        }
    }

    /**
     * Paints onto one graphics context. The renderer is made once and keeps its text measurer, while
     * the context comes with each {@link #render} call, so each call draws on a target of its own.
     */
    private final class Painter implements DrawingTarget {

        private final GraphicsContext g;
        /** Where a group's children must reach to be drawn; null to draw them all. */
        private Box clip;

        Painter(GraphicsContext g) {
            this.g = g;
        }

        /** A part adds nothing to the picture but its children: the screen names parts by hit-testing the layout. */
        @Override
        public void group(Element.Group group) {
            for (Element child : group.children()) {
                if (clip == null || ElementBounds.reaches(child, clip)) {
                    child.drawOn(this);
                }
            }
        }

        /** A square-cornered rectangle as a plain one: the software pipeline fills that without tracing a shape. */
        @Override
        public void rect(Element.Rect r) {
            double arc = r.radius() * 2;
            if (r.fill().isVisible()) {
                g.setFill(color(r.fill()));
                if (arc > 0) {
                    g.fillRoundRect(r.x(), r.y(), r.width(), r.height(), arc, arc);
                } else {
                    g.fillRect(r.x(), r.y(), r.width(), r.height());
                }
            }
            if (stroke(g, r.stroke())) {
                if (arc > 0) {
                    g.strokeRoundRect(r.x(), r.y(), r.width(), r.height(), arc, arc);
                } else {
                    g.strokeRect(r.x(), r.y(), r.width(), r.height());
                }
            }
        }

        /** The cells as an image of one pixel a cell, scaled up without smoothing: thousands of cells cost one draw. */
        @Override
        public void cells(Element.Cells c) {
            if (c.columns() == 0 || c.rows() == 0) {
                return;
            }
            javafx.scene.image.WritableImage image = new javafx.scene.image.WritableImage(c.columns(), c.rows());
            int[] argb = c.rgb();
            for (int i = 0; i < argb.length; i++) {
                argb[i] |= 0xFF00_0000;
            }
            image.getPixelWriter().setPixels(0, 0, c.columns(), c.rows(),
                    javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, c.columns());
            boolean smoothing = g.isImageSmoothing();
            g.setImageSmoothing(false);
            g.drawImage(image, c.x(), c.y(), c.columns() * c.cellWidth(), c.rows() * c.cellHeight());
            g.setImageSmoothing(smoothing);
        }

        @Override
        public void path(Element.Path p) {
            if (!stroke(g, p.stroke())) {
                return;
            }
            g.beginPath();
            p.traceOn(new Tracer(g));
            g.stroke();
        }

        @Override
        public void polygon(Element.Polygon p) {
            int n = p.points().length / 2;
            double[] xs = new double[n];
            double[] ys = new double[n];
            for (int i = 0; i < n; i++) {
                xs[i] = p.points()[2 * i];
                ys[i] = p.points()[2 * i + 1];
            }
            g.setFill(color(p.fill()));
            g.fillPolygon(xs, ys, n);
        }

        @Override
        public void text(Element.Text t) {
            g.setFill(color(t.fill()));
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.BASELINE);
            for (Element.PlacedRun placed : t.place(run -> width(run.text(), font(t.sizeOf(run), t.bold())))) {
                g.setFont(font(placed.size(), t.bold()));
                g.fillText(placed.run().text(), placed.x(), placed.y());
            }
        }
    }

    private static boolean isInside(Box inner, Box outer) {
        return inner.x() >= outer.x() && inner.right() <= outer.right() && inner.y() >= outer.y() && inner.bottom() <= outer.bottom();
    }

    private double width(String text, Font font) {
        measurer.setFont(font);
        measurer.setText(text);
        return measurer.getLayoutBounds().getWidth();
    }

    private static Font font(double size, boolean bold) {
        return Font.font(Typography.FONT_FAMILY, bold ? FontWeight.BOLD : FontWeight.NORMAL, size);
    }

    /** Sets the stroke up; false when there is nothing to stroke. */
    private static boolean stroke(GraphicsContext g, Element.Stroke s) {
        if (!s.isVisible()) {
            return false;
        }
        g.setStroke(color(s.paint()));
        g.setLineWidth(s.width());
        g.setLineDashes(s.dashes().length == 0 ? null : s.dashes());
        return true;
    }

    /** The JavaFX colour of a paint: the one conversion every view on screen uses. */
    public static Color color(Paint p) {
        return Color.rgb(p.red(), p.green(), p.blue(), p.opacity());
    }

    /** The opaque JavaFX colour of a theme colour 0xRRGGBB. */
    public static Color color(int rgb) {
        return color(Paint.of(rgb));
    }
}
