package dev.unroll.perf;

import java.util.Arrays;

/** Turns repeated measurements into a {@link Figure}: the median and the 95th percentile by nearest rank. */
public final class Samples {

    private Samples() {
    }

    /**
     * The figure for {@code values}, measured in {@code unit}.
     *
     * @throws IllegalArgumentException when there are no values
     */
    public static Figure figure(String name, String unit, double... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException(name + " has no samples");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Figure(name, percentile(sorted, 50), percentile(sorted, 95), unit);
    }

    /** The nearest-rank percentile p (0 < p ≤ 100) of sorted values. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
