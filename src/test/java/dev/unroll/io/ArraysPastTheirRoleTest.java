package dev.unroll.io;

import static dev.unroll.io.IoFixtures.assertBad;
import static dev.unroll.io.IoFixtures.npy;
import static dev.unroll.io.IoFixtures.npyF8;
import static dev.unroll.io.IoFixtures.write;
import static dev.unroll.io.IoFixtures.zip;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Arrays far past what their role allows are refused at the first value past the limit, or from
 * an .npy header before any data, naming the file and the array: never after reading them whole.
 */
class ArraysPastTheirRoleTest {

    private static final String MATRIX_LIMIT = "expected W of at most 1,024 × 1,024 values (M, N and K are at most 1,024)";

    @TempDir
    Path dir;

    @Test
    void lessonWhoseWHoldsTwentyMillionZerosIsRefusedAtTheFirstValuePastWsLimit() throws IOException {
        Path file = dir.resolve("huge.unroll.json");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"format\": \"unroll-lesson\", \"version\": 1, \"title\": \"huge\", \"activation\": \"tanh\", "
                    + "\"headActivation\": \"linear\", \"weights\": {\"W\": [0");
            for (int i = 1; i < 20_000_000; i++) {
                out.write(",0");
            }
            // the file never closes W: a reader that went on to its end would report that instead
        }
        BadInputException e = assertBad(file, () -> LessonFiles.read(file));
        assertEquals(BadInputException.name(file) + ": W holds more than 1,048,576 values; " + MATRIX_LIMIT, e.getMessage());
    }

    @Test
    void lessonInputsWithARowWiderThanTheWidestInputAreRefusedInThatRow() throws IOException {
        StringBuilder row = new StringBuilder("[0");
        row.append(",0".repeat(1_024)).append(']');
        Path file = write(dir, "wide.unroll.json", "{\"format\": \"unroll-lesson\", \"version\": 1, \"title\": \"wide\", "
                + "\"activation\": \"tanh\", \"headActivation\": \"linear\", \"weights\": {\"x\": [" + row + ", [");
        BadInputException e = assertBad(file, () -> LessonFiles.read(file));
        assertEquals(BadInputException.name(file) + ": x has a row of more than 1,024 values; expected x (T, M) with T at most "
                + "1,000,000, M at most 1,024 and T × M at most 50,000,000 values", e.getMessage());
    }

    @Test
    void npyOfWWhoseHeaderIsPastWsLimitIsRefusedFromItsHeaderAlone() throws IOException {
        byte[] header = npy("{'descr': '<f8', 'fortran_order': False, 'shape': (3000, 3000), }", new byte[0]);
        Path w = write(dir, "W.npy", header);
        // 72 MB of zeros that take no room on disk: the data is there, but should never be read
        try (RandomAccessFile raf = new RandomAccessFile(w.toFile(), "rw")) {
            raf.setLength(header.length + 3000L * 3000 * Double.BYTES);
        }
        Map<String, Path> files = new LinkedHashMap<>();
        files.put("W", w);
        files.put("U", write(dir, "U.npy", npyF8("(2, 2)", 1, 0, 0, 1)));
        files.put("b", write(dir, "b.npy", npyF8("(2,)", 0, 0)));
        BadInputException e = assertBad(w, () -> WeightsImporter.readFiles(files));
        assertEquals(BadInputException.name(w) + ": W has shape (3000, 3000), too large for W; " + MATRIX_LIMIT, e.getMessage());
    }

    @Test
    void npzEntryWhoseHeaderIsPastItsRoleIsRefusedBeforeItsData() {
        byte[] entry = npy("{'descr': '<f8', 'fortran_order': False, 'shape': (20000000,), }", new byte[16]);
        Path file = write(dir, "big.npz", zip(false, "kernel.npy", entry));
        BadInputException e = assertBad("kernel.npy in " + BadInputException.name(file), () -> WeightsImporter.readNpz(file));
        assertEquals("kernel.npy in " + BadInputException.name(file) + ": kernel has shape (20000000,), too large for kernel; "
                + "expected kernel of at most 1,024 × 1,024 values (M, N and K are at most 1,024)", e.getMessage());
    }

    @Test
    void csvBiasLongerThanTheMostUnitsIsRefusedAtTheRowPastIt() {
        Path b = write(dir, "b.csv", "0\n".repeat(1_025) + "not even read\n");
        Map<String, Path> files = new LinkedHashMap<>();
        files.put("W", write(dir, "W.csv", "1,0\n0,1\n"));
        files.put("U", write(dir, "U.csv", "1,0\n0,1\n"));
        files.put("b", b);
        BadInputException e = assertBad(b, () -> WeightsImporter.readFiles(files));
        assertEquals(BadInputException.name(b) + ": b has more than 1,024 rows; expected b of at most 1,024 values "
                + "(one per unit or output; M, N and K are at most 1,024)", e.getMessage());
    }
}
