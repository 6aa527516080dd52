package dev.unroll.keras;

import dev.unroll.io.BadInputException;
import dev.unroll.io.LessonFile;
import dev.unroll.io.LessonSource;
import dev.unroll.io.ModelOrigin;
import dev.unroll.io.ViewSettings;
import dev.unroll.io.NdArray;
import dev.unroll.rnn.Activation;
import dev.unroll.rnn.Dense;
import dev.unroll.rnn.Dimensions;
import dev.unroll.rnn.Embedding;
import dev.unroll.rnn.HeadActivation;
import dev.unroll.rnn.Lesson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.ejml.data.DMatrixRMaj;

/**
 * A Keras model as a lesson Unroll runs, in the seed's orientation: Keras computes with row vectors,
 * {@code h_t = f(x_t · kernel + h_{t-1} · recurrent_kernel + bias)}, which is the seed's
 * {@code h_t = f(W·x_t + U·h_{t-1} + b)} with W = kernelᵀ, U = recurrent_kernelᵀ and b = bias; a Dense
 * layer on top is the head {@code o_t = V·h_t + c} with V = its kernelᵀ and c = its bias. A layer
 * without a bias has b (or c) = 0. With return_sequences off Keras outputs only the last step; the
 * lesson computes every step, and its last is Keras's output.
 *
 * <p>A model that starts with an Embedding runs on token ids: x_t is row token_t of its matrix, as
 * Keras looks it up. With several Dense layers the last is the head and the others stand between h_t and
 * it, each {@code d_t = act(V·d + c)} with V its kernelᵀ, in the model's order.
 */
public final class KerasLesson {

    private KerasLesson() {
    }

    /**
     * The lesson that runs {@code model}, which has no Embedding, on {@code inputs} (T, M).
     *
     * @param activation     the cell activation to use instead of the model's, or null for the model's
     * @param headActivation the head activation to use instead of the Dense layer's, or null for its own
     * @throws BadInputException for a model that cannot run yet, an activation Unroll does not compute,
     *                           or inputs that do not fit the model
     */
    public static Lesson of(KerasModel model, NdArray inputs, String inputsSource, Activation activation,
            HeadActivation headActivation) {
        model.embedding().ifPresent(e -> {
            throw new BadInputException(model.source(), "starts with an Embedding, layer '" + e.name()
                    + "', which takes token ids, not rows of inputs", "token ids for its Embedding");
        });
        // the model's own faults first, then whether the inputs fit it
        return lesson(model, inputs.rows(), activation, headActivation, (w, u, b, v, c, cell, head) -> {
            int m = model.rnn().inputFeatures();
            if (inputs.ndim() != 2 || inputs.cols() != m) {
                throw new BadInputException(inputsSource, "inputs have shape " + inputs.shape() + ", which does not fit '"
                        + model.rnn().name() + "' with " + m + " input features", "inputs (T, " + m + "), one row per timestep");
            }
            return new Lesson(cell, head, inputs.toMatrix(), w, u, b, v, c, null);
        });
    }

    /**
     * The lesson that runs {@code model}, which starts with an Embedding, on the token ids {@code tokens}:
     * x_t = E[token_t], E the Embedding's matrix (V, D).
     *
     * @param tokensSource what gave the ids, for the message about one outside the vocabulary
     * @throws BadInputException       for a model without an Embedding or that cannot run yet, or an
     *                                  activation Unroll does not compute
     * @throws IllegalArgumentException for an id that is not a row of E, or no ids
     */
    public static Lesson embedded(KerasModel model, int[] tokens, String tokensSource, Activation activation,
            HeadActivation headActivation) {
        EmbeddingLayer layer = model.embedding().orElseThrow(() -> new BadInputException(model.source(),
                "has no Embedding, so it takes rows of inputs, not token ids", "inputs (T, M), one row per timestep"));
        Embedding embedding;
        try {
            embedding = new Embedding(layer.embeddings().toMatrix(), tokens);
        } catch (IllegalArgumentException e) {
            // the Embedding's own words name the id and the rows it may take; the option that gave it goes first
            throw new IllegalArgumentException(tokensSource + ": " + e.getMessage(), e);
        }
        return lesson(model, tokens.length, activation, headActivation,
                (w, u, b, v, c, cell, head) -> Lesson.embedded(embedding, cell, head, w, u, b, v, c, null));
    }

