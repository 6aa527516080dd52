package dev.unroll.io;

import dev.unroll.rnn.Lesson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Brings a SimpleRNN's real weights, and the inputs to run them on, into a {@link Lesson}.
 *
 * <p>Weights come from one .npz, or from one file per array (.npy, or CSV for users without
 * numpy), under one of three namings:
 * <ul>
 *   <li>Unroll's, in the seed's orientation: {@code W} (N, M), {@code U} (N, N), {@code b} (N), and
 *       optionally {@code V} (K, N), {@code c} (K), {@code x} (T, M) and {@code h0} (N);</li>
 *   <li>Keras's: {@code kernel} (M, N), {@code recurrent_kernel} (N, N), {@code bias} (N), and
 *       optionally {@code dense_kernel} (N, K), {@code dense_bias} (K) — transposed on the way in,
 *       since Keras multiplies row vectors: {@code kernel} = Wᵀ;</li>
 *   <li>{@code np.savez('w.npz', *layer.get_weights())}: {@code arr_0}, {@code arr_1}, {@code arr_2}
 *       = kernel, recurrent_kernel, bias, then {@code arr_3}, {@code arr_4} = a Dense layer's
 *       kernel and bias if its weights were appended.</li>
 * </ul>
 * Inputs (T, M) come from the same .npz as {@code x}, or from their own .npy or CSV file. There is
 * no default: weights without inputs are refused with a message asking for them, since made-up
 * inputs would look like the user's own.
 *
 * <p>Every bad file ends in a {@link BadInputException}; a read whose thread is interrupted (a
 * cancelled background task) ends in a {@link java.util.concurrent.CancellationException}.
 */
public final class WeightsImporter {

    private static final String WEIGHTS = "an .npz of weights, or .npy and CSV files of one array each";
    private static final String ONE_ARRAY = "an .npy file or a CSV file holding one array";

    private WeightsImporter() {
    }

    /**
     * Reads the weights (and inputs x, if there) in an .npz.
     *
     * @throws BadInputException naming the file and what is wrong with it; arrays under unknown
     *                           names are refused before they are unpacked
     */
    public static ImportedWeights readNpz(Path npz) {
        String source = BadInputException.name(npz);
        Map<String, NdArray> arrays = NpzReader.read(npz, name -> WeightNames.requireKnown(name, source));
        Map<String, SourcedArray> named = new LinkedHashMap<>();
        arrays.forEach((name, values) -> named.put(name, new SourcedArray(name, source, values)));
        return ImportedWeights.of(named, source);
    }

    /**
     * Reads one array per file, keyed by its name under one of the namings (for example
     * {@code W → w.csv}, {@code U → u.npy}, {@code b → b.csv}).
     *
     * @throws BadInputException naming the first file that is bad, or the names that do not make a set
     */
    public static ImportedWeights readFiles(Map<String, Path> files) {
        if (files.isEmpty()) {
            throw new BadInputException("the weights", "no files were given", WEIGHTS);
        }
        String source = String.join(", ", files.values().stream().map(BadInputException::name).toList());
        Map<String, SourcedArray> named = new LinkedHashMap<>();
        for (Map.Entry<String, Path> e : files.entrySet()) {
            WeightNames.requireKnown(e.getKey(), BadInputException.name(e.getValue()));
            named.put(e.getKey(), new SourcedArray(e.getKey(), BadInputException.name(e.getValue()),
                    readArray(e.getValue(), ArrayLimit.forName(e.getKey()))));
        }
        return ImportedWeights.of(named, BadInputException.shorten(source));
    }

    /**
     * Reads inputs (T, M), one row per timestep: an .npy or CSV file, or the array {@code x} of an .npz.
     *
     * @throws BadInputException naming the file and what is wrong with it
     */
    public static SourcedArray readInputs(Path file) {
        String source = BadInputException.name(file);
        if (kind(file) == StoredArray.Format.NPZ) {
            Map<String, NdArray> arrays = NpzReader.read(file, name -> {
                if (!name.equals(WeightNames.INPUTS)) {
                    WeightNames.requireKnown(name, source);
                }
            });
            NdArray x = arrays.get(WeightNames.INPUTS);
            if (x == null) {
                throw new BadInputException(source, "holds no array named x", "the inputs (T, M) as x");
            }
            return new SourcedArray(WeightNames.INPUTS, source, x);
        }
        return new SourcedArray("inputs", source, readArray(file, ArrayLimit.inputs("inputs")));
    }

