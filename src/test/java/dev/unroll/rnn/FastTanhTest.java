package dev.unroll.rnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The engine's tanh, built on Math.exp for speed, against the JDK's own (fdlibm, within 1 ulp). */
class FastTanhTest {

    /** Its error in units of the last place of the JDK's result, for a sweep of 2,000,000 values. */
    @Test
    void tanhIsWithinFourUnitsInTheLastPlaceEverywhere() {
        Random random = new Random(12);
        double worst = 0;
        double worstAt = 0;
        for (int i = 0; i < 2_000_000; i++) {
            // magnitudes from 1e-12 to 30, evenly in the exponent, and every sign
            double a = Math.copySign(Math.pow(10, -12 + 13.5 * random.nextDouble()), random.nextBoolean() ? 1 : -1);
            double expected = Math.tanh(a);
            double ulps = Math.abs(Functions.tanh(a) - expected) / Math.ulp(expected);
            if (ulps > worst) {
                worst = ulps;
                worstAt = a;
            }
        }
        assertTrue(worst <= 4, "worst error " + worst + " ulp at a = " + worstAt);
    }

    @Test
    void tanhKeepsItsSpecialValuesAndOddSymmetry() {
        assertEquals(1.0, Functions.tanh(Double.POSITIVE_INFINITY));
        assertEquals(-1.0, Functions.tanh(Double.NEGATIVE_INFINITY));
        assertTrue(Double.isNaN(Functions.tanh(Double.NaN)));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(Functions.tanh(-0.0)));
        assertEquals(1e-20, Functions.tanh(1e-20));
        assertEquals(1.0, Functions.tanh(22.0));
        assertEquals(-1.0, Functions.tanh(-40.0));
        for (double a : new double[] {1e-9, 0.1, 0.49999, 0.5, 0.7, 3.0, 21.9}) {
            assertEquals(-Functions.tanh(a), Functions.tanh(-a), "odd at " + a);
        }
    }
}
