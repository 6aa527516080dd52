package dev.unroll.rnn;

import static dev.unroll.rnn.Fixtures.assertClose;
import static dev.unroll.rnn.Fixtures.assertSameBits;
import static dev.unroll.rnn.Fixtures.entries;
import static dev.unroll.rnn.Fixtures.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The seed's numpy example (T 100, M 32, N 64, uniform weights) against seed_numpy_seed*.txt. */
class SeedNumpyExampleTest {

    private static final double TOLERANCE = 1e-12;

    private static Fixtures.Case fixture(long seed) {
        return Fixtures.load("seed_numpy_seed" + seed + ".txt");
    }

    private static Lesson lesson(long seed) {
        return Preset.SEED_NUMPY.spec().withSeed(seed).build();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {0, 2024})
    void seedNumpyExampleDrawsInputsWAndBExactlyAsNumpy(long seed) {
        Fixtures.Case expected = fixture(seed);
        Lesson lesson = lesson(seed);
        double[][] inputs = rows(lesson.inputs());
        assertEquals(100, inputs.length);
        assertSameBits(expected.vector("x_1"), inputs[0], "x_1");
        assertSameBits(expected.vector("x_100"), inputs[99], "x_100");
        // W comes after the inputs and b after U, so equal bits here prove the draw order
        assertSameBits(expected.matrix("W"), rows(lesson.w()), "W");
        assertSameBits(expected.vector("b"), entries(lesson.b()), "b");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {0, 2024})
    void seedNumpyExampleStatesMatchNumpy(long seed) {
        Fixtures.Case expected = fixture(seed);
        Trace trace = Trace.run(lesson(seed));
        assertEquals(100, trace.timesteps());
        assertEquals(64, trace.units());
        assertEquals(0, trace.outputs());
        assertSameBits(new double[64], trace.state(0), "h_0");
        double[][] h = new double[100][];
        for (int t = 1; t <= 100; t++) {
            h[t - 1] = trace.values(ValueKind.H, t);
        }
        assertClose(expected.matrix("h"), h, TOLERANCE, "h");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {0, 2024})
    void seedNumpyExamplePreActivationsMatchNumpy(long seed) {
        Fixtures.Case expected = fixture(seed);
        Trace trace = Trace.run(lesson(seed));
        for (int t : new int[] {1, 2, 100}) {
            assertClose(expected.vector("a_" + t), trace.values(ValueKind.A, t), TOLERANCE, "a_" + t);
            assertClose(expected.vector("a_" + t), trace.step(t).a(), TOLERANCE, "step(" + t + ").a");
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {0, 2024})
    void seedNumpyExampleSaturatesEveryState(long seed) {
        double[][] expected = fixture(seed).matrix("h");
        double smallest = Arrays.stream(expected).flatMapToDouble(Arrays::stream).min().orElseThrow();
        double largest = Arrays.stream(expected).flatMapToDouble(Arrays::stream).max().orElseThrow();
        assertTrue(smallest > 0.9999, "numpy's smallest h is " + smallest);
        Trace trace = Trace.run(lesson(seed));
        assertEquals(1.0, trace.fractionAtLeast(0.9999));
        for (int t = 1; t <= 100; t++) {
            for (double v : trace.state(t)) {
                assertTrue(v > 0.9999, "h_" + t + " has " + v);
            }
        }
        assertEquals(largest, trace.maxAbsState(), TOLERANCE);
    }
}
