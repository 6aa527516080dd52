package dev.unroll.rnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.rnn.Fixtures.RandomValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link NumpyRandom} against {@code np.random} (random.csv). */
class NumpyRandomTest {

    private static final double STANDARD_NORMAL_TOLERANCE = 1e-12;

    @Test
    void firstDoublesMatchNumpyForSeedZero() {
        NumpyRandom random = new NumpyRandom(0);
        assertEquals(0.5488135039273248, random.nextDouble());
        assertEquals(0.7151893663724195, random.nextDouble());
        assertEquals(0.6027633760716439, random.nextDouble());
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {0, 1, 42, 123_456_789, 4_294_967_295L})
    void doublesMatchNumpyBitForBitAcrossTheStateRegeneration(long seed) {
        NumpyRandom random = new NumpyRandom(seed);
        double[] drawn = new double[1300];
        random.fillUniform(drawn, 0, drawn.length);
        for (RandomValue v : Fixtures.randomValues(seed, "random", 10)) {
            assertEquals(Double.doubleToRawLongBits(v.asDouble()), Double.doubleToRawLongBits(drawn[v.index()]),
                    () -> "np.random.random(1300)[" + v.index() + "] after seed " + seed
                            + ": expected " + v.value() + ", got " + drawn[v.index()]);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {0, 1, 42, 123_456_789, 4_294_967_295L})
    void rawOutputsMatchNumpyThirtyTwoBitIntegers(long seed) {
        NumpyRandom random = new NumpyRandom(seed);
        long[] drawn = new long[1300];
        for (int i = 0; i < drawn.length; i++) {
            drawn[i] = Integer.toUnsignedLong(random.nextInt32());
        }
        for (RandomValue v : Fixtures.randomValues(seed, "uint32", 7)) {
            assertEquals(v.asLong(), drawn[v.index()], "output " + v.index() + " after seed " + seed);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {0, 1, 42, 123_456_789, 4_294_967_295L})
    void standardNormalMatchesNumpy(long seed) {
        NumpyRandom random = new NumpyRandom(seed);
        double[] drawn = new double[7];
        for (int i = 0; i < drawn.length; i++) {
            drawn[i] = random.nextGaussian();
        }
        for (RandomValue v : Fixtures.randomValues(seed, "standard_normal", 7)) {
            double difference = Math.abs(v.asDouble() - drawn[v.index()]);
            assertTrue(difference <= STANDARD_NORMAL_TOLERANCE, "np.random.standard_normal(7)[" + v.index()
                    + "] after seed " + seed + ": expected " + v.value() + ", got " + drawn[v.index()]);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {0, 1, 42, 123_456_789, 4_294_967_295L})
    void uniformMatchesNumpyBitForBit(long seed) {
        NumpyRandom random = new NumpyRandom(seed);
        double[] drawn = new double[5];
        for (int i = 0; i < drawn.length; i++) {
            drawn[i] = random.nextUniform(-0.3, 0.3);
        }
        for (RandomValue v : Fixtures.randomValues(seed, "uniform", 5)) {
            assertEquals(Double.doubleToRawLongBits(v.asDouble()), Double.doubleToRawLongBits(drawn[v.index()]),
                    () -> "np.random.uniform(-0.3, 0.3, 5)[" + v.index() + "] after seed " + seed
                            + ": expected " + v.value() + ", got " + drawn[v.index()]);
        }
    }

    @Test
    void seedsOutsideNumpysRangeAreRejected() {
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class, () -> new NumpyRandom(-1));
        assertTrue(negative.getMessage().contains("seed"), negative.getMessage());
        IllegalArgumentException tooLarge = assertThrows(IllegalArgumentException.class,
                () -> new NumpyRandom(4_294_967_296L));
        assertTrue(tooLarge.getMessage().contains("4294967296"), tooLarge.getMessage());
    }

    @Test
    void sameSeedGivesTheSameStream() {
        NumpyRandom first = new NumpyRandom(42);
        NumpyRandom second = new NumpyRandom(42);
        for (int i = 0; i < 2000; i++) {
            assertEquals(Double.doubleToRawLongBits(first.nextDouble()), Double.doubleToRawLongBits(second.nextDouble()));
        }
    }
}
