package dev.unroll.app;

import dev.unroll.diagram.Box;
import dev.unroll.diagram.DiagramLayout;
import dev.unroll.diagram.Drawing;
import dev.unroll.diagram.DrawingChanges;
import dev.unroll.diagram.Element;
import dev.unroll.diagram.ElementBounds;
import dev.unroll.diagram.SplitDrawing;
import dev.unroll.diagram.TextMetrics;
import dev.unroll.diagram.Theme;
import dev.unroll.diagram.Typography;
import dev.unroll.render.CanvasRenderer;
import dev.unroll.rnn.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * One repaint of the diagram on screen: the picture (whole, or split when the folded cell is pinned
 * at the left of a long chain) and where it lies on a canvas of {@code width} × {@code height} pixels.
 * It paints any rectangle of that canvas, the same pixels there as a repaint of the whole canvas, so a
 * screen can keep a frame and repaint only where the next one differs from it.
 *
 * @param trace  the values drawn, compared by identity: a new trace is a new picture
 * @param split  the picture sorted into the pinned folded half and the chain, or null when nothing is pinned
 * @param panX   the diagram x at the canvas's left edge (for the chain, when the folded cell is pinned)
 * @param panY   the diagram y at the canvas's top edge
 * @param zoom   screen pixels per diagram pixel
 * @param pinned the width in pixels of the strip at the left that shows the pinned folded half, 0 when none
 * @param ruler  the height in pixels of the strip along the bottom kept for the ruler
 * @param theme  the colours of the page and the ruler; the picture's are in its drawing
 */
