package dev.unroll.io;

import static dev.unroll.io.IoFixtures.assertBad;
import static dev.unroll.io.IoFixtures.fixture;
import static dev.unroll.io.IoFixtures.npy;
import static dev.unroll.io.IoFixtures.npyF8;
import static dev.unroll.io.IoFixtures.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** .npy files as numpy writes them, and every way one can be broken. */
class NpyReaderTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"matrix_lef8.npy", "matrix_lef4.npy", "matrix_bef8.npy", "matrix_bef4.npy", "matrix_lei8.npy",
        "matrix_lei4.npy", "matrix_fortran.npy", "matrix_v2.npy", "matrix_v3.npy"})
    void everySupportedDtypeOrderAndVersionReadsNumpysMatrix(String file) {
        NdArray a = NpyReader.read(fixture(file));
        assertEquals(2, a.ndim());
        assertEquals("(2, 3)", a.shape());
        assertArrayEquals(new double[] {1, -2, 3, 4, 5, -6}, a.values(), 0.0);
    }

    @Test
    void oneDimensionalArrayKeepsItsShapeAndExactValues() {
        NdArray a = NpyReader.read(fixture("vector.npy"));
        assertEquals(1, a.ndim());
        assertEquals("(4,)", a.shape());
        assertArrayEquals(new double[] {0.5, -0.25, 0.125, 1e-300}, a.values(), 0.0);
    }

    @Test
    void fileWithoutTheMagicStringIsRefused() {
        Path file = write(dir, "w.npy", "1,2,3\n4,5,6\n");
        assertBad(file, () -> NpyReader.read(file), "does not start with numpy's magic string \\x93NUMPY",
                "expected an .npy file as np.save writes it");
    }

    @Test
    void zipArchiveNamedNpySaysItLooksLikeAZip() {
        Path file = write(dir, "w.npy", IoFixtures.bytes("unroll_names.npz"));
        assertBad(file, () -> NpyReader.read(file), "zip archive's 'PK'");
    }

    @Test
    void unknownFormatVersionIsRefused() {
        byte[] bytes = npyF8("(1,)", 1.0);
        bytes[6] = 4;
        Path file = write(dir, "v4.npy", bytes);
        assertBad(file, () -> NpyReader.read(file), "has .npy format version 4.0", "expected version 1.0, 2.0 or 3.0");
    }

    @Test
    void fileCutInsideItsHeaderIsTruncated() {
        Path file = write(dir, "cut.npy", Arrays.copyOf(IoFixtures.bytes("matrix_lef8.npy"), 40));
        assertBad(file, () -> NpyReader.read(file), "is truncated: its header says it is 118 bytes long, but only 30 bytes follow");
    }

    @Test
    void fileCutInsideItsDataIsTruncatedWithBothSizes() {
        byte[] full = IoFixtures.bytes("matrix_lef8.npy");
        Path file = write(dir, "cut.npy", Arrays.copyOf(full, full.length - 5));
        assertBad(file, () -> NpyReader.read(file), "its header's shape (2, 3) of <f8 needs 48 bytes of data, but 43 follow the header",
                "expected exactly 48 bytes after the header");
    }

    @Test
    void headerThatPromisesLessDataThanTheFileHoldsIsRefused() {
        byte[] lying = npy("{'descr': '<f8', 'fortran_order': False, 'shape': (2, 2), }", IoFixtures.f8(1, 2, 3, 4, 5, 6));
        Path file = write(dir, "lying.npy", lying);
        assertBad(file, () -> NpyReader.read(file), "(2, 2) of <f8 needs 32 bytes of data, but 48 follow the header");
    }

    @Test
    void headerThatLiesInAStreamOfUnknownLengthIsCaughtAtTheEnd() {
        byte[] shortData = npyF8("(2, 3)", 1, 2, 3, 4);
        assertBad("entry", () -> NpyReader.read(new ByteArrayInputStream(shortData), "entry", -1),
                "is truncated: its header's shape (2, 3) of <f8 needs 48 bytes of data, but only 32 follow");
        byte[] longData = npyF8("(2,)", 1, 2, 3);
        assertBad("entry", () -> NpyReader.read(new ByteArrayInputStream(longData), "entry", -1),
                "needs 16 bytes of data, but more bytes follow");
    }

    @Test
    void headerLengthPastTheLimitIsRefusedBeforeReadingIt() {
        byte[] bytes = npy(2, "{'descr': '<f8', 'fortran_order': False, 'shape': (1,), }", IoFixtures.f8(1));
        bytes[8] = (byte) 0xFF;
        bytes[9] = (byte) 0xFF;
        bytes[10] = (byte) 0xFF;
        bytes[11] = (byte) 0x7F;
        Path file = write(dir, "long-header.npy", bytes);
        assertBad(file, () -> NpyReader.read(file), "says its header is 2,147,483,647 bytes long",
                "expected a header of at most 65,536 bytes");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "complex.npy | '<c16' (complex numbers) is not supported",
        "strings.npy | '<U4' (text) is not supported",
        "half.npy    | '<f2' (floating point of another size or byte order) is not supported",
    })
    void unsupportedDtypesAreRefusedByName(String file, String problem) {
        assertBad(fixture(file), () -> NpyReader.read(fixture(file)), problem,
                "expected real numbers: one of <f8, >f8, <f4, >f4, <i8, >i8, <i4, >i4");
    }

    @Test
    void pickledObjectArrayIsRefusedWithoutReadingItsData() {
        assertBad(fixture("object.npy"), () -> NpyReader.read(fixture("object.npy")),
                "its dtype '|O' (Python objects, stored as a pickle, which Unroll never loads) is not supported");
        // the dtype is judged from the header alone: a stream that fails on any read past it proves the pickle is never touched
        byte[] header = npy("{'descr': '|O', 'fortran_order': False, 'shape': (1,), }", new byte[0]);
        InputStream poisoned = new SequenceInputStream(new ByteArrayInputStream(header), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new AssertionError("the pickle was read");
            }
        });
        assertBad("obj", () -> NpyReader.read(poisoned, "obj", -1), "'|O' (Python objects");
    }

    @Test
    void structuredDtypeIsRefused() {
        Path file = write(dir, "rec.npy", npy("{'descr': [('a', '<f8')], 'fortran_order': False, 'shape': (1,), }", IoFixtures.f8(1)));
        assertBad(file, () -> NpyReader.read(file), "its dtype is a structured record type, not numbers");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "cube.npy   | holds an array of shape (2, 2, 2), with 3 dimensions",
        "scalar.npy | holds an array of shape (), with 0 dimensions",
    })
    void arraysThatAreNeitherOneNorTwoDimensionalAreRefused(String file, String problem) {
        assertBad(fixture(file), () -> NpyReader.read(fixture(file)), problem, "expected a 1-D or 2-D array");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "{'descr': '<f8', 'fortran_order': False, 'shape': (1,), 'extra': 1, }     | unknown key 'extra'",
        "{'descr': '<f8', 'fortran_order': False, }                                | its header has no 'shape'",
        "{'descr': '<f8', 'descr': '<f8', 'fortran_order': False, 'shape': (1,), } | 'descr' twice",
        "{'descr': '<f8', 'fortran_order': 'no', 'shape': (1,), }                  | neither True nor False",
        "{'descr': '<f8', 'fortran_order': False, 'shape': (1), }                  | its 'shape' (1) is not a tuple",
        "{'descr': '<f8', 'fortran_order': False, 'shape': (1, x), }               | not a tuple of whole numbers",
        "{'descr': '<f8', 'fortran_order': False, 'shape': (1,), } extra           | text after the closing brace",
        "['<f8', False, (1,)]                                                      | is not a Python dict",
    })
    void headersThatAreNotExactlyWhatNumpyWritesAreRefused(String header, String problem) {
        Path file = write(dir, "h.npy", npy(header, IoFixtures.f8(1)));
        assertBad(file, () -> NpyReader.read(file), problem);
    }

    @Test
    void shapePastTheValueLimitIsRefusedBeforeAllocating() {
        // no data follows: were the header believed, the error would be about the missing 400 MB instead
        Path file = write(dir, "huge.npy", npy("{'descr': '<f8', 'fortran_order': False, 'shape': (10000, 5001), }", new byte[0]));
        assertBad(file, () -> NpyReader.read(file), "has shape (10000, 5001), past the limit of 50,000,000 values in one array");
        Path absurd = write(dir, "absurd.npy",
                npy("{'descr': '<f8', 'fortran_order': False, 'shape': (99999999999999999999999, 2), }", new byte[0]));
        assertBad(absurd, () -> NpyReader.read(absurd), "past every limit");
    }

    @Test
    void nanIsRefusedNamingItsRowAndColumn() {
        Path file = write(dir, "nan.npy", npyF8("(2, 3)", 1, 2, 3, 4, Double.NaN, 6));
        assertBad(file, () -> NpyReader.read(file), "NaN at [1, 1] (row 1, column 1, counting from 0)", "expected finite numbers only");
    }

    @Test
    void infinityIsRefusedNamingItsIndex() {
        Path file = write(dir, "inf.npy", npyF8("(3,)", 1, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
        assertBad(file, () -> NpyReader.read(file), "-infinity at [1]");
    }

    @Test
    void nonFinitePositionInFortranOrderIsTheLogicalOne() {
        // column-major data 1, 4, 2, NaN, 3, 6 is [[1, 2, 3], [4, NaN, 6]]
        Path file = write(dir, "f.npy", npy("{'descr': '<f8', 'fortran_order': True, 'shape': (2, 3), }",
                IoFixtures.f8(1, 4, 2, Double.NaN, 3, 6)));
        assertBad(file, () -> NpyReader.read(file), "NaN at [1, 1]");
    }

    @Test
    void missingPathIsRefused() {
        Path file = dir.resolve("nowhere.npy");
        assertBad(file, () -> NpyReader.read(file), "does not exist", "expected an .npy file");
    }

    @Test
    void directoryIsRefused() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("folder.npy"));
        assertBad(folder, () -> NpyReader.read(folder), "is a folder, not a file");
    }

    @Test
    void unreadableFileIsRefused() throws IOException {
        Path file = write(dir, "locked.npy", npyF8("(1,)", 1));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        // root reads any file whatever its permissions; the read failure itself is covered below
        assumeFalse(Files.isReadable(file), "running as root: permissions do not stop reading");
        assertBad(file, () -> NpyReader.read(file), "cannot be read (permission denied)");
    }

    @Test
    void readOnAnInterruptedThreadIsCancelledNotReportedAsABadFile() {
        Path file = write(dir, "big.npy", npyF8("(100000,)", new double[100_000]));
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, () -> NpyReader.read(file));
        } finally {
            assertTrue(Thread.interrupted(), "the interrupt is left for the caller to see");
        }
        assertEquals(100_000, NpyReader.read(file).size());
    }

    @Test
    void readFailureHalfWayIsReportedAsUnreadable() {
        byte[] start = Arrays.copyOf(npyF8("(2,)", 1, 2), 130);
        InputStream failing = new SequenceInputStream(new ByteArrayInputStream(start), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("Input/output error");
            }
        });
        assertBad("disk.npy", () -> NpyReader.read(failing, "disk.npy", -1), "cannot be read (Input/output error)");
    }
}
