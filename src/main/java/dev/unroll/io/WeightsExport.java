package dev.unroll.io;

import dev.unroll.files.AtomicFiles;
import dev.unroll.io.WeightNames.Role;
import dev.unroll.rnn.Lesson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * no initial state, so a lesson whose h0 is not zero cannot be written under its names.
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
     * The lesson's arrays under {@code names}, in the order W, U, b, [V, c,] x[, h0].
     *
     * @throws IllegalArgumentException under Keras's names, for a lesson whose h0 is not zero
     */
    public static Map<String, NdArray> arrays(Lesson lesson, Names names) {
        WeightNames n = names.names;
        Map<String, NdArray> arrays = new LinkedHashMap<>();
        arrays.put(n.name(Role.W), matrix(lesson.w(), n));
        arrays.put(n.name(Role.U), matrix(lesson.u(), n));
        arrays.put(n.name(Role.B), NdArray.ofColumn(lesson.b()));
        if (lesson.dimensions().hasHead()) {
            arrays.put(n.name(Role.V), matrix(lesson.v(), n));
            arrays.put(n.name(Role.C), NdArray.ofColumn(lesson.c()));
        }
        arrays.put(n.name(Role.X), NdArray.of(lesson.inputs()));
        NdArray h0 = NdArray.ofColumn(lesson.initialState());
        if (n == WeightNames.UNROLL) {
            arrays.put(n.name(Role.H0), h0);
        } else if (h0.firstNonZero() >= 0) {
            throw new IllegalArgumentException("Keras's names have no array for h0, and this lesson starts from h0["
                    + h0.firstNonZero() + "] = " + h0.flat(h0.firstNonZero()) + ", not from zeros; expected Unroll's names "
                    + "W, U, b, whose h0 keeps the initial state");
        }
        return arrays;
    }

    /** The CSV file each array goes to in {@code folder}: its name and {@code .csv}. */
    public static List<Path> csvFiles(Path folder, Map<String, NdArray> arrays) {
        List<Path> files = new ArrayList<>();
        for (String name : arrays.keySet()) {
            files.add(folder.resolve(name + ".csv"));
        }
        return files;
    }

    /**
     * Writes each array to its own CSV file in {@code folder} (see {@link #csvFiles}), each replaced
     * atomically.
     *
     * @throws IOException naming the file that could not be written; the files before it are written,
     *                     it and those after it are untouched
     */
    public static void writeCsv(Path folder, Map<String, NdArray> arrays) throws IOException {
        List<Path> files = csvFiles(folder, arrays);
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
        List<Path> files = csvFiles(target, arrays);
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