    /**
     * Reads the targets of a loss, (T, K) or (K,): one .npy or CSV file of finite numbers, no larger
     * than inputs may be. Whether the shape fits a lesson is the caller's to check.
     *
     * @throws BadInputException naming the file and what is wrong with it
     */
    public static NdArray readTargets(Path file) {
        if (kind(file) == StoredArray.Format.NPZ) {
            throw new BadInputException(BadInputException.name(file), "is an .npz, which holds several arrays",
                    "the targets as one .npy or CSV file");
        }
        return readArray(file, ArrayLimit.targets());
    }

    /**
     * The lesson in a weights file, run on the inputs in {@code inputs}, or on the weights file's own
     * x when {@code inputs} is null, with {@code activations}: what
     * {@code unroll trace --weights FILE [--inputs FILE]} runs and File → Import weights opens.
     *
     * @throws BadInputException for any file that is bad, or shapes that do not fit
     */
    public static Lesson importLesson(Path weights, Path inputs, ImportActivations activations) {
        return importSource(weights, inputs, activations).build();
    }

    /** {@link #importLesson}, with the files the numbers were read from. */
    public static LessonSource.Explicit importSource(Path weights, Path inputs, ImportActivations activations) {
        return importSource(weights, Map.of(), inputs, activations);
    }

    /**
     * The lesson in the weights of {@code archive} (an .npz), or when it is null in {@code singles}
     * (one file per array, by name, as {@link #readFiles} takes them), run on {@code inputs} or else on
     * the weights' own x, with {@code activations}; its origin names the files.
     *
     * @throws BadInputException for any file that is bad, or shapes that do not fit
     */
    public static LessonSource.Explicit importSource(Path archive, Map<String, Path> singles, Path inputs,
                                                     ImportActivations activations) {
        return importSource(archive, singles, inputs, null, activations);
    }

    /**
     * As {@link #importSource(Path, Map, Path, ImportActivations)}, an Embedding in the weights looking up
     * the ids {@code tokens} gives for its number of rows V, or its file's own ids when it is null or gives null.
     *
     * @throws BadInputException for any file that is bad, shapes that do not fit, ids outside the
     *                           Embedding's rows, or ids for weights that hold no Embedding
     */
    public static LessonSource.Explicit importSource(Path archive, Map<String, Path> singles, Path inputs,
                                                     IntFunction<TokenIds> tokens, ImportActivations activations) {
        ImportedWeights w = archive != null ? readWeights(archive) : readFiles(singles);
        SourcedArray x = inputs == null ? null : readInputs(inputs);
        // without an Embedding the ids are still made, so that the one message for ids without a table names them
        TokenIds ids = tokens == null ? null : tokens.apply(w.hasEmbedding() ? w.embeddingRows() : Integer.MAX_VALUE);
        return new LessonSource.Explicit(w.toLesson(x, ids, activations.activation(), activations.headActivation()),
                NumbersOrigin.imported(w, archive, singles, inputs));
    }

    /**
     * The lesson in {@code files} as a user picks them together: one .npz of weights, or several
     * files of one array each, named by their file names ({@code W.csv}, {@code U.npy}, {@code b.csv},
     * {@code x.csv}, or Keras's {@code kernel.csv} …), run on {@code inputs} or else on their own x.
     *
     * @throws BadInputException for a file whose name is no array's, two files of one name, or any
     *                           file that is bad
     */
    public static LessonSource.Explicit importSource(List<Path> files, Path inputs, ImportActivations activations) {
        return files.size() == 1 ? importSource(files.get(0), inputs, activations)
                : importSource(null, namedByFile(files), inputs, activations);
    }

