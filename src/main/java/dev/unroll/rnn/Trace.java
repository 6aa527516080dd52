package dev.unroll.rnn;

import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.function.ObjIntConsumer;
import org.ejml.data.DMatrixRMaj;

/**
 * The result of running a lesson: every state h_0 … h_T and every term of every step.
 *
 * <p>A trace keeps the states and the head's outputs; {@link #step(int)} recomputes a step's other terms
 * (W·x_t, U·h_{t−1}, a_t) from x_t and h_{t−1} when they are read, one step's products, rather than the
 * forward pass copying them out at every step, which cost it a quarter of its time. Runs whose states and
 * outputs would hold more than {@value #STORED_VALUES_LIMIT} values keep h_t only at checkpoints, every
 * C steps (see {@link Checkpoints}: at most about 8,000,000 values of checkpoints and eight recomputed
 * segments), and recompute the steps between two checkpoints when one of them is read. Everything is
 * recomputed with the code of the forward pass, so every reader gets the same bits whichever way the
 * run is kept. The forward pass runs in the constructor, which also keeps the few summaries a view
 * needs (‖h_t‖, saturation, largest magnitudes, the first overflow), so no view has to scan the run.
 * A trace is immutable and safe to share between threads.
 */
public final class Trace {

    /** The most values of h_0 … h_T, o_t and y_t together (64 MB) that a trace keeps rather than checkpoints. */
    public static final long STORED_VALUES_LIMIT = 8_000_000L;

    /** |h| at or above this counts as saturated: tanh′ = 1 − h² is then below 0.02. */
    public static final double SATURATION_THRESHOLD = 0.99;

    private final Lesson lesson;
    private final int timesteps;
    private final int units;
    private final int outputs;
    /** h_t for t = 0 … T, row-major (T + 1, N); null when the run is checkpointed. */
    private final double[] states;
    /** o_t and y_t for t = 1 … T, row-major (T, K); empty without a head, null when the run is checkpointed. */
    private final double[] headOutputs;
    private final double[] headActivated;
    /** h_t every C steps, and the steps between recomputed on demand; null when every state is kept. */
    private final Checkpoints checkpoints;
    private double maxAbsState;
    private int firstNonFiniteStep;
    private int firstNonFiniteOutputStep;
    private double maxAbsInput;
    private double maxAbsOutput;
    private double maxAbsPreActivation;
    private long saturatedCount;
    /** ‖h_t‖ for t = 0 … T. */
    private final double[] norms;
    /** How many components of h_1 … h_t are saturated, for t = 0 … T. */
    private final long[] saturatedSoFar;

    /**
     * @param checkpointInterval 0 to keep every state, else C, the steps between two kept states
     */
    private Trace(Lesson lesson, int checkpointInterval, TraceMonitor monitor) {
        Dimensions d = lesson.dimensions();
        this.lesson = lesson;
        this.timesteps = d.timesteps();
        this.units = d.units();
        this.outputs = d.outputSize();
        boolean stored = checkpointInterval == 0;
        this.checkpoints = stored ? null : new Checkpoints(lesson, checkpointInterval);
        this.states = stored ? new double[Math.multiplyExact(timesteps + 1, units)] : null;
        this.headOutputs = stored ? new double[Math.multiplyExact(timesteps, outputs)] : null;
        this.headActivated = stored ? new double[Math.multiplyExact(timesteps, outputs)] : null;
        this.norms = new double[timesteps + 1];
        this.saturatedSoFar = new long[timesteps + 1];
        double[] h0 = lesson.rawInitialState().data;
        double squares = 0;
        for (int i = 0; i < units; i++) {
            maxAbsState = Math.max(maxAbsState, Math.abs(h0[i]));
            squares += h0[i] * h0[i];
        }
        norms[0] = Math.sqrt(squares);
        for (double v : lesson.rawInputs().data) {
            maxAbsInput = Math.max(maxAbsInput, Math.abs(v));
        }
        if (checkpoints != null) {
            checkpoints.offer(0, h0, 0);
        }
        ForwardPass.run(lesson, states, monitor, this::keep);
    }

