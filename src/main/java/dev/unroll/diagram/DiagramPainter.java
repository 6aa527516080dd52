package dev.unroll.diagram;

import dev.unroll.diagram.DiagramLayout.Edge;
import dev.unroll.diagram.DiagramLayout.Node;
import dev.unroll.diagram.Element.Anchor;
import dev.unroll.diagram.Element.Group;
import dev.unroll.diagram.Element.PathOp;
import dev.unroll.diagram.Element.Polygon;
import dev.unroll.diagram.Element.Rect;
import dev.unroll.diagram.Element.Stroke;
import dev.unroll.diagram.Element.Text;
import dev.unroll.diagram.Element.TextRun;
import dev.unroll.rnn.Dimensions;
import dev.unroll.rnn.Trace;
import dev.unroll.rnn.ValueKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a layout and the values of a trace into a {@link Drawing}: boxes with a strip of coloured
 * cells per vector, arrows labelled with their matrices in the chosen notation, the current step
 * highlighted, steps not yet reached drawn hollow, and a footer with the formula and the colour legend.
 */
public final class DiagramPainter {

    private static final double ARROW_LENGTH = 10;
    private static final double ARROW_HALF_WIDTH = 5;
    private static final double LABEL_SIZE = 15;
    private static final double SMALL = 12;

    private final DiagramLayout layout;
    private final Trace trace;
    private final ColourScales scales;
    private final Theme theme;
    private final DivergingPalette palette = DivergingPalette.BLUE_WHITE_RED;
    private final List<Element> out = new ArrayList<>();

    private DiagramPainter(DiagramLayout layout, Trace trace, ColourScales scales, Theme theme) {
        this.layout = layout;
        this.trace = trace;
        this.scales = scales;
        this.theme = theme;
    }

    /**
     * Paints the layout with the trace's values; {@code trace} may be null for a picture without
     * values. Its sizes must be the layout's.
     */
    public static Drawing paint(DiagramLayout layout, Trace trace, ColourScales scales, Theme theme) {
        if (trace != null && !trace.lesson().dimensions().equals(layout.dimensions())) {
            throw new IllegalArgumentException("the trace's sizes " + trace.lesson().dimensions()
                    + " differ from the layout's " + layout.dimensions());
        }
        return new DiagramPainter(layout, trace, scales, theme).paint();
    }

    private Drawing paint() {
        highlightCurrentColumn();
        for (Edge e : layout.edges()) {
            out.add(edge(e));
        }
        for (Node n : layout.nodes()) {
            out.add(node(n));
        }
        separatorAndEllipses();
        footer();
        Box b = layout.bounds();
        return new Drawing(b.x(), b.y(), b.width(), b.height(), theme.paper(), out);
    }

    private void highlightCurrentColumn() {
        int t = layout.options().t();
        if (!layout.options().view().showsUnrolled() || t < layout.firstColumn() - 1 || t > layout.lastColumn()) {
            return;
        }
        double top = Double.POSITIVE_INFINITY;
        double bottom = Double.NEGATIVE_INFINITY;
        for (Node n : layout.nodes()) {
            if (!n.part().folded() && n.part().t() == t) {
                top = Math.min(top, n.box().y());
                bottom = Math.max(bottom, n.box().bottom());
            }
        }
        if (top > bottom) {
            return;
        }
        // without a head, the state's "leaves the layer" arrow rises above h: the band covers it too
        double above = layout.options().head() ? 12 : 44;
        double left = layout.columnLeft(t) - 12;
        out.add(Rect.plain(left, top - above, layout.boxWidth() + 24, bottom - top + above + 12, 12,
                new Paint(theme.accent(), 0.09), Stroke.NONE));
        out.add(text(left + (layout.boxWidth() + 24) / 2, top - above - 8, SMALL, true, Paint.of(theme.accent()),
                Anchor.MIDDLE, TextRun.normal("t = " + t)));
    }

