package dev.unroll.perf;

import java.util.Locale;

/**
 * One measured figure of the {@code bench} command: a name, the median and the 95th percentile of
 * its samples, and the unit ({@code us}, {@code ms} or {@code MB}). Printed as
 * {@code NAME median=… p95=… UNIT}, the format the numpy script prints too, so the two line up.
 */
public record Figure(String name, double median, double p95, String unit) {

    /** The line the bench command prints for this figure. */
    public String line() {
        return String.format(Locale.ROOT, "%s median=%s p95=%s %s", name, number(median), number(p95), unit);
    }

    /** Three significant digits, never in exponent form: 0.412, 4.21, 42.1, 421, 4210. */
    static String number(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return String.valueOf(value);
        }
        int digits = (int) Math.floor(Math.log10(Math.abs(value)));
        int decimals = Math.max(0, 2 - digits);
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
