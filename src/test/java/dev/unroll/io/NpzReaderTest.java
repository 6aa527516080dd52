package dev.unroll.io;

import static dev.unroll.io.IoFixtures.assertBad;
import static dev.unroll.io.IoFixtures.fixture;
import static dev.unroll.io.IoFixtures.npyF8;
import static dev.unroll.io.IoFixtures.write;
import static dev.unroll.io.IoFixtures.zip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .npz archives from np.savez and np.savez_compressed, and broken, oversized and hostile zips. */
class NpzReaderTest {

    private static final byte[] CENTRAL_HEADER = {'P', 'K', 1, 2};
    /** Offset of the uncompressed size within a zip central directory header. */
    private static final int CENTRAL_SIZE_FIELD = 24;

    @TempDir
    Path dir;

    @Test
    void storedAndCompressedArchivesHoldTheSameArraysInNumpysOrder() {
        Map<String, NdArray> stored = NpzReader.read(fixture("unroll_names.npz"));
        Map<String, NdArray> compressed = NpzReader.read(fixture("unroll_names_compressed.npz"));
        assertEquals(List.of("W", "U", "b", "V", "c", "x"), new ArrayList<>(stored.keySet()));
        assertEquals(stored, compressed);
        assertEquals("(4, 3)", stored.get("W").shape());
        assertEquals("(4,)", stored.get("b").shape());
    }

    @Test
    void getWeightsArchiveHoldsPositionalFloat32Arrays() {
        Map<String, NdArray> arrays = NpzReader.read(fixture("keras_get_weights.npz"));
        assertEquals(List.of("arr_0", "arr_1", "arr_2", "arr_3", "arr_4"), new ArrayList<>(arrays.keySet()));
        assertEquals("(3, 4)", arrays.get("arr_0").shape());
        assertEquals("(4, 2)", arrays.get("arr_3").shape());
    }

    @Test
    void fileThatIsNotAZipIsRefused() {
        Path file = write(dir, "w.npz", IoFixtures.bytes("matrix_lef8.npy"));
        assertBad(file, () -> NpzReader.read(file), "is an .npy file, one array saved by np.save, not an .npz archive of several",
                "expected an .npz file as np.savez or np.savez_compressed writes it");
    }

    @Test
    void textFileNamedNpzIsSaidNotToBeAZipWithoutTheZipLibrarysWords() {
        Path file = write(dir, "w.npz", "W,U,b\n1,2,3\n");
        BadInputException e = assertBad(file, () -> NpzReader.read(file), "is not a zip archive, as every .npz is: it does not start with 'PK'");
        assertFalse(e.getMessage().contains("END header"), e.getMessage());
    }

    @Test
    void truncatedArchiveIsRefused() {
        byte[] full = IoFixtures.bytes("unroll_names_compressed.npz");
        Path file = write(dir, "cut.npz", Arrays.copyOf(full, full.length - 30));
        assertBad(file, () -> NpzReader.read(file), "is a zip archive that is truncated or corrupt: its table of contents cannot be read");
    }

    @Test
    void corruptCompressedDataIsRefusedNamingTheEntry() {
        byte[] bytes = IoFixtures.bytes("unroll_names_compressed.npz");
        // inside W.npy's deflated data, just after its 35-byte local header
        for (int i = 40; i < 60; i++) {
            bytes[i] ^= (byte) 0x5A;
        }
        Path file = write(dir, "corrupt.npz", bytes);
        assertBad("W.npy in " + BadInputException.name(file), () -> NpzReader.read(file), "is corrupt (invalid stored block lengths)");
    }

    @Test
    void flippedStoredDataFailsTheChecksum() {
        byte[] bytes = zip(false, "W.npy", npyF8("(2,)", 1, 2));
        int data = IoFixtures.indexOf(bytes, new byte[] {0, 0, 0, 0, 0, 0, (byte) 0xF0, 0x3F}, 0);
        bytes[data + 6] = 0x40;
        Path file = write(dir, "flipped.npz", bytes);
        assertBad("W.npy in " + BadInputException.name(file), () -> NpzReader.read(file),
                "is damaged: its checksum does not match its data");
    }

    @Test
    void entryDeclaringMoreThanTheLimitIsRefusedBeforeUnpacking() {
        byte[] bytes = zip(true, "W.npy", npyF8("(2,)", 1, 2));
        setDeclaredSize(bytes, 0xFFFF_FFF0L);
        Path file = write(dir, "declared.npz", bytes);
        assertBad("W.npy in " + BadInputException.name(file), () -> NpzReader.read(file),
                "declares 4,294,967,280 bytes uncompressed", "expected at most 400,065,548 bytes in one array");
    }

