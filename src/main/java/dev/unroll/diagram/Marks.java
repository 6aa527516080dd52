package dev.unroll.diagram;

import dev.unroll.diagram.Element.Anchor;
import dev.unroll.diagram.Element.PathOp;
import dev.unroll.diagram.Element.Stroke;
import dev.unroll.diagram.Element.TextRun;
import java.util.List;

/** The straight lines and single lines of text the panels' pictures (heatmap, gradients) are made of. */
final class Marks {

    /** Where a line of text's middle sits below its baseline's height, as a share of its size. */
    static final double CENTRE_DROP = 0.35;

    private Marks() {
    }

    /** A straight line from (x0, y0) to (x1, y1). */
    static Element line(double x0, double y0, double x1, double y1, Stroke stroke) {
        return new Element.Path(List.of(new PathOp.MoveTo(x0, y0), new PathOp.LineTo(x1, y1)), stroke);
    }

    /** A line of text whose middle is at height {@code centreY}. */
    static Element centred(double x, double centreY, String s, double size, boolean bold, int ink, Anchor anchor) {
        return text(x, centreY + size * CENTRE_DROP, s, size, bold, ink, anchor);
    }

    /** A line of text standing on {@code baseline}. */
    static Element text(double x, double baseline, String s, double size, boolean bold, int ink, Anchor anchor) {
        return new Element.Text(x, baseline, List.of(TextRun.normal(s)), size, bold, Paint.of(ink), anchor);
    }
}
