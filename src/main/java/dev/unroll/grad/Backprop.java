package dev.unroll.grad;

import dev.unroll.rnn.Dimensions;
import dev.unroll.rnn.HeadActivation;
import dev.unroll.rnn.Lesson;
import dev.unroll.rnn.Shapes;
import dev.unroll.rnn.Trace;
import dev.unroll.rnn.TraceMonitor;
import dev.unroll.rnn.ValueKind;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Backpropagation through time. The forward pass is the engine's:
 * a_t = W·x_t + U·h_{t−1} + b, h_t = act(a_t), o_t = V·h_t + c, y_t = headAct(o_t), and the loss is
 * taken on y_t (on h_t without a head) at the steps that count. Going back from t = T to 1, with
 * δa_{T+1} = 0:
 * <pre>
 * δy_t = ∂ℓ/∂y_t                      (0 at a step that does not count)
 * δo_t = J_headAct(o_t)ᵀ · δy_t
 * δh_t = Vᵀ·δo_t + Uᵀ·δa_{t+1}         (without a head: ∂ℓ/∂h_t + Uᵀ·δa_{t+1})
 * δa_t = δh_t ⊙ act′(a_t)
 * dV = Σ δo_t·h_tᵀ,  dc = Σ δo_t,  dW = Σ δa_t·x_tᵀ,  dU = Σ δa_t·h_{t−1}ᵀ,  db = Σ δa_t
 * </pre>
 */
public final class Backprop {

    /** The most values of h_0 … h_T a backward pass holds; it also holds a_t, ∂L/∂h_t and ∂L/∂a_t. */
    public static final long MAX_STATE_VALUES = Trace.STORED_VALUES_LIMIT;

    private Backprop() {
    }

    /**
     * The shape the targets must have: (T, W) with return_sequences, (W,) without, where W is K, or N
     * without a head.
     */
    public static int[] targetShape(Dimensions d, boolean returnSequences) {
        int width = d.hasHead() ? d.outputSize() : d.units();
        return returnSequences ? new int[] {d.timesteps(), width} : new int[] {width};
    }

    /**
     * Why the backward pass cannot take {@code lesson}, or null when it can: it differentiates a head of one
     * Dense layer, not Dense layers between h_t and the head.
     */
    public static String unsupported(Lesson lesson) {
        int layers = lesson.denseLayers().size();
        return layers == 0 ? null : "the lesson has " + (layers + 1) + " Dense layers after its RNN; gradients are "
                + "computed for a head of one Dense layer, o_t = V·h_t + c";
    }

    /**
     * The loss and its gradients.
     *
     * @param targets z for the steps that count, row-major: (T, W) with return_sequences, (W,) without
     * @throws IllegalArgumentException for a lesson with Dense layers between h_t and its head, if the loss
     *                                  does not fit the output, the targets have the wrong
     *                                  number of values or are not finite, or the run is too long to hold
     */
    public static Gradients compute(Lesson lesson, double[] targets, Loss loss, boolean returnSequences) {
        return compute(lesson, targets, loss, returnSequences, TraceMonitor.NONE);
    }

    /**
     * As {@link #compute(Lesson, double[], Loss, boolean)}, telling {@code monitor} how far it has gone
     * (the forward pass it runs, then the steps back) and stopping with a
     * {@link java.util.concurrent.CancellationException} once the monitor says it is cancelled.
     */
    public static Gradients compute(Lesson lesson, double[] targets, Loss loss, boolean returnSequences,
            TraceMonitor monitor) {
        String unsupported = unsupported(lesson);
        if (unsupported != null) {
            throw new IllegalArgumentException(unsupported);
        }
        String misfit = loss.misfit(lesson);
        if (misfit != null) {
            throw new IllegalArgumentException(misfit);
        }
        Dimensions d = lesson.dimensions();
        int[] shape = targetShape(d, returnSequences);
        int steps = returnSequences ? d.timesteps() : 1;
        int width = shape[shape.length - 1];
        if (targets.length != steps * width) {
            throw new IllegalArgumentException("the targets hold " + targets.length + " values; expected "
                    + Shapes.of(java.util.Arrays.stream(shape).asLongStream().toArray()));
        }
        for (int i = 0; i < targets.length; i++) {
            if (!Double.isFinite(targets[i])) {
                throw new IllegalArgumentException("the targets hold " + targets[i] + " at index " + i + "; expected finite numbers");
            }
        }
        int t = d.timesteps();
        int n = d.units();
        if ((long) (t + 1) * n > MAX_STATE_VALUES) {
            throw new IllegalArgumentException("the backward pass holds every h_t and a_t, and (T + 1) × N = "
                    + (long) (t + 1) * n + " is more than " + MAX_STATE_VALUES);
        }
        return new Backward(lesson, targets, loss, returnSequences, monitor).run();
    }

