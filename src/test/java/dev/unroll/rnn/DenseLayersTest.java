package dev.unroll.rnn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * Dense layers between h_t and the head: a checkpointed run recomputes them to the same bits as a kept
 * one, every lesson derived from a stacked one keeps them, and layers that do not chain are refused
 * naming the shapes. (Their numbers are checked against numpy in KerasLessonTest.)
 */
class DenseLayersTest {

    private static final Lesson TINY = Preset.TINY.spec().withSeed(5).withHeadActivation(HeadActivation.SIGMOID).build();
    private static final Dense FIRST = new Dense(new DMatrixRMaj(new double[][] {
        {0.5, -1, 0.25, 2}, {-0.75, 0.5, 1, -0.5}, {1.5, 0.1, -0.2, 0.3}}), new DMatrixRMaj(new double[] {0.1, 0, -0.1}),
            Activation.RELU);
    private static final Dense SECOND = new Dense(new DMatrixRMaj(new double[][] {{1, -1, 0.5}, {0.2, 0.4, -0.6}}),
            new DMatrixRMaj(new double[] {0.05, -0.05}), Activation.TANH);
    private static final Lesson STACKED = TINY.withHead(List.of(FIRST, SECOND),
            new DMatrixRMaj(new double[][] {{1, 2}, {-0.5, 0.25}}), new DMatrixRMaj(new double[] {0, 0.5}));

    @Test
    void aCheckpointedRunRecomputesTheLayersToTheSameBits() {
        Trace kept = Trace.run(STACKED);
        Trace checkpointed = Trace.runCheckpointed(STACKED, 2);
        for (int t = 1; t <= kept.timesteps(); t++) {
            assertArrayEquals(kept.values(ValueKind.Y, t), checkpointed.values(ValueKind.Y, t), "y at t=" + t);
            assertArrayEquals(kept.dense(1, t), checkpointed.dense(1, t), "d2 at t=" + t);
        }
    }

    @Test
    void theHeadReadsTheLastLayerWhichReadsTheOneBefore() {
        Trace trace = Trace.run(STACKED);
        double[] h = trace.state(3);
        double[] d1 = new double[3];
        for (int r = 0; r < 3; r++) {
            double sum = 0;
            for (int j = 0; j < 4; j++) {
                sum += FIRST.weights().get(r, j) * h[j];
            }
            d1[r] = Math.max(0, sum + FIRST.bias().get(r));
        }
        assertArrayEquals(d1, trace.dense(0, 3), 0.0);
        double[] d2 = trace.dense(1, 3);
        // o_3 = V·d2 + c with V = [[1, 2], [−0.5, 0.25]], c = [0, 0.5]
        assertArrayEquals(new double[] {d2[0] + 2 * d2[1], -0.5 * d2[0] + 0.25 * d2[1] + 0.5}, trace.values(ValueKind.O, 3), 1e-15);
    }

    @Test
    void lessonsMadeFromAStackedOneKeepItsLayers() {
        assertEquals(STACKED.denseLayers(), STACKED.withActivations(Activation.RELU, HeadActivation.SOFTMAX).denseLayers());
        assertEquals(List.of(FIRST, SECOND), STACKED.denseLayers());
    }

    @Test
    void layersThatDoNotChainAreRefusedNamingTheShapes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TINY.withHead(List.of(SECOND), new DMatrixRMaj(2, 2), new DMatrixRMaj(2, 1)));
        assertEquals("a Dense layer's columns must equal the outputs of what it reads: reads (4,), V (2, 3)", e.getMessage());
        IllegalArgumentException head = assertThrows(IllegalArgumentException.class,
                () -> TINY.withHead(List.of(FIRST), new DMatrixRMaj(2, 4), new DMatrixRMaj(2, 1)));
        assertEquals("V's columns must equal the outputs of the last Dense layer before it: reads (3,), V (2, 4)", head.getMessage());
    }
}
