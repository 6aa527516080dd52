package dev.unroll.cli;

import dev.unroll.io.LessonFile;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Mixin;

/**
 * Every option that names a lesson, as {@code trace} takes them: the recipe ({@link ModelOptions}),
 * the numbers from files ({@link LessonInputOptions}) or a Keras model ({@link KerasModelOption}),
 * the one set every command that runs a lesson takes.
 */
final class LessonOptions {

    @Mixin
    private ModelOptions model;

    @Mixin
    private LessonInputOptions files;

    @Mixin
    private KerasModelOption keras;

    /**
     * The lesson the options describe, as a file would hold it.
     *
     * @throws IllegalArgumentException for options that do not go together, or bad files
     */
    LessonFile lesson() {
        return keras.lesson(model, files);
    }

    /** Whether the lesson is the recipe options' own: no --model, --weights, --inputs or --lesson. */
    boolean fromRecipe() {
        return !keras.given() && !files.fromFiles();
    }

    /** Every file the options read, by the option that named it, so that no output replaces one. */
    Map<String, Path> inputFiles() {
        return keras.inputFiles(files);
    }

    /** The recipe options, whose activations apply to files' numbers too. */
    ModelOptions model() {
        return model;
    }

    /** The options that take the numbers from files. */
    LessonInputOptions files() {
        return files;
    }

    /** {@code --model}, a trained Keras model. */
    KerasModelOption keras() {
        return keras;
    }
}
