package dev.unroll.rnn;

/** How a lesson's inputs and weights are drawn from its seed. */
public enum Initialisation {
    /**
     * The seed's numpy example: everything from {@code np.random.random}, uniform on [0, 1), drawn in
     * the order inputs (T, M), W (N, M), U (N, N), b (N), then V (K, N) and c (K) with a head. After
     * {@code np.random.seed(S)} the seed's own script draws exactly these numbers.
     */
    NUMPY_UNIFORM("numpy-uniform"),
    /**
     * Keras's defaults for SimpleRNN and Dense: glorot_uniform kernels, an orthogonal recurrent
     * kernel, zero biases, and inputs from a standard normal. Same distributions as Keras, not the
     * same numbers: Keras draws from its own random stream.
     */
    KERAS("keras");

    private final String key;

    Initialisation(String key) {
        this.key = key;
    }

    /** The name used on the command line, {@code numpy-uniform} or {@code keras}. */
    public String key() {
        return key;
    }
}
