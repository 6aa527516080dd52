package dev.unroll.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipException;

/**
 * Reads numpy's .npy format (versions 1.0, 2.0 and 3.0) without numpy: a 1-D or 2-D array of
 * float64, float32, int64 or int32 in either byte order, row-major or in Fortran (column) order.
 *
 * <p>Everything the file says is checked before it is believed: the magic string, the version, the
 * header's length and every key of it, the dtype (object arrays are refused unread, so no pickle is
 * ever loaded), that the shape stays within {@link ImportLimits#MAX_VALUES}, and that exactly as many
 * bytes follow as the shape needs. Memory grows with the bytes that actually arrive, never with what
 * a header claims. NaN and infinity are refused, naming the first one's position. A read whose thread
 * is interrupted stops with a {@link java.util.concurrent.CancellationException}.
 */
public final class NpyReader {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    /** How many bytes {@link #hasMagic} needs to see. */
    static final int MAGIC_LENGTH = MAGIC.length;
    private static final String EXPECTED = "an .npy file as np.save writes it";
    private static final int CHUNK = 1 << 16;

    private NpyReader() {
    }

    /**
     * Reads the array in an .npy file.
     *
     * @throws BadInputException naming the file and what is wrong with it
     */
    public static NdArray read(Path path) {
        return read(path, ArrayLimit.any("the array"));
    }

    /** Reads the array in an .npy file, refusing it from its header alone when its shape is past {@code limit}. */
    static NdArray read(Path path, ArrayLimit limit) {
        long size = InputFiles.check(path, ImportLimits.MAX_NPY_BYTES, EXPECTED);
        try (InputStream in = InputFiles.open(path)) {
            return read(in, BadInputException.name(path), size, limit).requireFinite(BadInputException.name(path));
        } catch (IOException e) {
            throw InputFiles.unreadable(BadInputException.name(path), e);
        }
    }

    /** Reads one .npy from a stream, as {@link #read(Path)} reads a file: NaN and infinity refused. */
    static NdArray read(InputStream in, String source, long length) {
        return read(in, source, length, ArrayLimit.any("the array")).requireFinite(source);
    }

    /**
     * Reads one .npy from a stream and checks that it ends where the data ends. The values are not
     * yet checked for NaN and infinity: an archive's entry is checked against its checksum first,
     * so that damage is reported as damage rather than as a strange value.
     *
     * @param length the stream's length if known, or −1
     * @param limit  the largest shape the array's role allows, checked before any value is read
     */
    static NdArray read(InputStream in, String source, long length, ArrayLimit limit) {
        try {
            return new NpyReader.Reading(in, source, length, limit).array();
        } catch (EOFException e) {
            throw new BadInputException(source, "is truncated (" + reason(e, "it ends early") + ")", EXPECTED, e);
        } catch (ZipException e) {
            throw new BadInputException(source, "is corrupt (" + reason(e, "bad compressed data") + ")", EXPECTED, e);
        } catch (IOException e) {
            throw InputFiles.unreadable(source, e);
        }
    }

