package dev.unroll.lesson;

import dev.unroll.diagram.ValueFormat;
import dev.unroll.i18n.Text;
import dev.unroll.rnn.Activation;
import dev.unroll.rnn.Step;
import dev.unroll.rnn.Trace;
import java.util.ArrayList;
import java.util.List;

/**
 * The quiz's questions, made from a lesson's own numbers at step t. Each is answerable from what
 * the picture shows once a_t is formed and before h_t fills: h_t = act(a_t) element by element, so
 * the sign, the size and the order of h_t's components follow from a_t's (every activation here is
 * non-decreasing). The kind asked turns with t — which unit will be largest, will h_t[i] be
 * positive, roughly what value — skipping a kind the numbers cannot make fair (a tie for largest).
 */
public final class QuizQuestions {

    /** The most units listed as choices of "which unit will be largest". */
    static final int MAX_LISTED_UNITS = 6;
    /** How much the largest h_t[i] must exceed the next to be told apart on screen (values show three digits). */
    static final double LARGEST_MARGIN = 0.005;
    /** How far apart the choices of a value question are at least, so that "roughly" decides between them. */
    static final double VALUE_GAP = 0.1;
    /** How many choices a value question offers. */
    static final int VALUE_CHOICES = 4;


    private QuizQuestions() {
    }

    /**
     * The question for step {@code t} of {@code trace}.
     *
     * @throws IllegalArgumentException unless 1 ≤ t ≤ T: h_0 is given, not computed
     */
    public static QuizQuestion forStep(Trace trace, int t) {
        if (t < 1 || t > trace.timesteps()) {
            throw new IllegalArgumentException("a question is about a step from 1 to " + trace.timesteps() + ", got " + t);
        }
        Step step = trace.step(t);
        Activation act = trace.lesson().activation();
        QuizQuestion.Kind[] kinds = QuizQuestion.Kind.values();
        for (int k = 0; k < kinds.length; k++) {
            QuizQuestion.Kind kind = kinds[(t - 1 + k) % kinds.length];
            QuizQuestion question = switch (kind) {
                case LARGEST_UNIT -> largestUnit(step, t);
                case SIGN -> sign(step, t);
                case VALUE -> value(step, t, act);
            };
            if (question != null) {
                return question;
            }
        }
        throw new IllegalStateException("a sign question can always be asked");
    }

    /** Which unit will be largest, when there are 2 to {@value #MAX_LISTED_UNITS} and one clearly leads; else null. */
    static QuizQuestion largestUnit(Step step, int t) {
        double[] h = step.h();
        if (h.length < 2 || h.length > MAX_LISTED_UNITS) {
            return null;
        }
        int best = 0;
        for (int i = 1; i < h.length; i++) {
            if (h[i] > h[best]) {
                best = i;
            }
        }
        for (int i = 0; i < h.length; i++) {
            if (i != best && !(h[best] - h[i] >= LARGEST_MARGIN)) {
                return null;
            }
        }
        List<String> units = new ArrayList<>();
        for (int i = 0; i < h.length; i++) {
            units.add(Text.get("quiz.unit", sub(t), Integer.toString(i)));
        }
        return new QuizQuestion(t, QuizQuestion.Kind.LARGEST_UNIT, best, Text.get("quiz.largest", sub(t)), units, best, h[best]);
    }

    /** Will h_t[i] be positive, for the unit whose a_t[i] is largest in size: the boldest colour in a_t. */
    static QuizQuestion sign(Step step, int t) {
        int i = argmax(step.a(), Math::abs);
        double h = step.h()[i];
        return new QuizQuestion(t, QuizQuestion.Kind.SIGN, i, Text.get("quiz.sign", sub(t), Integer.toString(i)), List.of(Text.get("quiz.yes"), Text.get("quiz.no")), h > 0 ? 0 : 1, h);
    }

    /**
     * Roughly what h_t[i] will be, for the unit whose a_t[i] is nearest 1 in size, where the activation
     * bends most visibly without flattening. The wrong choices are the mistakes a class makes: forgetting
     * the activation (a itself), the wrong sign, half or twice the input, none at all (0); each at least
     * {@value #VALUE_GAP} from the others, with a step either side of the answer when too few are left.
     * The choices are in increasing order, so where the right one stands tells nothing.
     */
    static QuizQuestion value(Step step, int t, Activation act) {
        int i = argmax(step.a(), a -> -Math.abs(Math.abs(a) - 1));
        double a = step.a()[i];
        double h = step.h()[i];
        List<Double> picked = new ArrayList<>(List.of(h));
        for (double candidate : new double[] {a, -h, act.apply(a / 2), act.apply(2 * a), 0, h + 5 * VALUE_GAP,
                h - 5 * VALUE_GAP, h + 10 * VALUE_GAP}) {
            if (picked.size() < VALUE_CHOICES && Double.isFinite(candidate) && farFromAll(candidate, picked)) {
                picked.add(candidate);
            }
        }
        picked.sort(Double::compare);
        List<String> choices = picked.stream().map(QuizQuestions::shown).toList();
        String prompt = Text.get("quiz.value", sub(t), Integer.toString(i), shown(a), act.key());
        return new QuizQuestion(t, QuizQuestion.Kind.VALUE, i, prompt, choices, picked.indexOf(h), h);
    }

    private static boolean farFromAll(double candidate, List<Double> picked) {
        for (double p : picked) {
            if (!(Math.abs(candidate - p) >= VALUE_GAP)) {
                return false;
            }
        }
        return true;
    }

    /** The index of the component with the highest {@code score}; the first of equals. */
    private static int argmax(double[] values, java.util.function.DoubleUnaryOperator score) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (score.applyAsDouble(values[i]) > score.applyAsDouble(values[best])) {
                best = i;
            }
        }
        return best;
    }

    /** A step's number as subscript digits. */
    static String sub(int t) {
        return ValueFormat.subscript(t);
    }

    /** A value as the diagram writes it. */
    static String shown(double value) {
        return ValueFormat.threeDigits(value);
    }
}
