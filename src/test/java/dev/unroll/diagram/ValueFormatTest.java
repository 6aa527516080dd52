package dev.unroll.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    @Test
    void countsGetThousandsSeparators() {
        assertEquals("322,113", ValueFormat.count(322_113));
    }
}
