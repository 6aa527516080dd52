package dev.unroll.io;

import dev.unroll.rnn.Lesson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The files a lesson's explicit numbers were read from, array by array: what the window names as
 * their source and what a generated program loads again. W, U, b are always there, and either the
 * inputs x or an Embedding's table {@code embeddings} (whose ids may come from no file: the command line's).
 */
public record NumbersOrigin(List<StoredArray> arrays) {

    private static final List<String> MATRICES = List.of("W", "U", "V");

    public NumbersOrigin {
        arrays = List.copyOf(arrays);
        for (String required : List.of("W", "U", "b")) {
            if (arrays.stream().noneMatch(a -> a.role().equals(required))) {
                throw new IllegalArgumentException("no array for " + required);
            }
        }
        if (arrays.stream().noneMatch(a -> a.role().equals("x") || a.role().equals(WeightNames.EMBEDDINGS))) {
            throw new IllegalArgumentException("no array for x or embeddings");
        }
    }

    /** The stored array of a role in Unroll's names, or null. */
    public StoredArray array(String role) {
        return arrays.stream().filter(a -> a.role().equals(role)).findFirst().orElse(null);
    }

    /** The files, each once, in the order the arrays name them. */
    public List<Path> files() {
        Set<Path> files = new LinkedHashSet<>();
        arrays.forEach(a -> files.add(a.file()));
        return List.copyOf(files);
    }

    /** The file names, for a status line: "w.npz and x.npy". */
    public String describe() {
        List<String> names = files().stream().map(p -> String.valueOf(p.getFileName())).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /**
     * The numbers of a lesson file as it stores them: every array under its own name in the file's
     * {@code weights}, h_0 only where it is not all zeros (the file leaves a zero h_0 out).
     */
    public static NumbersOrigin lessonFile(Path file, Lesson numbers) {
        List<StoredArray> arrays = new ArrayList<>();
        List<String> inputs = numbers.embedding() != null ? List.of(WeightNames.EMBEDDINGS, WeightNames.TOKENS) : List.of("x");
        List<String> roles = new ArrayList<>(inputs);
        roles.addAll(numbers.dimensions().hasHead() ? List.of("W", "U", "b", "V", "c") : List.of("W", "U", "b"));
        for (String role : roles) {
            arrays.add(new StoredArray(role, file, StoredArray.Format.LESSON, role, false));
        }
        // the file leaves a zero h_0 out
        if (!numbers.startsFromZero()) {
            arrays.add(new StoredArray("h0", file, StoredArray.Format.LESSON, "h0", false));
        }
        return new NumbersOrigin(arrays);
    }

    /**
     * Imported weights: those in {@code archive} (an .npz, or null) under their stored names, those
     * given one file each in {@code singles} (by stored name), and the inputs from {@code inputs} (an
     * .npy, CSV, or the {@code x} of an .npz) or else from the weights' own x.
     */
    public static NumbersOrigin imported(ImportedWeights weights, Path archive, Map<String, Path> singles, Path inputs) {
        return of(weights, archive, StoredArray.Format.NPZ, singles, inputs);
    }

    /** The weights of a lesson file, under the names it stores them by (Keras's, transposed, too). */
    static NumbersOrigin storedIn(Path lessonFile, ImportedWeights weights) {
        return of(weights, lessonFile, StoredArray.Format.LESSON, Map.of(), null);
    }

    private static NumbersOrigin of(ImportedWeights weights, Path archive, StoredArray.Format archiveFormat,
                                    Map<String, Path> singles, Path inputs) {
        List<StoredArray> arrays = new ArrayList<>();
        for (String role : List.of("W", "U", "b", "V", "c", "h0", "x", WeightNames.EMBEDDINGS, WeightNames.TOKENS)) {
            String stored = weights.storedName(role);
            if (stored == null || (role.equals("x") && inputs != null)) {
                continue;
            }
            // Keras stores its kernels transposed; vectors and the inputs have one orientation everywhere
            boolean transposed = weights.storedTransposed() && MATRICES.contains(role);
            Path single = singles.get(stored);
            arrays.add(single != null ? new StoredArray(role, single, WeightsImporter.kind(single), null, transposed)
                    : new StoredArray(role, archive, archiveFormat, stored, transposed));
        }
        if (inputs != null) {
            StoredArray.Format format = WeightsImporter.kind(inputs);
            arrays.add(new StoredArray("x", inputs, format, format == StoredArray.Format.NPZ ? "x" : null, false));
        }
        return new NumbersOrigin(arrays);
    }
}
