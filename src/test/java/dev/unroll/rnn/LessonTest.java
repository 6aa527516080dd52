package dev.unroll.rnn;

import static dev.unroll.rnn.Fixtures.assertSameBits;
import static dev.unroll.rnn.Fixtures.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/** Building lessons: recipes, seeds and shape checks. */
class LessonTest {

    @Test
    void specRejectsSeedsOutsideNumpysRange() {
        LessonSpec spec = Preset.TINY.spec();
        assertThrows(IllegalArgumentException.class, () -> spec.withSeed(-1));
        assertThrows(IllegalArgumentException.class, () -> spec.withSeed(4_294_967_296L));
        assertEquals(4_294_967_295L, spec.withSeed(4_294_967_295L).seed());
    }

    @Test
    void sameSpecBuildsTheSameNumbers() {
        for (Preset preset : Preset.values()) {
            Lesson first = preset.spec().build();
            Lesson second = preset.spec().build();
            assertSameBits(rows(first.inputs()), rows(second.inputs()), preset.key() + " inputs");
            assertSameBits(rows(first.w()), rows(second.w()), preset.key() + " W");
            assertSameBits(rows(first.u()), rows(second.u()), preset.key() + " U");
        }
    }

    @Test
    void presetsHaveTheirDocumentedSizes() {
        assertEquals(new Dimensions(5, 3, 4, 2), Preset.TINY.spec().dimensions());
        assertEquals(Initialisation.KERAS, Preset.TINY.spec().initialisation());
        assertEquals(new Dimensions(100, 32, 64, 0), Preset.SEED_NUMPY.spec().dimensions());
        assertEquals(Initialisation.NUMPY_UNIFORM, Preset.SEED_NUMPY.spec().initialisation());
        // the book's SimpleRNN(32) on Embedding(10000, 32): 32 × (32 + 32 + 1) = 2080 parameters
        assertEquals(2080, KerasSummary.params(Preset.KERAS_EMBEDDING.spec().dimensions()));
        // with Dense(1, sigmoid) on top: 2080 + 33
        assertEquals(2113, KerasSummary.params(Preset.SENTIMENT.spec().dimensions()));
        assertEquals(HeadActivation.SIGMOID, Preset.SENTIMENT.spec().headActivation());
    }

    @Test
    void mismatchedShapesAreRejectedNamingTheMatrices() {
        DMatrixRMaj inputs = new DMatrixRMaj(5, 3);
        DMatrixRMaj w = new DMatrixRMaj(4, 3);
        DMatrixRMaj u = new DMatrixRMaj(4, 4);
        DMatrixRMaj b = new DMatrixRMaj(4, 1);
        IllegalArgumentException badU = assertThrows(IllegalArgumentException.class, () -> new Lesson(
                Activation.TANH, HeadActivation.LINEAR, inputs, w, new DMatrixRMaj(4, 3), b, null, null, null));
        assertTrue(badU.getMessage().contains("U (4, 3)"), badU.getMessage());
        IllegalArgumentException badInputs = assertThrows(IllegalArgumentException.class, () -> new Lesson(
                Activation.TANH, HeadActivation.LINEAR, new DMatrixRMaj(5, 2), w, u, b, null, null, null));
        assertTrue(badInputs.getMessage().contains("inputs (5, 2)"), badInputs.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Lesson(
                Activation.TANH, HeadActivation.LINEAR, inputs, w, u, b, new DMatrixRMaj(2, 4), null, null));
        Lesson lesson = new Lesson(Activation.TANH, HeadActivation.LINEAR, inputs, w, u, b, null, null, null);
        assertEquals(new Dimensions(5, 3, 4, 0), lesson.dimensions());
        assertEquals("(4,)", Lesson.shape(lesson.initialState()));
    }
}