    private Element node(Node n) {
        Part part = n.part();
        boolean empty = n.empty() || trace == null;
        double[] values = empty ? null : values(part);
        List<Element> children = new ArrayList<>();
        Box box = n.box();
        Stroke outline = n.empty()
                ? Stroke.dashed(theme.faint(), 1.2, 5, 4)
                : Stroke.solid(theme.ink(), 1.3);
        children.add(Rect.plain(box.x(), box.y(), box.width(), box.height(), 7, Paint.of(theme.box()), outline));
        Paint labelInk = Paint.of(n.empty() ? theme.faint() : theme.ink());
        children.add(text(box.centerX(), box.y() + 19, LABEL_SIZE, true, labelInk, Anchor.MIDDLE,
                TextRun.normal(part.kind().key()), TextRun.sub(stepName(part))));
        if (layout.options().shapes()) {
            children.add(text(box.centerX(), box.y() + 38, 11, false, Paint.of(theme.muted()), Anchor.MIDDLE,
                    TextRun.normal("(" + n.length() + ",)")));
        }
        Box strip = n.strip();
        double scale = scales.forKind(part.kind());
        for (int i = 0; i < n.length(); i++) {
            double y = strip.y() + i * n.cellHeight();
            Paint fill = values == null ? Paint.of(theme.emptyCell()) : Paint.of(palette.rgb(values[i], scale));
            boolean separated = n.cellHeight() >= 8;
            Stroke cellLine = separated ? Stroke.solid(theme.box(), 1) : Stroke.NONE;
            // thin cells overlap their neighbour a little, so antialiasing leaves no pale seams between them
            double height = separated || i == n.length() - 1 ? n.cellHeight() : n.cellHeight() + 0.5;
            children.add(new Rect(strip.x(), y, strip.width(), height, 0, fill, cellLine, i));
            if (values != null && layout.showsNumbers()) {
                int rgb = palette.rgb(values[i], scale);
                Paint ink = Paint.of(DivergingPalette.prefersDarkText(rgb) ? theme.ink() : 0xFFFFFF);
                children.add(text(strip.centerX(), y + n.cellHeight() / 2 + 4.5, SMALL, false, ink, Anchor.MIDDLE,
                        TextRun.normal(ValueFormat.threeDigits(values[i]))));
            }
        }
        boolean entering = part.t() == layout.firstColumn() - 1;
        if (part.kind() == PartKind.H && !part.folded() && !layout.options().head() && !entering && leavesLayer(part.t())) {
            returnMarker(children, box, n.empty());
        }
        return new Group(part, nodeTitle(part, n.length(), values), children);
    }

    private boolean leavesLayer(int t) {
        return t >= 1 && (layout.options().returnSequences() || t == layout.dimensions().timesteps());
    }

    /** A short arrow out of the top of h_t: this state is part of the layer's output. */
    private void returnMarker(List<Element> children, Box box, boolean empty) {
        int ink = empty ? theme.faint() : theme.muted();
        double x = box.centerX();
        double tip = box.y() - 30;
        children.add(new Element.Path(List.of(new PathOp.MoveTo(x, box.y()), new PathOp.LineTo(x, tip + ARROW_LENGTH)),
                Stroke.solid(ink, 1.3)));
        children.add(arrowhead(x, tip, 0, -1, Paint.of(ink)));
    }

    private Element edge(Edge e) {
        Part part = e.part();
        int ink = e.future() ? theme.faint() : theme.ink();
        Stroke stroke = e.future() ? Stroke.dashed(ink, 1.4, 6, 4) : Stroke.solid(ink, 1.6);
        List<Element> children = new ArrayList<>();
        children.add(new Element.Path(shortened(e), stroke));
        children.add(arrowhead(e.tipX(), e.tipY(), e.directionX(), e.directionY(), Paint.of(ink)));
        String matrix = matrixLetter(part.kind());
        children.add(new Text(e.labelX(), e.labelY(), List.of(TextRun.normal(matrix)), LABEL_SIZE, true,
                Paint.of(e.future() ? theme.faint() : theme.matrix()), e.labelAnchor()));
        if (layout.options().shapes()) {
            double shapeY = part.kind() == PartKind.EDGE_RECURRENT && !part.folded() ? e.tipY() + 18 : e.labelY() + 15;
            children.add(text(e.labelX(), shapeY, 11, false, Paint.of(theme.muted()), e.labelAnchor(),
                    TextRun.normal(matrixShape(part.kind()))));
        }
        return new Group(part, edgeTitle(part), children);
    }