    /** One backward pass, with its buffers allocated once. */
    private static final class Backward {
        private final Lesson lesson;
        private final double[] targets;
        private final Loss loss;
        private final boolean returnSequences;
        private final int timesteps;
        private final int n;
        private final int k;
        /** h_0 … h_T, row-major (T + 1, N). */
        private final double[] states;
        /** a_1 … a_T, row-major (T, N). */
        private final double[] pre;
        /** y_1 … y_T, row-major (T, K); empty without a head. */
        private final double[] outputs;
        private final TraceMonitor monitor;

        Backward(Lesson lesson, double[] targets, Loss loss, boolean returnSequences, TraceMonitor monitor) {
            this.lesson = lesson;
            this.monitor = monitor;
            this.targets = targets;
            this.loss = loss;
            this.returnSequences = returnSequences;
            Dimensions d = lesson.dimensions();
            this.timesteps = d.timesteps();
            this.n = d.units();
            this.k = d.outputSize();
            this.states = new double[(timesteps + 1) * n];
            this.pre = new double[timesteps * n];
            this.outputs = new double[timesteps * k];
            System.arraycopy(lesson.initialState().data, 0, states, 0, n);
            keep(ValueKind.H, states, n);
            keep(ValueKind.A, pre, 0);
            if (k > 0) {
                keep(ValueKind.Y, outputs, 0);
            }
        }

        /** Runs the engine's forward pass and copies kind_t into row t − 1 of {@code into}, after {@code offset}. */
        private void keep(ValueKind kind, double[] into, int offset) {
            Trace.stream(lesson, kind, forward(), (row, step) ->
                    System.arraycopy(row, 0, into, offset + (step - 1) * row.length, row.length));
        }

        /** The monitor as the forward passes see it: cancelled with it, their progress not reported, as they are repeated. */
        private TraceMonitor forward() {
            return new TraceMonitor() {
                @Override
                public boolean isCancelled() {
                    return monitor.isCancelled();
                }
            };
        }

