package dev.unroll.diagram;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
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
            text = padded(rounded, 3).toPlainString();
        }
        return trueMinus(text);
    }

    /**
     * {@code value} written as precisely as fits in {@code width} drawing units at font size
     * {@code size} (regular weight, measured by {@link TextMetrics}), at most three significant
     * digits. With room it reads as {@link #threeDigits} does from 0.001 to 999 (larger numbers take
     * the exponent form, 1.23e3, so that no zero is written that is not a significant digit); with
     * less, it drops digits or turns to the exponent form: −0.00459, −4.59e−3, −0.0046, −4.6e−3, −0.005,
     * −5e−3, the first that fits. Every form is {@code value} correctly rounded with its sign, so
     * none misstates it. When not even one digit fits the result is empty: no number beats a wrong one.
     * NaN is written NaN and the infinities ∞ and −∞.
     */
    public static String toFit(double value, double width, double size) {
        for (String candidate : candidates(value)) {
            if (TextMetrics.width(candidate, size, false) <= width) {
                return candidate;
            }
        }
        return "";
    }

    /** The ways to write {@code value}, most significant digits first, plain before exponent form at equal digits. */
    static List<String> candidates(double value) {
        if (Double.isNaN(value)) {
            return List.of("NaN");
        }
        if (Double.isInfinite(value)) {
            return List.of(value > 0 ? "\u221E" : "\u2212\u221E");
        }
        if (value == 0) {
            return List.of("0");
        }
        List<String> forms = new ArrayList<>();
        for (int digits = 3; digits >= 1; digits--) {
            BigDecimal rounded = new BigDecimal(value).round(new MathContext(digits, RoundingMode.HALF_UP));
            BigDecimal plain = padded(rounded, digits);
            // plain only where every digit written is significant: 95.5 to one digit is 1e2, not 100
            if (Math.abs(plain.doubleValue()) >= 1e-3 && plain.scale() >= 0) {
                forms.add(trueMinus(plain.toPlainString()));
            }
            forms.add(scientific(rounded, digits));
        }
        return forms;
    }

    /** {@code rounded} with trailing zeros up to {@code digits} significant digits: 0.5 → 0.500 for three. */
    private static BigDecimal padded(BigDecimal rounded, int digits) {
        return rounded.precision() < digits ? rounded.setScale(rounded.scale() + digits - rounded.precision()) : rounded;
    }

    /** m·10^e with 1 ≤ |m| &lt; 10 and {@code digits} digits in m, written 4.59e−3; e is 0 for 1.23e0. */
    private static String scientific(BigDecimal rounded, int digits) {
        // a number with precision p and scale s is u·10^(−s) with p digits in u, so its exponent is p − s − 1
        int exponent = rounded.precision() - rounded.scale() - 1;
        BigDecimal mantissa = rounded.movePointLeft(exponent).setScale(digits - 1, RoundingMode.UNNECESSARY);
        return trueMinus(mantissa.toPlainString()) + "e" + trueMinus(Integer.toString(exponent));
    }

    /** A true minus sign in place of a leading hyphen: as wide as a digit, it reads better in a column of numbers. */
    private static String trueMinus(String text) {
        return text.startsWith("-") ? "\u2212" + text.substring(1) : text;
    }

    /** {@code value} to six significant digits, for a readout where the colour is not enough. */
    public static String sixDigits(double value) {
        return trueMinus(String.format(Locale.ROOT, "%.6g", value));
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

    /** A whole number as superscript digits: −9 → ⁻⁹, for powers such as 10⁻⁹ in plain text. */
    public static String superscript(int n) {
        String digits = "\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079";
        StringBuilder s = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            s.append(c == '-' ? '\u207B' : digits.charAt(c - '0'));
        }
        return s.toString();
    }

    /** 10 to the power {@code exponent}, as an axis of a log scale labels it: 10⁻⁹, 10⁰, 10³. */
    public static String powerOfTen(int exponent) {
        return "10" + superscript(exponent);
    }

    /** A whole number with thousands separators: 322,113. */
    public static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
