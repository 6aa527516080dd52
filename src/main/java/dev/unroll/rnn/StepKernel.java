package dev.unroll.rnn;

import org.ejml.data.DMatrixRMaj;

/**
 * One step of the RNN, with work buffers allocated once and reused for every step. The forward pass
 * and the on-demand recomputation of a step both use this, so they give the same bits.
 *
 * <p>Every component of a matrix–vector product is a sum taken in one fixed order, column 0 first,
 * plain multiplications and additions, never a fused multiply–add: {@link MatrixVectorProduct} says
 * how, and why its two kernels give the same bits. W·x_t does not depend on h, so it is computed for
 * {@value #CHUNK} steps at a time, ahead of the recurrence.
 */
final class StepKernel {

    /** How many steps' W·x_t are computed together in a run of steps. */
    static final int CHUNK = 32;

    /**
     * W and U laid out for the products: made once per lesson and shared by all its kernels, which
     * only read them, so reading one step of a long run costs no copy of U.
     */
    record Weights(MatrixVectorProduct w, MatrixVectorProduct u) {
        static Weights of(Lesson lesson) {
            return new Weights(MatrixVectorProduct.of(lesson.rawW()), MatrixVectorProduct.of(lesson.rawU()));
        }
    }

    private final int features;
    private final int units;
    private final int timesteps;
    private final double[] inputs;
    private final MatrixVectorProduct w;
    private final MatrixVectorProduct u;
    private final double[] bias;
    private final Activation activation;
    private final Lesson lesson;
    /** W·x_t for t = chunkStart … chunkStart + CHUNK − 1, one row a step. */
    private final double[][] inputTermChunk;
    private int chunkStart = Integer.MIN_VALUE;

    final DMatrixRMaj wx;
    final DMatrixRMaj uh;
    final DMatrixRMaj a;
    final DMatrixRMaj h;
    final DMatrixRMaj o;
    final DMatrixRMaj y;
    /** d_t of each Dense layer between h_t and the head, first to last; none when the head reads h_t. */
    final double[][] dense;

    /** Σ h_t,i² of the last step computed. */
    double squares;
    /** How many components of the last h_t have |h| ≥ {@link Trace#SATURATION_THRESHOLD}. */
    int saturated;
    /** The largest finite |h_t,i| of the last step, or 0. */
    double maxAbsState;
    /** The largest finite |a_t,i| of the last step, or 0. */
    double maxAbsPreActivation;
    /** Whether the last h_t holds an infinity or NaN. */
    boolean nonFinite;

    /** A kernel for a run of steps: W·x_t is computed {@value #CHUNK} steps ahead. */
    StepKernel(Lesson lesson) {
        this(lesson, CHUNK);
    }

    /** A kernel for one step read on its own: W·x_t only for the step asked. */
    static StepKernel forOneStep(Lesson lesson) {
        return new StepKernel(lesson, 1);
    }

    private StepKernel(Lesson lesson, int chunk) {
        this.lesson = lesson;
        Dimensions d = lesson.dimensions();
        features = d.inputFeatures();
        units = d.units();
        timesteps = d.timesteps();
        inputs = lesson.rawInputs().data;
        Weights weights = lesson.weights();
        w = weights.w();
        u = weights.u();
        bias = lesson.rawB().data;
        activation = lesson.activation();
        inputTermChunk = new double[chunk][units];
        int k = d.outputSize();
        wx = new DMatrixRMaj(units, 1);
        uh = new DMatrixRMaj(units, 1);
        a = new DMatrixRMaj(units, 1);
        h = new DMatrixRMaj(units, 1);
        o = new DMatrixRMaj(k, 1);
        y = new DMatrixRMaj(k, 1);
        dense = lesson.denseLayers().stream().map(layer -> new double[layer.outputs()]).toArray(double[][]::new);
    }

