package dev.unroll.keras;

import dev.unroll.rnn.KerasSummary;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A trained Keras model Unroll can show: an optional Embedding, one SimpleRNN, then zero or more
 * Dense layers, with each layer's name and weights as the file holds them. Immutable.
 *
 * @param source          the file, as messages name it
 * @param kerasVersion    the Keras version that wrote the file, such as {@code 3.6.0}, or empty if it does not say
 * @param modelName       the model's name, such as {@code sequential}
 * @param inputName       a functional model's input layer, which its summary lists; empty for a Sequential model
 * @param timesteps       the sequence length the model was built for, or empty for any length
 * @param embedding       the Embedding, or empty when the model takes feature vectors
 * @param rnn             the SimpleRNN
 * @param dense           the Dense layers above it, bottom to top
 * @param optimizerParams how many values a compiled model's optimizer keeps (Keras 3 files), else 0
 * @param optimizerBytes  the bytes they take
 */
public record KerasModel(String source, String kerasVersion, String modelName, Optional<String> inputName,
        OptionalInt timesteps, Optional<EmbeddingLayer> embedding, SimpleRnnLayer rnn, List<DenseLayer> dense,
        long optimizerParams, long optimizerBytes) {

    public KerasModel {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kerasVersion, "kerasVersion");
        Objects.requireNonNull(modelName, "modelName");
        Objects.requireNonNull(inputName, "inputName");
        Objects.requireNonNull(timesteps, "timesteps");
        Objects.requireNonNull(embedding, "embedding");
        Objects.requireNonNull(rnn, "rnn");
        dense = List.copyOf(dense);
        int width = rnn.units();
        for (DenseLayer layer : dense) {
            if (layer.inputs() != width) {
                throw new IllegalArgumentException("Dense '" + layer.name() + "' takes " + layer.inputs() + " inputs, not " + width);
            }
            width = layer.units();
        }
        if (embedding.isPresent() && embedding.get().outputDim() != rnn.inputFeatures()) {
            throw new IllegalArgumentException("the Embedding's " + embedding.get().outputDim() + " columns do not feed "
                    + rnn.inputFeatures() + " input features");
        }
    }

    /** The layers' rows and parameter counts, as {@code model.summary()} gives them. */
    public KerasSummary summary() {
        KerasSummary summary = new KerasSummary().named(modelName);
        timesteps.ifPresent(summary::timesteps);
        inputName.ifPresent(name -> summary.input(name, embedding.isPresent() ? 0 : rnn.inputFeatures()));
        embedding.ifPresent(e -> summary.embedding(e.name(), e.inputDim(), e.outputDim()));
        summary.simpleRnn(rnn.name(), rnn.inputFeatures(), rnn.units(), rnn.returnSequences(), rnn.useBias());
        for (DenseLayer layer : dense) {
            summary.dense(layer.name(), layer.units(), layer.useBias());
        }
        return summary.optimizer(optimizerParams, optimizerBytes);
    }

    /**
     * The summary text exactly as the Keras that wrote the file prints {@code model.summary()}: Keras 3's
     * box table (as in an 80-column terminal) for a file Keras 3 wrote, Keras 2's ruled table otherwise.
     */
    public String summaryText() {
        return writtenByKeras3() ? summary().formatKeras3() : summary().format();
    }

    /** Whether Keras 3 wrote the file: every {@code .keras} archive, and an {@code .h5} whose keras_version says 3. */
    public boolean writtenByKeras3() {
        return kerasVersion.startsWith("3");
    }
}
