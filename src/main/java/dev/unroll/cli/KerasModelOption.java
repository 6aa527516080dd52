package dev.unroll.cli;

import dev.unroll.io.LessonFile;
import dev.unroll.io.LessonSource;
import dev.unroll.io.SourcedArray;
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
            description = "a trained Keras model, .keras (Keras 3) or .h5 (Keras 2): a SimpleRNN and at most one Dense "
                    + "layer, run on --inputs (T, M)")
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
        if (inputs == null) {
            throw new IllegalArgumentException("--model needs --inputs: a file of inputs (T, M), .npy or .csv, "
                    + "one row per timestep");
        }
        KerasModel keras = KerasModelReader.read(model);
        SourcedArray x = WeightsImporter.readInputs(inputs);
        Lesson lesson = KerasLesson.of(keras, x.values(), x.source(), options.activation(), options.headActivation());
        return LessonFile.of("Keras model " + model.getFileName(), LessonSource.of(lesson));
    }
}
