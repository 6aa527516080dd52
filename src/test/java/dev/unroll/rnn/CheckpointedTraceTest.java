package dev.unroll.rnn;

import static dev.unroll.rnn.Fixtures.assertSameBits;
import static dev.unroll.rnn.Fixtures.assertSameStep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A run kept at checkpoints reads back exactly what a run kept whole holds, with a bounded cache. */
class CheckpointedTraceTest {

    /** 37 steps: not a multiple of the intervals below, so the last segment is a short one. */
    private static final List<LessonSpec> LESSONS = List.of(
            new LessonSpec(new Dimensions(37, 3, 5, 3), Activation.TANH, HeadActivation.SOFTMAX, Initialisation.KERAS, 4),
            new LessonSpec(new Dimensions(37, 2, 4, 2), Activation.RELU, HeadActivation.LINEAR, Initialisation.NUMPY_UNIFORM, 9),
            new LessonSpec(new Dimensions(37, 4, 6, 1), Activation.SIGMOID, HeadActivation.SIGMOID, Initialisation.KERAS, 1),
            new LessonSpec(new Dimensions(37, 3, 3, 0), Activation.LINEAR, HeadActivation.LINEAR, Initialisation.NUMPY_UNIFORM, 2));

    @Test
    void everyStateStepAndHeadOutputOfACheckpointedRunHasTheBitsOfTheRunKeptWhole() {
        for (LessonSpec spec : LESSONS) {
            Lesson lesson = spec.build();
            Trace whole = Trace.run(lesson);
            assertTrue(whole.holdsAllStates());
            for (int interval : new int[] {1, 2, 5, 36, 37, 50}) {
                Trace checkpointed = Trace.runCheckpointed(lesson, interval);
                String what = spec.activation() + " every " + interval;
                assertFalse(checkpointed.holdsAllStates(), what);
                assertEquals(interval, checkpointed.checkpointInterval(), what);
                // backwards, so that reads cross segments in the order a cache does not favour
                for (int t = whole.timesteps(); t >= 0; t--) {
                    assertSameBits(whole.state(t), checkpointed.state(t), what + " h_" + t);
                    for (int i = 0; i < whole.units(); i++) {
                        assertEquals(Double.doubleToRawLongBits(whole.state(t, i)),
                                Double.doubleToRawLongBits(checkpointed.state(t, i)), what + " h_" + t + "[" + i + "]");
                    }
                    assertEquals(whole.stateNorm(t), checkpointed.stateNorm(t), what + " ‖h_" + t + "‖");
                    assertEquals(whole.saturatedFractionUpTo(t), checkpointed.saturatedFractionUpTo(t), what);
                    if (t > 0) {
                        assertSameStep(whole.step(t), checkpointed.step(t), what + " step " + t);
                        for (ValueKind kind : ValueKind.values()) {
                            if (!kind.needsHead() || whole.outputs() > 0) {
                                assertSameBits(whole.values(kind, t), checkpointed.values(kind, t), what + " " + kind.key() + "_" + t);
                            }
                        }
                    }
                }
                assertEquals(whole.maxAbsState(), checkpointed.maxAbsState(), what);
                assertEquals(whole.maxAbsOutput(), checkpointed.maxAbsOutput(), what);
                assertEquals(whole.maxAbsPreActivation(), checkpointed.maxAbsPreActivation(), what);
                assertEquals(whole.firstNonFiniteStep(), checkpointed.firstNonFiniteStep(), what);
                assertEquals(whole.firstNonFiniteOutputStep(), checkpointed.firstNonFiniteOutputStep(), what);
                assertEquals(whole.fractionAtLeast(0.5), checkpointed.fractionAtLeast(0.5), what);
            }
        }
    }

