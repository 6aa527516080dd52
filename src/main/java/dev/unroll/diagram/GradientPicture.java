package dev.unroll.diagram;

import static dev.unroll.diagram.Marks.centred;
import static dev.unroll.diagram.Marks.line;
import static dev.unroll.diagram.Marks.text;

import dev.unroll.diagram.Element.Anchor;
import dev.unroll.diagram.Element.PathOp;
import dev.unroll.diagram.Element.Stroke;
import dev.unroll.grad.GradientComparison;
import dev.unroll.grad.GradientFlow;
import dev.unroll.i18n.Text;
import dev.unroll.rnn.Initialisation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Vanishing and exploding gradients as a {@link Drawing}: two plots over t = 1 … T, one above the
 * other, each on a log scale. The upper one is ‖∂L/∂h_t‖, the gradient that reaches h_t; the lower one
 * the norm of the step's Jacobian ‖diag(act′(a_t))·U‖, the factor by which one step back can at most
 * scale it, with a dashed line at 1. Each plot has two curves: the lesson's own (the accent colour) and
 * the same sizes drawn with the other initialisation (the palette's positive end). A log scale has no
 * place for 0, which a saturated lesson's gradient is exactly: zeros sit on a row of their own under
 * each plot, marked 0 beyond a gap. Under the plots a sentence for each curve says in words how much of
 * the gradient at h_T reaches h_1. The Gradients panel draws this picture; the exports write it.
 */
public final class GradientPicture {

    /** The four curves: each lesson's gradient norms and Jacobian norms. */
    public enum Curve {
        /** ‖∂L/∂h_t‖ of the lesson shown. */
        SHOWN_GRADIENT,
        /** ‖∂L/∂h_t‖ of the same sizes drawn the other way. */
        CONTRAST_GRADIENT,
        /** ‖J_t‖ of the lesson shown. */
        SHOWN_JACOBIAN,
        /** ‖J_t‖ of the same sizes drawn the other way. */
        CONTRAST_JACOBIAN;

        boolean contrast() {
            return this == CONTRAST_GRADIENT || this == CONTRAST_JACOBIAN;
        }

        boolean jacobian() {
            return this == SHOWN_JACOBIAN || this == CONTRAST_JACOBIAN;
        }

        double[] values(GradientComparison c) {
            GradientFlow flow = contrast() ? c.contrast() : c.shown();
            return jacobian() ? flow.jacobianNorms() : flow.gradientNorms();
        }
    }

    /**
     * A log-scaled vertical axis: 10^{@code high} at {@code top}, 10^{@code low} at {@code bottom}, and
     * 0 on its own row at {@code zeroY}, below a gap.
     */
    public record LogAxis(double top, double bottom, double zeroY, int low, int high) {

        /** The height of a value: 0 on the zero row, a positive value by its logarithm. */
        public double y(double value) {
            if (value == 0) {
                return zeroY;
            }
            return bottom - (Math.log10(value) - low) / (high - low) * (bottom - top);
        }

        /** The value drawn at height {@code y}: the inverse of {@link #y(double)}. */
        public double value(double y) {
            if (y == zeroY) {
                return 0;
            }
            return Math.pow(10, low + (bottom - y) / (bottom - top) * (high - low));
        }
    }

    private static final double LEFT = 64;
    private static final double RIGHT = 20;
    private static final double MARGIN = 16;
    /** A line of text's height, as a share of its size. */
    private static final double LEADING = 1.35;
    private static final double PLOT_TITLE_SIZE = 12;
    private static final double ZERO_GAP = 16;
    private static final double PLOT_GAP = 20;
    private static final double AXIS_BELOW = 40;
    private static final double LINE = 18;
    private static final double SENTENCE_SIZE = 13;
    private static final double EXPORT_WIDTH = 900;
    private static final double EXPORT_HEIGHT = 640;
    /** Ratios between these are written as numbers; beyond them as powers of ten. */
    private static final double PLAIN_RATIO_LOW = 0.01;
    private static final double PLAIN_RATIO_HIGH = 100;

    private final GradientComparison comparison;
    private final Theme theme;
    private final int steps;
    private final double plotLeft;
    private final double plotRight;
    private final List<Element> out = new ArrayList<>();
    private final Map<Curve, Element.Path> paths = new EnumMap<>(Curve.class);
    private final LogAxis gradientAxis;
    private final LogAxis jacobianAxis;
    private final Drawing drawing;

    private GradientPicture(GradientComparison comparison, double width, double height, Theme theme) {
        this.comparison = comparison;
        this.theme = theme;
        this.steps = comparison.shown().gradientNorms().length;
        plotLeft = LEFT;
        plotRight = Math.max(LEFT + 20, width - RIGHT);
        double textWidth = width - 2 * MARGIN;
        List<List<String>> sentences = List.of(wrap(sentence(false), textWidth, SENTENCE_SIZE),
                wrap(sentence(true), textWidth, SENTENCE_SIZE));
        int lines = sentences.get(0).size() + sentences.get(1).size();
        double sentencesTop = height - lines * LINE - 10;
        double plotsBottom = sentencesTop - AXIS_BELOW;
        // the words above the plots take the lines they need at this width, the plots share what is left
        double y = paragraph(Text.get("gradients.title"), 15, true, theme.ink(), 8, textWidth);
        y = paragraph(Text.get("gradients.loss"), 12, false, theme.muted(), y, textWidth);
        y = legend(y + 4, textWidth);
        List<String> gradientTitle = wrap(Text.get("gradients.plot.gradient"), textWidth, PLOT_TITLE_SIZE);
        List<String> jacobianTitle = wrap(Text.get("gradients.plot.jacobian"), textWidth, PLOT_TITLE_SIZE);
        double titles = (gradientTitle.size() + jacobianTitle.size()) * PLOT_TITLE_SIZE * LEADING + 2 * 6;
        double each = Math.max(30, (plotsBottom - y - 8 - titles - 2 * ZERO_GAP - PLOT_GAP) / 2);
        double gradientTop = paragraph(gradientTitle, PLOT_TITLE_SIZE, true, theme.ink(), y + 8) + 6;
        gradientAxis = axis(gradientTop, gradientTop + each, false);
        double jacobianTop = paragraph(jacobianTitle, PLOT_TITLE_SIZE, true, theme.ink(), gradientAxis.zeroY() + PLOT_GAP) + 6;
        jacobianAxis = axis(jacobianTop, jacobianTop + each, true);
        paint(sentences, jacobianAxis.zeroY() + AXIS_BELOW - 12);
        drawing = new Drawing(0, 0, width, height, theme.paper(), out);
    }

    /** The picture of {@code comparison} on a page of {@code width} × {@code height}. */
    public static GradientPicture draw(GradientComparison comparison, double width, double height, Theme theme) {
        return new GradientPicture(comparison, width, height, theme);
    }

    /** The picture as the exports write it, on a page that fits a slide. */
    public static GradientPicture forExport(GradientComparison comparison, Theme theme) {
        return draw(comparison, EXPORT_WIDTH, EXPORT_HEIGHT, theme);
    }

    /** The picture. */
    public Drawing drawing() {
        return drawing;
    }

    /** The upper plot's axis, ‖∂L/∂h_t‖. */
    public LogAxis gradientAxis() {
        return gradientAxis;
    }

    /** The lower plot's axis, ‖J_t‖. */
    public LogAxis jacobianAxis() {
        return jacobianAxis;
    }

    /** The axis {@code curve} is drawn on. */
    public LogAxis axisOf(Curve curve) {
        return curve.jacobian() ? jacobianAxis : gradientAxis;
    }

    /** The line of {@code curve} as drawn: a move to its first point and after each gap, a line to every other. */
    public Element.Path path(Curve curve) {
        return paths.get(curve);
    }

    /** The x of step t's point. */
    public double x(int t) {
        return steps == 1 ? (plotLeft + plotRight) / 2 : plotLeft + (t - 1) * (plotRight - plotLeft) / (steps - 1);
    }

    /** The step whose point is nearest {@code x}. */
    public int step(double x) {
        return steps == 1 ? 1 : 1 + (int) Math.round((x - plotLeft) / (plotRight - plotLeft) * (steps - 1));
    }

    /** The colour of {@code curve}: the accent for the lesson shown, the palette's positive end for the other. */
    public int colour(Curve curve) {
        return curve.contrast() ? theme.values().rgb(1, 1) : theme.accent();
    }

    /** The sentence under the plots for the lesson shown, or for the contrast. */
    public String sentence(boolean contrast) {
        double[] norms = (contrast ? comparison.contrast() : comparison.shown()).gradientNorms();
        String who = contrast ? Text.get("gradients.contrast", initialisation(comparison.contrastInitialisation()))
                : Text.get("gradients.shown", initialisation(comparison.shownInitialisation()));
        int last = norms.length;
        String hLast = "h" + ValueFormat.subscript(last);
        if (last == 1) {
            return Text.get("gradients.says.oneStep", who);
        }
        if (!(norms[last - 1] > 0) || !Double.isFinite(norms[last - 1])) {
            return Text.get("gradients.says.noLoss", who, hLast);
        }
        int firstZero = 0;
        for (int t = last - 1; t >= 1; t--) {
            if (norms[t - 1] == 0) {
                firstZero = t;
                break;
            }
        }
        if (firstZero > 0) {
            return Text.get("gradients.says.zero", who, "h" + ValueFormat.subscript(firstZero));
        }
        double ratio = norms[0] / norms[last - 1];
        if (!Double.isFinite(ratio)) {
            return Text.get("gradients.says.overflow", who);
        }
        return Text.get(ratio <= 1 ? "gradients.says.fraction" : "gradients.says.times", who, ratio(ratio), hLast);
    }

    /** A ratio as a learner reads it: 0.37, 12.5, or a power of ten when it is far from 1. */
    static String ratio(double ratio) {
        if (ratio >= PLAIN_RATIO_LOW && ratio <= PLAIN_RATIO_HIGH) {
            return ValueFormat.threeDigits(ratio);
        }
        return ValueFormat.powerOfTen((int) Math.round(Math.log10(ratio)));
    }

    private static String initialisation(Initialisation init) {
        return Text.get(init == null ? "gradients.init.file" : "gradients.init." + init.key());
    }

    /** The axis over every positive, finite value its two curves take (and 1 for the Jacobians' plot). */
    private LogAxis axis(double top, double bottom, boolean jacobian) {
        double least = jacobian ? 1 : Double.POSITIVE_INFINITY;
        double most = jacobian ? 1 : 0;
        for (Curve curve : Curve.values()) {
            if (curve.jacobian() == jacobian) {
                for (double v : curve.values(comparison)) {
                    if (v > 0 && Double.isFinite(v)) {
                        least = Math.min(least, v);
                        most = Math.max(most, v);
                    }
                }
            }
        }
        if (most == 0) {
            least = 1;
            most = 1;
        }
        int low = (int) Math.floor(Math.log10(least));
        int high = (int) Math.ceil(Math.log10(most));
        if (high == low) {
            high = low + 1;
        }
        return new LogAxis(top, bottom, bottom + ZERO_GAP, low, high);
    }

    private void paint(List<List<String>> sentences, double axisWordY) {
        plotFrame(gradientAxis);
        plotFrame(jacobianAxis);
        // 1 on the Jacobians' scale: above it a step back can stretch the gradient, below it every step shrinks it
        double one = jacobianAxis.y(1);
        out.add(line(plotLeft, one, plotRight, one, Stroke.dashed(theme.muted(), 1, 5, 4)));
        for (Curve curve : Curve.values()) {
            Element.Path path = curvePath(curve);
            if (path != null) {
                paths.put(curve, path);
                out.add(path);
            }
        }
        stepTicks(jacobianAxis.zeroY() + 8);
        out.add(text((plotLeft + plotRight) / 2, axisWordY + 8, Text.get("gradients.axis.t"), 12, false, theme.muted(),
                Anchor.MIDDLE));
        double y = axisWordY + 10 + LINE;
        for (int i = 0; i < 2; i++) {
            int ink = colour(i == 0 ? Curve.SHOWN_GRADIENT : Curve.CONTRAST_GRADIENT);
            for (String line : sentences.get(i)) {
                out.add(text(MARGIN, y, line, SENTENCE_SIZE, i == 0, ink, Anchor.START));
                y += LINE;
            }
        }
    }

    /**
     * Which colour is which lesson, as a short stroke beside each name: side by side when both fit in
     * {@code width}, else one under the other. Returns the height below the legend.
     */
    private double legend(double top, double width) {
        List<String> names = List.of(Text.get("gradients.shown", initialisation(comparison.shownInitialisation())),
                Text.get("gradients.contrast", initialisation(comparison.contrastInitialisation())));
        double each = 28 + 24;
        boolean inline = 2 * each + TextMetrics.width(names.get(0), 12, false) + TextMetrics.width(names.get(1), 12, false) <= width;
        double x = MARGIN;
        double y = top + 8;
        for (int i = 0; i < 2; i++) {
            Curve curve = i == 0 ? Curve.SHOWN_GRADIENT : Curve.CONTRAST_GRADIENT;
            out.add(line(x, y, x + 22, y, stroke(curve)));
            out.add(centred(x + 28, y, names.get(i), 12, false, theme.ink(), Anchor.START));
            if (inline) {
                x += each + TextMetrics.width(names.get(i), 12, false);
            } else if (i == 0) {
                y += 12 * LEADING;
            }
        }
        return y + 8;
    }

    /** {@code s} in lines no wider than {@code width} from {@code top} down; returns the height below them. */
    private double paragraph(String s, double size, boolean bold, int ink, double top, double width) {
        return paragraph(wrap(s, width, size), size, bold, ink, top);
    }

    private double paragraph(List<String> lines, double size, boolean bold, int ink, double top) {
        double y = top;
        for (String line : lines) {
            y += size * LEADING;
            out.add(text(MARGIN, y - size * (LEADING - 1) - 1, line, size, bold, ink, Anchor.START));
        }
        return y;
    }

    /** The plot's frame, its decades and its zero row. */
    private void plotFrame(LogAxis axis) {
        out.add(Element.Rect.plain(plotLeft, axis.top(), plotRight - plotLeft, axis.bottom() - axis.top(), 0, Paint.NONE,
                Stroke.solid(theme.faint(), 1)));
        int most = (int) Math.max(2, (axis.bottom() - axis.top()) / 22);
        for (int e : TickMarks.decades(axis.low(), axis.high(), most)) {
            double y = axis.y(Math.pow(10, e));
            out.add(line(plotLeft, y, plotRight, y, Stroke.solid(theme.faint(), 0.5)));
            out.add(centred(plotLeft - 6, y, ValueFormat.powerOfTen(e), 11, false, theme.muted(), Anchor.END));
        }
        // the zero row lies beyond a gap: a log scale never reaches 0
        out.add(line(plotLeft, axis.zeroY(), plotRight, axis.zeroY(), Stroke.dashed(theme.faint(), 0.8, 2, 3)));
        out.add(centred(plotLeft - 6, axis.zeroY(), "0", 11, false, theme.muted(), Anchor.END));
    }

    private void stepTicks(double top) {
        for (int t : TickMarks.over(steps, (int) Math.max(2, (plotRight - plotLeft) / 60))) {
            out.add(text(x(t), top + 11, ValueFormat.count(t), 11, false, theme.muted(), Anchor.MIDDLE));
        }
    }

    /**
     * One point per step, (x(t), axis.y(value)); a value that is not finite breaks the line. The lesson
     * shown is drawn solid, the contrast dashed, so the two read apart without colour too.
     */
    private Element.Path curvePath(Curve curve) {
        LogAxis axis = axisOf(curve);
        double[] values = curve.values(comparison);
        List<PathOp> ops = new ArrayList<>();
        boolean drawing = false;
        for (int t = 1; t <= values.length; t++) {
            double v = values[t - 1];
            if (!Double.isFinite(v)) {
                drawing = false;
                continue;
            }
            double x = x(t);
            double y = axis.y(v);
            ops.add(drawing ? new PathOp.LineTo(x, y) : new PathOp.MoveTo(x, y));
            drawing = true;
        }
        if (ops.isEmpty()) {
            return null;
        }
        return new Element.Path(ops, stroke(curve));
    }

    private Stroke stroke(Curve curve) {
        return curve.contrast() ? Stroke.dashed(colour(curve), 2, 7, 3) : Stroke.solid(colour(curve), 2);
    }

    /** {@code s} in lines no wider than {@code width} in bold type of {@code size}, broken between words. */
    private static List<String> wrap(String s, double width, double size) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : s.split(" ")) {
            String longer = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && TextMetrics.width(longer, size, true) > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(longer);
            }
        }
        lines.add(line.toString());
        return lines;
    }
}
