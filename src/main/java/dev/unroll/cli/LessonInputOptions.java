package dev.unroll.cli;

import dev.unroll.code.ProgramNumbers;
import dev.unroll.io.ImportActivations;
import dev.unroll.io.ImportedWeights;
import dev.unroll.io.LessonFile;
import dev.unroll.io.LessonFiles;
import dev.unroll.io.LessonSource;
import dev.unroll.io.SourcedArray;
import dev.unroll.io.WeightsImporter;
import dev.unroll.rnn.Lesson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

    /** Where the lesson's numbers come from: the files when any of these options is given, else the recipe options. */
    LessonSource source(ModelOptions model) {
        return file(model).source();
    }

    /**
     * The lesson as a file would hold it: read from the files when any of these options is given (a
     * lesson file keeps its view settings), else the recipe options' lesson with no view settings.
     */
    LessonFile file(ModelOptions model) {
        return fromFiles() ? read(model) : LessonFile.of("", LessonSource.of(model.toSpec()));
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
            LessonSource source = file.source();
            return file.withSource(source.withActivations(
                    model.activation() != null ? model.activation() : source.activation(),
                    model.headActivation() != null ? model.headActivation() : source.headActivation()));
        }
        ImportedWeights imported = readWeights();
        SourcedArray x = inputs == null ? null : WeightsImporter.readInputs(inputs);
        ImportActivations activations = ImportActivations.named(model.activation(), model.headActivation());
        LessonSource source = LessonSource.of(imported.toLesson(x, activations.activation(), activations.headActivation()));
        return LessonFile.of("Weights from " + imported.source(), source);
    }

    private ImportedWeights readWeights() {
        if (weights.size() == 1 && !isNamed(weights.get(0))) {
            return WeightsImporter.readWeights(CommandLineText.path(weights.get(0)));
        }
        Map<String, Path> files = new LinkedHashMap<>();
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
        return WeightsImporter.readFiles(files);
    }

    /** NAME=FILE with a plain name before the '=' (a path may itself contain '='). */
    private static boolean isNamed(String value) {
        int eq = value.indexOf('=');
        return eq > 0 && value.substring(0, eq).matches("[A-Za-z_][A-Za-z0-9_]*");
    }

    /**
     * Where a program that reproduces the lesson in {@code file} (as {@link #read} gave it) finds its
     * numbers: the recipe of a seeded lesson file, or the very files and entries they were read from.
     */
    ProgramNumbers programNumbers(LessonFile file) {
        if (file.source() instanceof LessonSource.Seeded seeded) {
            return new ProgramNumbers.Drawn(seeded.spec());
        }
        List<ProgramNumbers.StoredArray> arrays = new ArrayList<>();
        if (lesson != null) {
            Lesson numbers = file.lesson();
            for (String role : numbers.v() != null ? List.of("x", "W", "U", "b", "V", "c") : List.of("x", "W", "U", "b")) {
                arrays.add(new ProgramNumbers.StoredArray(role, lesson, role, false));
            }
            // a lesson file stores h_0 only where it is not all zeros
            if (Arrays.stream(numbers.initialState().data).anyMatch(v -> Double.doubleToRawLongBits(v) != 0L)) {
                arrays.add(new ProgramNumbers.StoredArray("h0", lesson, "h0", false));
            }
            return new ProgramNumbers.Loaded(arrays);
        }
        ImportedWeights imported = readWeights();
        Map<String, Path> named = inputFiles();
        for (String role : List.of("W", "U", "b", "V", "c", "h0", "x")) {
            String stored = imported.storedName(role);
            if (stored == null || (role.equals("x") && inputs != null)) {
                continue;
            }
            Path single = named.get("--weights " + stored + "=");
            // Keras stores its kernels transposed; vectors and the inputs have one orientation everywhere
            boolean transposed = imported.storedTransposed() && List.of("W", "U", "V").contains(role);
            arrays.add(single != null
                    ? new ProgramNumbers.StoredArray(role, single, null, transposed)
                    : new ProgramNumbers.StoredArray(role, named.get("--weights"), stored, transposed));
        }
        if (inputs != null) {
            boolean archive = inputs.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".npz");
            arrays.add(new ProgramNumbers.StoredArray("x", inputs, archive ? "x" : null, false));
        }
        return new ProgramNumbers.Loaded(arrays);
    }
}
