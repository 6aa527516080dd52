package dev.unroll.render;

import dev.unroll.diagram.Drawing;
import dev.unroll.diagram.DrawingTarget;
import dev.unroll.diagram.Element;
import dev.unroll.diagram.Element.PathOp;
import dev.unroll.diagram.Paint;
import dev.unroll.diagram.PathTarget;
import dev.unroll.diagram.Typography;
import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;

/**
 * Paints a {@link Drawing} into an image with Java2D: the raster export. The command line writes
 * PNG files with it without starting the JavaFX toolkit or needing a display (it works with
 * {@code java.awt.headless=true}); the screen paints the same display list with the canvas
 * renderer, so there is still one drawing and one renderer per kind of output. Only
 * {@link #render} makes one; it is the {@link DrawingTarget} that method draws on.
 */
public final class Java2DRenderer implements DrawingTarget {

    /** The most pixels an image may have (about 1 GB of ARGB), so a mistaken scale fails with a message. */
    public static final long MAX_PIXELS = 1L << 28;
    private static final String FAMILY = Typography.FONT_FAMILY;

    private final Graphics2D g;

    /**
     * How far above and below its baseline a line of text can reach, in font sizes: the ascent of
     * the tallest glyph, or the descent plus a subscript's drop, with room to spare.
     */
    private static final double TEXT_REACH = 1.5;

    private Java2DRenderer(Graphics2D g) {
        this.g = g;
    }

    /**
     * The drawing at {@code scale} device pixels per drawing unit, with its background unless
     * {@code transparent} (or the background is {@link Paint#NONE}).
     *
     * @throws IllegalArgumentException if the scale is not positive or the image would be too large
     */
    public static BufferedImage render(Drawing drawing, double scale, boolean transparent) {
        int[] size = size(drawing, scale);
        BufferedImage image = new BufferedImage(size[0], size[1], imageType(drawing, transparent));
        paint(drawing, scale, transparent, image, 0);
        return image;
    }

