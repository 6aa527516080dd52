package dev.unroll.rnn;

/** Scalar functions shared by the cell and the head. */
final class Functions {

    private Functions() {
    }

    /** The logistic function {@code 1 / (1 + e^(−a))}. */
    static double sigmoid(double a) {
        return 1.0 / (1.0 + Math.exp(-a));
    }
}