    /** The route with its straight end pulled back so the line stops inside the arrowhead, not at its tip. */
    private static List<PathOp> shortened(Edge e) {
        List<PathOp> route = new ArrayList<>(e.route());
        PathOp lastOp = route.get(route.size() - 1);
        if (lastOp instanceof PathOp.LineTo l) {
            route.set(route.size() - 1, new PathOp.LineTo(l.x() - e.directionX() * ARROW_LENGTH * 0.8,
                    l.y() - e.directionY() * ARROW_LENGTH * 0.8));
        }
        return route;
    }

    /** A filled triangle whose tip is at (x, y), pointing along (dx, dy). */
    private static Polygon arrowhead(double x, double y, double dx, double dy, Paint fill) {
        double bx = x - dx * ARROW_LENGTH;
        double by = y - dy * ARROW_LENGTH;
        // the perpendicular of (dx, dy) is (−dy, dx)
        return new Polygon(new double[] {x, y, bx - dy * ARROW_HALF_WIDTH, by + dx * ARROW_HALF_WIDTH,
            bx + dy * ARROW_HALF_WIDTH, by - dx * ARROW_HALF_WIDTH}, fill);
    }

    private void separatorAndEllipses() {
        double mid = layout.stateRowCenter();
        double sep = layout.separatorCenterX();
        if (!Double.isNaN(sep)) {
            out.add(text(sep, mid + 12, 40, false, Paint.of(theme.muted()), Anchor.MIDDLE, TextRun.normal("=")));
            out.add(text(sep, mid + 36, 13, false, Paint.of(theme.muted()), Anchor.MIDDLE, TextRun.normal("unroll")));
        }
        if (layout.options().view().showsUnrolled() && layout.elidesStart()) {
            out.add(text(layout.unrolledLeft() - 22, mid + 6, 22, true, Paint.of(theme.muted()), Anchor.MIDDLE,
                    TextRun.normal("\u22EF")));
        }
        if (layout.options().view().showsUnrolled() && layout.elidesEnd()) {
            double x = layout.columnLeft(layout.lastColumn()) + layout.boxWidth() + 22;
            out.add(text(x, mid + 6, 22, true, Paint.of(theme.muted()), Anchor.MIDDLE, TextRun.normal("\u22EF")));
        }
    }

    private void footer() {
        DiagramOptions o = layout.options();
        Dimensions d = layout.dimensions();
        double y = layout.footerTop();
        Paint muted = Paint.of(theme.muted());
        if (o.view().showsFolded()) {
            String caption = o.view() == ViewKind.BOTH ? "folded" : "folded, showing t = " + o.t();
            out.add(text(layout.foldedLeft() + layout.boxWidth() / 2, y, 13, false, muted, Anchor.MIDDLE,
                    TextRun.normal(caption)));
        }
        if (o.view().showsUnrolled()) {
            String caption = "unrolled, t = " + o.t() + " of " + d.timesteps()
                    + (layout.elidesStart() || layout.elidesEnd()
                    ? " (showing " + layout.firstColumn() + " to " + layout.lastColumn() + ")" : "");
            if (!o.head()) {
                caption += o.returnSequences() ? "  \u2022  \u2191 every h leaves the layer (return_sequences=True)"
                        : "  \u2022  \u2191 only the last h leaves the layer (return_sequences=False)";
            }
            out.add(text(layout.unrolledLeft(), y, 13, false, muted, Anchor.START, TextRun.normal(caption)));
        }
        String activation = trace == null ? "tanh" : trace.lesson().activation().key();
        List<TextRun> formula = new ArrayList<>(Formulas.step(o.notation(), activation));
        if (o.head()) {
            formula.add(TextRun.normal("     "));
            formula.addAll(Formulas.output());
            String head = trace == null ? "linear" : trace.lesson().headActivation().key();
            if (!head.equals("linear")) {
                formula.add(TextRun.normal("     "));
                formula.addAll(Formulas.activatedOutput(head));
            }
        }
        out.add(new Text(DiagramLayout.MARGIN, y + 26, formula, 14, false, Paint.of(theme.ink()), Anchor.START));
        legend(DiagramLayout.MARGIN, y + 42);
    }

