package dev.unroll.perf;

import dev.unroll.rnn.Dimensions;
import dev.unroll.rnn.Lesson;
import dev.unroll.rnn.Preset;
import dev.unroll.rnn.Trace;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The engine's figures: {@code engine-step-N…}, the CPU time of one forward step at M = 32, tanh, no
 * head, over a run of T = 10,000 drawn as the seed draws its numbers; and {@code trace-seed}, the
 * whole forward pass of the seed's example (T 100, 32 → 64). Times are the computing thread's CPU
 * time, so another process on the machine does not count against the engine.
 */
final class EngineFigures implements FigureSource {

    static final int[] UNITS = {16, 64, 128, 256, 512, 1024};
    static final int STEPS = 10_000;
    static final int FEATURES = 32;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Override
    public List<String> names() {
        List<String> names = new ArrayList<>();
        for (int n : UNITS) {
            names.add(stepName(n));
        }
        names.add("trace-seed");
        return names;
    }

    static String stepName(int units) {
        return "engine-step-N" + units;
    }

    @Override
    public void measure(Predicate<String> wanted, boolean quick, Consumer<Figure> out) {
        for (int n : UNITS) {
            if (wanted.test(stepName(n))) {
                Lesson lesson = Preset.SEED_NUMPY.spec().withDimensions(new Dimensions(STEPS, FEATURES, n, 0)).build();
                double[] runs = timeRuns(lesson, quick);
                for (int i = 0; i < runs.length; i++) {
                    runs[i] = runs[i] / 1_000.0 / STEPS;
                }
                out.accept(Samples.figure(stepName(n), "us", runs));
            }
        }
        if (wanted.test("trace-seed")) {
            double[] runs = timeRuns(Preset.SEED_NUMPY.spec().build(), quick);
            for (int i = 0; i < runs.length; i++) {
                runs[i] = runs[i] / 1_000.0;
            }
            out.accept(Samples.figure("trace-seed", "us", runs));
        }
    }

    /**
     * The CPU nanoseconds of whole forward passes of {@code lesson}, after warming up for about a
     * second (a tenth in a quick run); as many passes as fit in about two seconds, at least five.
     */
    private static double[] timeRuns(Lesson lesson, boolean quick) {
        long warmUpNanos = quick ? 100_000_000L : 1_000_000_000L;
        long measureNanos = quick ? 200_000_000L : 2_000_000_000L;
        int least = quick ? 3 : 5;
        long spent = 0;
        for (int i = 0; i < 3 || spent < warmUpNanos; i++) {
            spent += cpuNanosOf(lesson);
            if (spent > 4 * warmUpNanos) {
                break;
            }
        }
        List<Long> runs = new ArrayList<>();
        spent = 0;
        while (runs.size() < least || (spent < measureNanos && runs.size() < 1_000)) {
            long nanos = cpuNanosOf(lesson);
            runs.add(nanos);
            spent += nanos;
        }
        return runs.stream().mapToDouble(Long::doubleValue).toArray();
    }

    /** The CPU nanoseconds this thread spends on one whole forward pass of {@code lesson}. */
    static long cpuNanosOf(Lesson lesson) {
        long start = THREADS.getCurrentThreadCpuTime();
        Trace trace = Trace.run(lesson);
        long nanos = THREADS.getCurrentThreadCpuTime() - start;
        if (trace.timesteps() != lesson.dimensions().timesteps()) {
            throw new IllegalStateException("the run stopped early");
        }
        return nanos;
    }
}
