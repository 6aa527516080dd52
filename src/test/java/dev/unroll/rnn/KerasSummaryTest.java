package dev.unroll.rnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Parameter counts and output shapes as Keras's {@code model.summary()} gives them. */
class KerasSummaryTest {

    @Test
    void simpleRnnOf32UnitsOn32FeaturesHas2080Params() {
        assertEquals(2080, KerasSummary.simpleRnnParams(32, 32));
        assertEquals(6208, KerasSummary.simpleRnnParams(32, 64));
    }

    @Test
    void denseOfOneUnitOn32InputsHas33Params() {
        assertEquals(33, KerasSummary.denseParams(32, 1));
    }

    @Test
    void embeddingSimpleRnnDenseModelTotals322113Params() {
        KerasSummary summary = new KerasSummary().embedding(10_000, 32).simpleRnn(0, 32, false).dense(1);
        List<KerasSummary.Layer> layers = summary.layers();
        assertEquals(3, layers.size());
        assertEquals(new KerasSummary.Layer("embedding", "Embedding", "(None, None, 32)", 320_000), layers.get(0));
        assertEquals(new KerasSummary.Layer("simple_rnn", "SimpleRNN", "(None, 32)", 2080), layers.get(1));
        assertEquals(new KerasSummary.Layer("dense", "Dense", "(None, 1)", 33), layers.get(2));
        assertEquals(322_113, summary.totalParams());
        String table = summary.format();
        assertTrue(table.contains("Total params: 322,113\n"), table);
        assertTrue(table.contains("Trainable params: 322,113\n"), table);
        assertTrue(table.contains("Non-trainable params: 0\n"), table);
    }

    @Test
    void returnSequencesKeepsTheTimeAxis() {
        KerasSummary sequences = new KerasSummary().simpleRnn(32, 32, true).dense(4);
        assertEquals("(None, None, 32)", sequences.layers().get(0).outputShape());
        assertEquals("(None, None, 4)", sequences.layers().get(1).outputShape());
        assertEquals("(None, 32)", new KerasSummary().simpleRnn(32, 32, false).layers().get(0).outputShape());
    }

    @Test
    void repeatedLayersAreNumberedAsKerasNamesThem() {
        KerasSummary summary = new KerasSummary().simpleRnn(8, 16, false).dense(8).dense(1);
        assertEquals("dense", summary.layers().get(1).name());
        assertEquals("dense_1", summary.layers().get(2).name());
        assertEquals(16 * 25 + 8 * 17 + 9, summary.totalParams());
    }

    @Test
    void lessonParamsCountTheRnnAndItsHead() {
        assertEquals(6208, KerasSummary.params(Preset.SEED_NUMPY.spec().dimensions()));
        // tiny: N 4 on M 3 gives 4 · 8 = 32, and a head of 2 on 4 units gives 2 · 5 = 10
        assertEquals(42, KerasSummary.params(Preset.TINY.spec().dimensions()));
    }

    @Test
    void misplacedLayersAreRejected() {
        assertThrows(IllegalStateException.class, () -> new KerasSummary().dense(1));
        assertThrows(IllegalStateException.class, () -> new KerasSummary().simpleRnn(3, 4, false).embedding(10, 2));
        assertThrows(IllegalArgumentException.class, () -> new KerasSummary().simpleRnn(3, 0, false));
    }

    @Test
    void layersWithoutBiasHaveNoBiasParameters() {
        KerasSummary summary = new KerasSummary().simpleRnn("rnn", 3, 4, true, false).dense("out", 2, false);
        // SimpleRNN: N · (N + M) = 4 · 7; Dense: K · N = 2 · 4
        assertEquals(28, summary.layers().get(0).params());
        assertEquals(8, summary.layers().get(1).params());
    }

    @Test
    void keras2TableNamesTheModelAndListsAFunctionalModelsInputAsAListOfOneShape() {
        String table = new KerasSummary().named("model_3").timesteps(5).input("input_1", 3)
                .simpleRnn("my_rnn", 3, 4, true, true).format();
        assertTrue(table.startsWith("Model: \"model_3\"\n"), table);
        assertTrue(table.contains(" input_1 (InputLayer)         [(None, 5, 3)]            0\n"), table);
        assertTrue(table.contains(" my_rnn (SimpleRNN)           (None, 5, 4)              32\n"), table);
    }
}
