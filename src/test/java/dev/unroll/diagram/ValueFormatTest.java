package dev.unroll.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValueFormatTest {

    @Test
    void threeDigitsKeepsThreeSignificantDigitsSoColumnsLineUp() {
        assertEquals("1.00", ValueFormat.threeDigits(1.0));
        assertEquals("1.00", ValueFormat.threeDigits(0.99999));
        assertEquals("0.500", ValueFormat.threeDigits(0.5));
        assertEquals("0.867", ValueFormat.threeDigits(0.8668114971692323));
        assertEquals("\u22120.0421", ValueFormat.threeDigits(-0.04213));
        assertEquals("2.00", ValueFormat.threeDigits(2));
        assertEquals("0", ValueFormat.threeDigits(0));
    }

    @Test
    void threeDigitsSwitchesToScientificOutsideAThousandthToTenThousand() {
        assertEquals("1.00e+04", ValueFormat.threeDigits(9999.9));
        assertEquals("1.23e+05", ValueFormat.threeDigits(123_456));
        assertEquals("\u22124.00e-04", ValueFormat.threeDigits(-0.0004));
    }

    private static final double SIZE = 12;
    private static final double ROOMY = 1000;

    /** The width of {@code text} at the test's font size: the room that just holds it. */
    private static double widthOf(String text) {
        return TextMetrics.width(text, SIZE, false);
    }

    @Test
    void withRoomAValueInTheUsualRangeReadsAsItsThreeDigits() {
        for (double v : new double[] {0.8668114971692323, -0.04213, 1.0, 0.99999, 0.5, 2, 999.4, -0.00459}) {
            assertEquals(ValueFormat.threeDigits(v), ValueFormat.toFit(v, ROOMY, SIZE));
        }
    }

    @Test
    void aValueThatDoesNotFitDropsDigitsThenTurnsToTheExponentForm() {
        double v = -0.0045893;
        assertEquals("\u22120.00459", ValueFormat.toFit(v, widthOf("\u22120.00459"), SIZE));
        assertEquals("\u22120.0046", ValueFormat.toFit(v, widthOf("\u22120.00459") - 0.01, SIZE));
        assertEquals("\u22120.005", ValueFormat.toFit(v, widthOf("\u22120.005"), SIZE));
        assertEquals("\u22125e\u22123", ValueFormat.toFit(v, widthOf("\u22125e\u22123"), SIZE));
    }

    @Test
    void theResultNeverOutgrowsItsWidth() {
        double[] values = {-0.0045893, 0.8668, -123_456.7, 6.02e23, -1.6e-19, Double.MIN_VALUE, -Double.MAX_VALUE, 9999.9};
        for (double v : values) {
            for (double width = 0; width <= 80; width += 0.5) {
                String text = ValueFormat.toFit(v, width, SIZE);
                assertTrue(widthOf(text) <= width, text + " is wider than " + width);
            }
        }
    }

    @Test
    void everyFormIsTheValueCorrectlyRoundedWithItsSign() {
        for (double v : new double[] {-0.0045893, 0.0045893, 9.996, -123_456.7, 1.6e-19, -6.02e23, 0.125, 95.5}) {
            for (String form : ValueFormat.candidates(v)) {
                double read = Double.parseDouble(form.replace('\u2212', '-'));
                assertEquals(Math.signum(v), Math.signum(read), form);
                int digits = form.replace('\u2212', '-').split("e")[0].replaceAll("[^0-9]", "").replaceFirst("^0+", "").length();
                double halfUnit = 0.5 * Math.pow(10, Math.floor(Math.log10(Math.abs(read))) - digits + 1);
                assertTrue(Math.abs(read - v) <= halfUnit * (1 + 1e-9), form + " misstates " + v);
            }
        }
    }

    @Test
    void roundingCarriesIntoTheNextDigit() {
        assertEquals("10.0", ValueFormat.toFit(9.996, ROOMY, SIZE));
        assertEquals("10", ValueFormat.toFit(9.996, widthOf("10"), SIZE));
        assertEquals(List.of("10.0", "1.00e1", "10", "1.0e1", "1e1"), ValueFormat.candidates(9.996));
        assertEquals("0.13", ValueFormat.toFit(0.125, widthOf("0.13"), SIZE), "a tie rounds away from zero");
    }

    @Test
    void noZeroIsWrittenThatIsNotASignificantDigit() {
        assertEquals("1.23e3", ValueFormat.toFit(1234.5, ROOMY, SIZE));
        assertEquals("96", ValueFormat.toFit(95.5, widthOf("96"), SIZE));
        assertEquals(List.of("95.5", "9.55e1", "96", "9.6e1", "1e2"), ValueFormat.candidates(95.5));
    }

    @Test
    void tinyAndHugeValuesUseTheExponentForm() {
        assertEquals("1.60e\u221219", ValueFormat.toFit(1.602e-19, ROOMY, SIZE));
        assertEquals("\u22126.02e23", ValueFormat.toFit(-6.022e23, ROOMY, SIZE));
        assertEquals("1.00e4", ValueFormat.toFit(9999.9, ROOMY, SIZE));
        assertEquals("4.94e\u2212324", ValueFormat.toFit(Double.MIN_VALUE, ROOMY, SIZE));
        assertEquals("2e308", ValueFormat.toFit(Double.MAX_VALUE, widthOf("2e308"), SIZE));
    }

    @Test
    void notANumberAndTheInfinitiesAreNamedAndZeroIsZero() {
        assertEquals("NaN", ValueFormat.toFit(Double.NaN, ROOMY, SIZE));
        assertEquals("\u221E", ValueFormat.toFit(Double.POSITIVE_INFINITY, ROOMY, SIZE));
        assertEquals("\u2212\u221E", ValueFormat.toFit(Double.NEGATIVE_INFINITY, ROOMY, SIZE));
        assertEquals("0", ValueFormat.toFit(0.0, ROOMY, SIZE));
        assertEquals("0", ValueFormat.toFit(-0.0, ROOMY, SIZE));
    }

    @Test
    void withoutRoomForOneDigitNothingIsWritten() {
        assertEquals("", ValueFormat.toFit(-0.0045893, widthOf("\u22125e\u22123") - 0.01, SIZE));
        assertEquals("", ValueFormat.toFit(Double.NaN, 5, SIZE));
    }

    @Test
    void countsGetThousandsSeparators() {
        assertEquals("322,113", ValueFormat.count(322_113));
    }
}
