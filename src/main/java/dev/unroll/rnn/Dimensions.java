package dev.unroll.rnn;

import java.util.Locale;

/**
 * The sizes of a lesson: timesteps T, input features M, units N (the seed's
 * {@code output_features}, the dimension of h_t) and the output head's size K, 0 when there is no head.
 *
 * <p>Limits keep what a lesson holds within a few hundred megabytes and every step within a fraction
 * of a second: T at most {@value #MAX_TIMESTEPS}; M, N and K at most {@value #MAX_WIDTH} (the Keras
 * initialisation's QR decomposition of U grows as N³); and the inputs (T × M), which a lesson holds
 * whole, at most {@value #MAX_ENTRIES} values. The states (T × N) and the outputs (T × K) have no limit
 * of their own: a trace too long to hold keeps h_t only at checkpoints (see {@code Trace}).
 */
public record Dimensions(int timesteps, int inputFeatures, int units, int outputSize) {

    /** The most timesteps a lesson may have. */
    public static final int MAX_TIMESTEPS = 1_000_000;
    /** The most input features, units or outputs a lesson may have. */
    public static final int MAX_WIDTH = 1_024;
    /** The most values the inputs of a whole run may hold. */
    public static final long MAX_ENTRIES = 50_000_000L;
    /**
     * The output size K a lesson without a head gets when its head is turned on: two, the fewest
     * outputs for which o_t is a vector and softmax(o_t) is not the constant 1.
     */
    public static final int HEAD_SIZE_WHEN_TURNED_ON = 2;

    /**
     * @throws IllegalArgumentException naming the first size that is out of range
     */
    public Dimensions {
        requireInRange("timesteps", timesteps, 1, MAX_TIMESTEPS);
        requireInRange("input features", inputFeatures, 1, MAX_WIDTH);
        requireInRange("units", units, 1, MAX_WIDTH);
        requireInRange("output size", outputSize, 0, MAX_WIDTH);
        requireEntries("inputs (timesteps × input features)", (long) timesteps * inputFeatures);
    }

    /** Whether the lesson has the output head o_t = V·h_t + c. */
    public boolean hasHead() {
        return outputSize > 0;
    }

    /** The same sizes with T replaced. */
    public Dimensions withTimesteps(int t) {
        return new Dimensions(t, inputFeatures, units, outputSize);
    }

    /** The same sizes with M replaced. */
    public Dimensions withInputFeatures(int m) {
        return new Dimensions(timesteps, m, units, outputSize);
    }

    /** The same sizes with N replaced. */
    public Dimensions withUnits(int n) {
        return new Dimensions(timesteps, inputFeatures, n, outputSize);
    }

    /**
     * The same sizes with an output head: unchanged when there is one, else with
     * K = {@value #HEAD_SIZE_WHEN_TURNED_ON}.
     */
    public Dimensions withHeadOn() {
        return hasHead() ? this : withOutputSize(HEAD_SIZE_WHEN_TURNED_ON);
    }

    /** The same sizes with K replaced; 0 removes the head. */
    public Dimensions withOutputSize(int k) {
        return new Dimensions(timesteps, inputFeatures, units, k);
    }

    private static void requireInRange(String what, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    what + " must be between " + min + " and " + String.format(Locale.ROOT, "%,d", max) + ", got " + value);
        }
    }

    private static void requireEntries(String what, long entries) {
        if (entries > MAX_ENTRIES) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s would hold %,d values; at most %,d are allowed", what, entries, MAX_ENTRIES));
        }
    }
}
