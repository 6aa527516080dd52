package dev.unroll.perf;

import dev.unroll.rnn.Dimensions;
import dev.unroll.rnn.Lesson;
import dev.unroll.rnn.Preset;
import dev.unroll.rnn.Trace;
import dev.unroll.rnn.TraceMonitor;
import dev.unroll.rnn.ValueKind;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The figures of a million steps at the seed's sizes (T 1,000,000, 32 → 64, tanh, no head):
 * {@code engine-1m-64}, the CPU time of the whole forward pass that keeps the run as the window does
 * (checkpointed h_t and the per-step summaries); {@code heap-1m-64}, the heap in use after a streamed
 * run, after a GC, while the lesson is still held; and {@code heap-trace-1m-64}, the same with the
 * kept trace held too. The heap figures include the lesson's own inputs, 1,000,000 × 32 doubles
 * (256 MB), which every run of that lesson holds whether or not its states are kept.
 */
final class ScaleFigures implements FigureSource {

    static final int STEPS = 1_000_000;
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static final double MB = 1e6;

    @Override
    public List<String> names() {
        return List.of("engine-1m-64", "heap-1m-64", "heap-trace-1m-64");
    }

    @Override
    public void measure(Predicate<String> wanted, boolean quick, Consumer<Figure> out) {
        if (names().stream().noneMatch(wanted)) {
            return;
        }
        Lesson lesson = Preset.SEED_NUMPY.spec().withDimensions(new Dimensions(STEPS, 32, 64, 0)).build();
        if (wanted.test("engine-1m-64")) {
            // one pass to warm up; each pass is over a second, so a few make a median
            int runs = quick ? 1 : 3;
            Trace.run(lesson);
            double[] millis = new double[runs];
            for (int i = 0; i < runs; i++) {
                millis[i] = EngineFigures.cpuNanosOf(lesson) / 1e6;
            }
            out.accept(Samples.figure("engine-1m-64", "ms", millis));
        }
        if (wanted.test("heap-1m-64")) {
            double[] last = new double[1];
            Trace.stream(lesson, ValueKind.H, TraceMonitor.NONE, (h, t) -> last[0] = h[0]);
            out.accept(Samples.figure("heap-1m-64", "MB", heapInUse() / MB));
            Reference.reachabilityFence(last);
        }
        if (wanted.test("heap-trace-1m-64")) {
            Trace trace = Trace.run(lesson);
            // a few reads, as a window showing one step would make: they fill part of the segment cache
            trace.step(STEPS / 2);
            trace.state(STEPS - 1);
            out.accept(Samples.figure("heap-trace-1m-64", "MB", heapInUse() / MB));
            Reference.reachabilityFence(trace);
        }
        Reference.reachabilityFence(lesson);
    }

    /** The bytes of heap in use after collecting what can be collected. */
    private static long heapInUse() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return MEMORY.getHeapMemoryUsage().getUsed();
    }
}