    /** Runs the lesson from h_0 through h_T. */
    public static Trace run(Lesson lesson) {
        return run(lesson, TraceMonitor.NONE);
    }

    /**
     * Runs the lesson from h_0 through h_T, reporting progress to {@code monitor}. The states are kept
     * whole while they and the head's outputs hold at most {@value #STORED_VALUES_LIMIT} values, and
     * checkpointed beyond that.
     *
     * @throws CancellationException if the monitor asks to stop
     */
    public static Trace run(Lesson lesson, TraceMonitor monitor) {
        Dimensions d = lesson.dimensions();
        long held = (long) (d.timesteps() + 1) * d.units() + 2L * d.timesteps() * d.outputSize();
        if (held > STORED_VALUES_LIMIT) {
            return new Trace(lesson, Checkpoints.intervalFor(d.timesteps(), d.units()), monitor);
        }
        return new Trace(lesson, 0, monitor);
    }

    /** Runs the lesson keeping h_t only every {@code interval} steps, whatever its size: for tests of the recomputation. */
    static Trace runCheckpointed(Lesson lesson, int interval) {
        return new Trace(lesson, interval, TraceMonitor.NONE);
    }

    /**
     * Runs the lesson from h_0 through h_T and hands {@code kind}_t to {@code sink} for every t = 1 … T,
     * in order, holding no more of the run than two states: the way to read a run too long to keep.
     * The array handed over is the forward pass's own buffer, valid only during the call: a sink that
     * keeps a row copies it, and one that writes to it changes nothing but what later sinks of the same
     * step would see.
     *
     * @throws IllegalArgumentException for o or y without a head
     * @throws CancellationException if the monitor asks to stop
     */
    public static void stream(Lesson lesson, ValueKind kind, TraceMonitor monitor, ObjIntConsumer<double[]> sink) {
        if (kind.needsHead() && !lesson.dimensions().hasHead()) {
            throw new IllegalArgumentException(kind.key() + "_t exists only with an output head");
        }
        ForwardPass.run(lesson, null, monitor, (t, kernel) -> {
            DMatrixRMaj values = switch (kind) {
                case H -> kernel.h;
                case A -> kernel.a;
                case O -> kernel.o;
                case Y -> kernel.y;
            };
            sink.accept(values.data, t);
        });
    }

    private void keep(int t, StepKernel kernel) {
        if (checkpoints != null) {
            checkpoints.offer(t, kernel.h.data, 0);
        }
        // the kernel gathered the step's statistics in the pass that computed h_t
        norms[t] = Math.sqrt(kernel.squares);
        saturatedCount += kernel.saturated;
        saturatedSoFar[t] = saturatedCount;
        maxAbsState = Math.max(maxAbsState, kernel.maxAbsState);
        maxAbsPreActivation = Math.max(maxAbsPreActivation, kernel.maxAbsPreActivation);
        if (kernel.nonFinite && firstNonFiniteStep == 0) {
            firstNonFiniteStep = t;
        }
        if (headOutputs != null) {
            System.arraycopy(kernel.o.data, 0, headOutputs, (t - 1) * outputs, outputs);
            System.arraycopy(kernel.y.data, 0, headActivated, (t - 1) * outputs, outputs);
        }
        for (int i = 0; i < outputs; i++) {
            double magnitude = Math.abs(kernel.o.data[i]);
            if (Double.isFinite(magnitude)) {
                maxAbsOutput = Math.max(maxAbsOutput, magnitude);
            } else if (firstNonFiniteOutputStep == 0) {
                firstNonFiniteOutputStep = t;
            }
        }
    }

    /** The lesson this trace ran. */
    public Lesson lesson() {
        return lesson;
    }

