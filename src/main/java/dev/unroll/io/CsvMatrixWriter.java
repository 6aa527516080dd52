package dev.unroll.io;

import dev.unroll.files.AtomicFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes one array as the CSV that {@link CsvMatrixReader} reads: one row per line, values separated
 * by commas, no header, each value written with {@link Double#toString(double)}, the shortest
 * decimal that reads back to the same double. A 1-D array is one row, as
 * {@code np.savetxt(f, b.reshape(1, -1), delimiter=',')} writes it. The file is replaced atomically
 * (see {@link AtomicFiles}).
 */
public final class CsvMatrixWriter {

    private CsvMatrixWriter() {
    }

    /**
     * Replaces {@code target} with the array as CSV.
     *
     * @throws IllegalArgumentException if the array holds NaN or an infinity, which the reader refuses
     * @throws IOException              naming the target, when it cannot be written; an existing file is then untouched
     */
    public static void write(Path target, NdArray array) throws IOException {
        int bad = array.firstNonFinite();
        if (bad >= 0) {
            throw new IllegalArgumentException("cannot write " + target + ": it would hold "
                    + NdArray.describeNonFinite(array.flat(bad)) + ", which CSV files for Unroll may not; expected finite numbers");
        }
        int rows = array.ndim() == 1 ? 1 : array.rows();
        int cols = array.ndim() == 1 ? array.size() : array.cols();
        AtomicFiles.write(target, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    if (c > 0) {
                        w.write(',');
                    }
                    w.write(Double.toString(array.flat(r * cols + c)));
                }
                w.write('\n');
            }
            w.flush();
        });
    }
}