    private void legend(double x, double y) {
        int steps = 48;
        double width = 168;
        double cell = width / steps;
        for (int i = 0; i < steps; i++) {
            double v = -1 + 2.0 * (i + 0.5) / steps;
            out.add(Rect.plain(x + i * cell, y, cell + 0.3, 10, 0, Paint.of(palette.rgb(v, 1)), Stroke.NONE));
        }
        out.add(Rect.plain(x, y, width, 10, 0, Paint.NONE, Stroke.solid(theme.muted(), 0.8)));
        Paint muted = Paint.of(theme.muted());
        out.add(text(x, y + 23, 11, false, muted, Anchor.START, TextRun.normal("\u2212" + ValueFormat.threeDigits(scales.h()))));
        out.add(text(x + width / 2, y + 23, 11, false, muted, Anchor.MIDDLE, TextRun.normal("0")));
        out.add(text(x + width, y + 23, 11, false, muted, Anchor.END, TextRun.normal("+" + ValueFormat.threeDigits(scales.h()))));
        String note = "colour of h; x spans \u00B1" + ValueFormat.threeDigits(scales.x())
                + (layout.options().head() ? ", o spans \u00B1" + ValueFormat.threeDigits(scales.o()) : "");
        out.add(text(x + width + 14, y + 9, 11, false, muted, Anchor.START, TextRun.normal(note)));
    }

    private double[] values(Part part) {
        int t = part.t();
        return switch (part.kind()) {
            case H -> trace.state(t);
            case X -> t == 0 ? null : trace.input(t);
            case O -> t == 0 || trace.outputs() == 0 ? null : trace.values(ValueKind.O, t);
            default -> null;
        };
    }

    private String stepName(Part part) {
        return part.folded() ? "t" : Integer.toString(part.t());
    }

    private String matrixLetter(PartKind kind) {
        Notation n = layout.options().notation();
        return switch (kind) {
            case EDGE_INPUT -> n.inputMatrix();
            case EDGE_RECURRENT -> n.recurrentMatrix();
            default -> n.outputMatrix();
        };
    }

    private String matrixShape(PartKind kind) {
        Dimensions d = layout.dimensions();
        return switch (kind) {
            case EDGE_INPUT -> "(" + d.units() + ", " + d.inputFeatures() + ")";
            case EDGE_RECURRENT -> "(" + d.units() + ", " + d.units() + ")";
            default -> "(" + Math.max(1, d.outputSize()) + ", " + d.units() + ")";
        };
    }

    private String nodeTitle(Part part, int length, double[] values) {
        String name = part.kind().key() + "_" + (part.folded() ? "t (t = " + part.t() + ")" : part.t());
        String meaning = switch (part.kind()) {
            case X -> "input";
            case H -> part.t() == 0 ? "initial state" : "state";
            default -> "output before the head's activation";
        };
        String shown = values == null ? "not computed yet" : "[" + join(values) + "]";
        return name + " (" + length + ",), " + meaning + ": " + shown;
    }

    private String edgeTitle(Part part) {
        String letter = matrixLetter(part.kind());
        String shape = matrixShape(part.kind());
        String kerasName = switch (part.kind()) {
            case EDGE_INPUT -> "kernel";
            case EDGE_RECURRENT -> "recurrent_kernel";
            default -> "Dense kernel";
        };
        String role = switch (part.kind()) {
            case EDGE_INPUT -> "input to hidden: " + letter + "\u00B7x_" + stepName(part);
            case EDGE_RECURRENT -> "hidden to hidden: " + letter + "\u00B7h_" + (part.folded() ? "t\u22121" : part.t() - 1);
            default -> "hidden to output: " + letter + "\u00B7h_" + stepName(part);
        };
        return letter + " " + shape + ", " + role + "; Keras " + kerasName + " = " + letter + "\u1D40";
    }

    private static String join(double[] values) {
        int shown = Math.min(values.length, 64);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                s.append(", ");
            }
            s.append(ValueFormat.threeDigits(values[i]));
        }
        if (shown < values.length) {
            s.append(", \u2026 (").append(values.length).append(" values)");
        }
        return s.toString();
    }

    private static Text text(double x, double y, double size, boolean bold, Paint fill, Anchor anchor, TextRun... runs) {
        return new Text(x, y, List.of(runs), size, bold, fill, anchor);
    }
}
