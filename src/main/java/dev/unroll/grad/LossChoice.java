package dev.unroll.grad;

import dev.unroll.rnn.HeadActivation;
import dev.unroll.rnn.Lesson;
import java.util.Arrays;

/**
 * A loss and the targets it is taken against, with the short formula that names both, such as
 * {@code bce(y_T, 1)}. A lesson stores no targets, so the window's backward mode takes one of
 * {@link #defaults}: the loss the head's activation calls for, towards a fixed answer.
 *
 * @param loss    the loss
 * @param targets z, row-major, in the shape {@link Backprop#targetShape} names
 * @param formula the loss written as a function of the outputs and the targets, for example {@code mse(y_t, 0)}
 */
public record LossChoice(Loss loss, double[] targets, String formula) {

    /**
     * The loss a lesson's backward pass is shown with when no targets are given, the one Keras pairs
     * with the head's activation:
     * <ul>
     * <li>a sigmoid head: {@code bce} towards 1, every output "positive";</li>
     * <li>a softmax head: {@code cce} towards class 0, the one-hot vector e₀;</li>
     * <li>a linear head: {@code mse} towards 0;</li>
     * <li>no head: {@code mse} of h itself towards 0, the loss of a layer whose states are the output.</li>
     * </ul>
     * With return_sequences every step's output counts (written y_t); without it only the last (y_T).
     */
    public static LossChoice defaults(Lesson lesson, boolean returnSequences) {
        boolean head = lesson.dimensions().hasHead();
        int width = head ? lesson.dimensions().outputSize() : lesson.dimensions().units();
        int steps = returnSequences ? lesson.dimensions().timesteps() : 1;
        double[] z = new double[steps * width];
        String output = (head ? "y" : "h") + (returnSequences ? "_t" : "_T");
        HeadActivation act = head ? lesson.headActivation() : HeadActivation.LINEAR;
        return switch (act) {
            case SIGMOID -> {
                Arrays.fill(z, 1);
                yield new LossChoice(Loss.BCE, z, "bce(" + output + ", 1)");
            }
            case SOFTMAX -> {
                for (int s = 0; s < steps; s++) {
                    z[s * width] = 1;
                }
                yield new LossChoice(Loss.CCE, z, "cce(" + output + ", e\u2080)");
            }
            case LINEAR -> new LossChoice(Loss.MSE, z, "mse(" + output + ", 0)");
        };
    }

    /** The gradients of {@code lesson} under this loss. */
    public Gradients compute(Lesson lesson, boolean returnSequences) {
        return Backprop.compute(lesson, targets, loss, returnSequences);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LossChoice c && c.loss == loss && Arrays.equals(c.targets, targets) && c.formula.equals(formula);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * loss.hashCode() + Arrays.hashCode(targets)) + formula.hashCode();
    }

    @Override
    public String toString() {
        return formula;
    }
}
