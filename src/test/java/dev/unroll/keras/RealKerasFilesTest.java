package dev.unroll.keras;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.io.BadInputException;
import dev.unroll.io.NdArray;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Files written by Keras 3 itself (src/test/python/make_real_keras_fixtures.py): every weight equals
 * what the layer's {@code get_weights()} gave, and the summary equals what {@code model.summary()}
 * printed, character for character.
 */
class RealKerasFilesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"embedding_rnn_dense.keras", "embedding_rnn_dense.h5", "sequences_no_bias.keras", "sequences_no_bias.h5",
        "functional_chain.keras", "functional_chain.h5", "trained.keras", "long_names.keras"})
    void weightsEqualGetWeightsAndSummaryEqualsWhatKerasPrinted(String file) {
        KerasModel model = KerasModelReader.read(KerasFixtures.fixture("real/" + file));
        String name = file.substring(0, file.lastIndexOf('.'));
        Map<String, NdArray> expected = KerasFixtures.arrays("real/" + name + ".npz");

        List<NdArray> read = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        model.embedding().ifPresent(e -> {
            read.add(e.embeddings());
            keys.add(e.name() + "_0");
        });
        read.add(model.rnn().kernel());
        read.add(model.rnn().recurrentKernel());
        keys.add(model.rnn().name() + "_0");
        keys.add(model.rnn().name() + "_1");
        model.rnn().bias().ifPresent(b -> {
            read.add(b);
            keys.add(model.rnn().name() + "_2");
        });
        for (DenseLayer dense : model.dense()) {
            read.add(dense.kernel());
            keys.add(dense.name() + "_0");
            dense.bias().ifPresent(b -> {
                read.add(b);
                keys.add(dense.name() + "_1");
            });
        }
        assertEquals(expected.keySet(), new java.util.HashSet<>(keys), "every weight get_weights() gave, and no other");
        for (int i = 0; i < keys.size(); i++) {
            KerasModelReaderTest.assertSame(expected.get(keys.get(i)), read.get(i));
        }
        assertEquals(KerasFixtures.text("real/" + name + "_summary.txt"), model.summaryText());
    }

    @Test
    void namedLayerKeepsItsNameAndItsSettings() {
        KerasModel model = KerasModelReader.read(KerasFixtures.fixture("real/sequences_no_bias.keras"));
        assertEquals("my_rnn", model.rnn().name());
        assertEquals("relu", model.rnn().activation());
        assertTrue(model.rnn().returnSequences());
        assertEquals(5, model.timesteps().getAsInt());
        assertEquals("linear", model.dense().get(0).activation());
    }

    @Test
    void trainedModelCountsItsOptimizersVariables() {
        KerasModel model = KerasModelReader.read(KerasFixtures.fixture("real/trained.keras"));
        // Adam keeps an iteration count, the learning rate, and two moments per weight: 1 + 1 + 2 × 37
        assertEquals(76, model.optimizerParams());
        assertEquals(304, model.optimizerBytes());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "lstm.keras | (LSTM), which Unroll does not open",
        "gru.keras | (GRU), which Unroll does not open",
        "bidirectional.keras | (Bidirectional), which Unroll does not open",
        "stacked.keras | a second SimpleRNN",
        "masking.keras | (Masking), which Unroll does not open",
        "mask_zero.keras | (Embedding) has mask_zero=True",
        "branching.keras | the model is a graph, not a chain"})
    void modelKerasWroteThatUnrollDoesNotDrawIsRefusedWithOneMessage(String file, String words) {
        BadInputException e = assertThrows(BadInputException.class,
                () -> KerasModelReader.read(KerasFixtures.fixture("real/" + file)));
        assertTrue(e.getMessage().contains(file + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(words), e.getMessage());
        assertTrue(e.getMessage().contains("one SimpleRNN"), e.getMessage());
    }
}
