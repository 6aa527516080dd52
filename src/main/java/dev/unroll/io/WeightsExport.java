package dev.unroll.io;

import dev.unroll.files.AtomicFiles;
import dev.unroll.io.WeightNames.Role;
import dev.unroll.rnn.Dimensions;
import dev.unroll.rnn.Lesson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;

/**
 * A lesson's numbers as named float64 arrays, the reverse of {@link WeightsImporter}: what it writes,
 * the importer reads back to the same lesson, bit for bit.
 *
 * <p>Under Unroll's names the arrays are W (N, M), U (N, N), b (N,), with a head V (K, N) and
 * c (K,), then the inputs x (T, M) and the initial state h0 (N,), zeros for a lesson that starts
 * from rest. Under Keras's names the matrices are turned around, as Keras stores them: kernel = Wᵀ
 * (M, N), recurrent_kernel = Uᵀ, bias = b, dense_kernel = Vᵀ (N, K), dense_bias = c, and x; Keras has
 * no initial state, so a lesson whose h0 is not zero cannot be written under its names. A lesson whose
 * inputs are looked up in an Embedding is written with the table as {@code embeddings} (V, D), Keras's
 * name, and its ids as {@code tokens} (T,), in place of x, under either naming.
 */
public final class WeightsExport {

    /** The two namings a lesson's numbers can be written under. */
    public enum Names {
        /** W, U, b, V, c, x, h0 in the seed's orientation. */
        UNROLL(WeightNames.UNROLL),
        /** kernel, recurrent_kernel, bias, dense_kernel, dense_bias, x, transposed as Keras stores them. */
        KERAS(WeightNames.KERAS);

        private final WeightNames names;

        Names(WeightNames names) {
            this.names = names;
        }

        /** The name on the command line: unroll or keras. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private WeightsExport() {
    }

    /**
     * The lesson's arrays under {@code names}, in the order W, U, b, [V, c,] x or embeddings and tokens[, h0].
     *
     * @throws IllegalArgumentException under Keras's names, for a lesson whose h0 is not zero
     */
    public static Map<String, NdArray> arrays(Lesson lesson, Names names) {
        requireNamesHold(lesson, names);
        WeightNames n = names.names;
        Map<String, NdArray> arrays = new LinkedHashMap<>();
        for (Role role : roles(lesson.dimensions(), lesson.embedding() != null, names)) {
            arrays.put(n.name(role), switch (role) {
                case W -> matrix(lesson.w(), n);
                case U -> matrix(lesson.u(), n);
                case B -> NdArray.ofColumn(lesson.b());
                case V -> matrix(lesson.v(), n);
                case C -> NdArray.ofColumn(lesson.c());
                case X -> NdArray.of(lesson.inputs());
                case H0 -> NdArray.ofColumn(lesson.initialState());
                case EMBEDDINGS -> NdArray.of(lesson.embedding().table());
                case TOKENS -> NdArray.vector(Arrays.stream(lesson.embedding().tokens()).asDoubleStream().toArray());
            });
        }
        return arrays;
    }

    /** The names of a lesson's arrays under {@code names}, in the order {@link #arrays} writes them; nothing is copied. */
    public static List<String> names(Dimensions d, Names names) {
        return names(d, false, names);
    }

    /** As {@link #names(Dimensions, Names)}, for a lesson whose inputs come from an Embedding when {@code embedded}. */
    public static List<String> names(Dimensions d, boolean embedded, Names names) {
        return roles(d, embedded, names).stream().map(names.names::name).toList();
    }

    /** W, U, b, [V, c,] x or embeddings and tokens, and under Unroll's names h0. */
    private static List<Role> roles(Dimensions d, boolean embedded, Names names) {
        List<Role> roles = new ArrayList<>(List.of(Role.W, Role.U, Role.B));
        if (d.hasHead()) {
            roles.addAll(List.of(Role.V, Role.C));
        }
        roles.addAll(embedded ? List.of(Role.EMBEDDINGS, Role.TOKENS) : List.of(Role.X));
        if (names == Names.UNROLL) {
            roles.add(Role.H0);
        }
        return roles;
    }

    /**
     * Refuses names that cannot hold the lesson: Keras's have no h0, so a lesson that does not start
     * from zeros needs Unroll's; neither names more than one Dense layer. Cheap (h0 is N values), so it can be asked before a file is chosen.
     *
     * @throws IllegalArgumentException saying which h0 value is not zero, or that the Dense layers are more than one
     */
    public static void requireNamesHold(Lesson lesson, Names names) {
        if (!lesson.denseLayers().isEmpty()) {
            throw new IllegalArgumentException("the lesson has " + (lesson.denseLayers().size() + 1) + " Dense layers after "
                    + "its RNN, and the names W, U, b, V, c (or Keras's kernel, …, dense_kernel, dense_bias) hold one; "
                    + "expected a lesson whose RNN feeds one Dense layer or none");
        }
        NdArray h0 = NdArray.ofColumn(lesson.initialState());
        if (names == Names.KERAS && h0.firstNonZero() >= 0) {
            throw new IllegalArgumentException("Keras's names have no array for h0, and this lesson starts from h0["
                    + h0.firstNonZero() + "] = " + h0.flat(h0.firstNonZero()) + ", not from zeros; expected Unroll's names "
                    + "W, U, b, whose h0 keeps the initial state");
        }
    }

    /** The CSV file each named array goes to in {@code folder}: its name and {@code .csv}. */
    public static List<Path> csvFiles(Path folder, List<String> names) {
        return names.stream().map(name -> folder.resolve(name + ".csv")).toList();
    }

    /**
     * Writes each array to its own CSV file in {@code folder} (see {@link #csvFiles}), each replaced
     * atomically.
     *
     * @throws IOException naming the file that could not be written; the files before it are written,
     *                     it and those after it are untouched
     */
    private static void writeCsv(Path folder, Map<String, NdArray> arrays) throws IOException {
        List<Path> files = csvFiles(folder, List.copyOf(arrays.keySet()));
        int i = 0;
        for (NdArray array : arrays.values()) {
            CsvMatrixWriter.write(files.get(i++), array);
        }
    }

    /**
     * Writes the arrays to {@code target}: one .npz, or with {@code folder} one CSV file per array in
     * that folder. Every CSV file is checked before the first is written, so a folder that cannot take
     * them leaves them all as they were; each file is replaced atomically.
     *
     * @return the files written, in the order of the arrays
     * @throws IOException naming the file that could not be written, and why
     */
    public static List<Path> write(Path target, boolean folder, Map<String, NdArray> arrays) throws IOException {
        if (!folder) {
            NpzWriter.write(target, arrays);
            return List.of(target);
        }
        List<Path> files = csvFiles(target, List.copyOf(arrays.keySet()));
        for (Path file : files) {
            AtomicFiles.check(file);
        }
        writeCsv(target, arrays);
        return files;
    }

    private static NdArray matrix(DMatrixRMaj m, WeightNames n) {
        NdArray a = NdArray.of(m);
        return n.transposed() ? NdArray.of(a.toTransposedMatrix()) : a;
    }
}
