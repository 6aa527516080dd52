package dev.unroll.rnn;

import static dev.unroll.rnn.Fixtures.assertClose;
import static dev.unroll.rnn.Fixtures.assertSameBits;
import static dev.unroll.rnn.Fixtures.entries;
import static dev.unroll.rnn.Fixtures.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** numpy-uniform, seed 7, T 6, M 3, N 4, K 3 with a softmax head, against softmax_head_seed7.txt. */
class SoftmaxHeadTest {

    private static final double TOLERANCE = 1e-12;

    private static final LessonSpec SPEC = new LessonSpec(new Dimensions(6, 3, 4, 3), Activation.TANH,
            HeadActivation.SOFTMAX, Initialisation.NUMPY_UNIFORM, 7);

    private final Fixtures.Case expected = Fixtures.load("softmax_head_seed7.txt");

    @Test
    void numpyUniformDrawsInputsWUBVAndCInNumpysOrder() {
        Lesson lesson = SPEC.build();
        assertSameBits(expected.matrix("inputs"), rows(lesson.inputs()), "inputs");
        assertSameBits(expected.matrix("W"), rows(lesson.w()), "W");
        assertSameBits(expected.matrix("U"), rows(lesson.u()), "U");
        assertSameBits(expected.vector("b"), entries(lesson.b()), "b");
        assertSameBits(expected.matrix("V"), rows(lesson.v()), "V");
        assertSameBits(expected.vector("c"), entries(lesson.c()), "c");
    }

    @Test
    void everyTermOfEveryStepMatchesNumpy() {
        Trace trace = Trace.run(SPEC.build());
        assertEquals(3, trace.outputs());
        for (int t = 1; t <= 6; t++) {
            Step step = trace.step(t);
            assertEquals(t, step.t());
            assertSameBits(expected.step("inputs", t), step.x(), "x_" + t);
            assertSameBits(t == 1 ? new double[4] : trace.state(t - 1), step.hPrev(), "h_" + (t - 1));
            assertSameBits(expected.vector("b"), step.b(), "b at step " + t);
            assertClose(expected.step("Wx", t), step.wx(), TOLERANCE, "Wx at step " + t);
            assertClose(expected.step("Uh", t), step.uh(), TOLERANCE, "Uh at step " + t);
            assertClose(expected.step("a", t), step.a(), TOLERANCE, "a_" + t);
            assertClose(expected.step("h", t), step.h(), TOLERANCE, "h_" + t);
            assertClose(expected.step("o", t), step.o(), TOLERANCE, "o_" + t);
            assertClose(expected.step("y", t), step.y(), TOLERANCE, "y_" + t);
            assertClose(expected.step("o", t), trace.values(ValueKind.O, t), TOLERANCE, "values(o, " + t + ")");
            assertClose(expected.step("y", t), trace.values(ValueKind.Y, t), TOLERANCE, "values(y, " + t + ")");
        }
    }

    @Test
    void softmaxOutputsArePositiveAndSumToOne() {
        Trace trace = Trace.run(SPEC.build());
        for (int t = 1; t <= 6; t++) {
            double sum = 0;
            for (double y : trace.values(ValueKind.Y, t)) {
                assertEquals(true, y > 0 && y < 1, "y_" + t + " component " + y);
                sum += y;
            }
            assertEquals(1.0, sum, 1e-15, "sum of y_" + t);
        }
    }

    @Test
    void softmaxStaysFiniteForLargeOutputs() {
        double[] y = new double[3];
        HeadActivation.SOFTMAX.apply(new double[] {1000, 1000, 999}, y, 3);
        double e = Math.exp(-1);
        assertClose(new double[] {1 / (2 + e), 1 / (2 + e), e / (2 + e)}, y, 1e-15, "softmax(1000, 1000, 999)");
    }
}
