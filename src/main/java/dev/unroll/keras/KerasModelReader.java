package dev.unroll.keras;

import dev.unroll.io.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Opens a trained Keras model file: a Keras 3 {@code .keras} archive or a Keras 2 / tf.keras
 * {@code .h5} file, told apart by their first bytes (a zip starts with {@code PK}, HDF5 with
 * {@code \u2030HDF}) rather than by the name's ending. Every failure — a missing or damaged file, a
 * layer Unroll does not draw, a weight of the wrong shape or type — is one {@link BadInputException}
 * naming the file.
 */
public final class KerasModelReader {

    static final String EXPECTED = "a Keras model saved with model.save(), as a .keras archive (Keras 3) or an .h5 file (Keras 2)";
    private static final byte[] HDF5_MAGIC = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};

    private KerasModelReader() {
    }

    /**
     * Reads the model at {@code path}.
     *
     * @throws BadInputException naming the file, the problem and what was expected
     */
    public static KerasModel read(Path path) {
        String source = BadInputException.name(path);
        byte[] start = start(path, source);
        if (start.length >= 2 && start[0] == 'P' && start[1] == 'K') {
            return KerasArchive.read(path, source);
        }
        if (startsWith(start, HDF5_MAGIC)) {
            try (HdfWeights h5 = HdfWeights.open(source, path)) {
                return Keras2File.read(h5);
            }
        }
        throw new BadInputException(source, "is neither a zip archive (.keras) nor an HDF5 file (.h5)", EXPECTED);
    }

    private static byte[] start(Path path, String source) {
        try {
            if (Files.isDirectory(path)) {
                throw new BadInputException(source, "is a folder", EXPECTED);
            }
            long size = Files.size(path);
            if (size > KerasLimits.MAX_FILE_BYTES) {
                throw new BadInputException(source, "has " + String.format(java.util.Locale.ROOT, "%,d", size) + " bytes",
                        "at most " + String.format(java.util.Locale.ROOT, "%,d", KerasLimits.MAX_FILE_BYTES) + " bytes");
            }
            try (InputStream in = Files.newInputStream(path)) {
                return in.readNBytes(HDF5_MAGIC.length);
            }
        } catch (NoSuchFileException e) {
            throw new BadInputException(source, "does not exist", EXPECTED, e);
        } catch (IOException e) {
            throw new BadInputException(source, "cannot be read (" + BadInputException.shorten(String.valueOf(e.getMessage()))
                    + ")", EXPECTED, e);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
