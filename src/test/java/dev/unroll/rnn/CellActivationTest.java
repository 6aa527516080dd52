package dev.unroll.rnn;

import static dev.unroll.rnn.Fixtures.assertClose;
import static dev.unroll.rnn.Fixtures.assertSameBits;
import static dev.unroll.rnn.Fixtures.entries;
import static dev.unroll.rnn.Fixtures.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** relu and linear cells, numpy-uniform, seed 11, T 4, M 2, N 3, against relu_linear_seed11.txt. */
class CellActivationTest {

    private static final double TOLERANCE = 1e-12;

    private static final LessonSpec SPEC = new LessonSpec(new Dimensions(4, 2, 3, 0), Activation.RELU,
            HeadActivation.LINEAR, Initialisation.NUMPY_UNIFORM, 11);

    private final Fixtures.Case expected = Fixtures.load("relu_linear_seed11.txt");

    @Test
    void activationDoesNotChangeTheDrawnWeights() {
        for (Activation act : Activation.values()) {
            Lesson lesson = SPEC.withActivation(act).build();
            assertSameBits(expected.matrix("inputs"), rows(lesson.inputs()), act + " inputs");
            assertSameBits(expected.matrix("W"), rows(lesson.w()), act + " W");
            assertSameBits(expected.matrix("U"), rows(lesson.u()), act + " U");
            assertSameBits(expected.vector("b"), entries(lesson.b()), act + " b");
        }
    }

    @Test
    void reluCellMatchesNumpy() {
        assertMatches(Activation.RELU, "relu");
    }

    @Test
    void linearCellMatchesNumpy() {
        assertMatches(Activation.LINEAR, "linear");
    }

    @Test
    void activationsComputeTheirFormulas() {
        assertEquals(0.0, Activation.RELU.apply(-2.5));
        assertEquals(2.5, Activation.RELU.apply(2.5));
        assertEquals(-2.5, Activation.LINEAR.apply(-2.5));
        assertEquals(0.5, Activation.SIGMOID.apply(0));
        assertEquals(1 / (1 + Math.exp(-1.5)), Activation.SIGMOID.apply(1.5), 1e-16);
        assertEquals(Math.tanh(0.7), Activation.TANH.apply(0.7), 2 * Math.ulp(Math.tanh(0.7)));
    }

    private void assertMatches(Activation act, String key) {
        Trace trace = Trace.run(SPEC.withActivation(act).build());
        for (int t = 1; t <= 4; t++) {
            assertClose(expected.step("a_" + key, t), trace.values(ValueKind.A, t), TOLERANCE, key + " a_" + t);
            assertClose(expected.step("h_" + key, t), trace.state(t), TOLERANCE, key + " h_" + t);
        }
    }
}
