package dev.unroll.rnn;

import java.util.Locale;

/** The output head's activation, {@code y_t = headAct(o_t)}, applied to the whole vector. */
public enum HeadActivation {
    /** {@code y = o}, Keras Dense's default. */
    LINEAR,
    /** {@code y_i = e^(o_i) / Σ_j e^(o_j)}, as in the Goodfellow book's {@code ŷ_t = softmax(o_t)}. */
    SOFTMAX,
    /** {@code y_i = 1 / (1 + e^(−o_i))}, as in a binary classifier's {@code Dense(1, activation='sigmoid')}. */
    SIGMOID;

    /** Writes {@code headAct(o)} into {@code y}; both have {@code length} components. */
    public void apply(double[] o, double[] y, int length) {
        switch (this) {
            case LINEAR -> System.arraycopy(o, 0, y, 0, length);
            case SIGMOID -> {
                for (int i = 0; i < length; i++) {
                    y[i] = Functions.sigmoid(o[i]);
                }
            }
            case SOFTMAX -> {
                // subtracting the largest o_i leaves softmax unchanged and keeps e^(o_i) finite
                double max = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < length; i++) {
                    max = Math.max(max, o[i]);
                }
                double sum = 0;
                for (int i = 0; i < length; i++) {
                    y[i] = Math.exp(o[i] - max);
                    sum += y[i];
                }
                for (int i = 0; i < length; i++) {
                    y[i] /= sum;
                }
            }
        }
    }

    /** The lower-case name used on the command line and in Keras, for example {@code softmax}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
