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

    /**
     * The Dense layers between h_t and the head, then the head: {@code d¹_t = relu(V¹·h_t + c¹)}, …,
     * {@code o_t = V·dᴸ_t + c}, one formula for each of {@code activations}, the layers' in order.
     */
    public static List<TextRun> stackedOutput(List<String> activations) {
        List<TextRun> runs = new java.util.ArrayList<>();
        String read = "h";
        for (int i = 0; i < activations.size(); i++) {
            String d = "d" + superscript(i + 1);
            runs.addAll(List.of(TextRun.normal(d), TextRun.sub("t"), TextRun.normal(" = " + activations.get(i) + "(V"
                    + superscript(i + 1) + "\u00B7" + read), TextRun.sub("t"), TextRun.normal(" + c" + superscript(i + 1) + ")     ")));
            read = d;
        }
        runs.addAll(List.of(TextRun.normal("o"), TextRun.sub("t"), TextRun.normal(" = V\u00B7" + read), TextRun.sub("t"),
                TextRun.normal(" + c")));
        return runs;
    }

    /** {@code n} in superscript digits: 1 → ¹, 12 → ¹². */
    static String superscript(int n) {
        String digits = "\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079";
        StringBuilder s = new StringBuilder();
        for (char ch : Integer.toString(n).toCharArray()) {
            s.append(digits.charAt(ch - '0'));
        }
        return s.toString();
    }

    /**
     * The backward step: {@code δh_t = Vᵀ·δo_t + Uᵀ·δa_{t+1}} (without a head {@code ∂ℓ_t/∂h_t} in place of
     * {@code Vᵀ·δo_t}) and {@code δa_t = δh_t ⊙ act′(a_t)}, the recurrent matrix's letter the notation's.
     */
    public static List<TextRun> backward(Notation notation, String activation, boolean head) {
        List<TextRun> runs = new java.util.ArrayList<>();
        runs.add(TextRun.normal("\u03B4h"));
        runs.add(TextRun.sub("t"));
        if (head) {
            runs.add(TextRun.normal(" = V\u1D40\u00B7\u03B4o"));
            runs.add(TextRun.sub("t"));
        } else {
            runs.add(TextRun.normal(" = \u2202\u2113"));
            runs.add(TextRun.sub("t"));
            runs.add(TextRun.normal("/\u2202h"));
            runs.add(TextRun.sub("t"));
        }
        runs.add(TextRun.normal(" + " + notation.recurrentMatrix() + "\u1D40\u00B7\u03B4a"));
        runs.add(TextRun.sub("t+1"));
        runs.add(TextRun.normal("     \u03B4a"));
        runs.add(TextRun.sub("t"));
        runs.add(TextRun.normal(" = \u03B4h"));
        runs.add(TextRun.sub("t"));
        runs.add(TextRun.normal(" \u2299 " + activation + "\u2032(a"));
        runs.add(TextRun.sub("t"));
        runs.add(TextRun.normal(")"));
        return List.copyOf(runs);
    }

    /** {@code o_t = V·h_t + c}. */
    public static List<TextRun> output() {
        return List.of(TextRun.normal("o"), TextRun.sub("t"), TextRun.normal(" = V\u00B7h"), TextRun.sub("t"),
                TextRun.normal(" + c"));
    }
}