record DiagramFrame(Trace trace, DiagramLayout layout, Drawing whole, SplitDrawing split, double panX, double panY,
        double zoom, double pinned, double width, double height, double ruler, Theme theme) {

    /** How far past an element's bounds its antialiased edge may reach, in pixels. */
    private static final double EDGE_PIXELS = 2;

    /**
     * Whether this frame shows the same picture in the same place as {@code other} but for the phase
     * of the step forward: the same trace, theme, look, step, interaction, pan, zoom and size. Only the parts that
     * flow during a step can then differ.
     */
    boolean differsOnlyInPhaseFrom(DiagramFrame other) {
        return other != null && trace == other.trace && theme.equals(other.theme) && layout.options().look().equals(other.layout.options().look())
                && layout.options().t() == other.layout.options().t()
                // a backward frame changes more than the step's own parts: it is always painted whole
                && !layout.options().moment().backward() && !other.layout.options().moment().backward()
                && layout.options().interaction().equals(other.layout.options().interaction())
                && panX == other.panX && panY == other.panY && zoom == other.zoom && pinned == other.pinned
                && width == other.width && height == other.height && ruler == other.ruler
                && (split == null) == (other.split == null);
    }

    /**
     * The rectangles of the canvas, in whole pixels, where this frame may paint other pixels than
     * {@code before}; empty when the two cannot be compared part by part. Meant for frames that
     * {@linkplain #differsOnlyInPhaseFrom differ only in phase}.
     */
    Optional<List<Box>> changedSince(DiagramFrame before) {
        List<Box> onCanvas = new ArrayList<>();
        if (split == null) {
            Optional<List<Box>> changed = DrawingChanges.between(before.whole, whole);
            changed.ifPresent(boxes -> boxes.forEach(b -> onCanvas.add(toCanvas(b, panX))));
            return changed.map(boxes -> onCanvas);
        }
        Optional<List<Box>> chain = DrawingChanges.between(before.split.chain(), split.chain());
        Optional<List<Box>> folded = DrawingChanges.between(before.split.pinned(), split.pinned());
        if (chain.isEmpty() || folded.isEmpty()) {
            return Optional.empty();
        }
        chain.get().forEach(b -> onCanvas.add(toCanvas(b, panX)));
        folded.get().forEach(b -> onCanvas.add(toCanvas(b, pictureLeft())));
        return Optional.of(onCanvas);
    }

    /** A box of the drawing, drawn with diagram x = {@code originX} at the canvas's left edge, as whole canvas pixels around it. */
    private Box toCanvas(Box b, double originX) {
        double left = Math.floor((b.x() - originX) * zoom - EDGE_PIXELS);
        double top = Math.floor((b.y() - panY) * zoom - EDGE_PIXELS);
        double right = Math.ceil((b.right() - originX) * zoom + EDGE_PIXELS);
        double bottom = Math.ceil((b.bottom() - panY) * zoom + EDGE_PIXELS);
        return new Box(left, top, right - left, bottom - top);
    }

    /** Where the pinned folded half is drawn from: the picture's left edge. */
    private double pictureLeft() {
        return layout.bounds().x();
    }

    /** The whole canvas. */
    Box canvasBox() {
        return new Box(0, 0, width, height);
    }

    /**
     * Paints the rectangle {@code region} of the canvas (in its pixels) with its top-left corner at the
     * origin of {@code g}: the page, the picture and the ruler, as a repaint of the whole canvas paints
     * them there. {@code bounds} tells where an element may paint (as {@link ElementBounds} does, or
     * remembers), to leave out those that cannot reach the region.
     */
    void paint(GraphicsContext g, CanvasRenderer renderer, Box region, Function<Element, Box> bounds) {
        g.save();
        g.translate(-region.x(), -region.y());
        g.setFill(CanvasRenderer.color(theme.paper()));
        g.fillRect(region.x(), region.y(), region.width(), region.height());
        if (split != null) {
            paintBeside(g, renderer, region, bounds);
        } else {
            paintPanned(g, renderer, whole, panX, region, bounds);
        }
        paintRuler(g);
        g.restore();
    }

    /** Paints {@code d} with the diagram's x = {@code originX} at the canvas's left edge, leaving out what lies outside {@code region}. */
    private void paintPanned(GraphicsContext g, CanvasRenderer renderer, Drawing d, double originX, Box region,
            Function<Element, Box> bounds) {
        g.save();
        g.scale(zoom, zoom);
        g.translate(-originX, -panY);
        // the region in the drawing's units, one pixel larger for the edges that reach into it
        Box visible = new Box(originX + (region.x() - EDGE_PIXELS) / zoom, panY + (region.y() - EDGE_PIXELS) / zoom,
                (region.width() + 2 * EDGE_PIXELS) / zoom, (region.height() + 2 * EDGE_PIXELS) / zoom);
        renderer.render(g, d, visible, bounds);
        g.restore();
    }

    /**
     * The chain, panned and clipped to the right of the pinned strip, fading out over one box's width
     * where it passes under it (so a sliver of a box there is a faint edge, not a hard line); then the
     * folded half and the page around it, at the picture's left edge.
     */
    private void paintBeside(GraphicsContext g, CanvasRenderer renderer, Box region, Function<Element, Box> bounds) {
        g.save();
        g.beginPath();
        g.rect(pinned, 0, width - pinned, height);
        g.clip();
        paintPanned(g, renderer, split.chain(), panX, region, bounds);
        g.restore();
        if (panX > pictureLeft()) {
            double fade = layout.boxWidth() * zoom;
            Color paper = CanvasRenderer.color(theme.paper());
            g.setFill(new LinearGradient(pinned, 0, pinned + fade, 0, false, CycleMethod.NO_CYCLE,
                    new Stop(0, paper), new Stop(1, paper.deriveColor(0, 1, 1, 0))));
            g.fillRect(pinned, 0, fade, height);
        }
        paintPanned(g, renderer, split.pinned(), pictureLeft(), region, bounds);
    }

    /**
     * The first and last steps whose columns are wholly in sight, left to right, as the ruler tells
     * them; a range with last &lt; first when none is.
     */
    int[] stepsInSight() {
        // the chain is seen from the right of a pinned folded cell to the right edge of the view
        double seenFrom = panX + pinned / zoom;
        double seenTo = panX + width / zoom;
        // column t spans [columnLeft(1) + (t − 1) · pitch, that + boxWidth]
        int first = Math.max(1, (int) Math.ceil((seenFrom - layout.columnLeft(1)) / layout.pitch()) + 1);
        int last = Math.min(layout.dimensions().timesteps(),
                (int) Math.floor((seenTo - layout.columnLeft(1) - layout.boxWidth()) / layout.pitch()) + 1);
        return new int[] {first, last};
    }

    /** Under a chain wider than the view: the range of steps in sight, as a bar over 1 … T. */
    private void paintRuler(GraphicsContext g) {
        Box picture = layout.bounds();
        if (!layout.options().look().view().showsUnrolled() || picture.width() <= width / zoom + 1) {
            return;
        }
        int steps = layout.dimensions().timesteps();
        int[] inSight = stepsInSight();
        int firstSeen = inSight[0];
        int lastSeen = inSight[1];
        double h = height;
        double w = width;
        g.setFill(CanvasRenderer.color(theme.rulerBand()));
        g.fillRect(0, h - ruler, w, ruler);
        g.setStroke(CanvasRenderer.color(theme.rulerLine()));
        g.setLineWidth(1);
        g.strokeLine(0, h - ruler + 0.5, w, h - ruler + 0.5);
        double barX = 16;
        double barW = Math.min(320, w - 200);
        double barY = h - ruler / 2 - 3;
        g.setFill(CanvasRenderer.color(theme.rulerTrack()));
        g.fillRoundRect(barX, barY, barW, 6, 6, 6);
        if (lastSeen >= firstSeen) {
            double from = barX + barW * (firstSeen - 1) / steps;
            double to = barX + barW * lastSeen / steps;
            g.setFill(CanvasRenderer.color(theme.accent()));
            g.fillRoundRect(from, barY, Math.max(4, to - from), 6, 6, 6);
        }
        g.setFill(CanvasRenderer.color(theme.muted()));
        g.setFont(Font.font(Typography.FONT_FAMILY, 12));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        String seen = lastSeen >= firstSeen ? Words.get("ruler.seen", firstSeen, lastSeen, steps) : Words.get("ruler.none", steps);
        // the hint only where it fits whole; the range of steps always
        String hinted = seen + Words.get("ruler.hint");
        boolean roomForHint = barX + barW + 12 + TextMetrics.width(hinted, 12, false) <= w - 8;
        g.fillText(roomForHint ? hinted : seen, barX + barW + 12, barY + 3);
    }
}
