package dev.unroll.rnn;

/** Scalar functions shared by the cell and the head. */
final class Functions {

    private Functions() {
    }

    /**
     * tanh(a), from one call of {@link Math#exp}, which the JIT makes an intrinsic, rather than
     * {@link Math#tanh}, a native call on this JDK that costs several times as much.
     * tanh(a) = 1 − 2 / (e^(2a) + 1) for |a| ≥ 1/2, where the result is at least 0.46 and the
     * subtraction loses nothing; below that, tanh(a) = e / (e + 2) with e = e^(2a) − 1 computed as
     * (u − 1)·2a / log(u), u = e^(2a), which cancels the rounding of u (a few units in the last place
     * either way); below 1/16, its Taylor series. Past |a| = 22, tanh(a) rounds to ±1; below 2^−28, to a.
     */
    static double tanh(double a) {
        double magnitude = Math.abs(a);
        if (!(magnitude < 22)) {
            // ±1, or NaN for NaN
            return magnitude == magnitude ? Math.copySign(1.0, a) : a;
        }
        if (magnitude < 0x1p-28) {
            return a;
        }
        if (magnitude < 0.0625) {
            // the Taylor series, whose next term is below 2^−60 of a here
            double s = a * a;
            return a + a * (s * (-1.0 / 3 + s * (2.0 / 15 + s * (-17.0 / 315 + s * (62.0 / 2835
                    + s * (-1382.0 / 155925 + s * (21844.0 / 6081075)))))));
        }
        double twice = 2 * magnitude;
        double u = Math.exp(twice);
        double result;
        if (magnitude >= 0.5) {
            result = 1 - 2 / (u + 1);
        } else {
            // e / (e + 2) with e = (u − 1)·2a / log(u), over one division
            double scaled = (u - 1) * twice;
            result = scaled / (scaled + 2 * Math.log(u));
        }
        return Math.copySign(result, a);
    }

    /** The logistic function {@code 1 / (1 + e^(−a))}. */
    static double sigmoid(double a) {
        return 1.0 / (1.0 + Math.exp(-a));
    }
}
