package dev.unroll.rnn;

import java.util.Locale;

/** The cell's element-wise activation, {@code h_t = act(a_t)}. */
public enum Activation {
    /** {@code tanh(a)}, the simple RNN's default and the seed's choice. */
    TANH {
        @Override
        public double apply(double a) {
            return Functions.tanh(a);
        }
    },
    /** {@code max(0, a)}. */
    RELU {
        @Override
        public double apply(double a) {
            return relu(a);
        }
    },
    /** {@code 1 / (1 + e^(−a))}. */
    SIGMOID {
        @Override
        public double apply(double a) {
            return Functions.sigmoid(a);
        }
    },
    /** The identity, {@code a}. */
    LINEAR {
        @Override
        public double apply(double a) {
            return a;
        }
    };

    /** max(0, a), with −0.0 and NaN mapped to +0.0 as the comparison gives them. */
    static double relu(double a) {
        return a > 0 ? a : 0.0;
    }

    /** The activation of one component. */
    public abstract double apply(double a);

    /** The lower-case name used on the command line and in Keras, for example {@code tanh}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether every output lies in [−1, 1], so a fixed colour scale fits it. */
    public boolean isBounded() {
        return this == TANH || this == SIGMOID;
    }
}
