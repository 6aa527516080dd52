package dev.unroll.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unroll.rnn.ValueKind;
import org.junit.jupiter.api.Test;

/** The notice for an overflow names what the first non-finite value is, where it is, and what follows. */
class NonFiniteNoticeTest {

    @Test
    void theNoticeTellsInfinityMinusInfinityAndNaNApart() {
        assertEquals("unroll: a overflows to minus infinity at t = 3, first in unit 0 (a_3[0]); "
                + "the values from there on include Infinity or NaN",
                NonFiniteNotice.line(ValueKind.A, 3, 0, Double.NEGATIVE_INFINITY));
        assertEquals("unroll: y becomes NaN (not a number) at t = 7, first in unit 1 (y_7[1]); "
                + "the values from there on include Infinity or NaN",
                NonFiniteNotice.line(ValueKind.Y, 7, 1, Double.NaN));
    }

    @Test
    void theFirstNonFiniteValueOfARowIsFoundAndAFiniteRowHasNone() {
        assertEquals(2, NonFiniteNotice.firstIn(new double[] {Double.MAX_VALUE, 0, Double.NaN, Double.POSITIVE_INFINITY}));
        assertEquals(-1, NonFiniteNotice.firstIn(new double[] {Double.MAX_VALUE, -Double.MAX_VALUE}));
    }
}
