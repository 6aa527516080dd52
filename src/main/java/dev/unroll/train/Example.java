package dev.unroll.train;

import org.ejml.data.DMatrixRMaj;

/**
 * One training sequence of a task: its inputs and the targets of the steps that count.
 *
 * @param inputs  x, (T, M), for a task whose inputs are vectors; null for one read through the Embedding
 * @param tokens  the token ids the Embedding looks up, one per timestep; null for vector inputs
 * @param targets z, row-major: (T, K) when every step counts, (K,) when only the last does
 */
public record Example(DMatrixRMaj inputs, int[] tokens, double[] targets) {

    /** T, the number of timesteps. */
    public int timesteps() {
        return inputs != null ? inputs.numRows : tokens.length;
    }
}