    /** Whether {@code start}, a file's first bytes, begins with numpy's magic string, as every .npy does. */
    static boolean hasMagic(byte[] start) {
        return start.length >= MAGIC.length && Arrays.equals(start, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    private static String reason(IOException e, String otherwise) {
        return e.getMessage() != null ? BadInputException.shorten(e.getMessage()) : otherwise;
    }

    /** One read of one stream. */
    private static final class Reading {
        private final InputStream in;
        private final String source;
        private final long length;
        private final ArrayLimit limit;
        private long position;

        Reading(InputStream in, String source, long length, ArrayLimit limit) {
            this.in = in;
            this.source = source;
            this.length = length;
            this.limit = limit;
        }

        NdArray array() throws IOException {
            byte[] magic = readUpTo(MAGIC.length + 2);
            if (!hasMagic(magic)) {
                if (magic.length >= 2 && magic[0] == 'P' && magic[1] == 'K') {
                    throw bad("does not start with numpy's magic string \\x93NUMPY but with a zip archive's 'PK'", 
                            EXPECTED + " (an .npz is read as an .npz)");
                }
                throw bad(magic.length < MAGIC.length ? "is too short to be an .npy file (" + magic.length + " bytes)"
                        : "does not start with numpy's magic string \\x93NUMPY", EXPECTED);
            }
            if (magic.length < MAGIC.length + 2) {
                throw bad("is truncated: it ends inside the format version", EXPECTED);
            }
            int major = magic[6] & 0xFF;
            int minor = magic[7] & 0xFF;
            if (!(minor == 0 && major >= 1 && major <= 3)) {
                throw bad("has .npy format version " + major + "." + minor, "version 1.0, 2.0 or 3.0");
            }
            long headerLength = major == 1 ? littleEndian(readFully(2)) : littleEndian(readFully(4));
            if (headerLength > ImportLimits.MAX_NPY_HEADER_BYTES) {
                throw bad("says its header is " + InputFiles.count(headerLength) + " bytes long",
                        "a header of at most " + InputFiles.count(ImportLimits.MAX_NPY_HEADER_BYTES) + " bytes");
            }
            if (length >= 0 && position + headerLength > length) {
                throw bad("is truncated: its header says it is " + headerLength + " bytes long, but only "
                        + (length - position) + " bytes follow", EXPECTED);
            }
            byte[] headerBytes = readFully((int) headerLength);
            // versions 1 and 2 write the header in Latin-1, version 3 in UTF-8
            String text = new String(headerBytes, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
            NpyHeader header = NpyHeader.parse(text, source);
            return data(header);
        }

        private NdArray data(NpyHeader header) throws IOException {
            long[] shape = header.shape();
            String shapeText = header.shapeText();
            if (shape.length == 0 || shape.length > 2) {
                throw bad("holds an array of shape " + shapeText + ", with " + shape.length + " dimensions",
                        "a 1-D or 2-D array");
            }
            long count = header.count();
            if (count < 0 || count > ImportLimits.MAX_VALUES || Arrays.stream(shape).anyMatch(d -> d > Integer.MAX_VALUE)) {
                throw bad("has shape " + shapeText + ", past the limit of " + InputFiles.count(ImportLimits.MAX_VALUES)
                        + " values in one array", "at most " + InputFiles.count(ImportLimits.MAX_VALUES) + " values");
            }
            limit.checkShape(source, shape, shapeText);
            NpyDtype dtype = header.dtype();
            long bytes = count * dtype.size();
            String promise = "its header's shape " + shapeText + " of " + dtype.descr() + " needs "
                    + InputFiles.count(bytes) + " bytes of data";
            if (length >= 0 && length - position != bytes) {
                throw bad(promise + ", but " + InputFiles.count(length - position) + " follow the header",
                        "exactly " + InputFiles.count(bytes) + " bytes after the header");
            }
            double[] values = readValues(dtype, (int) count, promise);
            if (in.read() >= 0) {
                throw bad(promise + ", but more bytes follow", "exactly " + InputFiles.count(bytes) + " bytes after the header");
            }
            int rows = (int) shape[0];
            NdArray array;
            if (shape.length == 1) {
                array = NdArray.vector(values);
            } else {
                int cols = (int) shape[1];
                array = NdArray.matrix(rows, cols, header.fortranOrder() ? fromColumnMajor(values, rows, cols) : values);
            }
            return array;
        }

        /** Reads count values, growing the array only as bytes arrive, so a lying header costs no memory. */
        private double[] readValues(NpyDtype dtype, int count, String promise) throws IOException {
            GrowingDoubles values = new GrowingDoubles(Math.min(count, CHUNK), count);
            byte[] chunk = new byte[CHUNK * dtype.size() / 8 * 8];
            ByteBuffer buffer = ByteBuffer.wrap(chunk).order(dtype.bigEndian() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
            int done = 0;
            while (done < count) {
                InputFiles.checkCancelled(source);
                int n = (int) Math.min((long) (count - done) * dtype.size(), chunk.length);
                int got = in.readNBytes(chunk, 0, n);
                position += got;
                if (got < n) {
                    throw bad("is truncated: " + promise + ", but only "
                            + InputFiles.count((long) done * dtype.size() + got) + " follow", EXPECTED);
                }
                int k = n / dtype.size();
                values.reserve(k);
                buffer.clear();
                for (int i = 0; i < k; i++) {
                    values.add(switch (dtype.size() * (dtype.floating() ? 1 : -1)) {
                        case 8 -> buffer.getDouble();
                        case 4 -> buffer.getFloat();
                        case -8 -> buffer.getLong();
                        default -> buffer.getInt();
                    });
                }
                done += k;
            }
            return values.toArray();
        }

        private static double[] fromColumnMajor(double[] values, int rows, int cols) {
            double[] rowMajor = new double[values.length];
            for (int c = 0; c < cols; c++) {
                for (int r = 0; r < rows; r++) {
                    rowMajor[r * cols + c] = values[c * rows + r];
                }
            }
            return rowMajor;
        }

        private byte[] readUpTo(int n) throws IOException {
            byte[] bytes = in.readNBytes(n);
            position += bytes.length;
            return bytes;
        }

        private byte[] readFully(int n) throws IOException {
            byte[] bytes = readUpTo(n);
            if (bytes.length < n) {
                throw bad("is truncated: it ends inside its header", EXPECTED);
            }
            return bytes;
        }

        private static long littleEndian(byte[] bytes) {
            long v = 0;
            for (int i = bytes.length - 1; i >= 0; i--) {
                v = (v << 8) | (bytes[i] & 0xFF);
            }
            return v;
        }

        private BadInputException bad(String problem, String expected) {
            return new BadInputException(source, problem, expected);
        }
    }
}