    /**
     * The pixel size, {width, height}, of {@code drawing} at {@code scale}.
     *
     * @throws IllegalArgumentException if the scale is not positive or the image would be too large
     */
    public static int[] size(Drawing drawing, double scale) {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be a positive number, got " + scale);
        }
        int width = pixels(drawing.width(), scale);
        int height = pixels(drawing.height(), scale);
        if ((long) width * height > MAX_PIXELS) {
            throw new IllegalArgumentException(String.format(
                    "a %,d × %,d image is too large; use a smaller scale", width, height));
        }
        return new int[] {width, height};
    }

    /**
     * The kind of image that holds {@code drawing}: without alpha when the background covers every
     * pixel, which paints faster and encodes smaller, and with alpha otherwise.
     */
    public static int imageType(Drawing drawing, boolean transparent) {
        return opaque(drawing, transparent) ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB;
    }

    private static boolean opaque(Drawing drawing, boolean transparent) {
        return !transparent && drawing.background().isVisible() && drawing.background().opacity() >= 1;
    }

    /**
     * Paints the rows {@code top} to {@code top + image.getHeight()} of {@code drawing} at
     * {@code scale} into {@code image}, replacing what it held: the background (or clear pixels)
     * first, over the whole image, then the elements. Painting a tall picture a band at a time keeps
     * the memory to one band; a drawing smaller than the image leaves the rest background.
     */
    public static void paint(Drawing drawing, double scale, boolean transparent, BufferedImage image, int top) {
        int width = image.getWidth();
        int height = image.getHeight();
        Graphics2D g = image.createGraphics();
        try {
            g.setComposite(AlphaComposite.Src);
            // a colour made here, not a constant: java.awt.Color's first use loads AWT's native library, which
            // an SVG export that only asks this class for pixels() has no need of
            g.setColor(!transparent && drawing.background().isVisible() ? color(drawing.background()) : new Color(0, 0, 0, 0));
            g.fillRect(0, 0, width, height);
            g.setComposite(AlphaComposite.SrcOver);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            // pure strokes put lines where the drawing says, not snapped to whole pixels; fractional
            // metrics measure text as it is drawn at this scale, so centred labels really are centred
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            // elements wholly outside the band are skipped by the clip before they are rasterised
            g.clipRect(0, 0, width, height);
            g.translate(0, -top);
            g.scale(scale, scale);
            g.translate(-drawing.x(), -drawing.y());
            drawing.drawOn(new Java2DRenderer(g));
        } finally {
            g.dispose();
        }
    }

    /**
     * The whole pixels {@code length} drawing units need at {@code scale}, rounded up. A product a
     * hair above a whole number through rounding error (3 × 412.1 …) does not earn a blank column.
     */
    public static int pixels(double length, double scale) {
        return Math.max(1, (int) Math.ceil(length * scale - 1e-9));
    }

    /** A part adds nothing to the picture but its children: the raster has nowhere to name it. */
    @Override
    public void group(Element.Group group) {
        group.drawChildrenOn(this);
    }

    @Override
    public void rect(Element.Rect r) {
        java.awt.Shape shape = r.radius() > 0
                ? new RoundRectangle2D.Double(r.x(), r.y(), r.width(), r.height(), 2 * r.radius(), 2 * r.radius())
                : new Rectangle2D.Double(r.x(), r.y(), r.width(), r.height());
        if (r.fill().isVisible()) {
            g.setColor(color(r.fill()));
            g.fill(shape);
        }
        if (stroke(r.stroke())) {
            g.draw(shape);
        }
    }

    /** The cells as an image of one pixel a cell, scaled up without blending neighbours, as the screen draws them. */
    @Override
    public void cells(Element.Cells c) {
        if (c.columns() == 0 || c.rows() == 0) {
            return;
        }
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(c.columns(), c.rows(),
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, c.columns(), c.rows(), c.rgb(), 0, c.columns());
        Object interpolation = g.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        java.awt.geom.AffineTransform place = new java.awt.geom.AffineTransform(c.cellWidth(), 0, 0, c.cellHeight(), c.x(), c.y());
        g.drawImage(image, place, null);
        if (interpolation != null) {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
        }
    }

    @Override
    public void path(Element.Path p) {
        if (!stroke(p.stroke())) {
            return;
        }
        Shaper shaper = new Shaper();
        p.traceOn(shaper);
        g.draw(shaper.shape);
    }

    /** Builds a path's shape for Java2D; every path starts with a move (see {@link Element.Path}). */
    private static final class Shaper implements PathTarget {

        private final Path2D.Double shape = new Path2D.Double();

        @Override
        public void moveTo(PathOp.MoveTo m) {
            shape.moveTo(m.x(), m.y());
        }

        @Override
        public void lineTo(PathOp.LineTo l) {
            shape.lineTo(l.x(), l.y());
        }

        @Override
        public void cubicTo(PathOp.CubicTo c) {
            shape.curveTo(c.x1(), c.y1(), c.x2(), c.y2(), c.x(), c.y());
        }
    }

    @Override
    public void polygon(Element.Polygon p) {
        double[] pts = p.points();
        if (!p.fill().isVisible() || pts.length < 6) {
            return;
        }
        Path2D.Double shape = new Path2D.Double();
        shape.moveTo(pts[0], pts[1]);
        for (int i = 2; i + 1 < pts.length; i += 2) {
            shape.lineTo(pts[i], pts[i + 1]);
        }
        shape.closePath();
        g.setColor(color(p.fill()));
        g.fill(shape);
    }

    @Override
    public void text(Element.Text t) {
        if (outsideTheClipVertically(t)) {
            return;
        }
        int style = t.bold() ? Font.BOLD : Font.PLAIN;
        Font base = new Font(ResolvedFamily.NAME, style, 1);
        g.setColor(color(t.fill()));
        for (Element.PlacedRun placed : t.place(run -> g.getFontMetrics(fontFor(base, t.sizeOf(run), run.text()))
                .getStringBounds(run.text(), g).getWidth())) {
            g.setFont(fontFor(base, placed.size(), placed.run().text()));
            g.drawString(placed.run().text(), (float) placed.x(), (float) placed.y());
        }
    }

    /**
     * Whether a line of text lies wholly above or below the clip. A large export paints its picture in
     * bands, each seeing every element; the clip would discard another band's text only after it had been
     * measured and, at sizes above the glyph cache's, turned into outlines — most of a band's text work.
     */
    private boolean outsideTheClipVertically(Element.Text t) {
        Rectangle clip = g.getClipBounds();
        double reach = TEXT_REACH * t.size();
        return clip != null && (t.y() + reach < clip.getMinY() || t.y() - reach > clip.getMaxY());
    }

    private static Font fontFor(Font base, double size, String text) {
        return covering(base.deriveFont((float) size), text);
    }

    /**
     * {@code font}, or the logical sans-serif at the same size when {@code font} lacks a glyph of
     * {@code text}: a physical font draws missing glyphs as boxes, the logical one borrows them.
     */
    private static Font covering(Font font, String text) {
        if (font.canDisplayUpTo(text) < 0) {
            return font;
        }
        return new Font(Font.SANS_SERIF, font.getStyle(), 1).deriveFont(font.getSize2D());
    }

    /** Sets the stroke up; false when there is nothing to stroke. */
    private boolean stroke(Element.Stroke s) {
        if (!s.isVisible()) {
            return false;
        }
        g.setColor(color(s.paint()));
        float[] dashes = dashes(s.dashes());
        g.setStroke(dashes == null
                ? new BasicStroke((float) s.width(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_MITER)
                : new BasicStroke((float) s.width(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_MITER, 10f, dashes, 0f));
        return true;
    }

    /** The dash pattern BasicStroke accepts, or null for a solid line (BasicStroke throws on an all-zero one). */
    private static float[] dashes(double[] pattern) {
        if (pattern.length == 0) {
            return null;
        }
        float[] result = new float[pattern.length];
        double sum = 0;
        for (int i = 0; i < pattern.length; i++) {
            if (!(pattern[i] >= 0) || Double.isInfinite(pattern[i])) {
                return null;
            }
            result[i] = (float) pattern[i];
            sum += pattern[i];
        }
        return sum > 0 ? result : null;
    }

    private static Color color(Paint p) {
        int alpha = (int) Math.round(Math.min(1, Math.max(0, p.opacity())) * 255);
        return new Color(p.red(), p.green(), p.blue(), alpha);
    }

    /**
     * DejaVu Sans when it is installed, otherwise the logical sans-serif, which every JDK maps to a real
     * font. Looked up when text is first drawn, not when the class loads: asking for a font starts the
     * font manager, a tenth of a second that an SVG export, which only asks a PNG's size, does not need.
     */
    private static final class ResolvedFamily {
        static final String NAME = resolve();

        private static String resolve() {
            Font probe = new Font(FAMILY, Font.PLAIN, 12);
            return FAMILY.equalsIgnoreCase(probe.getFamily(java.util.Locale.ROOT)) ? FAMILY : Font.SANS_SERIF;
        }
    }
}
