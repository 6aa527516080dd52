package dev.unroll.rnn;

import static dev.unroll.rnn.Fixtures.assertClose;
import static dev.unroll.rnn.Fixtures.assertSameBits;
import static dev.unroll.rnn.Fixtures.assertSameStep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a trace keeps, what it recomputes, and how a long run is watched and stopped. */
class TraceTest {

    /** A long run: forty thousand steps of 64 units, every state kept. */
    private static final LessonSpec LONG_SPEC = new LessonSpec(new Dimensions(40_000, 2, 64, 2), Activation.TANH,
            HeadActivation.SOFTMAX, Initialisation.KERAS, 5);

    private static Trace longTrace;

    @BeforeAll
    static void runLongTrace() {
        longTrace = Trace.run(LONG_SPEC.build());
    }

    /** The sigmoid cell with a softmax head of sigmoid_softmax_seed7.txt. */
    private static final LessonSpec SIGMOID_SOFTMAX = new LessonSpec(new Dimensions(6, 3, 4, 3), Activation.SIGMOID,
            HeadActivation.SOFTMAX, Initialisation.NUMPY_UNIFORM, 7);

    @Test
    void everyStepFollowsFromTheWeightsInputsAndPreviousStateWorkedOutHere() {
        for (Lesson lesson : List.of(Preset.TINY.spec().build(), Preset.SEED_NUMPY.spec().build(), SIGMOID_SOFTMAX.build())) {
            Trace trace = Trace.run(lesson);
            // the whole run from h_0 = 0, each state carried from this test's own previous step
            double[] h = new double[lesson.dimensions().units()];
            assertSameBits(h, trace.state(0), "h_0");
            for (int t = 1; t <= trace.timesteps(); t++) {
                h = assertStepFollowsFrom(trace, t, h);
            }
        }
    }

    @Test
    void tracesOfThePresetsAgreeWithNumpy() {
        Fixtures.Case tiny = Fixtures.load("tiny_seed0.txt");
        Trace tinyTrace = Trace.run(Preset.TINY.spec().build());
        assertClose(tiny.matrix("a"), perStep(tinyTrace, ValueKind.A), 1e-12, "tiny a");
        assertClose(tiny.matrix("h"), perStep(tinyTrace, ValueKind.H), 1e-12, "tiny h");
        assertClose(tiny.matrix("o"), perStep(tinyTrace, ValueKind.O), 1e-12, "tiny o");

        Fixtures.Case seed = Fixtures.load("seed_numpy_seed0.txt");
        Trace seedTrace = Trace.run(Preset.SEED_NUMPY.spec().build());
        assertClose(seed.matrix("h"), perStep(seedTrace, ValueKind.H), 1e-12, "seed-numpy h");
        for (int t : new int[] {1, 2, 100}) {
            assertClose(seed.vector("a_" + t), seedTrace.values(ValueKind.A, t), 1e-12, "seed-numpy a_" + t);
        }

        Fixtures.Case sigmoid = Fixtures.load("sigmoid_softmax_seed7.txt");
        Trace sigmoidTrace = Trace.run(SIGMOID_SOFTMAX.build());
        for (ValueKind kind : new ValueKind[] {ValueKind.A, ValueKind.H, ValueKind.O, ValueKind.Y}) {
            assertClose(sigmoid.matrix(kind.key()), perStep(sigmoidTrace, kind), 1e-12, "sigmoid-softmax " + kind.key());
        }
    }

    @Test
    void aLongTracesStepsFollowFromTheStateBeforeThem() {
        assertEquals(40_000, longTrace.timesteps());
        for (int t : new int[] {1, 2, 1024, 20_000, 40_000}) {
            // forty thousand steps would carry rounding too far for 1e-12: each step starts from the trace's h_{t−1}
            assertStepFollowsFrom(longTrace, t, longTrace.state(t - 1));
        }
    }

