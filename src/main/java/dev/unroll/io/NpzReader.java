package dev.unroll.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads numpy's .npz archives, as {@code np.savez} (stored) and {@code np.savez_compressed}
 * (deflated) write them: a zip of .npy files, one per array, named {@code W.npy} or {@code arr_0.npy}.
 *
 * <p>A zip can claim anything, so nothing it claims is trusted: at most
 * {@link ImportLimits#MAX_ARCHIVE_ENTRIES} entries; each entry's declared uncompressed size at most
 * {@link ImportLimits#MAX_NPY_BYTES} and all together at most {@link ImportLimits#MAX_ARCHIVE_BYTES},
 * checked before any is unpacked; and while unpacking, the bytes are counted, so an entry that
 * inflates past its declared size (a zip bomb) is stopped at that size. Every entry's checksum is
 * verified. Each array is then read by {@link NpyReader}, with all its checks.
 */
public final class NpzReader {

    private static final String EXPECTED = "an .npz file as np.savez or np.savez_compressed writes it";
    /** The largest entry read to its end to check its checksum after it failed to parse. */
    private static final long DRAIN_FOR_CHECKSUM = 16L * 1024 * 1024;

    private NpzReader() {
    }

    /**
     * Reads every array, keyed by its name without {@code .npy}, in the archive's order.
     *
     * @throws BadInputException naming the file (and the entry) and what is wrong
     */
    public static Map<String, NdArray> read(Path path) {
        return read(path, name -> { });
    }

    /**
     * Reads every array as {@link #read(Path)} does, first passing each entry's name to
     * {@code nameCheck}, which may refuse it by throwing a {@link BadInputException}; a refused
     * entry is never unpacked.
     */
    public static Map<String, NdArray> read(Path path, Consumer<String> nameCheck) {
        String source = BadInputException.name(path);
        InputFiles.check(path, ImportLimits.MAX_ARCHIVE_BYTES + 16L * 1024 * 1024, EXPECTED);
        try (ZipFile zip = open(path, source)) {
            List<? extends ZipEntry> entries = entries(zip, source);
            Map<String, NdArray> arrays = new LinkedHashMap<>();
            for (ZipEntry entry : entries) {
                String name = arrayName(entry, source);
                if (arrays.containsKey(name)) {
                    throw new BadInputException(source, "holds two arrays named " + BadInputException.quoted(name),
                            "each name once");
                }
                nameCheck.accept(name);
                arrays.put(name, readEntry(zip, entry, source));
            }
            return Collections.unmodifiableMap(arrays);
        } catch (IOException e) {
            // only closing can get here; every read inside has reported its own failure
            throw InputFiles.unreadable(source, e);
        }
    }

    private static ZipFile open(Path path, String source) {
        try {
            return new ZipFile(path.toFile());
        } catch (ZipException e) {
            throw new BadInputException(source, notAnArchive(path), EXPECTED, e);
        } catch (IOException e) {
            throw InputFiles.unreadable(source, e);
        } catch (RuntimeException e) {
            // the JDK's zip code signals some malformed central directories with unchecked exceptions
            throw corrupt(source, e);
        }
    }

    /**
     * Why a file is not a readable archive, from its first bytes: the zip library's own words
     * ("zip END header not found") mean nothing to someone who saved an array with numpy.
     */
    private static String notAnArchive(Path path) {
        byte[] start;
        try (InputStream in = InputFiles.open(path)) {
            start = in.readNBytes(NpyReader.MAGIC_LENGTH);
        } catch (IOException | BadInputException e) {
            start = new byte[0];
        }
        if (NpyReader.hasMagic(start)) {
            return "is an .npy file, one array saved by np.save, not an .npz archive of several";
        }
        if (start.length >= 2 && start[0] == 'P' && start[1] == 'K') {
            return "is a zip archive that is truncated or corrupt: its table of contents cannot be read";
        }
        return "is not a zip archive, as every .npz is: it does not start with 'PK'";
    }

    private static List<? extends ZipEntry> entries(ZipFile zip, String source) {
        int size = zip.size();
        if (size == 0) {
            throw new BadInputException(source, "holds no arrays", "at least W, U and b, or Keras's kernel, recurrent_kernel and bias");
        }
        if (size > ImportLimits.MAX_ARCHIVE_ENTRIES) {
            throw new BadInputException(source, "has " + InputFiles.count(size) + " entries",
                    "at most " + ImportLimits.MAX_ARCHIVE_ENTRIES);
        }
        List<? extends ZipEntry> entries;
        try {
            entries = Collections.list(zip.entries());
        } catch (RuntimeException e) {
            throw corrupt(source, e);
        }
        long declared = 0;
        for (ZipEntry entry : entries) {
            long bytes = entry.getSize();
            String entrySource = entry(entry.getName(), source);
            if (bytes > ImportLimits.MAX_NPY_BYTES) {
                throw new BadInputException(entrySource, "declares " + InputFiles.count(bytes) + " bytes uncompressed",
                        "at most " + InputFiles.count(ImportLimits.MAX_NPY_BYTES) + " bytes in one array");
            }
            declared += Math.max(bytes, 0);
            if (declared > ImportLimits.MAX_ARCHIVE_BYTES) {
                throw new BadInputException(source, "declares more than " + InputFiles.count(ImportLimits.MAX_ARCHIVE_BYTES)
                        + " bytes uncompressed", "at most " + InputFiles.count(ImportLimits.MAX_ARCHIVE_BYTES) + " bytes in all");
            }
        }
        return entries;
    }

    private static String arrayName(ZipEntry entry, String source) {
        String name = entry.getName();
        if (entry.isDirectory() || !name.endsWith(".npy") || name.length() == 4) {
            throw new BadInputException(source, "holds " + BadInputException.quoted(name) + ", which is not an .npy array",
                    "only .npy entries, as np.savez writes them");
        }
        return name.substring(0, name.length() - 4);
    }

    private static NdArray readEntry(ZipFile zip, ZipEntry entry, String source) {
        String entrySource = entry(entry.getName(), source);
        long declared = entry.getSize();
        // an entry may hold no more than it declares: that bound holds even when the compressed data lies
        long limit = declared >= 0 ? declared : ImportLimits.MAX_NPY_BYTES;
        String problem = declared >= 0 ? "unpacks to more than the " + InputFiles.count(declared) + " bytes it declares"
                : "unpacks to more than " + InputFiles.count(limit) + " bytes";
        InputStream raw;
        try {
            raw = zip.getInputStream(entry);
        } catch (ZipException e) {
            throw new BadInputException(entrySource, "is corrupt (" + BadInputException.shorten(String.valueOf(e.getMessage()))
                    + ")", EXPECTED, e);
        } catch (IOException e) {
            throw InputFiles.unreadable(entrySource, e);
        } catch (RuntimeException e) {
            throw corrupt(entrySource, e);
        }
        CRC32 crc = new CRC32();
        try (InputStream in = new CheckedInputStream(new InputFiles.Limited(raw, limit, entrySource, problem), crc)) {
            NdArray array;
            try {
                array = NpyReader.read(in, entrySource, declared, ArrayLimit.forName(arrayName(entry, source)));
            } catch (BadInputException e) {
                throw damagedOr(e, entry, in, crc, entrySource);
            }
            if (!crcMatches(entry, crc)) {
                throw damaged(entrySource);
            }
            // only values that passed the checksum are what was saved: a NaN in them is the user's own
            return array.requireFinite(entrySource);
        } catch (IOException e) {
            throw InputFiles.unreadable(entrySource, e);
        }
    }

    /**
     * A damaged entry can look like a bad header or a truncated array; when its checksum says it
     * is damaged, that is the message. Small entries are read to their end to tell; a large one is
     * not read further, so that an entry refused from its header alone costs nothing more.
     */
    private static BadInputException damagedOr(BadInputException e, ZipEntry entry, InputStream in, CRC32 crc, String entrySource) {
        if (entry.getCrc() < 0 || entry.getSize() < 0 || entry.getSize() > DRAIN_FOR_CHECKSUM) {
            return e;
        }
        try {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException | BadInputException unreadable) {
            return e;
        }
        return crcMatches(entry, crc) ? e : damaged(entrySource);
    }

    private static boolean crcMatches(ZipEntry entry, CRC32 crc) {
        return entry.getCrc() < 0 || crc.getValue() == entry.getCrc();
    }

    private static BadInputException damaged(String entrySource) {
        return new BadInputException(entrySource, "is damaged: its checksum does not match its data, so its values cannot be trusted",
                EXPECTED + " (save it again, or copy it again)");
    }

    private static String entry(String name, String source) {
        return BadInputException.shorten(name) + " in " + source;
    }

    private static BadInputException corrupt(String source, RuntimeException e) {
        return new BadInputException(source, "is corrupt (" + BadInputException.shorten(String.valueOf(e.getMessage())) + ")",
                EXPECTED, e);
    }
}
