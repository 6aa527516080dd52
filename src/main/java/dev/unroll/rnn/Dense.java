package dev.unroll.rnn;

import java.util.Arrays;
import java.util.Objects;
import org.ejml.data.DMatrixRMaj;

/**
 * A Dense layer between h_t and the output head, as Keras stacks them: {@code d_t = act(V·d_{t-1} + c)}
 * with d⁰_t = h_t, in the seed's orientation (V is the layer's kernelᵀ, (K, in)). The layer after the
 * last of these is the lesson's head, o_t = V·d_t + c. The matrices are copies, never changed.
 *
 * @param weights    V (K, in)
 * @param bias       c (K, 1)
 * @param activation what the layer applies to V·d + c
 */
public record Dense(DMatrixRMaj weights, DMatrixRMaj bias, Activation activation) {

    /**
     * @throws IllegalArgumentException when c does not have one entry per row of V
     */
    public Dense {
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(bias, "bias");
        Objects.requireNonNull(activation, "activation");
        if (bias.numRows != weights.numRows || bias.numCols != 1) {
            throw new IllegalArgumentException("a Dense layer's bias must have one entry per output: V "
                    + Lesson.shape(weights) + ", c " + Lesson.shape(bias));
        }
        weights = weights.copy();
        bias = bias.copy();
    }

    /** K, the layer's outputs. */
    public int outputs() {
        return weights.numRows;
    }

    /** The length of the vector the layer reads. */
    public int inputs() {
        return weights.numCols;
    }

    /** A copy of V (K, in). */
    @Override
    public DMatrixRMaj weights() {
        return weights.copy();
    }

    /** A copy of c (K, 1). */
    @Override
    public DMatrixRMaj bias() {
        return bias.copy();
    }

    /**
     * out = act(V·in + c), each sum taken as {@link #affine} takes it, so that the forward pass and every
     * recomputation give the same bits.
     */
    void apply(double[] in, double[] out) {
        affine(weights, bias.data, in, out);
        for (int r = 0; r < weights.numRows; r++) {
            out[r] = activation.apply(out[r]);
        }
    }

    /**
     * out = V·in + c, row by row, each sum taken column 0 first with plain multiplications and additions,
     * then c added: the one order the head and every Dense layer use.
     */
    static void affine(DMatrixRMaj v, double[] c, double[] in, double[] out) {
        int width = v.numCols;
        for (int r = 0; r < v.numRows; r++) {
            double sum = 0;
            int row = r * width;
            for (int j = 0; j < width; j++) {
                sum += v.data[row + j] * in[j];
            }
            out[r] = sum + c[r];
        }
    }

    /** Two layers are equal when their activation and numbers are, bit for bit. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Dense d && activation == d.activation && same(weights, d.weights) && same(bias, d.bias);
    }

    @Override
    public int hashCode() {
        return Objects.hash(activation, weights.numRows, weights.numCols, Arrays.hashCode(weights.data));
    }

    private static boolean same(DMatrixRMaj a, DMatrixRMaj b) {
        int size = a.getNumElements();
        return a.numRows == b.numRows && a.numCols == b.numCols && Arrays.equals(a.data, 0, size, b.data, 0, size);
    }
}