    @Test
    void theCacheHoldsAtMostItsFewSegmentsHoweverManyAreRead() {
        Trace trace = Trace.runCheckpointed(LESSONS.get(0).build(), 2);
        assertEquals(0, trace.cachedSegments());
        trace.state(3);
        assertEquals(1, trace.cachedSegments());
        trace.state(4);
        trace.values(ValueKind.Y, 3);
        // h_4 is a checkpoint and y_3 lies in the segment already held
        assertEquals(1, trace.cachedSegments());
        for (int t = 1; t <= trace.timesteps(); t++) {
            trace.step(t);
            assertTrue(trace.cachedSegments() <= Checkpoints.CACHED_SEGMENTS, "after step " + t);
        }
        assertEquals(Checkpoints.CACHED_SEGMENTS, trace.cachedSegments());
    }

    @Test
    void heldStepsAreTheCheckpointsNearestTheStepAsked() {
        Trace trace = Trace.runCheckpointed(LESSONS.get(0).build(), 10);
        assertEquals(0, trace.heldStepNear(4));
        assertEquals(10, trace.heldStepNear(6));
        assertEquals(30, trace.heldStepNear(30));
        // 40 would be past T = 37
        assertEquals(30, trace.heldStepNear(37));
        assertEquals(0, trace.cachedSegments());
        Trace whole = Trace.run(LESSONS.get(0).build());
        assertEquals(1, whole.checkpointInterval());
        assertEquals(17, whole.heldStepNear(17));
    }

    @Test
    void aRunPastTheStoredLimitIsCheckpointedWithinTheBudget() {
        // (100,001 × 96) values of h: past 8,000,000, so kept every C steps
        Lesson lesson = new LessonSpec(new Dimensions(100_000, 2, 96, 0), Activation.TANH, HeadActivation.LINEAR,
                Initialisation.KERAS, 3).build();
        Trace trace = Trace.run(lesson);
        assertFalse(trace.holdsAllStates());
        int c = trace.checkpointInterval();
        assertEquals(Checkpoints.MIN_INTERVAL, c);
        assertTrue((100_000L / c + 1) * 96 <= Checkpoints.BUDGET + 96);
        double[] h = trace.state(54_321);
        Trace.stream(lesson, ValueKind.H, TraceMonitor.NONE, (row, t) -> {
            if (t == 54_321) {
                assertSameBits(row, h, "streamed h_54321");
            }
        });
    }

    @Test
    void threadsReadingDifferentSegmentsAtOnceGetTheSameBits() throws Exception {
        Lesson lesson = LESSONS.get(0).build();
        Trace whole = Trace.run(lesson);
        Trace checkpointed = Trace.runCheckpointed(lesson, 3);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<double[]>> reads = new ArrayList<>();
            for (int round = 0; round < 8; round++) {
                for (int t = 1; t <= whole.timesteps(); t++) {
                    int step = t;
                    reads.add(pool.submit(() -> checkpointed.values(ValueKind.O, step)));
                }
            }
            for (int k = 0; k < reads.size(); k++) {
                int t = k % whole.timesteps() + 1;
                assertSameBits(whole.values(ValueKind.O, t), reads.get(k).get(), "o_" + t);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aStreamHandsOverEveryStepInOrderExactlyAsTheTraceHoldsIt() {
        Lesson lesson = LESSONS.get(0).build();
        Trace whole = Trace.run(lesson);
        for (ValueKind kind : ValueKind.values()) {
            List<Integer> steps = new ArrayList<>();
            Trace.stream(lesson, kind, TraceMonitor.NONE, (row, t) -> {
                steps.add(t);
                assertSameBits(whole.values(kind, t), row, "streamed " + kind.key() + "_" + t);
            });
            assertEquals(IntStream.rangeClosed(1, 37).boxed().toList(), steps);
        }
        Lesson headless = LESSONS.get(3).build();
        assertThrows(IllegalArgumentException.class, () -> Trace.stream(headless, ValueKind.Y, TraceMonitor.NONE, (row, t) -> { }));
    }

}
