package dev.unroll.grad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.rnn.Activation;
import dev.unroll.rnn.HeadActivation;
import dev.unroll.rnn.Lesson;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every gradient of the backward pass against central finite differences of the loss, for every
 * activation, with and without a head, for each loss and both ways of return_sequences. The
 * difference is the fourth-order central one, (−f(+2ε) + 8f(+ε) − 8f(−ε) + f(−2ε)) / 12ε with
 * ε = 1e-4, whose truncation error (ε⁴) and rounding error (1e-16 / ε) both stay near 1e-12. The
 * relative error of an entry is taken against the larger of its two values and 1e-3 of the largest
 * gradient in its array, so that an entry that is zero up to rounding is not divided by itself.
 */
class BackpropFiniteDifferenceTest {

    private static final double STEP = 1e-4;
    private static final double TOLERANCE = 1e-6;

    /** One lesson shape and loss to check. */
    record Case(Activation act, HeadActivation head, Loss loss, boolean returnSequences, int t, int m, int n, int k,
                long seed) {
        @Override
        public String toString() {
            return act.key() + (k > 0 ? " head " + head.key() : " no head") + " " + loss.key()
                    + (returnSequences ? " sequences" : " last") + " T" + t + " M" + m + " N" + n + " K" + k;
        }
    }

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        long seed = 1;
        for (Activation act : Activation.values()) {
            for (boolean rs : new boolean[] {true, false}) {
                cases.add(new Case(act, HeadActivation.LINEAR, Loss.MSE, rs, 5, 3, 4, 2, seed++));
                cases.add(new Case(act, HeadActivation.SIGMOID, Loss.BCE, rs, 4, 2, 3, 3, seed++));
                cases.add(new Case(act, HeadActivation.SOFTMAX, Loss.CCE, rs, 6, 3, 5, 4, seed++));
                cases.add(new Case(act, HeadActivation.SOFTMAX, Loss.MSE, rs, 3, 1, 2, 3, seed++));
                cases.add(new Case(act, HeadActivation.LINEAR, Loss.MSE, rs, 4, 2, 3, 0, seed++));
            }
        }
        cases.add(new Case(Activation.SIGMOID, HeadActivation.LINEAR, Loss.BCE, true, 5, 2, 3, 0, seed++));
        cases.add(new Case(Activation.SIGMOID, HeadActivation.LINEAR, Loss.BCE, false, 5, 2, 3, 0, seed++));
        cases.add(new Case(Activation.TANH, HeadActivation.LINEAR, Loss.MSE, true, 1, 1, 1, 1, seed++));
        cases.add(new Case(Activation.TANH, HeadActivation.SIGMOID, Loss.BCE, false, 8, 4, 6, 1, seed));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyGradientMatchesCentralFiniteDifferences(Case c) {
        Random random = new Random(c.seed());
        Lesson lesson = lesson(c, random);
        double[] z = targets(c, random);
        Gradients g = Backprop.compute(lesson, z, c.loss(), c.returnSequences());

        assertEquals(ReferenceLoss.of(lesson, z, c.loss(), c.returnSequences()), g.loss(), 1e-12 * Math.abs(g.loss()));
        assertTrue(g.loss() > 0, "a loss against random targets is positive: " + g.loss());
        String[] names = c.k() > 0 ? new String[] {"W", "U", "b", "V", "c"} : new String[] {"W", "U", "b"};
        DMatrixRMaj[] grads = c.k() > 0 ? new DMatrixRMaj[] {g.dW(), g.dU(), g.db(), g.dV(), g.dc()}
                : new DMatrixRMaj[] {g.dW(), g.dU(), g.db()};
        for (int p = 0; p < names.length; p++) {
            int which = p;
            DMatrixRMaj grad = grads[p];
            compare(c + " d" + names[p], grad, index -> value -> {
                DMatrixRMaj[] parts = {lesson.w(), lesson.u(), lesson.b(), lesson.v(), lesson.c()};
                parts[which].data[index] += value;
                Lesson nudged = new Lesson(lesson.activation(), lesson.headActivation(), lesson.inputs(),
                        parts[0], parts[1], parts[2], parts[3], parts[4], lesson.initialState());
                return ReferenceLoss.of(nudged, z, c.loss(), c.returnSequences());
            });
        }
        for (ReferenceLoss.Into into : ReferenceLoss.Into.values()) {
            DMatrixRMaj grad = into == ReferenceLoss.Into.H ? g.dh() : g.da();
            compare(c + " d" + into.name().toLowerCase(java.util.Locale.ROOT), grad, index -> value ->
                    ReferenceLoss.of(lesson, z, c.loss(), c.returnSequences(), into, index / c.n() + 1, index % c.n(), value));
        }
    }