    @Test
    void zipBombThatInflatesPastItsDeclaredSizeIsStoppedThere() {
        // a one-value array followed by 100 MB of zeros, which deflate to about 100 KB; the archive
        // declares only the array's own size, so every byte past it is counted, not trusted
        byte[] array = npyF8("(1,)", 0.5);
        byte[] bomb = Arrays.copyOf(array, array.length + 100_000_000);
        byte[] bytes = zip(true, "x.npy", bomb);
        bomb = null;
        assertTrue(bytes.length < 200_000, "compresses tiny: " + bytes.length);
        setDeclaredSize(bytes, array.length);
        Path file = write(dir, "bomb.npz", bytes);
        assertBad("x.npy in " + BadInputException.name(file), () -> NpzReader.read(file),
                "unpacks to more than the " + array.length + " bytes it declares", "a zip bomb is stopped before it fills memory");
    }

    @Test
    void declaredSizeSmallerThanTheArrayIsALyingHeader() {
        byte[] bytes = zip(true, "x.npy", npyF8("(1000000,)", new double[1_000_000]));
        setDeclaredSize(bytes, 200);
        Path file = write(dir, "lying.npz", bytes);
        assertBad("x.npy in " + BadInputException.name(file), () -> NpzReader.read(file),
                "its header's shape (1000000,) of <f8 needs 8,000,000 bytes of data, but 72 follow the header");
    }

    @Test
    void tooManyEntriesAreRefused() {
        Object[] entries = new Object[2 * 65];
        for (int i = 0; i < 65; i++) {
            entries[2 * i] = "arr_" + i + ".npy";
            entries[2 * i + 1] = npyF8("(1,)", i);
        }
        Path file = write(dir, "many.npz", zip(false, entries));
        assertBad(file, () -> NpzReader.read(file), "has 65 entries", "expected at most 64");
    }

    @Test
    void emptyArchiveIsRefused() {
        Path file = write(dir, "empty.npz", zip(false));
        assertBad(file, () -> NpzReader.read(file), "holds no arrays");
    }

    @Test
    void entryThatIsNotAnNpyIsRefused() {
        Path file = write(dir, "odd.npz", zip(false, "W.npy", npyF8("(1,)", 1), "notes.txt", new byte[] {'h', 'i'}));
        assertBad(file, () -> NpzReader.read(file), "holds 'notes.txt', which is not an .npy array");
    }

    @Test
    void nameCheckRefusesAnEntryBeforeItIsUnpacked() {
        // the second entry is no .npy at all: had it been unpacked, the error would name its magic string
        Path file = write(dir, "named.npz", zip(false, "W.npy", npyF8("(1,)", 1), "evil.npy", new byte[] {1, 2, 3}));
        assertBad(file, () -> NpzReader.read(file, name -> WeightNames.requireKnown(name, BadInputException.name(file))),
                "holds an array named 'evil'", "expected Unroll's names W, U, b");
    }

    @Test
    void badArrayInsideAnArchiveIsNamedWithItsEntry() {
        Path file = write(dir, "nan.npz", zip(true, "b.npy", npyF8("(3,)", 0, Double.NaN, 1)));
        assertBad("b.npy in " + BadInputException.name(file), () -> NpzReader.read(file), "NaN at [1]");
    }

    /** Sets the uncompressed size that the first central directory header declares. */
    private static void setDeclaredSize(byte[] zip, long size) {
        int central = IoFixtures.indexOf(zip, CENTRAL_HEADER, 0);
        ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN).putInt(central + CENTRAL_SIZE_FIELD, (int) size);
    }
    @Test
    void storedEntryDamagedIntoANaNIsReportedAsDamagedNotAsANaN() {
        byte[] bytes = zip(false, "W.npy", npyF8("(1, 3)", 1, 2, 3));
        int three = IoFixtures.indexOf(bytes, new byte[] {0, 0, 0, 0, 0, 0, 8, 0x40}, 0);
        bytes[three + 6] = (byte) 0xF8;
        bytes[three + 7] = (byte) 0x7F;
        Path file = write(dir, "damaged.npz", bytes);
        BadInputException e = assertBad("W.npy in " + BadInputException.name(file), () -> NpzReader.read(file),
                "is damaged: its checksum does not match its data, so its values cannot be trusted");
        assertFalse(e.getMessage().contains("NaN"), e.getMessage());
    }

    @Test
    void storedEntryWhoseHeaderIsDamagedIsReportedAsDamaged() {
        byte[] bytes = zip(false, "W.npy", npyF8("(2,)", 1, 2));
        int descr = IoFixtures.indexOf(bytes, "'descr'".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0);
        bytes[descr + 1] = 'x';
        Path file = write(dir, "damaged.npz", bytes);
        assertBad("W.npy in " + BadInputException.name(file), () -> NpzReader.read(file), "is damaged: its checksum does not match");
    }
}
