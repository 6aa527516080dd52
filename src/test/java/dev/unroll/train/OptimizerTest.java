package dev.unroll.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.unroll.FixtureFiles;
import dev.unroll.io.NdArray;
import dev.unroll.io.NpzReader;
import java.util.List;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * Adam, SGD and clipping by global norm against make_train_fixtures.py, numpy's own run of Keras's
 * formulas, step after step on two arrays of different shapes.
 */
class OptimizerTest {

    private static final Map<String, NdArray> NUMPY = NpzReader.read(FixtureFiles.of("train", "optimizers.npz",
            "make_train_fixtures.py"));
    private static final int STEPS = NUMPY.get("grads_b").rows();

    @Test
    void adamFollowsNumpysKerasAdamStepByStep() {
        followsNumpy(Optimizer.ADAM, setting(0), TrainingSettings.NO_CLIP, "adam");
    }

    @Test
    void adamAfterClippingByGlobalNormFollowsNumpy() {
        followsNumpy(Optimizer.ADAM, setting(0), setting(2), "adam_clipped");
    }

    @Test
    void sgdAfterClippingByGlobalNormFollowsNumpy() {
        followsNumpy(Optimizer.SGD, setting(1), setting(2), "sgd_clipped");
    }

    @Test
    void sgdMovesEachWeightByTheLearningRateTimesItsGradient() {
        DMatrixRMaj theta = new DMatrixRMaj(new double[][] {{0.5, -1.25}, {2.0, 0.0}});
        DMatrixRMaj g = new DMatrixRMaj(new double[][] {{0.1, 0.2}, {-0.4, 3.0}});
        DMatrixRMaj before = theta.copy();
        Optimizer.SGD.create(0.25, List.of(theta)).apply(List.of(theta), List.of(g));
        for (int i = 0; i < 4; i++) {
            // θ ← θ − η·g
            assertEquals(before.data[i] - 0.25 * g.data[i], theta.data[i], 0.0, "entry " + i);
        }
    }

    @Test
    void clippingBelowTheThresholdLeavesGradientsAsTheyAre() {
        DMatrixRMaj a = new DMatrixRMaj(new double[][] {{0.3, -0.4}});
        double norm = GlobalNormClipping.clip(List.of(a), 1.0);
        assertEquals(0.5, norm, 1e-15);
        assertEquals(0.3, a.data[0], 0.0);
        assertEquals(-0.4, a.data[1], 0.0);
    }

    @Test
    void clippingAboveTheThresholdKeepsTheJointDirectionAndMakesTheNormTheThreshold() {
        DMatrixRMaj a = new DMatrixRMaj(new double[][] {{3.0}, {0.0}});
        DMatrixRMaj b = new DMatrixRMaj(new double[][] {{4.0}});
        double norm = GlobalNormClipping.clip(List.of(a, b), 2.0);
        assertEquals(5.0, norm, 1e-15);
        assertEquals(2.0, GlobalNormClipping.norm(List.of(a, b)), 1e-15);
        // one factor for every array, 2/5: the ratio of a's and b's entries is kept
        assertEquals(3.0 * 2 / 5, a.data[0], 1e-15);
        assertEquals(4.0 * 2 / 5, b.data[0], 1e-15);
        assertNotEquals(1.0, b.data[0], "not clipped per array, as clipnorm would");
    }

    private static double setting(int i) {
        return NUMPY.get("settings").values()[i];
    }

    private static void followsNumpy(Optimizer optimizer, double learningRate, double clip, String name) {
        DMatrixRMaj a = row(NUMPY.get("a").values());
        DMatrixRMaj b = row(NUMPY.get("b").values());
        List<DMatrixRMaj> parameters = List.of(a, b);
        Optimizer.Update update = optimizer.create(learningRate, parameters);
        for (int s = 0; s < STEPS; s++) {
            DMatrixRMaj ga = row(NUMPY.get("grads_a"), s);
            DMatrixRMaj gb = row(NUMPY.get("grads_b"), s);
            List<DMatrixRMaj> gradients = List.of(ga, gb);
            GlobalNormClipping.clip(gradients, clip);
            update.apply(parameters, gradients);
            assertClose(row(NUMPY.get(name + "_a"), s), a, name + " a after step " + (s + 1));
            assertClose(row(NUMPY.get(name + "_b"), s), b, name + " b after step " + (s + 1));
        }
    }

    private static DMatrixRMaj row(double[] values) {
        return new DMatrixRMaj(1, values.length, true, values);
    }

    private static DMatrixRMaj row(NdArray array, int r) {
        double[] values = new double[array.cols()];
        for (int c = 0; c < values.length; c++) {
            values[c] = array.get(r, c);
        }
        return row(values);
    }

    private static void assertClose(DMatrixRMaj expected, DMatrixRMaj actual, String what) {
        for (int i = 0; i < expected.getNumElements(); i++) {
            assertEquals(expected.data[i], actual.data[i], 1e-12 * Math.max(1, Math.abs(expected.data[i])), what + " [" + i + "]");
        }
    }
}
