package dev.unroll.rnn;

import static dev.unroll.rnn.Fixtures.assertClose;
import static dev.unroll.rnn.Fixtures.assertSameBits;
import static dev.unroll.rnn.Fixtures.rows;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * Lessons whose inputs are looked up in an Embedding, against numpy's {@code x = E[tokens]} followed by
 * the seed's loop (fixtures by src/test/python/make_embedding_fixtures.py).
 */
class EmbeddingLessonTest {

    private static final double TOLERANCE = 1e-12;

    @Test
    void kerasStyleEmbeddingLessonDrawsTheTableAndRunsTheLoopAsNumpy() {
        Fixtures.Case expected = Fixtures.load("embedding_keras_seed5.txt");
        LessonSpec spec = new LessonSpec(new Dimensions(6, 4, 3, 1), Activation.TANH, HeadActivation.SIGMOID,
                Initialisation.KERAS, 5, EmbeddingRecipe.of(50, 1, 7, 0, 49, 2, 7));
        Lesson lesson = spec.build();
        // uniform draws are numpy's bit for bit: the table is drawn first, where the inputs would be
        assertSameBits(expected.matrix("E"), rows(lesson.embedding().table()), "E");
        assertSameBits(expected.matrix("W"), rows(lesson.w()), "W");
        assertClose(expected.matrix("U"), rows(lesson.u()), TOLERANCE, "U");
        assertSameBits(expected.matrix("V"), rows(lesson.v()), "V");
        assertSameBits(expected.matrix("x"), rows(lesson.inputs()), "x = E[tokens]");
        assertStatesAndOutputs(expected, Trace.run(lesson));
    }

    /** Every h_t and y_t of the trace against the fixture's. */
    private static void assertStatesAndOutputs(Fixtures.Case expected, Trace trace) {
        for (int t = 1; t <= trace.lesson().dimensions().timesteps(); t++) {
            assertClose(expected.step("h", t), trace.state(t), TOLERANCE, "h_" + t);
            assertClose(expected.step("y", t), trace.values(ValueKind.Y, t), TOLERANCE, "y_" + t);
        }
    }

    @Test
    void numpyUniformEmbeddingDrawsTheTableInTheInputsPlace() {
        Fixtures.Case expected = Fixtures.load("embedding_numpy_seed2.txt");
        Lesson lesson = new LessonSpec(new Dimensions(5, 3, 4, 0), Activation.TANH, HeadActivation.LINEAR,
                Initialisation.NUMPY_UNIFORM, 2, EmbeddingRecipe.of(8, 1, 5, 5, 0, 7)).build();
        assertSameBits(expected.matrix("E"), rows(lesson.embedding().table()), "E");
        assertSameBits(expected.matrix("x"), rows(lesson.inputs()), "x");
        Trace trace = Trace.run(lesson);
        for (int t = 1; t <= 5; t++) {
            assertClose(expected.step("h", t), trace.state(t), TOLERANCE, "h_" + t);
        }
    }

    @Test
    void sentimentPresetReadsItsReviewThroughEmbeddingAsNumpy() {
        Fixtures.Case expected = Fixtures.load("embedding_sentiment_seed0.txt");
        Lesson lesson = Preset.SENTIMENT.spec().build();
        Embedding e = lesson.embedding();
        assertEquals(10_000, e.rows());
        assertEquals(32, e.width());
        assertArrayEquals(ints(expected.vector("tokens")), e.tokens());
        assertSameBits(expected.matrix("x"), rows(lesson.inputs()), "x = E[tokens]");
        double sum = 0;
        for (double v : e.table().data) {
            sum += v;
        }
        assertEquals(expected.vector("E_sum")[0], sum, 1e-11, "the sum of E");
        assertStatesAndOutputs(expected, Trace.run(lesson));
    }

    @Test
    void kerasEmbeddingPresetHasTheSameReviewAndNoHead() {
        Lesson lesson = Preset.KERAS_EMBEDDING.spec().build();
        assertArrayEquals(Preset.SENTIMENT.spec().embedding().ids(), lesson.embedding().tokens());
        assertEquals(0, lesson.dimensions().outputSize());
    }

    @Test
    void lessonsWithoutEmbeddingHaveNone() {
        assertNull(Preset.TINY.spec().build().embedding());
        assertNull(Preset.SEED_NUMPY.spec().embedding());
    }

    @Test
    void idsAreFittedToNewTimestepsAsPadSequencesDoes() {
        EmbeddingRecipe recipe = EmbeddingRecipe.of(100, 1, 14, 22, 16);
        assertEquals(List.of(22, 16), recipe.fitted(2).tokens());
        assertEquals(List.of(0, 0, 1, 14, 22, 16), recipe.fitted(6).tokens());
        LessonSpec spec = Preset.SENTIMENT.spec();
        LessonSpec shorter = spec.withDimensions(spec.dimensions().withTimesteps(3));
        assertEquals(List.of(100, 11, 164), shorter.embedding().tokens());
        assertEquals(3, shorter.build().inputs().numRows);
    }

    @Test
    void idOutsideTheTableIsRefusedNamingIt() {
        DMatrixRMaj table = new DMatrixRMaj(5, 2);
        IllegalArgumentException past = assertThrows(IllegalArgumentException.class, () -> new Embedding(table, new int[] {1, 5}));
        assertEquals("token id 5 (number 2 of 2) is outside the Embedding's 5 rows; expected ids from 0 to 4", past.getMessage());
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class, () -> new Embedding(table, new int[] {-1}));
        assertEquals("token id -1 (number 1 of 1) is outside the Embedding's 5 rows; expected ids from 0 to 4",
                negative.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Embedding(table, new int[0]));
        assertThrows(IllegalArgumentException.class, () -> Embedding.requireTable(Embedding.MAX_ROWS + 1L, 2));
    }

    @Test
    void lessonsWithOtherIdsAreNotEqual() {
        LessonSpec spec = Preset.SENTIMENT.spec();
        LessonSpec other = spec.withEmbedding(EmbeddingRecipe.of(10_000, 1, 2, 3));
        assertEquals(3, other.dimensions().timesteps());
        assertNotEquals(spec.withDimensions(spec.dimensions().withTimesteps(3)).build(), other.build());
        assertEquals(other.build(), other.build());
    }

    private static int[] ints(double[] values) {
        int[] ids = new int[values.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = (int) values[i];
        }
        return ids;
    }
}
