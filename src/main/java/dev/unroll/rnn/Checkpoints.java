package dev.unroll.rnn;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The states of a run too long to hold: h_t kept only at every C-th step (the checkpoints
 * h_0, h_C, h_2C, …), and the steps between two checkpoints recomputed from the earlier one when they
 * are asked for, with the same {@link StepKernel} as the forward pass, so the same bits.
 *
 * <p>Segment k holds steps kC + 1 … (k + 1)C (fewer for the last): their h_t, o_t and y_t. The last
 * {@value #CACHED_SEGMENTS} segments read are kept, so stepping from t to t + 1, or drawing the
 * columns next to t, recomputes nothing. Memory: the checkpoints hold at most about
 * {@value #BUDGET} values (C is chosen for that, and at least {@value #MIN_INTERVAL}), the cache at
 * most {@value #CACHED_SEGMENTS} · C · (N + 2K). Reads may come from any thread; the cache is guarded
 * by this object's lock, and a segment is recomputed under it.
 */
final class Checkpoints {

    /** The most values of h the checkpoints of one run hold (64 MB), give or take one state. */
    static final long BUDGET = 8_000_000L;
    /** The fewest steps between two checkpoints: fewer would save little memory for much recomputation. */
    static final int MIN_INTERVAL = 64;
    /** How many recomputed segments are kept. */
    static final int CACHED_SEGMENTS = 8;

    /**
     * Segment k: h_{first−1} … h_{first+length−1} in {@code states} (the checkpoint it started from,
     * then its steps), and o_t and y_t for t = first … first + length − 1, row-major.
     */
    record Segment(int first, int length, double[] states, double[] outputs, double[] activated) {

        /** The row of {@code states} that holds h_t. */
        int stateRow(int t) {
            return t - first + 1;
        }

        /** The row of {@code outputs} and {@code activated} that holds o_t and y_t. */
        int outputRow(int t) {
            return t - first;
        }
    }

    private final Lesson lesson;
    private final int timesteps;
    private final int units;
    private final int outputs;
    private final int interval;
    /** h_{kC} for k = 0 … T / C, row-major. */
    private final double[] stored;
    private final Map<Integer, Segment> cache = new LinkedHashMap<>(CACHED_SEGMENTS * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Segment> eldest) {
            return size() > CACHED_SEGMENTS;
        }
    };

    Checkpoints(Lesson lesson, int interval) {
        Dimensions d = lesson.dimensions();
        this.lesson = lesson;
        this.timesteps = d.timesteps();
        this.units = d.units();
        this.outputs = d.outputSize();
        this.interval = interval;
        this.stored = new double[Math.multiplyExact(timesteps / interval + 1, units)];
    }

    /** The interval C for a run of T steps of N units: the smallest that keeps the checkpoints within {@link #BUDGET}. */
    static int intervalFor(int timesteps, int units) {
        long needed = ((long) timesteps * units + BUDGET - 1) / BUDGET;
        return (int) Math.max(MIN_INTERVAL, needed);
    }

    /** C, the number of steps from one checkpoint to the next. */
    int interval() {
        return interval;
    }

    /** Whether h_t is a checkpoint, read without recomputing. */
    boolean holds(int t) {
        return t % interval == 0;
    }

    /** Keeps h_t, given in {@code h} at {@code offset}, when t is a checkpoint; called by the forward pass in order. */
    void offer(int t, double[] h, int offset) {
        if (holds(t)) {
            System.arraycopy(h, offset, stored, t / interval * units, units);
        }
    }

    /** Component i of the checkpoint h_t. */
    double checkpoint(int t, int i) {
        return stored[t / interval * units + i];
    }

    /** Copies the checkpoint h_t into {@code into}. */
    void checkpoint(int t, double[] into) {
        System.arraycopy(stored, t / interval * units, into, 0, units);
    }

    /** The segment holding step t in 1 … T, recomputed if it is not cached. */
    synchronized Segment segmentOf(int t) {
        int k = (t - 1) / interval;
        Segment segment = cache.get(k);
        if (segment == null) {
            segment = recompute(k);
            cache.put(k, segment);
        }
        return segment;
    }

    /** How many recomputed segments are held now. */
    synchronized int cachedSegments() {
        return cache.size();
    }

    private Segment recompute(int k) {
        int first = k * interval + 1;
        int length = Math.min(interval, timesteps - first + 1);
        double[] states = new double[(length + 1) * units];
        System.arraycopy(stored, k * units, states, 0, units);
        double[] o = new double[length * outputs];
        double[] y = new double[length * outputs];
        ForwardPass.run(lesson, first, first + length - 1, states, false, TraceMonitor.NONE, (t, kernel) -> {
            System.arraycopy(kernel.o.data, 0, o, (t - first) * outputs, outputs);
            System.arraycopy(kernel.y.data, 0, y, (t - first) * outputs, outputs);
        });
        return new Segment(first, length, states, o, y);
    }
}
