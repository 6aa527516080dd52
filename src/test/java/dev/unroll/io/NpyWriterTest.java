package dev.unroll.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The .npy, .npz and CSV writers against files numpy made (written.npy and written.npz, from
 * make_io_fixtures.py): the same arrays give the same bytes, and every value reads back to its bits.
 */
class NpyWriterTest {

    /** make_io_fixtures.py's WRITTEN: a value off by one bit in its shortest decimal, −0.0, subnormals, π. */
    private static final NdArray WRITTEN = NdArray.matrix(2, 3, new double[] {0.1, -0.0, 1e-300, 5e-324, Math.PI, -2.5});
    /** make_io_fixtures.py's WRITTEN_VECTOR. */
    private static final NdArray WRITTEN_VECTOR = NdArray.vector(new double[] {1.0 / 3.0, -1e300, 2.0});

    @TempDir
    Path dir;

    @Test
    void npyIsByteForByteWhatNumpySaves() throws IOException {
        Path file = dir.resolve("written.npy");
        NpyWriter.write(file, WRITTEN);
        assertArrayEquals(IoFixtures.bytes("written.npy"), Files.readAllBytes(file));
    }

    @Test
    void scalarNpyIsByteForByteWhatNumpySavesForShapeEmpty() throws IOException {
        Path file = dir.resolve("written_scalar.npy");
        NpyWriter.write(file, NdArray.scalar(0.1));
        assertArrayEquals(IoFixtures.bytes("written_scalar.npy"), Files.readAllBytes(file));
        assertEquals("()", NdArray.scalar(0.1).shape());
    }

    @Test
    void npzHoldsTheEntriesNumpySavesInTheSameOrderWithTheSameBytes() throws IOException {
        Map<String, byte[]> ours = entries(writeNpz("written.npz", "M", "v").getKey());
        Map<String, byte[]> numpys = entries(IoFixtures.fixture("written.npz"));
        assertEquals(List.of("M.npy", "v.npy"), new ArrayList<>(numpys.keySet()));
        assertEquals(new ArrayList<>(numpys.keySet()), new ArrayList<>(ours.keySet()));
        for (String name : numpys.keySet()) {
            assertArrayEquals(numpys.get(name), ours.get(name), name);
        }
    }

    @Test
    void npzReadsBackToTheSameBits() throws IOException {
        Map.Entry<Path, Map<String, NdArray>> written = writeNpz("back.npz", "W", "b");
        Map<String, NdArray> back = NpzReader.read(written.getKey());
        assertEquals(written.getValue(), back);
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(back.get("W").get(0, 1)));
    }

    @Test
    void headerLeavesNumpysRoomForTheFirstAxisAndEndsOnA64ByteBoundary() {
        byte[] header = NpyWriter.header(1_000_000, 1024);
        String expected = "{'descr': '<f8', 'fortran_order': False, 'shape': (1000000, 1024), }" + " ".repeat(49) + "\n";
        assertEquals(128, header.length);
        assertEquals(expected, new String(header, 10, header.length - 10, StandardCharsets.US_ASCII));
        assertEquals(118, header[8] & 0xff | (header[9] & 0xff) << 8);
        assertEquals("{'descr': '<f8', 'fortran_order': False, 'shape': (7,), }" + " ".repeat(60) + "\n",
                new String(NpyWriter.header(7), 10, 118, StandardCharsets.US_ASCII));
    }

    @Test
    void csvReadsBackToTheSameBitsOneRowForAVector() throws IOException {
        Path matrix = dir.resolve("W.csv");
        Path vector = dir.resolve("b.csv");
        CsvMatrixWriter.write(matrix, WRITTEN);
        CsvMatrixWriter.write(vector, WRITTEN_VECTOR);
        assertEquals("0.1,-0.0,1.0E-300\n4.9E-324,3.141592653589793,-2.5\n", Files.readString(matrix));
        assertEquals("0.3333333333333333,-1.0E300,2.0\n", Files.readString(vector));
        NdArray back = CsvMatrixReader.read(matrix);
        assertArrayEquals(WRITTEN.values(), back.values());
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(back.get(0, 1)));
        assertArrayEquals(WRITTEN_VECTOR.values(), CsvMatrixReader.read(vector).values());
    }

    @Test
    void failedWriteLeavesTheOldFileAsItWas() throws IOException {
        Path folder = dir.resolve("taken.npz");
        Files.createDirectory(folder);
        assertThrows(IOException.class, () -> NpzWriter.write(folder, Map.of("W", WRITTEN)));
        Path old = dir.resolve("old.csv");
        Files.writeString(old, "1,2\n");
        NdArray infinite = NdArray.vector(new double[] {1, Double.POSITIVE_INFINITY});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CsvMatrixWriter.write(old, infinite));
        assertEquals("cannot write " + old + ": it would hold infinity, which CSV files for Unroll may not; expected finite numbers",
                e.getMessage());
        assertEquals("1,2\n", Files.readString(old));
    }

    /** Writes WRITTEN under {@code matrix} and WRITTEN_VECTOR under {@code vector}; returns the file and what it holds. */
    private Map.Entry<Path, Map<String, NdArray>> writeNpz(String name, String matrix, String vector) throws IOException {
        Path file = dir.resolve(name);
        Map<String, NdArray> arrays = new LinkedHashMap<>();
        arrays.put(matrix, WRITTEN);
        arrays.put(vector, WRITTEN_VECTOR);
        NpzWriter.write(file, arrays);
        return Map.entry(file, arrays);
    }

    private static Map<String, byte[]> entries(Path npz) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(npz.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(e)) {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    in.transferTo(bytes);
                    entries.put(e.getName(), bytes.toByteArray());
                }
            }
        }
        return entries;
    }
}
