package dev.unroll.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.FixtureFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.function.Executable;

/** Files made by numpy (src/test/python/make_io_fixtures.py), and small files made here byte by byte. */
final class IoFixtures {

    /** The matrix every matrix_*.npy fixture holds. */
    static final double[][] MATRIX = {{1, -2, 3}, {4, 5, -6}};

    private IoFixtures() {
    }

    /** A file under src/test/resources/fixtures/io/. */
    static Path fixture(String name) {
        return FixtureFiles.of("io", name, "make_io_fixtures.py");
    }

    static byte[] bytes(String fixture) {
        try {
            return Files.readAllBytes(fixture(fixture));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An .npy, version 1.0, with the header dict as given (padded as numpy pads it) and then {@code data}. */
    static byte[] npy(String header, byte[] data) {
        return npy(1, header, data);
    }

    static byte[] npy(int major, String header, byte[] data) {
        int preamble = 6 + 2 + (major == 1 ? 2 : 4);
        StringBuilder h = new StringBuilder(header);
        while ((preamble + h.length() + 1) % 64 != 0) {
            h.append(' ');
        }
        h.append('\n');
        byte[] text = h.toString().getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer buffer = ByteBuffer.allocate(preamble + text.length + data.length).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', (byte) major, 0});
        if (major == 1) {
            buffer.putShort((short) text.length);
        } else {
            buffer.putInt(text.length);
        }
        return buffer.put(text).put(data).array();
    }

    /** An .npy of little-endian doubles with shape text such as "(2, 3)". */
    static byte[] npyF8(String shape, double... values) {
        return npy("{'descr': '<f8', 'fortran_order': False, 'shape': " + shape + ", }", f8(values));
    }

    static byte[] f8(double... values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : values) {
            b.putDouble(v);
        }
        return b.array();
    }

    /** A zip of named entries, each stored or deflated as np.savez or np.savez_compressed would. */
    static byte[] zip(boolean deflate, Object... namesAndBytes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndBytes.length; i += 2) {
                byte[] data = (byte[]) namesAndBytes[i + 1];
                ZipEntry entry = new ZipEntry((String) namesAndBytes[i]);
                if (!deflate) {
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(data.length);
                    entry.setCompressedSize(data.length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(data);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Writes bytes to a file in {@code dir} and returns its path. */
    static Path write(Path dir, String name, byte[] content) {
        try {
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path dir, String name, String content) {
        return write(dir, name, content.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Asserts that {@code read} fails with exactly a {@link BadInputException} whose one-line message
     * starts with the file's name and contains every fragment; returns it.
     */
    static BadInputException assertBad(Path file, Executable read, String... fragments) {
        return assertBad(BadInputException.name(file), read, fragments);
    }

    static BadInputException assertBad(String source, Executable read, String... fragments) {
        BadInputException e = assertThrows(BadInputException.class, read);
        String message = e.getMessage();
        assertEquals(BadInputException.class, e.getClass());
        assertTrue(message.startsWith(source + ": "), "names the file first: " + message);
        assertEquals(1, message.lines().count(), "one line: " + message);
        for (String fragment : fragments) {
            assertTrue(message.contains(fragment), "'" + fragment + "' in: " + message);
        }
        return e;
    }

    /** The first index of {@code pattern} in {@code data}, or −1. */
    static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
