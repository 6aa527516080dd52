package dev.unroll.rnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;

/**
 * Reads the numpy fixtures in {@code src/test/resources/fixtures/}, made by
 * {@code /usr/bin/python3 src/test/python/make_fixtures.py}, and compares engine values with them.
 *
 * <p>A case file is a list of blocks: a line {@code name rows cols}, then {@code rows} lines of
 * {@code cols} comma-separated values; lines starting with {@code #} are comments. A per-step block
 * holds step t in row t − 1.
 */
public final class Fixtures {

    private Fixtures() {
    }

    /** The blocks of one case file, by name, in file order. */
    public record Case(String file, Map<String, double[][]> blocks) {

        /** The block {@code name}, as rows. */
        public double[][] matrix(String name) {
            double[][] m = blocks.get(name);
            if (m == null) {
                throw new IllegalArgumentException(file + " has no block '" + name + "', only " + blocks.keySet());
            }
            return m;
        }

        /** A one-row block as a vector. */
        public double[] vector(String name) {
            double[][] m = matrix(name);
            if (m.length != 1) {
                throw new IllegalArgumentException(file + ": block '" + name + "' has " + m.length + " rows, not 1");
            }
            return m[0];
        }

        /** Row t − 1 of a per-step block: the value at step t. */
        public double[] step(String name, int t) {
            return matrix(name)[t - 1];
        }
    }

    /** One line of random.csv: the value numpy gave at {@code index} of {@code method} after {@code np.random.seed(seed)}. */
    public record RandomValue(long seed, String method, int index, String value) {

        public double asDouble() {
            return Double.parseDouble(value);
        }

        public long asLong() {
            return Long.parseLong(value);
        }
    }

    /** Reads {@code fixtures/<file>} from the test class path. */
    public static Case load(String file) {
        Map<String, double[][]> blocks = new LinkedHashMap<>();
        List<String> lines = lines(file);
        int i = 0;
        while (i < lines.size()) {
            String header = lines.get(i++);
            String[] parts = header.trim().split(" ");
            if (parts.length != 3) {
                throw new IllegalStateException(file + ": expected 'name rows cols', got '" + header + "'");
            }
            int rows = Integer.parseInt(parts[1]);
            int cols = Integer.parseInt(parts[2]);
            double[][] m = new double[rows][];
            for (int r = 0; r < rows; r++) {
                String[] cells = lines.get(i++).split(",");
                if (cells.length != cols) {
                    throw new IllegalStateException(file + ": block " + parts[0] + " row " + r + " has "
                            + cells.length + " values, expected " + cols);
                }
                m[r] = new double[cols];
                for (int c = 0; c < cols; c++) {
                    m[r][c] = Double.parseDouble(cells[c]);
                }
            }
            if (blocks.put(parts[0], m) != null) {
                throw new IllegalStateException(file + ": block " + parts[0] + " appears twice");
            }
        }
        return new Case(file, Collections.unmodifiableMap(blocks));
    }

    /** Every line of random.csv. */
    public static List<RandomValue> randomValues() {
        List<RandomValue> values = new ArrayList<>();
        for (String line : lines("random.csv")) {
            String[] cells = line.split(",");
            values.add(new RandomValue(Long.parseLong(cells[0]), cells[1], Integer.parseInt(cells[2]), cells[3]));
        }
        return values;
    }

    /** The lines of random.csv for one seed and method, checking that there are {@code expected} of them. */
    public static List<RandomValue> randomValues(long seed, String method, int expected) {
        List<RandomValue> values = randomValues().stream()
                .filter(v -> v.seed() == seed && v.method().equals(method))
                .toList();
        assertEquals(expected, values.size(), "random.csv lines for seed " + seed + ", " + method);
        return values;
    }

    private static List<String> lines(String file) {
        InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + file);
        if (in == null) {
            throw new IllegalStateException("missing fixture " + file
                    + "; run /usr/bin/python3 src/test/python/make_fixtures.py");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of a matrix. */
    public static double[][] rows(DMatrixRMaj m) {
        double[][] rows = new double[m.numRows][m.numCols];
        for (int r = 0; r < m.numRows; r++) {
            System.arraycopy(m.data, r * m.numCols, rows[r], 0, m.numCols);
        }
        return rows;
    }

    /** A column vector's entries. */
    public static double[] entries(DMatrixRMaj column) {
        assertEquals(1, column.numCols, "a column vector");
        return column.data.clone();
    }

    /** The largest |expected − actual|, after checking the lengths agree. */
    public static double maxAbsDifference(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        double max = 0;
        for (int i = 0; i < expected.length; i++) {
            double d = Math.abs(expected[i] - actual[i]);
            if (Double.isNaN(d)) {
                fail(what + "[" + i + "]: expected " + expected[i] + ", got " + actual[i]);
            }
            max = Math.max(max, d);
        }
        return max;
    }

    /** Asserts every |expected − actual| ≤ tolerance, reporting the largest difference. */
    public static void assertClose(double[] expected, double[] actual, double tolerance, String what) {
        double max = maxAbsDifference(expected, actual, what);
        assertTrue(max <= tolerance, what + ": max |difference| " + max + " exceeds " + tolerance);
    }

    /** Asserts every |expected − actual| ≤ tolerance for matrices of the same shape. */
    public static void assertClose(double[][] expected, double[][] actual, double tolerance, String what) {
        assertEquals(expected.length, actual.length, what + ": rows");
        double max = 0;
        for (int r = 0; r < expected.length; r++) {
            max = Math.max(max, maxAbsDifference(expected[r], actual[r], what + " row " + r));
        }
        assertTrue(max <= tolerance, what + ": max |difference| " + max + " exceeds " + tolerance);
    }

    /** Asserts the two arrays hold the same doubles bit for bit. */
    public static void assertSameBits(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        for (int i = 0; i < expected.length; i++) {
            if (Double.doubleToRawLongBits(expected[i]) != Double.doubleToRawLongBits(actual[i])) {
                fail(what + "[" + i + "]: expected " + expected[i] + ", got " + actual[i]);
            }
        }
    }

    /** Asserts the two matrices hold the same doubles bit for bit. */
    public static void assertSameBits(double[][] expected, double[][] actual, String what) {
        assertEquals(expected.length, actual.length, what + ": rows");
        for (int r = 0; r < expected.length; r++) {
            assertSameBits(expected[r], actual[r], what + " row " + r);
        }
    }

    /** Asserts the two steps hold the same terms bit for bit. */
    public static void assertSameStep(Step expected, Step actual, String what) {
        assertEquals(expected.t(), actual.t(), what + " t");
        assertSameBits(expected.x(), actual.x(), what + " x");
        assertSameBits(expected.hPrev(), actual.hPrev(), what + " hPrev");
        assertSameBits(expected.wx(), actual.wx(), what + " Wx");
        assertSameBits(expected.uh(), actual.uh(), what + " Uh");
        assertSameBits(expected.b(), actual.b(), what + " b");
        assertSameBits(expected.a(), actual.a(), what + " a");
        assertSameBits(expected.h(), actual.h(), what + " h");
        assertSameBits(expected.o(), actual.o(), what + " o");
        assertSameBits(expected.y(), actual.y(), what + " y");
    }
}
