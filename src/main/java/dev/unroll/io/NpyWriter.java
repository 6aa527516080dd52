package dev.unroll.io;

import dev.unroll.files.AtomicFiles;
import dev.unroll.rnn.Shapes;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Writes an array as numpy's {@code np.save} does: format 1.0, dtype {@code '<f8'} (little-endian
 * float64), C order, so that every double reads back, in numpy or in {@link NpyReader}, to the same
 * bits. The header is byte for byte numpy's: the dict with its keys in sorted order, the spare
 * spaces numpy leaves for the first axis to grow to 21 digits, then spaces and a final {@code '\n'}
 * up to a multiple of 64 bytes.
 */
public final class NpyWriter {

    /** numpy aligns the data to this many bytes ({@code numpy.lib.format.ARRAY_ALIGN}). */
    private static final int ALIGN = 64;
    /** The digits numpy leaves room for in the growing axis ({@code GROWTH_AXIS_MAX_DIGITS}). */
    private static final int GROWTH_DIGITS = 21;
    /** The magic string, the version 1.0 and the two-byte header length. */
    private static final int PREAMBLE = 6 + 2 + 2;
    private static final int CHUNK_VALUES = 8192;

    private NpyWriter() {
    }

    /**
     * Replaces {@code target} with the array as an .npy file, atomically (see {@link AtomicFiles}).
     *
     * @throws IOException naming the target, when it cannot be written; an existing file is then untouched
     */
    public static void write(Path target, NdArray array) throws IOException {
        AtomicFiles.write(target, out -> write(array, out));
    }

    /** The number of bytes {@link #write(NdArray, OutputStream)} writes for {@code array}. */
    static long length(NdArray array) {
        return header(array).length + 8L * array.size();
    }

    /** Writes the .npy bytes of {@code array} to {@code out}, which it leaves open. */
    static void write(NdArray array, OutputStream out) throws IOException {
        out.write(header(array));
        int size = array.size();
        ByteBuffer chunk = ByteBuffer.allocate(8 * CHUNK_VALUES).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < size; i += CHUNK_VALUES) {
            chunk.clear();
            int end = Math.min(size, i + CHUNK_VALUES);
            for (int j = i; j < end; j++) {
                // putDouble keeps every bit, NaN payloads and negative zero included
                chunk.putDouble(array.flat(j));
            }
            out.write(chunk.array(), 0, chunk.position());
        }
    }

    /** The header of {@code array}: its shape as numpy writes it, {@code ()}, {@code (n,)} or {@code (rows, cols)}. */
    static byte[] header(NdArray array) {
        return switch (array.ndim()) {
            case 0 -> header();
            case 1 -> header(array.rows());
            default -> header(array.rows(), array.cols());
        };
    }

    /** The magic string, version, length and padded header dict for a {@code '<f8'} array of this shape, as numpy 1.24 and 2.x write them. */
    static byte[] header(int... dims) {
        String shape = Shapes.of(Arrays.stream(dims).asLongStream().toArray());
        StringBuilder dict = new StringBuilder("{'descr': '<f8', 'fortran_order': False, 'shape': ").append(shape).append(", }");
        // numpy leaves room for the first dimension to grow; a 0-D array has none
        if (dims.length > 0) {
            dict.append(" ".repeat(GROWTH_DIGITS - Integer.toString(dims[0]).length()));
        }
        // numpy: padlen = ALIGN - ((PREAMBLE + len + 1) % ALIGN), so a header already aligned gets a whole 64 more
        int pad = ALIGN - (PREAMBLE + dict.length() + 1) % ALIGN;
        dict.append(" ".repeat(pad)).append('\n');
        byte[] text = dict.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] header = new byte[PREAMBLE + text.length];
        byte[] magic = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0};
        System.arraycopy(magic, 0, header, 0, magic.length);
        header[8] = (byte) text.length;
        header[9] = (byte) (text.length >>> 8);
        System.arraycopy(text, 0, header, PREAMBLE, text.length);
        return header;
    }
}