    /**
     * Computes step t (1-based) from x_t, taken from the lesson's inputs, and h_{t−1}, read from
     * {@code states} at {@code stateOffset}. Results and the step's statistics are left in the fields.
     */
    void compute(int t, double[] states, int stateOffset) {
        int slot = t - chunkStart;
        if (slot < 0 || slot >= inputTermChunk.length) {
            computeInputTerms(t);
            slot = 0;
        }
        double[] wxData = wx.data;
        System.arraycopy(inputTermChunk[slot], 0, wxData, 0, units);
        double[] uhData = uh.data;
        // Uh = U · h_{t−1}
        u.multiply(states, stateOffset, uhData);
        activate(wxData, uhData);
        if (lesson.rawV() != null) {
            headOutput();
            lesson.headActivation().apply(o.data, y.data, o.numRows);
        }
    }

    /**
     * dⁱ_t = actⁱ(Vⁱ·dⁱ⁻¹_t + cⁱ) for each Dense layer i before the head, d⁰_t = h_t, then o_t = V·d_t + c, row
     * by row: K is small next to N, so the head costs little either way.
     */
    private void headOutput() {
        double[] hData = h.data;
        for (int i = 0; i < dense.length; i++) {
            lesson.denseLayers().get(i).apply(hData, dense[i]);
            hData = dense[i];
        }
        // o_t = V·d_t + c
        Dense.affine(lesson.rawV(), lesson.rawC().data, hData, o.data);
    }

    /** W·x_t for the chunk of steps that starts at t, one product per step. */
    private void computeInputTerms(int t) {
        int last = Math.min(t + inputTermChunk.length - 1, timesteps);
        for (int s = t; s <= last; s++) {
            w.multiply(inputs, (s - 1) * features, inputTermChunk[s - t]);
        }
        chunkStart = t;
    }

    /**
     * a_t = (W·x_t + U·h_{t−1}) + b and h_t = act(a_t), then the step's statistics. Three loops
     * rather than one: the first is the shape the JIT vectorises, the second has no switch inside
     * it, and the third leaves the sum of squares, taken in the order of i, as its only chain of
     * dependent additions. The activation is a switch rather than {@link Activation#apply}, a call
     * through one of four subclasses that the JIT, having seen several lessons, must guard on every
     * component.
     */
    private void activate(double[] wxData, double[] uhData) {
        double[] aData = a.data;
        double[] hData = h.data;
        for (int i = 0; i < units; i++) {
            aData[i] = wxData[i] + uhData[i] + bias[i];
        }
        switch (activation) {
            case TANH -> {
                for (int i = 0; i < units; i++) {
                    hData[i] = Functions.tanh(aData[i]);
                }
            }
            case RELU -> {
                for (int i = 0; i < units; i++) {
                    hData[i] = Activation.relu(aData[i]);
                }
            }
            case SIGMOID -> {
                for (int i = 0; i < units; i++) {
                    hData[i] = Functions.sigmoid(aData[i]);
                }
            }
            case LINEAR -> System.arraycopy(aData, 0, hData, 0, units);
        }
        double sumOfSquares = 0;
        int saturatedHere = 0;
        double largestState = 0;
        double largestPreActivation = 0;
        boolean infinite = false;
        for (int i = 0; i < units; i++) {
            double magnitude = Math.abs(hData[i]);
            sumOfSquares += magnitude * magnitude;
            if (magnitude >= Trace.SATURATION_THRESHOLD) {
                saturatedHere++;
            }
            if (magnitude <= Double.MAX_VALUE) {
                largestState = Math.max(largestState, magnitude);
            } else {
                infinite = true;
            }
            double preMagnitude = Math.abs(aData[i]);
            if (preMagnitude <= Double.MAX_VALUE) {
                largestPreActivation = Math.max(largestPreActivation, preMagnitude);
            }
        }
        squares = sumOfSquares;
        saturated = saturatedHere;
        maxAbsState = largestState;
        maxAbsPreActivation = largestPreActivation;
        nonFinite = infinite;
    }
}
