package dev.unroll.cli;

import dev.unroll.io.ImportActivations;
import dev.unroll.io.LessonFile;
import dev.unroll.io.LessonFiles;
import dev.unroll.io.LessonSource;
import dev.unroll.io.TokenIds;
import dev.unroll.io.ViewSettings;
import dev.unroll.io.WeightsImporter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options that take a lesson's numbers from files rather than from a recipe: {@code --weights}
 * (an .npz, or one file per array as NAME=FILE), {@code --inputs}, and {@code --lesson}. Used with
 * {@link ModelOptions}, whose activations still apply and whose recipe options are then refused;
 * weights without them run with {@link ImportActivations}' rule, Keras's defaults.
 */
final class LessonInputOptions {

    @Option(names = "--weights", paramLabel = "FILE|NAME=FILE",
            description = "weights from an .npz (W, U, b [V, c, x]; Keras's kernel, recurrent_kernel, bias "
                    + "[dense_kernel, dense_bias]; or arr_0..arr_4 from np.savez(f, *layer.get_weights())), "
                    + "or one .npy/.csv per array, repeated: --weights W=w.csv --weights U=u.csv --weights b=b.csv")
    private List<String> weights;

    @Option(names = "--inputs", paramLabel = "FILE",
            description = "inputs (T, M), one row per timestep, as .npy or .csv (or x in an .npz); "
                    + "needed unless the weights' .npz holds x")
    private Path inputs;

    @Option(names = "--lesson", paramLabel = "FILE", description = "a lesson file saved by Unroll")
    private Path lesson;

    /** Whether any of these options is given: the numbers then come from files, not from the recipe options. */
    boolean fromFiles() {
        return weights != null || lesson != null || inputs != null;
    }

    /**
     * Every input file named, by the option that named it ("--weights", "--weights W=", "--inputs",
     * "--lesson"), so a save can refuse to replace one of them.
     */
    Map<String, Path> inputFiles() {
        Map<String, Path> files = new LinkedHashMap<>();
        if (lesson != null) {
            files.put("--lesson", lesson);
        }
        if (weights != null) {
            for (String w : weights) {
                if (isNamed(w)) {
                    int eq = w.indexOf('=');
                    files.putIfAbsent("--weights " + w.substring(0, eq + 1), Path.of(w.substring(eq + 1)));
                } else {
                    files.putIfAbsent("--weights", Path.of(w));
                }
            }
        }
        if (inputs != null) {
            files.put("--inputs", inputs);
        }
        return files;
    }

    /**
     * The lesson as a file would hold it: read from the files when any of these options is given (a
     * lesson file keeps its view settings), else the recipe options' lesson with its preset's view.
     */
    LessonFile file(ModelOptions model) {
        return fromFiles() ? read(model) : LessonFile.of("", LessonSource.of(model.toSpec())).withView(ViewSettings.of(model.preset()));
    }

    /**
     * The file given with --inputs, or null, for an option that brings its own weights and takes
     * only inputs from these options.
     *
     * @param option the option that brings the weights, as messages name it
     * @throws IllegalArgumentException if --weights or --lesson is given as well
     */
    Path inputsAlone(String option) {
        if (weights != null || lesson != null) {
            throw new IllegalArgumentException("give " + option + " or " + (lesson != null ? "--lesson" : "--weights")
                    + ", not both: " + option + " brings its own weights");
        }
        return inputs;
    }

    /** The lesson file given with --lesson, or null. */
    Path lessonPath() {
        return lesson;
    }

    /**
     * The lesson file given with --lesson, or the weights and inputs given as one, with the command
     * line's activations applied.
     *
     * @throws IllegalArgumentException for options that do not go together, or bad files
     */
    LessonFile read(ModelOptions model) {
        if (inputs != null && weights == null) {
            throw new IllegalArgumentException("--inputs goes with --weights");
        }
        if (lesson != null && weights != null) {
            throw new IllegalArgumentException("give --lesson or --weights, not both");
        }
        List<String> recipe = model.recipeOptionsGiven();
        if (!recipe.isEmpty()) {
            throw new IllegalArgumentException(String.join(", ", recipe) + " cannot be combined with "
                    + (lesson != null ? "--lesson" : "--weights") + ": the sizes and numbers come from the files");
        }
        if (lesson != null) {
            LessonFile file = LessonFiles.read(lesson);
            LessonSource source = withTokens(file.source(), model);
            return file.withSource(source.withActivations(
                    model.activation() != null ? model.activation() : source.activation(),
                    model.headActivation() != null ? model.headActivation() : source.headActivation()));
        }
        Map<String, Path> singles = singleFiles();
        Path archive = singles.isEmpty() ? CommandLineText.path(weights.get(0)) : null;
        ImportActivations activations = ImportActivations.named(model.activation(), model.headActivation());
        LessonSource.Explicit source = WeightsImporter.importSource(archive, singles, inputs, model::tokenIds, activations);
        return LessonFile.of("Weights from " + source.origin().describe(), source);
    }

    /** The lesson file's lesson looking up the ids of --text or --tokens, if given, in its Embedding. */
    private static LessonSource withTokens(LessonSource source, ModelOptions model) {
        TokenIds ids = model.tokenIds(source.embeddingRows());
        if (ids == null) {
            return source;
        }
        try {
            return source.withTokens(ids.ids());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(ids.source() + ": " + e.getMessage(), e);
        }
    }

    /** The weights given one file per array, by name; empty when one .npz holds them all. */
    private Map<String, Path> singleFiles() {
        Map<String, Path> files = new LinkedHashMap<>();
        if (weights.size() == 1 && !isNamed(weights.get(0))) {
            return files;
        }
        for (String w : weights) {
            if (!isNamed(w)) {
                throw new IllegalArgumentException("--weights " + w + ": with several --weights, give each as NAME=FILE, "
                        + "for example --weights W=w.csv");
            }
            int eq = w.indexOf('=');
            String file = w.substring(eq + 1);
            if (file.isEmpty()) {
                throw new IllegalArgumentException("--weights " + w + " names no file after the '='; expected NAME=FILE, "
                        + "for example --weights " + w + "w.csv");
            }
            if (files.put(w.substring(0, eq), CommandLineText.path(file)) != null) {
                throw new IllegalArgumentException("--weights " + w.substring(0, eq) + "= is given twice");
            }
        }
        return files;
    }

    /** NAME=FILE with a plain name before the '=' (a path may itself contain '='). */
    private static boolean isNamed(String value) {
        int eq = value.indexOf('=');
        return eq > 0 && value.substring(0, eq).matches("[A-Za-z_][A-Za-z0-9_]*");
    }
}
