package dev.unroll.cli;

import dev.unroll.io.LessonFile;
import dev.unroll.io.SourcedArray;
import dev.unroll.io.TokenIds;
import dev.unroll.io.WeightsImporter;
import dev.unroll.keras.KerasLesson;
import dev.unroll.keras.KerasModel;
import dev.unroll.keras.KerasModelReader;
import dev.unroll.rnn.Lesson;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code --model FILE}: a trained Keras model (.keras or .h5) run on the inputs given with
 * {@code --inputs}, in place of a recipe, weights or a lesson file. The model's own activations apply
 * unless {@code --activation} or {@code --head-activation} name others.
 */
final class KerasModelOption {

    @Option(names = "--model", paramLabel = "FILE",
            description = "a trained Keras model, .keras (Keras 3) or .h5 (Keras 2): an optional Embedding, a SimpleRNN "
                    + "and any number of Dense layers, run on --inputs (T, M), or on --text or --tokens after an Embedding")
    private Path model;

    /** Whether --model is given. */
    boolean given() {
        return model != null;
    }

    /** The model file with the inputs, by the option that named them, so a save can refuse to replace one. */
    Map<String, Path> inputFiles(LessonInputOptions files) {
        Map<String, Path> all = new LinkedHashMap<>(files.inputFiles());
        if (model != null) {
            all.put("--model", model);
        }
        return all;
    }

    /**
     * The lesson the options describe: the model's when --model is given, else that of the files or the
     * recipe options (see {@link LessonInputOptions#file}).
     *
     * @throws IllegalArgumentException for options that do not go together, or bad files
     */
    LessonFile lesson(ModelOptions options, LessonInputOptions files) {
        return given() ? file(options, files) : files.file(options);
    }

    /**
     * The lesson the model runs on the inputs, titled for the model's file.
     *
     * @throws IllegalArgumentException for options that do not go together, or bad files
     */
    LessonFile file(ModelOptions options, LessonInputOptions files) {
        Path inputs = files.inputsAlone("--model");
        List<String> recipe = options.recipeOptionsGiven();
        if (!recipe.isEmpty()) {
            throw new IllegalArgumentException(String.join(", ", recipe) + " cannot be combined with --model: "
                    + "the sizes and numbers come from the model");
        }
        KerasModel keras = KerasModelReader.read(model);
        Lesson lesson = keras.embedding().isPresent() ? embedded(keras, inputs, options) : fed(keras, inputs, options);
        return KerasLesson.file("Keras model " + model.getFileName(), model, keras, lesson);
    }

    /** A model that starts with an Embedding, run on the ids of --text or --tokens. */
    private Lesson embedded(KerasModel keras, Path inputs, ModelOptions options) {
        String layer = keras.embedding().orElseThrow().name();
        if (inputs != null) {
            throw new IllegalArgumentException("--model " + model + " starts with an Embedding ('" + layer + "'), which "
                    + "takes token ids: give --text or --tokens instead of --inputs");
        }
        TokenIds ids = options.tokenIds(keras.embedding().orElseThrow().inputDim());
        if (ids == null) {
            throw new IllegalArgumentException("--model " + model + " starts with an Embedding ('" + layer + "'): give its "
                    + "input as --text \"a sentence\" or --tokens 1,14,22,16");
        }
        return KerasLesson.embedded(keras, ids.ids(), ids.source(), options.activation(), options.headActivation());
    }

    /** A model without an Embedding, run on the rows of --inputs. */
    private Lesson fed(KerasModel keras, Path inputs, ModelOptions options) {
        if (options.tokensGiven()) {
            throw new IllegalArgumentException("--text and --tokens are for a model that starts with an Embedding, and "
                    + model + " has none; give its inputs (T, M) with --inputs");
        }
        if (inputs == null) {
            throw new IllegalArgumentException("--model needs --inputs: a file of inputs (T, M), .npy or .csv, "
                    + "one row per timestep");
        }
        SourcedArray x = WeightsImporter.readInputs(inputs);
        return KerasLesson.of(keras, x.values(), x.source(), options.activation(), options.headActivation());
    }
}