    /** T, the number of steps. */
    public int timesteps() {
        return timesteps;
    }

    /** N, the dimension of h_t. */
    public int units() {
        return units;
    }

    /** K, the dimension of o_t, 0 without a head. */
    public int outputs() {
        return outputs;
    }

    /**
     * Whether every h_t is held; when not, h_t is held every {@link #checkpointInterval()} steps and the
     * others are recomputed from the checkpoint before them when read.
     */
    public boolean holdsAllStates() {
        return checkpoints == null;
    }

    /** C, the steps from one held state to the next: 1 when every state is held. */
    public int checkpointInterval() {
        return checkpoints == null ? 1 : checkpoints.interval();
    }

    /**
     * The step nearest t, within 0 … T, whose h_t is read without recomputing anything: t itself when
     * every state is held. A view that samples a long run (one column for many steps) reads these.
     */
    public int heldStepNear(int t) {
        checkTimestep(t, 0);
        if (checkpoints == null) {
            return t;
        }
        int c = checkpoints.interval();
        int below = t / c * c;
        int above = below + c;
        return above <= timesteps && above - t < t - below ? above : below;
    }

    /** Component i of h_t, for t in 0 … T. */
    public double state(int t, int i) {
        checkTimestep(t, 0);
        if (checkpoints == null) {
            return states[t * units + i];
        }
        if (checkpoints.holds(t)) {
            return checkpoints.checkpoint(t, i);
        }
        Checkpoints.Segment segment = checkpoints.segmentOf(t);
        return segment.states()[segment.stateRow(t) * units + i];
    }

    /** A copy of h_t, for t in 0 … T. */
    public double[] state(int t) {
        checkTimestep(t, 0);
        if (checkpoints == null) {
            return rowAt(states, t, units);
        }
        if (checkpoints.holds(t)) {
            double[] h = new double[units];
            checkpoints.checkpoint(t, h);
            return h;
        }
        Checkpoints.Segment segment = checkpoints.segmentOf(t);
        return rowAt(segment.states(), segment.stateRow(t), units);
    }

    /**
     * A copy of one per-step vector at step t in 1 … T.
     *
     * @throws IllegalArgumentException for o or y when the lesson has no head
     */
    public double[] values(ValueKind kind, int t) {
        checkTimestep(t, 1);
        if (kind.needsHead() && outputs == 0) {
            throw new IllegalArgumentException(kind.key() + "_t exists only with an output head");
        }
        return switch (kind) {
            case H -> state(t);
            case A -> step(t).a();
            case O -> headOutput(t, false);
            case Y -> headOutput(t, true);
        };
    }

    /** Every term of step t in 1 … T. */
    public Step step(int t) {
        checkTimestep(t, 1);
        double[] b = lesson.rawB().data.clone();
        double[] hPrev = state(t - 1);
        double[] x = input(t);
        double[] o = headOutput(t, false);
        double[] y = headOutput(t, true);
        StepKernel kernel = StepKernel.forOneStep(lesson);
        kernel.compute(t, hPrev, 0);
        return new Step(t, x, hPrev, kernel.wx.data.clone(), kernel.uh.data.clone(), b,
                kernel.a.data.clone(), state(t), o, y);
    }

    /**
     * dⁱ_t, the output of Dense layer {@code layer} (0 the first) between h_t and the head at step t in 1 … T,
     * recomputed from h_t with the forward pass's own arithmetic, so it is the vector o_t was made from.
     *
     * @throws IllegalArgumentException for a layer the lesson does not have
     */
    public double[] dense(int layer, int t) {
        checkTimestep(t, 1);
        java.util.List<Dense> layers = lesson.denseLayers();
        if (layer < 0 || layer >= layers.size()) {
            throw new IllegalArgumentException("the lesson has " + layers.size() + " Dense layers before its head, not " + (layer + 1));
        }
        double[] in = state(t);
        for (int i = 0; i <= layer; i++) {
            double[] out = new double[layers.get(i).outputs()];
            layers.get(i).apply(in, out);
            in = out;
        }
        return in;
    }

