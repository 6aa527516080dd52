package dev.unroll.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads one matrix from a text file, for users without numpy: one row per line, the values separated
 * by commas or by spaces and tabs (as {@code np.savetxt} writes them), an optional header line of
 * names first, and lines starting with {@code #} ignored. A vector is one row or one column.
 *
 * <p>A first line is a header only when none of its cells is a number and none looks like a
 * damaged one (starting with a digit, a sign, a point or a dash such as U+2212 '−'), and it has as
 * many names as the rows have values: a one-column file whose first value has a typo is refused
 * naming its line, rather than read one row short.
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
        return read(path, ArrayLimit.any("the matrix"));
    }

    /** Reads the matrix in a text file, stopping at the first row or value past {@code limit}. */
    static NdArray read(Path path, ArrayLimit limit) {
        InputFiles.check(path, ImportLimits.MAX_CSV_BYTES, EXPECTED);
        String source = BadInputException.name(path);
        try (InputStream in = InputFiles.open(path)) {
            return read(in, source, limit);
        } catch (IOException e) {
            throw InputFiles.unreadable(source, e);
        }
    }

    /** Reads a matrix from UTF-8 text; bytes that are not UTF-8 become U+FFFD and so are not numbers. */
    static NdArray read(InputStream in, String source) throws IOException {
        return read(in, source, ArrayLimit.any("the matrix"));
    }

    private static NdArray read(InputStream in, String source, ArrayLimit limit) throws IOException {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
        return new Table(new Lines(reader, source), source, limit).read();
    }

    /** The rows seen so far, in one growing array. */
    private static final class Table {
        private final Lines lines;
        private final String source;
        private final ArrayLimit limit;
        private final GrowingDoubles values = new GrowingDoubles(1024, ImportLimits.MAX_VALUES);
        private int cols = -1;
        private int rows;
        private int firstRowLine;
        private int headerLine;
        private int headerCells;

        Table(Lines lines, String source, ArrayLimit limit) {
            this.lines = lines;
            this.source = source;
            this.limit = limit;
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
                    headerLine = lines.number();
                    headerCells = cells.length;
                    continue;
                }
                first = false;
                row(cells);
                if (rows == 1 && headerLine > 0 && headerCells != cols) {
                    throw new BadInputException(source, "line " + headerLine + " has " + headerCells + " name"
                            + (headerCells == 1 ? "" : "s") + " but line " + firstRowLine + " has " + cols + " value"
                            + (cols == 1 ? "" : "s"), "a header line with one name per column, or no header");
                }
            }
            if (rows == 0) {
                throw new BadInputException(source, "holds no numbers", EXPECTED);
            }
            return NdArray.matrix(rows, cols, values.toArray());
        }

        /**
         * A first line in which no cell is a number, or looks like a damaged one, names the columns.
         * One number among words, or a cell such as {@code 0.25s} or {@code −0.25} (U+2212), makes
         * it a row with a typo, which is then refused naming the cell rather than silently skipped.
         */
        private static boolean isHeader(String[] cells) {
            for (String cell : cells) {
                String c = cell.strip();
                if (Numbers.isDecimal(c) || Numbers.nonFinite(c) != null || (!c.isEmpty() && Numbers.looksNumeric(c))) {
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
                limit.checkRowLength(source, cells.length);
                cols = cells.length;
                firstRowLine = line;
            } else if (cells.length != cols) {
                throw new BadInputException(source, "line " + line + " has " + cells.length + " value"
                        + (cells.length == 1 ? "" : "s"), cols + ", as on line " + firstRowLine + " (every row the same length)");
            }
            limit.checkRows(source, rows + 1L);
            limit.checkValues(source, (long) values.size() + cols);
            values.reserve(cols);
            for (int i = 0; i < cells.length; i++) {
                values.add(value(cells[i].strip(), line, i + 1));
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
                throw new BadInputException(source, where + ", " + BadInputException.quoted(cell) + ", is not a number"
                        + Numbers.dashHint(cell), "a number such as -0.25 or 1.5e-3");
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

        /**
         * Whether a cell that is not a number looks like one with a typo rather than like a name:
         * it starts with a digit (of any script), a sign, a point, or a dash or minus sign.
         */
        static boolean looksNumeric(String s) {
            int first = s.codePointAt(0);
            return Character.isDigit(first) || first == '+' || first == '.' || isDash(first);
        }

        /** Names a dash that stands where '-' should, as U+2212 from a word processor does. */
        static String dashHint(String s) {
            int dash = s.codePoints().filter(c -> c != '-' && isDash(c)).findFirst().orElse(-1);
            return dash < 0 ? "" : " (its '" + Character.toString(dash) + "' is " + String.format(Locale.ROOT, "U+%04X", dash)
                    + ", not the '-' a number needs)";
        }

        private static boolean isDash(int c) {
            return c == '-' || c == '\u2212' || c == '\uFE63' || c == '\uFF0D' || Character.getType(c) == Character.DASH_PUNCTUATION;
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