    /** Each file under the name before its extension, {@code W} for {@code W.csv}, as {@link #readFiles} takes them. */
    public static Map<String, Path> namedByFile(List<Path> files) {
        Map<String, Path> named = new LinkedHashMap<>();
        for (Path file : files) {
            String fileName = String.valueOf(file.getFileName());
            int dot = fileName.lastIndexOf('.');
            String name = dot > 0 ? fileName.substring(0, dot) : fileName;
            if (kind(file) == StoredArray.Format.NPZ) {
                throw new BadInputException(BadInputException.name(file), "is an .npz picked with other files",
                        "one .npz alone, or one .npy or CSV file per array, each named for its array");
            }
            if (!WeightNames.isKnown(name)) {
                throw new BadInputException(BadInputException.name(file), "is named for no array",
                        "files named for their arrays, as W.csv, U.csv, b.csv (and V, c, x), or Keras's kernel.csv, "
                                + "recurrent_kernel.csv, bias.csv; names are case-sensitive");
            }
            Path before = named.put(name, file);
            if (before != null) {
                throw new BadInputException(BadInputException.name(file), "is a second file for " + name + ", after "
                        + BadInputException.name(before), "one file per array, each named for its array");
            }
        }
        return named;
    }

    /**
     * Reads weights from one file: an .npz. A single .npy or CSV holds one array, which is not a set
     * of weights, and is refused saying how to give one file per array.
     */
    public static ImportedWeights readWeights(Path file) {
        StoredArray.Format kind = kind(file);
        if (kind != StoredArray.Format.NPZ) {
            InputFiles.check(file, Long.MAX_VALUE, WEIGHTS);
            if (kind == StoredArray.Format.NPY && !startsWithNpyMagic(file)) {
                // a file that is not the .npy its name says: that, not its being one array, is what is wrong with it
                NpyReader.read(file);
            }
            throw new BadInputException(BadInputException.name(file), "holds a single array, not a set of weights",
                    "an .npz holding W, U and b (or Keras's kernel, recurrent_kernel and bias), or one file per "
                            + "array, named: W=w.csv U=u.csv b=b.csv");
        }
        return readNpz(file);
    }

    /** Reads the one array in an .npy or CSV file, refusing it at the first sign that it is past {@code limit}. */
    static NdArray readArray(Path file, ArrayLimit limit) {
        return switch (kind(file)) {
            case NPY -> NpyReader.read(file, limit);
            case TEXT -> CsvMatrixReader.read(file, limit);
            // kind() finds no lesson files: they are read as lessons, never as one array
            case NPZ, LESSON -> throw new BadInputException(BadInputException.name(file), "is an .npz, which holds several arrays",
                    ONE_ARRAY + "; give an .npz on its own as the weights");
        };
    }

    /**
     * How {@code file} holds its numbers: by extension, and by the first bytes for any other name, so
     * a file saved as "weights" still opens. Never {@link StoredArray.Format#LESSON}.
     */
    static StoredArray.Format kind(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        if (name.endsWith(".npz")) {
            return StoredArray.Format.NPZ;
        }
        if (name.endsWith(".npy")) {
            return StoredArray.Format.NPY;
        }
        if (name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".tsv")) {
            return StoredArray.Format.TEXT;
        }
        InputFiles.check(file, Long.MAX_VALUE, ONE_ARRAY);
        byte[] start = start(file);
        if (NpyReader.hasMagic(start)) {
            return StoredArray.Format.NPY;
        }
        return start.length >= 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4 ? StoredArray.Format.NPZ : StoredArray.Format.TEXT;
    }

    private static boolean startsWithNpyMagic(Path file) {
        return NpyReader.hasMagic(start(file));
    }

    private static byte[] start(Path file) {
        try (InputStream in = InputFiles.open(file)) {
            return in.readNBytes(NpyReader.MAGIC_LENGTH);
        } catch (IOException e) {
            throw InputFiles.unreadable(BadInputException.name(file), e);
        }
    }
}
