package dev.unroll.diagram;

import dev.unroll.diagram.Element.Anchor;
import dev.unroll.diagram.Element.PathOp;
import dev.unroll.diagram.Element.Rect;
import dev.unroll.diagram.Element.Stroke;
import dev.unroll.diagram.Element.Text;
import dev.unroll.diagram.Element.TextRun;
import java.util.ArrayList;
import java.util.List;

/**
 * How a cell holding infinity or NaN is drawn, and its entry in the legend: the palette's
 * {@link DivergingPalette#NON_FINITE} grey, hatched where the cell is tall enough for the lines to
 * show. Grey alone tells it from the scale's colours; the hatching tells it apart in print and for
 * readers who see little colour. Made of plain elements, so the screen, SVG and PNG all draw it.
 */
final class NonFiniteMark {

    /** The legend's words for the mark. */
    /** The legend's entry for the mark, in the language in use. */
    static String legend() {
        return dev.unroll.i18n.Text.get("diagram.nonFinite");
    }

    private NonFiniteMark() {
    }

    /** Hatches the rectangle at (x, y) with lines rising to the right, when it is tall enough. */
    static void hatch(List<Element> into, double x, double y, double width, double height) {
        if (height < Metrics.MIN_HATCHED_HEIGHT) {
            return;
        }
        List<PathOp> ops = new ArrayList<>();
        double right = x + width;
        double bottom = y + height;
        // each line is x + y = c, cut to the rectangle: it enters on the left or bottom edge and leaves on the top or right
        for (double c = x + y + Metrics.HATCH_SPACING; c < right + bottom; c += Metrics.HATCH_SPACING) {
            double from = Math.max(x, c - bottom);
            double to = Math.min(right, c - y);
            if (to - from > Metrics.SHORTEST_HATCH) {
                ops.add(new PathOp.MoveTo(from, c - from));
                ops.add(new PathOp.LineTo(to, c - to));
            }
        }
        into.add(new Element.Path(ops, Stroke.solid(DivergingPalette.NON_FINITE_HATCH, 1)));
    }

    /** The legend's entry: a hatched swatch at (x, y) and its words after it. */
    static void legendEntry(List<Element> into, double x, double y, Paint ink) {
        double height = Metrics.LEGEND_BAR_HEIGHT;
        into.add(Rect.plain(x, y, Metrics.SWATCH_WIDTH, height, 0, Paint.of(DivergingPalette.NON_FINITE), Stroke.NONE));
        hatch(into, x, y, Metrics.SWATCH_WIDTH, height);
        into.add(new Text(x + Metrics.SWATCH_WIDTH + Metrics.SWATCH_GAP, y + Metrics.LEGEND_NOTE_BASELINE, List.of(TextRun.normal(legend())),
                Typography.LEGEND_SIZE, false, ink, Anchor.START));
    }
}
