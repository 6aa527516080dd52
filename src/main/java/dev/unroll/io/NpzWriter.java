package dev.unroll.io;

import dev.unroll.files.AtomicFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes arrays as numpy's {@code np.savez} does: a zip of one stored (uncompressed) .npy per array,
 * named {@code W.npy}, {@code U.npy} and so on, each written by {@link NpyWriter}; {@code np.load} and
 * {@link NpzReader} read it back to the same bits. The file is replaced atomically (see
 * {@link AtomicFiles}).
 *
 * <p>A stored zip entry declares its size and checksum before its data. Both are worked out first, by
 * writing the array once into a checksum alone, so no array is ever held twice in memory.
 */
public final class NpzWriter {

    /** The date numpy's entries carry (zipfile's default), so that no two writes of the same numbers differ. */
    private static final long ZIP_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0)
            .atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();

    private NpzWriter() {
    }

    /**
     * Replaces {@code target} with an .npz of {@code arrays}, in their map's order.
     *
     * @throws IOException naming the target, when it cannot be written; an existing file is then untouched
     */
    public static void write(Path target, Map<String, NdArray> arrays) throws IOException {
        AtomicFiles.write(target, out -> write(arrays, out));
    }

    /** Writes the archive's bytes to {@code out}, which it leaves open. */
    static void write(Map<String, NdArray> arrays, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        for (Map.Entry<String, NdArray> e : arrays.entrySet()) {
            NdArray array = e.getValue();
            ZipEntry entry = new ZipEntry(e.getKey() + ".npy");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(NpyWriter.length(array));
            entry.setCompressedSize(NpyWriter.length(array));
            entry.setCrc(checksum(array));
            entry.setTime(ZIP_EPOCH);
            zip.putNextEntry(entry);
            NpyWriter.write(array, zip);
            zip.closeEntry();
        }
        // finish, not close: the stream underneath belongs to the caller
        zip.finish();
    }

    private static long checksum(NdArray array) throws IOException {
        CRC32 crc = new CRC32();
        NpyWriter.write(array, new CheckedOutputStream(OutputStream.nullOutputStream(), crc));
        return crc.getValue();
    }
}