    @Test
    void aClippedProbabilityGetsNoGradientAndTheLossIsFlatThere() {
        // c = 40 puts y = σ(o) within 1e-17 of 1, past Keras's clip at 1 − 1e-7
        DMatrixRMaj w = new DMatrixRMaj(new double[][] {{0.3}});
        DMatrixRMaj u = new DMatrixRMaj(new double[][] {{0.2}});
        DMatrixRMaj b = new DMatrixRMaj(new double[][] {{0.1}});
        DMatrixRMaj v = new DMatrixRMaj(new double[][] {{0.5}});
        DMatrixRMaj c = new DMatrixRMaj(new double[][] {{40}});
        DMatrixRMaj x = new DMatrixRMaj(new double[][] {{1}, {-1}});
        Lesson lesson = new Lesson(Activation.TANH, HeadActivation.SIGMOID, x, w, u, b, v, c, null);
        double[] z = {0.25, 0.75};
        Gradients g = Backprop.compute(lesson, z, Loss.BCE, true);

        // each step: −[z log ŷ + (1 − z) log(1 − ŷ)] with ŷ = 1 − 1e-7 as a double, averaged over the two
        double top = 1 - 1e-7;
        double expected = -(0.25 * Math.log(top) + 0.75 * Math.log(1 - top) + 0.75 * Math.log(top)
                + 0.25 * Math.log(1 - top)) / 2;
        assertEquals(expected, g.loss(), 1e-12 * expected);
        for (DMatrixRMaj d : new DMatrixRMaj[] {g.dW(), g.dU(), g.db(), g.dV(), g.dc(), g.dh(), g.da()}) {
            for (double value : d.data) {
                assertEquals(0.0, value, "every gradient through a clipped y is 0");
            }
        }
        double nudged = ReferenceLoss.of(new Lesson(Activation.TANH, HeadActivation.SIGMOID, x, w, u, b, v,
                new DMatrixRMaj(new double[][] {{40.001}}), null), z, Loss.BCE, true);
        assertEquals(g.loss(), nudged, 1e-15 * g.loss(), "the clipped loss does not change with c");
    }

    /** Checks every entry of {@code grad} against the difference of {@code loss(index)} around its value. */
    private static void compare(String what, DMatrixRMaj grad, java.util.function.IntFunction<DoubleUnaryOperator> loss) {
        double largest = 0;
        for (double value : grad.data) {
            largest = Math.max(largest, Math.abs(value));
        }
        assertTrue(largest > 0, what + ": some gradient is not zero");
        for (int i = 0; i < grad.getNumElements(); i++) {
            DoubleUnaryOperator f = loss.apply(i);
            double numeric = (-f.applyAsDouble(2 * STEP) + 8 * f.applyAsDouble(STEP) - 8 * f.applyAsDouble(-STEP)
                    + f.applyAsDouble(-2 * STEP)) / (12 * STEP);
            double analytic = grad.data[i];
            double scale = Math.max(Math.max(Math.abs(analytic), Math.abs(numeric)), 1e-3 * largest);
            assertTrue(Math.abs(analytic - numeric) <= TOLERANCE * scale,
                    what + "[" + i + "]: backprop " + analytic + ", finite difference " + numeric);
        }
    }

    private static Lesson lesson(Case c, Random random) {
        DMatrixRMaj v = c.k() > 0 ? matrix(random, c.k(), c.n(), 0.8) : null;
        DMatrixRMaj bias = c.k() > 0 ? matrix(random, c.k(), 1, 0.5) : null;
        return new Lesson(c.act(), c.head(), matrix(random, c.t(), c.m(), 1), matrix(random, c.n(), c.m(), 0.7),
                matrix(random, c.n(), c.n(), 0.6), matrix(random, c.n(), 1, 0.5), v, bias, matrix(random, c.n(), 1, 0.4));
    }

    private static double[] targets(Case c, Random random) {
        int width = c.k() > 0 ? c.k() : c.n();
        int rows = c.returnSequences() ? c.t() : 1;
        double[] z = new double[rows * width];
        for (int r = 0; r < rows; r++) {
            double sum = 0;
            for (int q = 0; q < width; q++) {
                z[r * width + q] = c.loss() == Loss.MSE ? 2 * random.nextDouble() - 1 : random.nextDouble();
                sum += z[r * width + q];
            }
            if (c.loss() == Loss.CCE) {
                for (int q = 0; q < width; q++) {
                    z[r * width + q] /= sum;
                }
            }
        }
        return z;
    }

    /** Values drawn uniformly from [−scale, scale). */
    private static DMatrixRMaj matrix(Random random, int rows, int cols, double scale) {
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = scale * (2 * random.nextDouble() - 1);
        }
        return m;
    }
}
