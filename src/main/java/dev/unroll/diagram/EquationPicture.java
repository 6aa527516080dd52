package dev.unroll.diagram;

import dev.unroll.diagram.Element.Anchor;
import dev.unroll.diagram.Element.TextRun;
import dev.unroll.i18n.Text;
import dev.unroll.rnn.Shapes;
import dev.unroll.rnn.Step;
import dev.unroll.rnn.Trace;
import java.util.ArrayList;
import java.util.List;

/**
 * The Equation panel's step as a {@link Drawing}, for an export: step t for unit i with its numbers,
 * {@code h_t[i] = act(Σ_j W[i,j]·x_t[j] + Σ_j U[i,j]·h_{t−1}[j] + b[i]) = act(… + … + …) = act(a) = h},
 * the shapes line, and with the head o_t (and y_t). The numbers are the panel's own,
 * {@link StepEquation}'s, question marks included for the stages not reached yet.
 */
public final class EquationPicture {

    /** The words the picture writes, kept together for translation. */
    public static final String INITIAL_STATE = ": the initial state, before any input.";
    /** The most output components written out, as the panel writes them. */
    private static final int MOST_OUTPUTS = 64;
    private static final double MARGIN = 24;
    private static final double SIZE = 18;
    private static final double TITLE_SIZE = 15;
    private static final double LINE = 34;
    /** How far the continuation lines ("= …") stand in from the left, under the definition's "=". */
    private static final double CONTINUATION_INDENT = 40;

    private EquationPicture() {
    }

    /**
     * Step {@code t} of {@code trace} for unit {@code unit}, with {@code inFlight} the stage being formed
     * (null once the step is complete); the head's lines when {@code head} is on and the lesson has one.
     */
    public static Drawing draw(Trace trace, int t, int unit, Notation notation, Stage inFlight, boolean head, Theme theme) {
        int i = Math.max(0, Math.min(trace.units() - 1, unit));
        int step = Math.max(0, Math.min(trace.timesteps(), t));
        List<Element.Text> lines = new ArrayList<>();
        double y = MARGIN + TITLE_SIZE;
        lines.add(text(MARGIN, y, List.of(TextRun.normal(Text.get("equationPicture.title", Integer.toString(step), Integer.toString(i)))), TITLE_SIZE, true, theme.muted()));
        y += LINE;
        if (step == 0) {
            lines.add(text(MARGIN, y, List.of(TextRun.normal("h"), TextRun.sub("0"), TextRun.normal("[" + i + "] = 0" + INITIAL_STATE)),
                    SIZE, false, theme.ink()));
        } else {
            Step s = trace.step(step);
            String act = trace.lesson().activation().key();
            StepEquation values = StepEquation.of(s, step, i, act, inFlight);
            lines.add(text(MARGIN, y, definition(step, i, act, notation), SIZE, false, theme.ink()));
            y += LINE;
            lines.add(text(MARGIN + CONTINUATION_INDENT, y, List.of(TextRun.normal("= " + act + "(" + values.input() + " + "
                    + values.recurrent() + " + " + values.bias() + ")")), SIZE, false, theme.ink()));
            y += LINE;
            lines.add(text(MARGIN + CONTINUATION_INDENT, y, List.of(TextRun.normal("= " + act + "(" + values.sum() + ") = "
                    + values.state())), SIZE, true, theme.ink()));
            y += LINE;
            lines.add(text(MARGIN, y, List.of(TextRun.normal(Shapes.oneStep(trace.lesson().dimensions()))), SIZE * 0.8, false,
                    theme.muted()));
            if (head && trace.lesson().dimensions().hasHead() && (inFlight == null || inFlight == Stage.OUTPUT)) {
                y += LINE;
                String st = Integer.toString(step);
                lines.add(text(MARGIN, y, List.of(TextRun.normal("o"), TextRun.sub(st), TextRun.normal(" = V\u00B7h"),
                        TextRun.sub(st), TextRun.normal(" + c = [" + ValueFormat.join(s.o(), MOST_OUTPUTS) + "]")), SIZE, false,
                        theme.ink()));
                String headAct = trace.lesson().headActivation().key();
                if (!headAct.equals("linear")) {
                    y += LINE;
                    lines.add(text(MARGIN, y, List.of(TextRun.normal("y"), TextRun.sub(st), TextRun.normal(" = " + headAct + "(o"),
                            TextRun.sub(st), TextRun.normal(") = [" + ValueFormat.join(s.y(), MOST_OUTPUTS) + "]")), SIZE, false,
                            theme.ink()));
                }
            }
        }
        double right = 0;
        double bottom = 0;
        for (Element.Text line : lines) {
            Box b = TextMetrics.bounds(line);
            right = Math.max(right, b.right());
            bottom = Math.max(bottom, b.bottom());
        }
        return new Drawing(0, 0, right + MARGIN, bottom + MARGIN, theme.paper(), List.copyOf(lines));
    }

    /** h_t[i] = act(Σ_j W[i,j]·x_t[j] + Σ_j U[i,j]·h_{t−1}[j] + b[i]), in the notation's letters, as the panel writes it. */
    private static List<TextRun> definition(int t, int i, String act, Notation n) {
        return List.of(TextRun.normal("h"), TextRun.sub(Integer.toString(t)), TextRun.normal("[" + i + "] = " + act + "("),
                TextRun.normal("\u03A3\u2C7C " + n.inputMatrix() + "[" + i + ",j]\u00B7x"), TextRun.sub(Integer.toString(t)),
                TextRun.normal("[j] + "),
                TextRun.normal("\u03A3\u2C7C " + n.recurrentMatrix() + "[" + i + ",j]\u00B7h"), TextRun.sub(Integer.toString(t - 1)),
                TextRun.normal("[j] + b[" + i + "])"));
    }

    private static Element.Text text(double x, double y, List<TextRun> runs, double size, boolean bold, int ink) {
        return new Element.Text(x, y, runs, size, bold, Paint.of(ink), Anchor.START);
    }
}
