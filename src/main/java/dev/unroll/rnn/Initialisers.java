package dev.unroll.rnn;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;

/** Draws a lesson's inputs and weights; see {@link Initialisation} for what each one means. */
final class Initialisers {

    private Initialisers() {
    }

    /**
     * {@code x, W, U, b[, V, c] = np.random.random(...)} in the seed's order; with an Embedding,
     * {@code E = np.random.random((V, M))} in x's place.
     */
    static Lesson numpyUniform(Dimensions d, Activation act, HeadActivation headAct, EmbeddingRecipe embedding,
                               NumpyRandom random) {
        int t = d.timesteps();
        int m = d.inputFeatures();
        int n = d.units();
        int k = d.outputSize();
        DMatrixRMaj inputs = uniform(random, embedding == null ? t : embedding.rows(), m);
        DMatrixRMaj w = uniform(random, n, m);
        DMatrixRMaj u = uniform(random, n, n);
        DMatrixRMaj b = uniform(random, n, 1);
        DMatrixRMaj v = d.hasHead() ? uniform(random, k, n) : null;
        DMatrixRMaj c = d.hasHead() ? uniform(random, k, 1) : null;
        return made(embedding, inputs, act, headAct, w, u, b, v, c);
    }

    /**
     * Keras's defaults, drawn as Keras lays the weights out and then turned into the seed's orientation:
     * inputs (T, M) standard normal; {@code kernel} (M, N) glorot_uniform, W = kernelᵀ;
     * {@code recurrent_kernel} (N, N) orthogonal, U = recurrent_kernelᵀ; b = 0; Dense {@code kernel}
     * (N, K) glorot_uniform, V = kernelᵀ; c = 0. With an Embedding, the inputs' place is taken by its
     * {@code embeddings} (V, M), Keras's default uniform on [−0.05, 0.05), built first as Keras builds it.
     */
    static Lesson keras(Dimensions d, Activation act, HeadActivation headAct, EmbeddingRecipe embedding,
                        NumpyRandom random) {
        int t = d.timesteps();
        int m = d.inputFeatures();
        int n = d.units();
        int k = d.outputSize();
        DMatrixRMaj inputs = embedding == null ? standardNormal(random, t, m) : embeddingUniform(random, embedding.rows(), m);
        DMatrixRMaj w = CommonOps_DDRM.transpose(glorotUniform(random, m, n), null);
        DMatrixRMaj u = CommonOps_DDRM.transpose(orthogonal(random, n), null);
        DMatrixRMaj b = new DMatrixRMaj(n, 1);
        DMatrixRMaj v = d.hasHead() ? CommonOps_DDRM.transpose(glorotUniform(random, n, k), null) : null;
        DMatrixRMaj c = d.hasHead() ? new DMatrixRMaj(k, 1) : null;
        return made(embedding, inputs, act, headAct, w, u, b, v, c);
    }

    /** The lesson, its inputs either the drawn vectors or, with an Embedding, the drawn table's rows for its ids. */
    private static Lesson made(EmbeddingRecipe embedding, DMatrixRMaj drawn, Activation act, HeadActivation headAct,
                               DMatrixRMaj w, DMatrixRMaj u, DMatrixRMaj b, DMatrixRMaj v, DMatrixRMaj c) {
        if (embedding == null) {
            return Lesson.owning(act, headAct, drawn, w, u, b, v, c);
        }
        return Lesson.owning(new Embedding(drawn, embedding.ids()), act, headAct, w, u, b, v, c);
    }

    /** Keras's Embedding default, {@code RandomUniform(-0.05, 0.05)}, drawn as numpy's {@code uniform(-0.05, 0.05)}. */
    private static DMatrixRMaj embeddingUniform(NumpyRandom random, int rows, int cols) {
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        for (int i = 0; i < rows * cols; i++) {
            m.data[i] = random.nextUniform(-0.05, 0.05);
        }
        return m;
    }

    private static DMatrixRMaj uniform(NumpyRandom random, int rows, int cols) {
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        random.fillUniform(m.data, 0, rows * cols);
        return m;
    }

    private static DMatrixRMaj standardNormal(NumpyRandom random, int rows, int cols) {
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        for (int i = 0; i < rows * cols; i++) {
            m.data[i] = random.nextGaussian();
        }
        return m;
    }

    /** glorot_uniform for a (fanIn, fanOut) kernel: uniform on [−limit, limit), limit = √(6 / (fanIn + fanOut)). */
    private static DMatrixRMaj glorotUniform(NumpyRandom random, int fanIn, int fanOut) {
        double limit = Math.sqrt(6.0 / (fanIn + fanOut));
        DMatrixRMaj m = new DMatrixRMaj(fanIn, fanOut);
        for (int i = 0; i < fanIn * fanOut; i++) {
            m.data[i] = random.nextUniform(-limit, limit);
        }
        return m;
    }

    /**
     * Keras's orthogonal initialiser for an (n, n) matrix: the Q of the QR decomposition of a standard
     * normal matrix, each column j multiplied by sign(R_jj) so that Q does not depend on the QR algorithm.
     */
    private static DMatrixRMaj orthogonal(NumpyRandom random, int n) {
        DMatrixRMaj a = standardNormal(random, n, n);
        QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(n, n);
        if (!qr.decompose(a)) {
            throw new IllegalStateException("QR decomposition failed");
        }
        DMatrixRMaj q = qr.getQ(null, false);
        DMatrixRMaj r = qr.getR(null, false);
        for (int j = 0; j < n; j++) {
            double sign = Math.signum(r.get(j, j));
            for (int i = 0; i < n; i++) {
                q.set(i, j, q.get(i, j) * sign);
            }
        }
        return q;
    }
}
