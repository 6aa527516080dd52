package dev.unroll.grad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.io.NdArray;
import dev.unroll.io.NpzReader;
import dev.unroll.rnn.Initialisation;
import dev.unroll.rnn.Lesson;
import dev.unroll.rnn.Preset;
import dev.unroll.rnn.Trace;
import dev.unroll.rnn.TraceMonitor;
import dev.unroll.rnn.ValueKind;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ‖∂L/∂h_t‖ and the step Jacobians' spectral norms against numpy's (make_grad_fixtures.py), and the
 * vanishing gradient of the seed's saturated example next to a Keras-initialised one.
 */
class GradientFlowTest {

    static List<GradFixture> fixtures() {
        return GradFixture.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void normsEqualNumpys(GradFixture fixture) {
        Lesson lesson = fixture.lesson();
        GradientFlow flow = GradientFlow.of(lesson,
                Backprop.compute(lesson, fixture.targets(), fixture.loss(), fixture.returnSequences()));
        Map<String, NdArray> numpy = NpzReader.read(GradFixture.file(fixture.name() + "_norms.npz"));
        double[] dh = numpy.get("dh_norm").values();
        double[] jacobian = numpy.get("jacobian_norm").values();
        assertEquals(dh.length, flow.gradientNorms().length);
        for (int t = 0; t < dh.length; t++) {
            assertEquals(dh[t], flow.gradientNorms()[t], 1e-12 * Math.max(dh[t], 1e-300), fixture + " |dh| at t = " + (t + 1));
            assertEquals(jacobian[t], flow.jacobianNorms()[t], 1e-12 * jacobian[t], fixture + " |J| at t = " + (t + 1));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void powerIterationFindsNumpysJacobianNormsTo1e9(GradFixture fixture) {
        Lesson lesson = fixture.lesson();
        Gradients gradients = Backprop.compute(lesson, fixture.targets(), fixture.loss(), fixture.returnSequences());
        GradientFlow flow = GradientFlow.of(lesson, gradients, TraceMonitor.NONE, false);
        double[] jacobian = NpzReader.read(GradFixture.file(fixture.name() + "_norms.npz")).get("jacobian_norm").values();
        for (int t = 0; t < jacobian.length; t++) {
            // the Rayleigh quotient approaches the largest eigenvalue from below: never above numpy's norm
            assertTrue(flow.jacobianNorms()[t] <= jacobian[t] * (1 + 1e-14), fixture + " |J| at t = " + (t + 1));
            assertEquals(jacobian[t], flow.jacobianNorms()[t], 1e-9 * jacobian[t], fixture + " |J| at t = " + (t + 1));
        }
    }

    @Test
    void aCancelledMonitorStopsTheNorms() {
        Lesson seed = Preset.SEED_NUMPY.spec().build();
        Gradients gradients = Backprop.compute(seed, new double[64], Loss.MSE, false);
        TraceMonitor cancelled = new TraceMonitor() {
            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(CancellationException.class, () -> GradientFlow.of(seed, gradients, cancelled));
    }

    @Test
    void theSeedsSaturatedExampleLetsNothingBackPastTheLastStep() {
        Lesson seed = Preset.SEED_NUMPY.spec().build();
        GradientFlow flow = GradientFlow.of(seed, Backprop.compute(seed, new double[64], Loss.MSE, false));
        Trace trace = Trace.run(seed);
        for (int t = 2; t <= 100; t++) {
            // every h_t from t = 2 on rounds to exactly ±1, so tanh′ = 1 − h² is 0 in every unit
            for (double h : trace.values(ValueKind.H, t)) {
                assertEquals(1.0, Math.abs(h), "|h| at t = " + t);
            }
            assertEquals(0.0, flow.jacobianNorms()[t - 1], "|J| at t = " + t);
        }
        assertTrue(flow.jacobianNorms()[0] > 0, "h_1 is not saturated everywhere: " + flow.jacobianNorms()[0]);
        assertTrue(flow.gradientNorms()[99] > 0.01, "the loss's own gradient at t = T: " + flow.gradientNorms()[99]);
        for (int t = 1; t < 100; t++) {
            assertEquals(0.0, flow.gradientNorms()[t - 1], "|dh| at t = " + t);
        }
    }

    @Test
    void withAnOrthogonalUTheJacobianNormIsTheLargestSlope() {
        // for orthogonal U, ‖diag(d)·U‖₂ = max |d_i|: Keras's initialisation draws U orthogonal
        Lesson keras = Preset.SEED_NUMPY.spec().withInitialisation(Initialisation.KERAS).build();
        GradientFlow flow = GradientFlow.of(keras, Backprop.compute(keras, new double[64 * 100], Loss.MSE, true));
        Trace trace = Trace.run(keras);
        for (int t = 1; t <= 100; t++) {
            double largest = 0;
            for (double h : trace.values(ValueKind.H, t)) {
                largest = Math.max(largest, 1 - h * h);
            }
            assertEquals(largest, flow.jacobianNorms()[t - 1], 1e-12, "t = " + t);
            assertTrue(largest > 0.5, "units away from saturation at t = " + t + ": " + largest);
        }
    }
}
