package dev.unroll.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads one matrix from a text file, for users without numpy: one row per line, the values separated
 * by commas or by spaces and tabs (as {@code np.savetxt} writes them), an optional header line of
 * names first (a first line with no number in it), and lines starting with {@code #} ignored. A vector is one row or one column.
 *
 * <p>Numbers are read strictly ({@code 1}, {@code -0.5}, {@code 2.5e-3}); a row with a different
 * number of values than the first is refused naming its line, as is NaN or infinity, naming its line
 * and value. Lines longer than {@link ImportLimits#MAX_CSV_LINE} characters and files past
 * {@link ImportLimits#MAX_VALUES} values are refused while reading, before they fill memory. A read
 * whose thread is interrupted stops with a {@link java.util.concurrent.CancellationException}.
 */
public final class CsvMatrixReader {

    private static final String EXPECTED = "a table of numbers, one row per line, separated by commas or spaces";

    private CsvMatrixReader() {
    }

    /**
     * Reads the matrix in a CSV or whitespace-separated text file.
     *
     * @throws BadInputException naming the file, the line and what is wrong there
     */
    public static NdArray read(Path path) {
        InputFiles.check(path, ImportLimits.MAX_CSV_BYTES, EXPECTED);
        String source = BadInputException.name(path);
        try (InputStream in = InputFiles.open(path)) {
            return read(in, source);
        } catch (IOException e) {
            throw InputFiles.unreadable(source, e);
        }
    }

    /** Reads a matrix from UTF-8 text; bytes that are not UTF-8 become U+FFFD and so are not numbers. */
    static NdArray read(InputStream in, String source) throws IOException {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
        return new Table(new Lines(reader, source), source).read();
    }

    /** The rows seen so far, in one growing array. */
    private static final class Table {
        private final Lines lines;
        private final String source;
        private double[] values = new double[1024];
        private int count;
        private int cols = -1;
        private int rows;
        private int firstRowLine;

        Table(Lines lines, String source) {
            this.lines = lines;
            this.source = source;
        }

        NdArray read() throws IOException {
            boolean first = true;
            String line;
            while ((line = lines.next()) != null) {
                String trimmed = line.strip();
                if (first && !trimmed.isEmpty() && trimmed.charAt(0) == '\uFEFF') {
                    trimmed = trimmed.substring(1).strip();
                }
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] cells = trimmed.indexOf(',') >= 0 ? trimmed.split(",", -1) : trimmed.split("[ \t]+");
                if (first && isHeader(cells)) {
                    first = false;
                    continue;
                }
                first = false;
                row(cells);
            }
            if (rows == 0) {
                throw new BadInputException(source, "holds no numbers", EXPECTED);
            }
            return NdArray.matrix(rows, cols, Arrays.copyOf(values, count));
        }

        /**
         * A first line in which no cell is a number names the columns. One number among words makes
         * it a row with a typo, which is refused rather than silently skipped.
         */
        private static boolean isHeader(String[] cells) {
            for (String cell : cells) {
                String c = cell.strip();
                if (Numbers.isDecimal(c) || Numbers.nonFinite(c) != null) {
                    return false;
                }
            }
            return true;
        }

        private void row(String[] cells) {
            int line = lines.number();
            if (rows % 4096 == 0) {
                InputFiles.checkCancelled(source);
            }
            if (cols < 0) {
                cols = cells.length;
                firstRowLine = line;
            } else if (cells.length != cols) {
                throw new BadInputException(source, "line " + line + " has " + cells.length + " value"
                        + (cells.length == 1 ? "" : "s"), cols + ", as on line " + firstRowLine + " (every row the same length)");
            }
            if ((long) count + cols > ImportLimits.MAX_VALUES) {
                throw new BadInputException(source, "holds more than " + InputFiles.count(ImportLimits.MAX_VALUES) + " values",
                        "at most " + InputFiles.count(ImportLimits.MAX_VALUES) + " values in one matrix");
            }
            if (count + cols > values.length) {
                values = Arrays.copyOf(values, (int) Math.min(ImportLimits.MAX_VALUES, Math.max(2L * values.length, count + cols)));
            }
            for (int i = 0; i < cells.length; i++) {
                values[count++] = value(cells[i].strip(), line, i + 1);
            }
            rows++;
        }

        private double value(String cell, int line, int column) {
            String where = "line " + line + ", value " + column;
            if (cell.isEmpty()) {
                throw new BadInputException(source, where + " is empty", "a number");
            }
            String nonFinite = Numbers.nonFinite(cell);
            if (nonFinite != null) {
                throw new BadInputException(source, nonFinite + " at " + where, "finite numbers only");
            }
            if (!Numbers.isDecimal(cell)) {
                throw new BadInputException(source, where + ", " + BadInputException.quoted(cell) + ", is not a number",
                        "a number such as -0.25 or 1.5e-3");
            }
            double v = Double.parseDouble(cell);
            if (!Double.isFinite(v)) {
                throw new BadInputException(source, where + ", " + BadInputException.quoted(cell)
                        + ", is too large for a double (it would be " + NdArray.describeNonFinite(v) + ")", "finite numbers only");
            }
            return v;
        }
    }

    /** Strict number syntax: what numpy and spreadsheets write, without Java's extras such as hex or a trailing 'd'. */
    static final class Numbers {
        private Numbers() {
        }

        /** {@code [+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?} */
        static boolean isDecimal(String s) {
            int i = 0;
            int n = s.length();
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int digits = 0;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
            if (i < n && s.charAt(i) == '.') {
                i++;
                while (i < n && isDigit(s.charAt(i))) {
                    i++;
                    digits++;
                }
            }
            if (digits == 0) {
                return false;
            }
            if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
                i++;
                if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                    i++;
                }
                int exponent = 0;
                while (i < n && isDigit(s.charAt(i))) {
                    i++;
                    exponent++;
                }
                if (exponent == 0) {
                    return false;
                }
            }
            return i == n;
        }

        /** "NaN", "infinity" or "-infinity" for the ways numpy and others write them, else null. */
        static String nonFinite(String s) {
            String lower = s.toLowerCase(Locale.ROOT);
            boolean negative = lower.startsWith("-");
            String body = lower.startsWith("-") || lower.startsWith("+") ? lower.substring(1) : lower;
            if (body.equals("nan")) {
                return "NaN";
            }
            if (body.equals("inf") || body.equals("infinity")) {
                return negative ? "-infinity" : "infinity";
            }
            return null;
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }
    }

    /** Lines of at most {@link ImportLimits#MAX_CSV_LINE} characters, ended by \n, \r\n or \r. */
    private static final class Lines {
        private final Reader reader;
        private final String source;
        private final char[] buffer = new char[8192];
        private int length;
        private int position;
        private int number;
        private boolean pendingReturn;

        Lines(Reader reader, String source) {
            this.reader = reader;
            this.source = source;
        }

        /** The number of the line last returned, from 1. */
        int number() {
            return number;
        }

        String next() throws IOException {
            StringBuilder line = new StringBuilder();
            while (true) {
                if (position == length) {
                    length = reader.read(buffer);
                    position = 0;
                    if (length <= 0) {
                        length = 0;
                        if (line.length() == 0) {
                            return null;
                        }
                        number++;
                        return line.toString();
                    }
                }
                char c = buffer[position++];
                if (pendingReturn) {
                    pendingReturn = false;
                    if (c == '\n') {
                        continue;
                    }
                }
                if (c == '\n' || c == '\r') {
                    pendingReturn = c == '\r';
                    number++;
                    return line.toString();
                }
                if (line.length() >= ImportLimits.MAX_CSV_LINE) {
                    throw new BadInputException(source, "line " + (number + 1) + " is longer than "
                            + InputFiles.count(ImportLimits.MAX_CSV_LINE) + " characters", "one row of a matrix per line");
                }
                line.append(c);
            }
        }
    }
}