        Gradients run() {
            int m = lesson.dimensions().inputFeatures();
            boolean head = k > 0;
            int width = head ? k : n;
            DMatrixRMaj w = lesson.w();
            DMatrixRMaj u = lesson.u();
            DMatrixRMaj v = lesson.v();
            DMatrixRMaj inputs = lesson.inputs();
            DMatrixRMaj dW = new DMatrixRMaj(n, m);
            DMatrixRMaj dU = new DMatrixRMaj(n, n);
            DMatrixRMaj db = new DMatrixRMaj(n, 1);
            DMatrixRMaj dV = head ? new DMatrixRMaj(k, n) : null;
            DMatrixRMaj dc = head ? new DMatrixRMaj(k, 1) : null;
            DMatrixRMaj dh = new DMatrixRMaj(timesteps, n);
            DMatrixRMaj da = new DMatrixRMaj(timesteps, n);
            DMatrixRMaj dout = head ? new DMatrixRMaj(timesteps, k) : null;
            // work buffers, one of each for the whole pass
            DMatrixRMaj x = new DMatrixRMaj(m, 1);
            DMatrixRMaj h = new DMatrixRMaj(n, 1);
            DMatrixRMaj hPrev = new DMatrixRMaj(n, 1);
            DMatrixRMaj deltaH = new DMatrixRMaj(n, 1);
            DMatrixRMaj deltaA = new DMatrixRMaj(n, 1);
            DMatrixRMaj deltaANext = new DMatrixRMaj(n, 1);
            DMatrixRMaj deltaO = new DMatrixRMaj(Math.max(k, 1), 1);
            double[] dy = new double[width];
            double[] y = head ? outputs : states;
            int steps = returnSequences ? timesteps : 1;
            double scale = loss.scale(steps, width);
            double total = 0;
            for (int t = timesteps; t >= 1; t--) {
                if (monitor.isCancelled()) {
                    throw new java.util.concurrent.CancellationException("the backward pass was cancelled");
                }
                monitor.progress(timesteps - t, timesteps);
                System.arraycopy(states, t * n, h.data, 0, n);
                System.arraycopy(states, (t - 1) * n, hPrev.data, 0, n);
                boolean counts = returnSequences || t == timesteps;
                // δh_t = Uᵀ·δa_{t+1}, the path through the later steps (zero at t = T)
                CommonOps_DDRM.multTransA(u, deltaANext, deltaH);
                if (counts) {
                    int target = returnSequences ? (t - 1) * width : 0;
                    int output = head ? (t - 1) * k : t * n;
                    // dy = ∂ℓ_t/∂y_t, already divided by the number of terms of the mean
                    total += loss.step(y, output, targets, target, width, scale, dy);
                    if (head) {
                        headBackward(outputs, (t - 1) * k, dy, deltaO.data);
                        System.arraycopy(deltaO.data, 0, dout.data, (t - 1) * k, k);
                        // dV += δo_t·h_tᵀ ; dc += δo_t
                        CommonOps_DDRM.multAddTransB(deltaO, h, dV);
                        CommonOps_DDRM.addEquals(dc, deltaO);
                        // δh_t += Vᵀ·δo_t
                        CommonOps_DDRM.multAddTransA(v, deltaO, deltaH);
                    } else {
                        // without a head the loss is on h_t itself: δh_t += ∂ℓ_t/∂h_t
                        for (int i = 0; i < n; i++) {
                            deltaH.data[i] += dy[i];
                        }
                    }
                }
                // δa_t = δh_t ⊙ act′(a_t)
                for (int i = 0; i < n; i++) {
                    deltaA.data[i] = deltaH.data[i] * Derivatives.of(lesson.activation(), pre[(t - 1) * n + i], h.data[i]);
                }
                System.arraycopy(deltaH.data, 0, dh.data, (t - 1) * n, n);
                System.arraycopy(deltaA.data, 0, da.data, (t - 1) * n, n);
                System.arraycopy(inputs.data, (t - 1) * m, x.data, 0, m);
                // dW += δa_t·x_tᵀ ; dU += δa_t·h_{t−1}ᵀ ; db += δa_t
                CommonOps_DDRM.multAddTransB(deltaA, x, dW);
                CommonOps_DDRM.multAddTransB(deltaA, hPrev, dU);
                CommonOps_DDRM.addEquals(db, deltaA);
                DMatrixRMaj swap = deltaANext;
                deltaANext = deltaA;
                deltaA = swap;
            }
            return new Gradients(total, dW, dU, db, dV, dc, dh, da, dout);
        }

        /** δo = J_headAct(o)ᵀ·δy, from y = headAct(o) at {@code offset} in {@code y}. */
        private void headBackward(double[] y, int offset, double[] dy, double[] deltaO) {
            HeadActivation act = lesson.headActivation();
            switch (act) {
                // identity: δo = δy
                case LINEAR -> System.arraycopy(dy, 0, deltaO, 0, k);
                // σ′(o) = y(1 − y)
                case SIGMOID -> {
                    for (int i = 0; i < k; i++) {
                        double yi = y[offset + i];
                        deltaO[i] = dy[i] * yi * (1 - yi);
                    }
                }
                // ∂y_j/∂o_i = y_j(δ_ij − y_i), so δo_i = y_i·(δy_i − Σ_j y_j·δy_j)
                case SOFTMAX -> {
                    double dot = 0;
                    for (int j = 0; j < k; j++) {
                        dot += y[offset + j] * dy[j];
                    }
                    for (int i = 0; i < k; i++) {
                        deltaO[i] = y[offset + i] * (dy[i] - dot);
                    }
                }
            }
        }
    }
}