    /**
     * The lesson file for {@code lesson}, made from {@code model} read from {@code file}: the numbers kept
     * as they are, and the model's file name and summary with them, so the summary survives a save. The
     * diagram opens on the model's return_sequences: with it off, only h_T feeds the Dense layer, as in Keras.
     */
    public static LessonFile file(String title, Path file, KerasModel model, Lesson lesson) {
        return LessonFile.of(title, LessonSource.of(lesson))
                .withView(ViewSettings.NONE.with(ViewSettings.RETURN_SEQUENCES, model.rnn().returnSequences()))
                .withModel(new ModelOrigin(String.valueOf(file.getFileName()), model.summaryText()));
    }

    /** Makes a lesson from the model's matrices in the seed's orientation and the activations to use. */
    private interface LessonMaker {
        Lesson make(DMatrixRMaj w, DMatrixRMaj u, DMatrixRMaj b, DMatrixRMaj v, DMatrixRMaj c, Activation cell,
                HeadActivation head);
    }

    private static Lesson lesson(KerasModel model, int timesteps, Activation activation, HeadActivation headActivation,
            LessonMaker maker) {
        String source = model.source();
        SimpleRnnLayer rnn = model.rnn();
        Activation cell = activation != null ? activation : cellActivation(source, rnn);
        List<DenseLayer> layers = model.dense();
        List<Dense> between = new ArrayList<>();
        for (DenseLayer d : layers.subList(0, Math.max(0, layers.size() - 1))) {
            between.add(new Dense(d.kernel().toTransposedMatrix(), column(d.bias(), d.units()), denseActivation(source, d)));
        }
        Optional<DenseLayer> head = layers.isEmpty() ? Optional.empty() : Optional.of(layers.get(layers.size() - 1));
        HeadActivation headUsed = headActivation != null ? headActivation
                : head.map(d -> headActivation(source, d)).orElse(HeadActivation.LINEAR);
        int m = rnn.inputFeatures();
        int n = rnn.units();
        try {
            new Dimensions(timesteps, m, n, head.map(DenseLayer::units).orElse(0));
            for (DenseLayer d : layers) {
                new Dimensions(timesteps, m, d.units(), 0);
            }
        } catch (IllegalArgumentException e) {
            throw new BadInputException(source, "is past Unroll's limits for a run of " + timesteps + " steps: "
                    + e.getMessage(), null, e);
        }
        DMatrixRMaj w = rnn.kernel().toTransposedMatrix();
        DMatrixRMaj u = rnn.recurrentKernel().toTransposedMatrix();
        DMatrixRMaj b = column(rnn.bias(), n);
        DMatrixRMaj v = head.map(d -> d.kernel().toTransposedMatrix()).orElse(null);
        DMatrixRMaj c = head.map(d -> column(d.bias(), d.units())).orElse(null);
        if (between.isEmpty()) {
            return maker.make(w, u, b, v, c, cell, headUsed);
        }
        return maker.make(w, u, b, null, null, cell, headUsed).withHead(between, v, c);
    }

    /** The bias as a column, or zeros for a layer built with use_bias=False. */
    private static DMatrixRMaj column(Optional<NdArray> bias, int length) {
        return bias.map(NdArray::toMatrix).orElseGet(() -> new DMatrixRMaj(length, 1));
    }

    private static Activation cellActivation(String source, SimpleRnnLayer rnn) {
        return Arrays.stream(Activation.values()).filter(a -> a.key().equals(rnn.activation())).findFirst()
                .orElseThrow(() -> new BadInputException(source, "has '" + rnn.name() + "' (SimpleRNN) with activation '"
                        + BadInputException.shorten(rnn.activation()) + "', which Unroll does not compute",
                        "tanh, relu, sigmoid or linear"));
    }

    private static Activation denseActivation(String source, DenseLayer dense) {
        return Arrays.stream(Activation.values()).filter(a -> a.key().equals(dense.activation())).findFirst()
                .orElseThrow(() -> new BadInputException(source, "has '" + dense.name() + "' (Dense, before the last layer) "
                        + "with activation '" + BadInputException.shorten(dense.activation()) + "', which Unroll does not "
                        + "compute between h_t and the head", "tanh, relu, sigmoid or linear"));
    }

    private static HeadActivation headActivation(String source, DenseLayer dense) {
        return Arrays.stream(HeadActivation.values()).filter(a -> a.key().equals(dense.activation())).findFirst()
                .orElseThrow(() -> new BadInputException(source, "has '" + dense.name() + "' (Dense) with activation '"
                        + BadInputException.shorten(dense.activation()) + "', which Unroll's output head does not compute",
                        "linear, softmax or sigmoid"));
    }
}