    @Test
    void termsRecomputedWhenReadHaveTheBitsOfTheForwardPass() {
        Lesson lesson = longTrace.lesson();
        Map<Integer, double[][]> computed = new HashMap<>();
        Set<Integer> watched = Set.of(1, 2, 31, 32, 33, 1024, 20_000, 39_999, 40_000);
        ForwardPass.run(lesson, null, TraceMonitor.NONE, (t, kernel) -> {
            if (watched.contains(t)) {
                computed.put(t, new double[][] {kernel.wx.data.clone(), kernel.uh.data.clone(), kernel.a.data.clone(),
                        kernel.h.data.clone(), kernel.y.data.clone()});
            }
        });
        for (int t : watched) {
            double[][] during = computed.get(t);
            Step read = longTrace.step(t);
            assertSameBits(during[0], read.wx(), "W·x_" + t);
            assertSameBits(during[1], read.uh(), "U·h_" + (t - 1));
            assertSameBits(during[2], read.a(), "a_" + t);
            assertSameBits(during[2], longTrace.values(ValueKind.A, t), "values(a, " + t + ")");
            assertSameBits(during[3], read.h(), "h_" + t);
            assertSameBits(during[4], longTrace.values(ValueKind.Y, t), "y_" + t);
        }
    }

    @Test
    void lateRecomputedStepsAreBitIdenticalToAOneStepRunFromTheSameState() {
        Lesson full = longTrace.lesson();
        for (int t : new int[] {20_000, 39_999, 40_000}) {
            DMatrixRMaj x = CommonOps_DDRM.extract(full.inputs(), t - 1, t, 0, 2);
            DMatrixRMaj hPrev = new DMatrixRMaj(64, 1, true, longTrace.state(t - 1));
            Trace oneStep = Trace.run(withInputs(full, x, hPrev));
            Step expected = oneStep.step(1);
            Step actual = longTrace.step(t);
            assertEquals(t, actual.t());
            assertSameStep(new Step(t, expected.x(), expected.hPrev(), expected.wx(), expected.uh(), expected.b(),
                    expected.a(), expected.h(), expected.o(), expected.y()), actual, "step " + t);
            assertSameBits(expected.a(), longTrace.values(ValueKind.A, t), "values(a, " + t + ")");
        }
    }

