package dev.unroll.diagram;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** How numbers are written on screen and in pictures. */
public final class ValueFormat {

    private ValueFormat() {
    }

    /**
     * {@code value} to three significant digits, in plain notation between 0.001 and 10,000 and in
     * scientific notation outside: 0.867, −0.0421, 1.00, 1.23e+05. Zero is written 0.
     */
    public static String threeDigits(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        if (value == 0) {
            return "0";
        }
        double magnitude = Math.abs(value);
        String text = magnitude < 1e-3 || magnitude >= 1e4
                ? String.format(Locale.ROOT, "%.2e", value)
                : new BigDecimal(value).round(new MathContext(3)).toPlainString();
        // a true minus sign, as long as a digit, reads better than a hyphen in a column of numbers
        return text.startsWith("-") ? "\u2212" + text.substring(1) : text;
    }

    /** A whole number with thousands separators: 322,113. */
    public static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
