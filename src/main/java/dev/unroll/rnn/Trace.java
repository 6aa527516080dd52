package dev.unroll.rnn;

import java.util.Arrays;
import java.util.concurrent.CancellationException;

/**
 * The result of running a lesson: every state h_0 … h_T and every term of every step.
 *
 * <p>Short runs keep all terms (W·x_t, U·h_{t−1}, a_t, o_t, y_t). Runs whose terms would hold more
 * than {@value #RETAINED_TERMS_LIMIT} values keep only the states and the head's outputs, and
 * {@link #step(int)} recomputes the other terms of a step from x_t and h_{t−1} with the same code,
 * so it returns the same bits either way. The forward pass runs in the constructor, which also
 * keeps the few summaries a view needs (largest magnitudes, saturation), so no view has to scan the
 * run. A trace is immutable and safe to share between threads.
 */
public final class Trace {

    /** The most values of W·x_t, U·h_{t−1} and a_t together that a trace keeps rather than recomputes. */
    public static final long RETAINED_TERMS_LIMIT = 6_000_000L;

    /** |h| at or above this counts as saturated: tanh′ = 1 − h² is then below 0.02. */
    public static final double SATURATION_THRESHOLD = 0.99;
    /** Roughly how many multiply–adds pass between two progress reports. */
    private static final long WORK_PER_REPORT = 1L << 22;

    private final Lesson lesson;
    private final int timesteps;
    private final int units;
    private final int outputs;
    /** h_t for t = 0 … T, row-major (T + 1, N). */
    private final double[] states;
    /** o_t and y_t for t = 1 … T, row-major (T, K); empty without a head. */
    private final double[] headOutputs;
    private final double[] headActivated;
    /** W·x_t, U·h_{t−1} and a_t for t = 1 … T, row-major (T, N); null when recomputed on demand. */
    private final double[] inputTerms;
    private final double[] recurrentTerms;
    private final double[] preActivations;
    private double maxAbsState;
    private int firstNonFiniteStep;
    private double maxAbsInput;
    private double maxAbsOutput;
    private double maxAbsPreActivation;
    private long saturatedCount;
    /** ‖h_t‖ for t = 0 … T. */
    private final double[] norms;
    /** How many components of h_1 … h_t are saturated, for t = 0 … T. */
    private final long[] saturatedSoFar;

    private Trace(Lesson lesson, boolean retainTerms, TraceMonitor monitor) {
        Dimensions d = lesson.dimensions();
        this.lesson = lesson;
        this.timesteps = d.timesteps();
        this.units = d.units();
        this.outputs = d.outputSize();
        this.states = new double[Math.multiplyExact(timesteps + 1, units)];
        this.headOutputs = new double[Math.multiplyExact(timesteps, outputs)];
        this.headActivated = new double[Math.multiplyExact(timesteps, outputs)];
        int termLength = retainTerms ? Math.multiplyExact(timesteps, units) : 0;
        this.inputTerms = retainTerms ? new double[termLength] : null;
        this.recurrentTerms = retainTerms ? new double[termLength] : null;
        this.preActivations = retainTerms ? new double[termLength] : null;
        this.norms = new double[timesteps + 1];
        this.saturatedSoFar = new long[timesteps + 1];
        forward(monitor);
    }

    /** Runs the lesson from h_0 through h_T. */
    public static Trace run(Lesson lesson) {
        return run(lesson, TraceMonitor.NONE);
    }

    /**
     * Runs the lesson from h_0 through h_T, reporting progress to {@code monitor}.
     *
     * @throws CancellationException if the monitor asks to stop
     */
    public static Trace run(Lesson lesson, TraceMonitor monitor) {
        Dimensions d = lesson.dimensions();
        boolean retain = 3L * d.timesteps() * d.units() <= RETAINED_TERMS_LIMIT;
        return new Trace(lesson, retain, monitor);
    }

