package dev.unroll.diagram;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** How numbers are written on screen and in pictures. */
public final class ValueFormat {

    private ValueFormat() {
    }

    /**
     * {@code value} to three significant digits, trailing zeros kept so that neighbours line up:
     * 0.867, −0.0421, 1.00, 0.500; in scientific notation below 0.001 and from 10,000 on (1.23e+05).
     * Zero is written 0, and the minus sign is a true minus.
     */
    public static String threeDigits(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(3));
        double magnitude = Math.abs(rounded.doubleValue());
        String text;
        if (magnitude < 1e-3 || magnitude >= 1e4) {
            text = String.format(Locale.ROOT, "%.2e", value);
        } else {
            // keep three significant digits: 1 → 1.00, 0.5 → 0.500
            if (rounded.precision() < 3) {
                rounded = rounded.setScale(rounded.scale() + 3 - rounded.precision());
            }
            text = rounded.toPlainString();
        }
        // a true minus sign, as long as a digit, reads better than a hyphen in a column of numbers
        return text.startsWith("-") ? "\u2212" + text.substring(1) : text;
    }

    /** {@code value} to six significant digits, for a readout where the colour is not enough. */
    public static String sixDigits(double value) {
        String text = String.format(Locale.ROOT, "%.6g", value);
        return text.startsWith("-") ? "\u2212" + text.substring(1) : text;
    }

    /**
     * Values to three digits, separated by commas, the first {@code most} of them and then a note of
     * how many there are: "0.867, −0.673, … (64 values)".
     */
    public static String join(double[] values, int most) {
        int shown = Math.min(values.length, most);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < shown; i++) {
            s.append(i == 0 ? "" : ", ").append(threeDigits(values[i]));
        }
        if (shown < values.length) {
            s.append(", \u2026 (").append(values.length).append(" values)");
        }
        return s.toString();
    }

    /** A whole number as subscript digits: 12 → ₁₂, for labels such as h₁₂ in plain text. */
    public static String subscript(int n) {
        StringBuilder s = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            s.append(c == '-' ? '\u208B' : (char) ('\u2080' + (c - '0')));
        }
        return s.toString();
    }

    /** A whole number with thousands separators: 322,113. */
    public static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
