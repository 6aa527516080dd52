package dev.unroll.keras;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.io.BadInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Damaged and lying files (src/test/python/make_keras_fixtures.py writes most; truncations and zip
 * entries that lie about their sizes are made here) each end in one message naming the file, the
 * problem and what was expected — before anything large is allocated.
 */
class HostileKerasFilesTest {

    @TempDir
    Path dir;

    static Stream<Arguments> hostileFiles() {
        return KerasFixtures.fileAndWords("hostile.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void hostileFileIsRefusedWithOneMessage(String file, String words) {
        String message = refused(KerasFixtures.fixture("hostile/" + file));
        assertTrue(message.contains(words), message);
        assertTrue(message.contains("; expected "), "says what was expected: " + message);
    }

    @Test
    void truncatedHdf5FileIsRefusedAsTruncatedOrCorrupt() throws IOException {
        byte[] whole = Files.readAllBytes(KerasFixtures.fixture("k2_emb_seq_bias_d1.h5"));
        Path cut = dir.resolve("cut.h5");
        Files.write(cut, Arrays.copyOf(whole, whole.length / 2));
        assertTrue(refused(cut).contains("cut.h5: is not a readable HDF5 file: it is truncated or corrupt"));
    }

    @Test
    void truncatedArchiveIsRefusedAsCorrupt() throws IOException {
        byte[] whole = Files.readAllBytes(KerasFixtures.fixture("k3_emb_seq_bias_d1.keras"));
        Path cut = dir.resolve("cut.keras");
        Files.write(cut, Arrays.copyOf(whole, whole.length - 40));
        assertTrue(refused(cut).contains("cut.keras: is a zip archive that is truncated or corrupt"));
    }

    @Test
    void fileThatIsNeitherZipNorHdf5IsRefused() throws IOException {
        Path text = dir.resolve("model.keras");
        Files.writeString(text, "{\"class_name\": \"Sequential\"}");
        assertTrue(refused(text).contains("model.keras: is neither a zip archive (.keras) nor an HDF5 file (.h5)"));
        assertTrue(refused(dir.resolve("absent.h5")).contains("absent.h5: does not exist"));
    }

    @Test
    void archiveEntryDeclaringMoreThanAnyModelNeedsIsRefusedBeforeUnpacking() throws IOException {
        Path bomb = dir.resolve("bomb.keras");
        Files.write(bomb, withDeclaredSize(archive(new byte[1024]), "model.weights.h5", 0xFFFF_FFF0L));
        assertTrue(refused(bomb).contains("model.weights.h5 in " + bomb + ": declares 4,294,967,280 bytes uncompressed"));
    }

    @Test
    void archiveEntryInflatingPastItsDeclaredSizeIsStoppedThere() throws IOException {
        Path bomb = dir.resolve("inflates.keras");
        Files.write(bomb, withDeclaredSize(archive(new byte[1 << 20]), "model.weights.h5", 1000));
        assertTrue(refused(bomb).contains("model.weights.h5 in " + bomb + ": unpacks to more than the 1,000 bytes it declares"));
    }

    @Test
    void archiveWithoutWeightsIsRefusedNamingWhatIsMissing() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("config.json"));
        }
        Path empty = dir.resolve("empty.keras");
        Files.write(empty, out.toByteArray());
        assertTrue(refused(empty).contains("empty.keras: is a zip archive without model.weights.h5"));
    }

    private static String refused(Path file) {
        BadInputException e = assertThrows(BadInputException.class, () -> KerasModelReader.read(file));
        String message = e.getMessage();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.contains(file.getFileName().toString()), "names the file: " + message);
        return message;
    }

    /** A deflated archive of a valid model's config.json and a weights entry holding {@code weights}. */
    private static byte[] archive(byte[] weights) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("config.json"));
            try (ZipFile valid = new ZipFile(KerasFixtures.fixture("k3_x_last_bias_d0.keras").toFile())) {
                zip.write(valid.getInputStream(valid.getEntry("config.json")).readAllBytes());
            }
            zip.putNextEntry(new ZipEntry("model.weights.h5"));
            zip.write(weights);
        }
        return out.toByteArray();
    }

    /** The archive with the central directory's uncompressed size of {@code name} replaced. */
    private static byte[] withDeclaredSize(byte[] zip, String name, long size) {
        ByteBuffer b = ByteBuffer.wrap(zip.clone()).order(ByteOrder.LITTLE_ENDIAN);
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 < zip.length; i++) {
            if (b.getInt(i) == 0x02014b50 && b.getShort(i + 28) == nameBytes.length
                    && Arrays.equals(Arrays.copyOfRange(zip, i + 46, i + 46 + nameBytes.length), nameBytes)) {
                b.putInt(i + 24, (int) size);
                return b.array();
            }
        }
        throw new IllegalStateException(name + " is not in the archive");
    }
}