    private void forward(TraceMonitor monitor) {
        System.arraycopy(lesson.rawInitialState().data, 0, states, 0, units);
        double squares = 0;
        for (int i = 0; i < units; i++) {
            maxAbsState = Math.max(maxAbsState, Math.abs(states[i]));
            squares += states[i] * states[i];
        }
        norms[0] = Math.sqrt(squares);
        for (double v : lesson.rawInputs().data) {
            maxAbsInput = Math.max(maxAbsInput, Math.abs(v));
        }
        StepKernel kernel = new StepKernel(lesson);
        Dimensions d = lesson.dimensions();
        long workPerStep = (long) units * (units + d.inputFeatures()) + (long) outputs * units;
        long stepsPerReport = Math.max(1, WORK_PER_REPORT / workPerStep);
        for (int t = 1; t <= timesteps; t++) {
            // one volatile read per step is nothing next to a matrix–vector product, and a cancel takes effect at once
            if (monitor.isCancelled()) {
                throw new CancellationException("stopped at step " + t + " of " + timesteps);
            }
            kernel.compute(t, states, (t - 1) * units);
            keep(t, kernel);
            if (t % stepsPerReport == 0) {
                monitor.progress(t, timesteps);
            }
        }
        monitor.progress(timesteps, timesteps);
    }

    private void keep(int t, StepKernel kernel) {
        System.arraycopy(kernel.h.data, 0, states, t * units, units);
        // the kernel gathered the step's statistics in the pass that computed h_t
        norms[t] = Math.sqrt(kernel.squares);
        saturatedCount += kernel.saturated;
        saturatedSoFar[t] = saturatedCount;
        maxAbsState = Math.max(maxAbsState, kernel.maxAbsState);
        maxAbsPreActivation = Math.max(maxAbsPreActivation, kernel.maxAbsPreActivation);
        if (kernel.nonFinite && firstNonFiniteStep == 0) {
            firstNonFiniteStep = t;
        }
        System.arraycopy(kernel.o.data, 0, headOutputs, (t - 1) * outputs, outputs);
        System.arraycopy(kernel.y.data, 0, headActivated, (t - 1) * outputs, outputs);
        for (int i = 0; i < outputs; i++) {
            double magnitude = Math.abs(kernel.o.data[i]);
            if (Double.isFinite(magnitude)) {
                maxAbsOutput = Math.max(maxAbsOutput, magnitude);
            }
        }
        if (inputTerms != null) {
            System.arraycopy(kernel.wx.data, 0, inputTerms, (t - 1) * units, units);
            System.arraycopy(kernel.uh.data, 0, recurrentTerms, (t - 1) * units, units);
            System.arraycopy(kernel.a.data, 0, preActivations, (t - 1) * units, units);
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

    /** Whether every term of every step is stored rather than recomputed on demand. */
    public boolean retainsAllTerms() {
        return inputTerms != null;
    }

    /** Component i of h_t, for t in 0 … T. */
    public double state(int t, int i) {
        checkTimestep(t, 0);
        return states[t * units + i];
    }

    /** A copy of h_t, for t in 0 … T. */
    public double[] state(int t) {
        checkTimestep(t, 0);
        return Arrays.copyOfRange(states, t * units, (t + 1) * units);
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
            case A -> preActivations != null ? row(preActivations, t, units) : step(t).a();
            case O -> row(headOutputs, t, outputs);
            case Y -> row(headActivated, t, outputs);
        };
    }

    /** Every term of step t in 1 … T. */
    public Step step(int t) {
        checkTimestep(t, 1);
        double[] b = lesson.rawB().data.clone();
        double[] hPrev = state(t - 1);
        double[] x = input(t);
        double[] o = row(headOutputs, t, outputs);
        double[] y = row(headActivated, t, outputs);
        if (inputTerms != null) {
            return new Step(t, x, hPrev, row(inputTerms, t, units), row(recurrentTerms, t, units), b,
                    row(preActivations, t, units), state(t), o, y);
        }
        StepKernel kernel = new StepKernel(lesson);
        kernel.compute(t, states, (t - 1) * units);
        return new Step(t, x, hPrev, kernel.wx.data.clone(), kernel.uh.data.clone(), b,
                kernel.a.data.clone(), state(t), o, y);
    }

    /** The fraction of all components of h_1 … h_T whose magnitude is at least {@code threshold}. */
    public double fractionAtLeast(double threshold) {
        long count = 0;
        for (int i = units; i < states.length; i++) {
            if (Math.abs(states[i]) >= threshold) {
                count++;
            }
        }
        return (double) count / ((long) timesteps * units);
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

    private static double[] row(double[] values, int t, int width) {
        return Arrays.copyOfRange(values, (t - 1) * width, t * width);
    }

    private void checkTimestep(int t, int first) {
        if (t < first || t > timesteps) {
            throw new IllegalArgumentException("timestep must be between " + first + " and " + timesteps + ", got " + t);
        }
    }
}