    @Test
    void cancellingMonitorStopsTheRunWithCancellationException() {
        Lesson lesson = LONG_SPEC.withDimensions(new Dimensions(4096, 2, 8, 0)).build();
        TraceMonitor cancelled = new TraceMonitor() {
            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(CancellationException.class, () -> Trace.run(lesson, cancelled));
    }

    @Test
    void cancellingStopsTheRunBeforeTheNextStep() {
        Lesson lesson = LONG_SPEC.withDimensions(new Dimensions(4096, 2, 8, 0)).build();
        int[] asked = {0};
        TraceMonitor monitor = new TraceMonitor() {
            @Override
            public boolean isCancelled() {
                return ++asked[0] >= 10;
            }
        };
        CancellationException stopped = assertThrows(CancellationException.class, () -> Trace.run(lesson, monitor));
        assertTrue(stopped.getMessage().contains("stopped at step 10 of 4096"), stopped.getMessage());
    }

    @Test
    void monitorHearsProgressByWorkDoneUpToTheLastStep() {
        // 512 units on 512 features: 2^19 multiply-adds a step, so a report every 8 steps
        Lesson lesson = LONG_SPEC.withDimensions(new Dimensions(20, 512, 512, 0)).build();
        List<Long> reported = new ArrayList<>();
        Trace.run(lesson, new TraceMonitor() {
            @Override
            public void progress(long done, long total) {
                assertEquals(20, total);
                reported.add(done);
            }
        });
        assertEquals(List.of(8L, 16L, 20L), reported);
    }

    @Test
    void stepsOutsideTheRunAndHeadValuesWithoutAHeadAreRejected() {
        Trace trace = Trace.run(Preset.SEED_NUMPY.spec().build());
        assertThrows(IllegalArgumentException.class, () -> trace.step(0));
        assertThrows(IllegalArgumentException.class, () -> trace.step(101));
        assertThrows(IllegalArgumentException.class, () -> trace.state(-1));
        IllegalArgumentException noHead = assertThrows(IllegalArgumentException.class,
                () -> trace.values(ValueKind.Y, 1));
        assertTrue(noHead.getMessage().contains("head"), noHead.getMessage());
        assertEquals(0, trace.step(1).o().length);
        assertEquals(0, trace.step(1).y().length);
    }

    /**
     * Works out step t entry by entry from the lesson's W, U, b and x_t and the state {@code hPrev}:
     * W·x_t, U·h_{t−1}, a_t = W·x_t + U·h_{t−1} + b and h_t = act(a_t), with act written out here, and
     * checks the trace's step against them to 1e-12. Returns the h_t worked out here.
     */
    private static double[] assertStepFollowsFrom(Trace trace, int t, double[] hPrev) {
        Lesson lesson = trace.lesson();
        int m = lesson.dimensions().inputFeatures();
        int n = lesson.dimensions().units();
        Step step = trace.step(t);
        double[] x = new double[m];
        for (int j = 0; j < m; j++) {
            x[j] = lesson.inputs().get(t - 1, j);
        }
        double[] wx = new double[n];
        double[] uh = new double[n];
        double[] a = new double[n];
        double[] h = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                wx[i] += lesson.w().get(i, j) * x[j];
            }
            for (int j = 0; j < n; j++) {
                uh[i] += lesson.u().get(i, j) * hPrev[j];
            }
            a[i] = wx[i] + uh[i] + lesson.b().get(i, 0);
            h[i] = activation(lesson.activation(), a[i]);
        }
        assertSameBits(x, step.x(), "x_" + t);
        assertClose(hPrev, step.hPrev(), 1e-12, "h_" + (t - 1));
        assertClose(wx, step.wx(), 1e-12, "W·x_" + t);
        assertClose(uh, step.uh(), 1e-12, "U·h_" + (t - 1));
        assertClose(a, step.a(), 1e-12, "a_" + t);
        assertClose(a, trace.values(ValueKind.A, t), 1e-12, "values(a, " + t + ")");
        assertClose(h, step.h(), 1e-12, "h_" + t);
        assertClose(h, trace.state(t), 1e-12, "state(" + t + ")");
        return h;
    }

    /** The cell activations from their definitions. */
    private static double activation(Activation act, double a) {
        return switch (act) {
            case TANH -> Math.tanh(a);
            case RELU -> Math.max(a, 0);
            case SIGMOID -> 1 / (1 + Math.exp(-a));
            case LINEAR -> a;
        };
    }

    /** values(kind, t) for t = 1..T, row t − 1 holding step t, as the fixtures lay them out. */
    private static double[][] perStep(Trace trace, ValueKind kind) {
        double[][] rows = new double[trace.timesteps()][];
        for (int t = 1; t <= trace.timesteps(); t++) {
            rows[t - 1] = trace.values(kind, t);
        }
        return rows;
    }

    private static Lesson withInputs(Lesson lesson, DMatrixRMaj inputs, DMatrixRMaj initialState) {
        return new Lesson(lesson.activation(), lesson.headActivation(), inputs, lesson.w(), lesson.u(), lesson.b(),
                lesson.v(), lesson.c(), initialState);
    }

    @Test
    void anOverflowingReluRunNamesItsFirstInfiniteStepAndKeepsTheLargestFiniteState() {
        // uniform [0, 1) weights under relu grow by a factor of about N / 2 per step until they overflow
        Trace trace = Trace.run(Preset.SEED_NUMPY.spec().withActivation(Activation.RELU)
                .withDimensions(new Dimensions(300, 32, 64, 0)).build());
        int first = trace.firstNonFiniteStep();
        assertTrue(first > 1 && first < 300, "overflows at " + first);
        assertTrue(java.util.Arrays.stream(trace.state(first)).anyMatch(v -> !Double.isFinite(v)));
        assertTrue(java.util.Arrays.stream(trace.state(first - 1)).allMatch(Double::isFinite));
        assertTrue(Double.isFinite(trace.maxAbsState()) && trace.maxAbsState() > 1e300, "" + trace.maxAbsState());
        assertEquals(0, Trace.run(Preset.SEED_NUMPY.spec().build()).firstNonFiniteStep());
    }
}
