package dev.unroll.rnn;

import static dev.unroll.rnn.Fixtures.assertClose;
import static dev.unroll.rnn.Fixtures.assertSameBits;
import static dev.unroll.rnn.Fixtures.entries;
import static dev.unroll.rnn.Fixtures.rows;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

/**
 * Keras-style initialisation, seed 3, T 5, M 3, N 4, K 2 with a sigmoid head, against
 * keras_sigmoid_seed3.txt, and the same weights run as Keras runs them (float32, row vectors,
 * kernel = Wᵀ) against keras_float32_seed3.txt.
 */
class KerasInitialisationTest {

    private static final double TOLERANCE = 1e-12;
    private static final double FLOAT32_TOLERANCE = 1e-5;

    private static final LessonSpec SPEC = new LessonSpec(new Dimensions(5, 3, 4, 2), Activation.TANH,
            HeadActivation.SIGMOID, Initialisation.KERAS, 3);

    private final Fixtures.Case expected = Fixtures.load("keras_sigmoid_seed3.txt");

    @Test
    void kerasInitDrawsInputsAndWeightsAsNumpy() {
        Lesson lesson = SPEC.build();
        assertClose(expected.matrix("inputs"), rows(lesson.inputs()), TOLERANCE, "inputs");
        // uniform draws are numpy's bit for bit, which pins the draw order; U goes through QR and the inputs through log
        assertSameBits(expected.matrix("W"), rows(lesson.w()), "W = kernelᵀ");
        assertClose(expected.matrix("U"), rows(lesson.u()), TOLERANCE, "U = recurrent_kernelᵀ");
        assertSameBits(expected.matrix("V"), rows(lesson.v()), "V = dense kernelᵀ");
        assertSameBits(new double[4], entries(lesson.b()), "b");
        assertSameBits(new double[2], entries(lesson.c()), "c");
    }

    @Test
    void kerasRecurrentWeightsAreOrthogonal() {
        assertOrthogonal(SPEC.build().u());
        assertOrthogonal(new LessonSpec(new Dimensions(3, 5, 64, 0), Activation.TANH, HeadActivation.LINEAR,
                Initialisation.KERAS, 2024).build().u());
    }

    @Test
    void kerasForwardPassWithSigmoidHeadMatchesNumpy() {
        Trace trace = Trace.run(SPEC.build());
        for (int t = 1; t <= 5; t++) {
            assertClose(expected.step("h", t), trace.state(t), TOLERANCE, "h_" + t);
            assertClose(expected.step("o", t), trace.values(ValueKind.O, t), TOLERANCE, "o_" + t);
            assertClose(expected.step("y", t), trace.values(ValueKind.Y, t), TOLERANCE, "y_" + t);
        }
    }

    @Test
    void doublePrecisionStatesMatchKerasFloat32RowVectorConvention() {
        Fixtures.Case keras = Fixtures.load("keras_float32_seed3.txt");
        Trace trace = Trace.run(SPEC.build());
        for (int t = 1; t <= 5; t++) {
            assertClose(keras.step("h", t), trace.state(t), FLOAT32_TOLERANCE, "h_" + t + " against float32");
        }
    }

    private static void assertOrthogonal(DMatrixRMaj u) {
        int n = u.numRows;
        DMatrixRMaj utu = new DMatrixRMaj(n, n);
        CommonOps_DDRM.multTransA(u, u, utu);
        DMatrixRMaj uut = new DMatrixRMaj(n, n);
        CommonOps_DDRM.multTransB(u, u, uut);
        double[][] identity = rows(CommonOps_DDRM.identity(n));
        assertClose(identity, rows(utu), TOLERANCE, "UᵀU for N " + n);
        assertClose(identity, rows(uut), TOLERANCE, "UUᵀ for N " + n);
    }
}
