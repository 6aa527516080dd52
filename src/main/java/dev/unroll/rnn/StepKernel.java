package dev.unroll.rnn;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;

/**
 * One step of the RNN, with work buffers allocated once and reused for every step. The forward pass
 * and the on-demand recomputation of a step both use this, so they give the same bits.
 *
 * <p>Every component of a matrix–vector product is a sum taken in one fixed order, column 0 first:
 * {@code (W·x)_i = ((0 + W_i0·x_0) + W_i1·x_1) + …}, plain multiplications and additions, never a fused
 * multiply–add. The loops run over the output component i innermost, reading W and U transposed
 * (column j of W is row j of Wᵀ, contiguous), so each pass is an {@code out[i] += column[i]·v_j} the
 * JIT turns into SIMD instructions; vectorised or not, each component sees the same operations in the
 * same order, so the bits do not depend on which code ran. Four columns are added per pass, which
 * reads and writes the output a quarter as often. W·x_t does not depend on h, so it is computed for
 * {@value #CHUNK} steps at a time, ahead of the recurrence.
 */
final class StepKernel {

    /** How many steps' W·x_t are computed together in a run of steps. */
    static final int CHUNK = 32;

    /**
     * Wᵀ and Uᵀ, one array a row (row j is column j of W or U): made once per lesson and shared by
     * all its kernels, which only read them, so reading one step of a long run costs no copy of U.
     */
    record Transposed(double[][] w, double[][] u) {
        static Transposed of(Lesson lesson) {
            return new Transposed(transposed(lesson.rawW()), transposed(lesson.rawU()));
        }
    }

    private final int features;
    private final int units;
    private final int timesteps;
    private final double[] inputs;
    /** Wᵀ (M, N): row j is column j of W. */
    private final double[][] wTransposed;
    /** Uᵀ (N, N): row j is column j of U. */
    private final double[][] uTransposed;
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
        Transposed transposed = lesson.transposed();
        wTransposed = transposed.w();
        uTransposed = transposed.u();
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
        multiplyTransposed(uTransposed, states, stateOffset, uhData);
        activate(wxData, uhData);
        if (lesson.rawV() != null) {
            headOutput();
            lesson.headActivation().apply(o.data, y.data, o.numRows);
        }
    }

    /** o_t = V·h_t + c, row by row: K is small next to N, so the head costs little either way. */
    private void headOutput() {
        DMatrixRMaj v = lesson.rawV();
        double[] c = lesson.rawC().data;
        double[] hData = h.data;
        for (int r = 0; r < v.numRows; r++) {
            double sum = 0;
            int row = r * units;
            for (int j = 0; j < units; j++) {
                sum += v.data[row + j] * hData[j];
            }
            o.data[r] = sum + c[r];
        }
    }

    /** W·x_t for the chunk of steps that starts at t, one product per step. */
    private void computeInputTerms(int t) {
        int last = Math.min(t + inputTermChunk.length - 1, timesteps);
        for (int s = t; s <= last; s++) {
            multiplyTransposed(wTransposed, inputs, (s - 1) * features, inputTermChunk[s - t]);
        }
        chunkStart = t;
    }

    /**
     * a_t = (W·x_t + U·h_{t−1}) + b and h_t = act(a_t), with the step's statistics, in one pass over
     * the components.
     */
    private void activate(double[] wxData, double[] uhData) {
        double[] aData = a.data;
        double[] hData = h.data;
        double sumOfSquares = 0;
        int saturatedHere = 0;
        double largestState = 0;
        double largestPreActivation = 0;
        boolean infinite = false;
        for (int i = 0; i < units; i++) {
            double ai = wxData[i] + uhData[i] + bias[i];
            aData[i] = ai;
            double hi = apply(activation, ai);
            hData[i] = hi;
            double magnitude = Math.abs(hi);
            sumOfSquares += magnitude * magnitude;
            if (magnitude >= Trace.SATURATION_THRESHOLD) {
                saturatedHere++;
            }
            if (magnitude <= Double.MAX_VALUE) {
                largestState = Math.max(largestState, magnitude);
            } else {
                infinite = true;
            }
            double preMagnitude = Math.abs(ai);
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

    /**
     * The activation as a switch rather than {@link Activation#apply}, a call through one of four
     * subclasses that the JIT, having seen several lessons, must guard on every component.
     */
    private static double apply(Activation activation, double a) {
        return switch (activation) {
            case TANH -> Functions.tanh(a);
            case RELU -> Activation.relu(a);
            case SIGMOID -> Functions.sigmoid(a);
            case LINEAR -> a;
        };
    }

    /**
     * out[i] = Σ_j mt[j][i] · v[vOffset + j} for every i of out and j of mt, each sum from 0 in the
     * order of j: the product of the matrix whose transpose is {@code mt} with v. Four values of j
     * a pass over i. The output is a whole array and the matrix's rows are arrays of their own, the
     * shape of loop the JIT vectorises (an offset into a shared array keeps it scalar).
     */
    static void multiplyTransposed(double[][] mt, double[] v, int vOffset, double[] out) {
        int width = out.length;
        int length = mt.length;
        Arrays.fill(out, 0.0);
        int j = 0;
        for (; j + 3 < length; j += 4) {
            double v0 = v[vOffset + j];
            double v1 = v[vOffset + j + 1];
            double v2 = v[vOffset + j + 2];
            double v3 = v[vOffset + j + 3];
            double[] c0 = mt[j];
            double[] c1 = mt[j + 1];
            double[] c2 = mt[j + 2];
            double[] c3 = mt[j + 3];
            for (int i = 0; i < width; i++) {
                // left to right: (((out + p0) + p1) + p2) + p3, the order of j
                out[i] = out[i] + c0[i] * v0 + c1[i] * v1 + c2[i] * v2 + c3[i] * v3;
            }
        }
        for (; j < length; j++) {
            double vj = v[vOffset + j];
            double[] column = mt[j];
            for (int i = 0; i < width; i++) {
                out[i] = out[i] + column[i] * vj;
            }
        }
    }

    /** mᵀ, one array a row. */
    private static double[][] transposed(DMatrixRMaj m) {
        double[][] t = new double[m.numCols][m.numRows];
        for (int i = 0; i < m.numRows; i++) {
            for (int j = 0; j < m.numCols; j++) {
                t[j][i] = m.data[i * m.numCols + j];
            }
        }
        return t;
    }
}
