package dev.unroll.io;

import static dev.unroll.io.IoFixtures.assertBad;
import static dev.unroll.io.IoFixtures.fixture;
import static dev.unroll.io.IoFixtures.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unroll.rnn.Fixtures;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Matrices in text files: comma or whitespace separated, with or without a header, and every way a row can be wrong. */
class CsvMatrixReaderTest {

    @TempDir
    Path dir;

    @Test
    void numpysSavetxtFilesReadBackToTheSameDoubles() {
        Fixtures.Case expected = Fixtures.load("io/unroll_names.txt");
        for (Map.Entry<String, String> e : Map.of("W", "csv/W.csv", "U", "csv/U.csv", "x", "csv/x.txt").entrySet()) {
            NdArray read = CsvMatrixReader.read(fixture(e.getValue()));
            Fixtures.assertSameBits(expected.matrix(e.getKey()), rows(read), e.getValue());
        }
        NdArray b = CsvMatrixReader.read(fixture("csv/b.csv"));
        assertEquals("(1, 4)", b.shape());
        Fixtures.assertSameBits(expected.vector("b"), b.values(), "b.csv");
    }

    @Test
    void headerLineOfNamesIsSkipped() {
        Path file = write(dir, "x.csv", "x1,x2,x3\n1,2,3\n4,5,6\n");
        NdArray a = CsvMatrixReader.read(file);
        assertEquals("(2, 3)", a.shape());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, a.values(), 0.0);
    }

    @Test
    void whitespaceTabsCrLfBlankLinesAndCommentsAreAccepted() {
        Path file = write(dir, "x.txt", "\uFEFF# made by hand\r\n 1.5\t-2e-3   +3 \r\n\r\n-.25 4. 5E2\r\n");
        NdArray a = CsvMatrixReader.read(file);
        assertEquals("(2, 3)", a.shape());
        assertArrayEquals(new double[] {1.5, -2e-3, 3, -0.25, 4, 500}, a.values(), 0.0);
    }

    @Test
    void raggedRowIsRefusedNamingItsLine() {
        Path file = write(dir, "x.csv", "a,b,c\n1,2,3\n4,5,6\n7,8\n");
        assertBad(file, () -> CsvMatrixReader.read(file), "line 4 has 2 values",
                "expected 3, as on line 2 (every row the same length)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "1,2\\n3,nan        | NaN at line 2, value 2",
        "1,-inf\\n3,4       | -infinity at line 1, value 2",
        "1 2\\n3 Infinity   | infinity at line 2, value 2",
        "1,2\\n3,1e400      | line 2, value 2, '1e400', is too large for a double (it would be infinity)",
    })
    void nonFiniteValuesAreRefusedNamingLineAndValue(String text, String problem) {
        Path file = write(dir, "x.csv", text.replace("\\n", "\n"));
        assertBad(file, () -> CsvMatrixReader.read(file), problem, "expected finite numbers only");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "1,2\\n3,abc   | line 2, value 2, 'abc', is not a number",
        "1,2\\n3,0x1p3 | line 2, value 2, '0x1p3', is not a number",
        "1,2\\n3,4d    | line 2, value 2, '4d', is not a number",
        "1,,3          | line 1, value 2 is empty",
        "1,2,\\n3,4,   | line 1, value 3 is empty",
    })
    void cellsThatAreNotPlainNumbersAreRefused(String text, String problem) {
        Path file = write(dir, "x.csv", text.replace("\\n", "\n"));
        assertBad(file, () -> CsvMatrixReader.read(file), problem);
    }

    @Test
    void firstRowWithATypoIsRefusedRatherThanTakenForAHeader() {
        Path file = write(dir, "x.csv", "1,2,oops\n4,5,6\n");
        assertBad(file, () -> CsvMatrixReader.read(file), "line 1, value 3, 'oops', is not a number");
    }

    @Test
    void fileWithoutNumbersIsRefused() {
        Path file = write(dir, "x.csv", "# nothing here\nx1,x2\n\n");
        assertBad(file, () -> CsvMatrixReader.read(file), "holds no numbers", "expected a table of numbers");
    }

    @Test
    void overlongLineIsRefusedWhileReading() {
        Path file = write(dir, "x.csv", "1,2\n" + "1,".repeat(600_000) + "1\n");
        assertBad(file, () -> CsvMatrixReader.read(file), "line 2 is longer than 1,048,576 characters");
    }

    @Test
    void bytesThatAreNotTextAreNotNumbers() {
        Path file = write(dir, "x.csv", new byte[] {'1', ',', '2', '\n', '3', ',', (byte) 0xC3, (byte) 0x28, '\n'});
        assertBad(file, () -> CsvMatrixReader.read(file), "line 2, value 2", "is not a number");
    }

    private static double[][] rows(NdArray a) {
        double[][] rows = new double[a.rows()][a.cols()];
        for (int r = 0; r < a.rows(); r++) {
            for (int c = 0; c < a.cols(); c++) {
                rows[r][c] = a.get(r, c);
            }
        }
        return rows;
    }
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "'\u22120.25\n0.5\n1' | line 1, value 1, '\u22120.25', is not a number (its '\u2212' is U+2212, not the '-' a number needs)",
        "'0.25s\n0.5\n1'       | line 1, value 1, '0.25s', is not a number",
        "'.5x\n0.5\n1'         | line 1, value 1, '.5x', is not a number",
    })
    void oneColumnFileWhoseFirstValueHasATypoIsRefusedRatherThanReadOneRowShort(String text, String problem) {
        Path file = write(dir, "x.csv", text.replace("\\n", "\n"));
        assertBad(file, () -> CsvMatrixReader.read(file), problem, "expected a number such as -0.25 or 1.5e-3");
    }

    @Test
    void oneColumnFileWithANameFirstStillSkipsItAsAHeader() {
        Path file = write(dir, "x.csv", "x_t\n0.5\n1\n");
        NdArray a = CsvMatrixReader.read(file);
        assertEquals("(2, 1)", a.shape());
        assertArrayEquals(new double[] {0.5, 1}, a.values(), 0.0);
    }

    @Test
    void headerWithoutOneNamePerColumnIsRefused() {
        Path file = write(dir, "x.csv", "time step,value\n0.5\n1\n");
        assertBad(file, () -> CsvMatrixReader.read(file), "line 1 has 2 names but line 2 has 1 value",
                "expected a header line with one name per column, or no header");
    }
}