    /**
     * The fraction of all components of h_1 … h_T whose magnitude is at least {@code threshold}. A
     * checkpointed run is recomputed for this, segment by segment.
     */
    public double fractionAtLeast(double threshold) {
        long count = 0;
        for (int t = 1; t <= timesteps; t++) {
            for (int i = 0; i < units; i++) {
                if (Math.abs(state(t, i)) >= threshold) {
                    count++;
                }
            }
        }
        return (double) count / ((long) timesteps * units);
    }

    /** How many recomputed segments of a checkpointed run are held now; 0 when every state is held. */
    int cachedSegments() {
        return checkpoints == null ? 0 : checkpoints.cachedSegments();
    }

    /**
     * The first step whose o_t holds an infinity or NaN, or 0 if none does or there is no head. o can
     * overflow before h: V·h_t sums N values that are each finite.
     */
    public int firstNonFiniteOutputStep() {
        return firstNonFiniteOutputStep;
    }

    /** The first step whose state holds an infinity or NaN (an unbounded activation overflowing), or 0 if none does. */
    public int firstNonFiniteStep() {
        return firstNonFiniteStep;
    }

    /** The largest finite |h_t,i| over t = 0 … T, or 0 when all are zero. */
    public double maxAbsState() {
        return maxAbsState;
    }

    /** The largest |x_t,i| over the whole run. */
    public double maxAbsInput() {
        return maxAbsInput;
    }

    /** The largest |o_t,i| over the whole run, 0 without a head. */
    public double maxAbsOutput() {
        return maxAbsOutput;
    }

    /** The largest finite |a_t,i| over t = 1 … T, or 0 when all are zero. */
    public double maxAbsPreActivation() {
        return maxAbsPreActivation;
    }

    /** The share of all components of h_1 … h_T with |h| ≥ {@value #SATURATION_THRESHOLD}. */
    public double saturatedFraction() {
        return (double) saturatedCount / ((long) timesteps * units);
    }

    /** The share of the components of h_1 … h_t with |h| ≥ {@value #SATURATION_THRESHOLD}; 0 for t = 0. */
    public double saturatedFractionUpTo(int t) {
        checkTimestep(t, 0);
        return t == 0 ? 0 : (double) saturatedSoFar[t] / ((long) t * units);
    }

    /** The Euclidean length ‖h_t‖, for t in 0 … T. */
    public double stateNorm(int t) {
        checkTimestep(t, 0);
        return norms[t];
    }

    /** A copy of the input x_t, for t in 1 … T. */
    public double[] input(int t) {
        checkTimestep(t, 1);
        int m = lesson.dimensions().inputFeatures();
        return Arrays.copyOfRange(lesson.rawInputs().data, (t - 1) * m, t * m);
    }

    /** o_t, or y_t when {@code activated}, for t in 1 … T; empty without a head. */
    private double[] headOutput(int t, boolean activated) {
        if (outputs == 0) {
            return new double[0];
        }
        if (checkpoints == null) {
            return row(activated ? headActivated : headOutputs, t, outputs);
        }
        Checkpoints.Segment segment = checkpoints.segmentOf(t);
        return rowAt(activated ? segment.activated() : segment.outputs(), segment.outputRow(t), outputs);
    }

    /** A copy of step t's row of a (T, width) array whose row 0 is step 1. */
    private static double[] row(double[] values, int t, int width) {
        return rowAt(values, t - 1, width);
    }

    private static double[] rowAt(double[] values, int row, int width) {
        return Arrays.copyOfRange(values, row * width, (row + 1) * width);
    }

    private void checkTimestep(int t, int first) {
        if (t < first || t > timesteps) {
            throw new IllegalArgumentException("timestep must be between " + first + " and " + timesteps + ", got " + t);
        }
    }
}
