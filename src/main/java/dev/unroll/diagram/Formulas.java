package dev.unroll.diagram;

import dev.unroll.diagram.Element.TextRun;
import java.util.List;

/** The step's equations as text runs with real subscripts, in either notation. */
public final class Formulas {

    private Formulas() {
    }

    /**
     * {@code h_t = act(W·x_t + U·h_{t−1} + b)} in Keras's letters, or
     * {@code h_t = act(b + W·h_{t−1} + U·x_t)} in the Goodfellow book's.
     */
    public static List<TextRun> step(Notation notation, String activation) {
        if (notation == Notation.KERAS) {
            return List.of(TextRun.normal("h"), TextRun.sub("t"), TextRun.normal(" = " + activation + "(W\u00B7x"),
                    TextRun.sub("t"), TextRun.normal(" + U\u00B7h"), TextRun.sub("t\u22121"), TextRun.normal(" + b)"));
        }
        return List.of(TextRun.normal("h"), TextRun.sub("t"), TextRun.normal(" = " + activation + "(b + W\u00B7h"),
                TextRun.sub("t\u22121"), TextRun.normal(" + U\u00B7x"), TextRun.sub("t"), TextRun.normal(")"));
    }

    /** {@code y_t = headAct(o_t)}, for example {@code y_t = softmax(o_t)}. */
    public static List<TextRun> activatedOutput(String activation) {
        return List.of(TextRun.normal("y"), TextRun.sub("t"), TextRun.normal(" = " + activation + "(o"), TextRun.sub("t"),
                TextRun.normal(")"));
    }

    /** {@code o_t = V·h_t + c}. */
    public static List<TextRun> output() {
        return List.of(TextRun.normal("o"), TextRun.sub("t"), TextRun.normal(" = V\u00B7h"), TextRun.sub("t"),
                TextRun.normal(" + c"));
    }
}
