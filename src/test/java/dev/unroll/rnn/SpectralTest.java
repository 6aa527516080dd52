package dev.unroll.rnn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** ρ(U) against numpy's max(abs(np.linalg.eigvals(U))) for the same seeded lessons, spectral_radius.txt. */
class SpectralTest {

    private final Fixtures.Case numpy = Fixtures.load("spectral_radius.txt");

    private void assertRadiusMatchesNumpy(String block, LessonSpec spec) {
        double expected = numpy.matrix(block)[0][0];
        double actual = Spectral.radiusOfU(spec.build());
        assertEquals(expected, actual, 1e-9 * expected, block);
    }

    @Test
    void theSeedsNumpyExampleHasTheRadiusNumpyFinds() {
        assertRadiusMatchesNumpy("seed_numpy_seed0", Preset.SEED_NUMPY.spec());
    }

    @Test
    void anotherSeedOfTheNumpyExampleHasTheRadiusNumpyFinds() {
        assertRadiusMatchesNumpy("seed_numpy_seed2024", new LessonSpec(new Dimensions(100, 32, 64, 0), Activation.TANH,
                HeadActivation.LINEAR, Initialisation.NUMPY_UNIFORM, 2024));
    }

    @Test
    void aSmallLessonWithAHeadHasTheRadiusNumpyFinds() {
        assertRadiusMatchesNumpy("softmax_head_seed7", new LessonSpec(new Dimensions(6, 3, 4, 3), Activation.TANH,
                HeadActivation.SOFTMAX, Initialisation.NUMPY_UNIFORM, 7));
    }
}
