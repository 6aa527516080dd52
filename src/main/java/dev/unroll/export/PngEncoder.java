package dev.unroll.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A PNG encoder that takes its rows a band at a time, so a large picture never needs to be held
 * whole: 8-bit RGB, or RGBA when the picture has transparent pixels, non-interlaced. It favours
 * speed over the last few per cent of size, since a diagram is mostly flat colour: each row is
 * filtered with "Up" (the difference from the row above, zero wherever a row repeats the one before,
 * as a diagram's tall boxes make most rows do) and deflated at zlib's fastest level. ImageIO's PNG
 * writer tries every filter on every row and deflates at its default level, which took most of a
 * large export's time; this writer's files are valid PNGs that decode to the same pixels.
 *
 * <p>Each band is filtered and deflated on its own ({@link #encode}), so that several threads can
 * encode bands at once, and the encoder joins them in order: a band's first row is filtered with
 * "None", needing no row of another band, and its deflate stream ends on a byte boundary with a
 * sync flush rather than a final block, so the bands' streams laid end to end are one deflate
 * stream (the way parallel gzip tools join theirs). The zlib checksum of the whole is combined from
 * the bands' own.
 */
final class PngEncoder {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte FILTER_NONE = 0;
    private static final byte FILTER_UP = 2;
    /**
     * The zlib header: deflate with a 32 KB window (0x78), no preset dictionary, the fastest level, and
     * the check bits that make the two bytes, read as one number, a multiple of 31.
     */
    private static final byte[] ZLIB_HEADER = {0x78, 0x01};
    /** The modulus of the Adler-32 checksum, the largest prime below 2^16. */
    private static final int ADLER_BASE = 65521;
    /** The size of one IDAT chunk's data: large enough that the chunk framing costs nothing. */
    private static final int CHUNK = 1 << 16;

    /**
     * A band of rows, filtered and deflated: the deflate stream's bytes, how many rows it holds, whether
     * it ends the picture's stream, and the Adler-32 checksum and length of the filtered bytes.
     */
    record Band(byte[] deflated, int rows, boolean last, int adler, long filteredLength) {
    }

    private final OutputStream out;
    private final int height;
    private final CRC32 crc = new CRC32();
    private final byte[] chunk = new byte[CHUNK];
    /** Bytes waiting in {@link #chunk}. */
    private int pending;
    private int rowsWritten;
    private boolean ended;
    /** The Adler-32 checksum of the filtered bytes of the bands so far; 1 is that of no bytes. */
    private int adler = 1;

    /**
     * Starts a {@code width} × {@code height} PNG on {@code out}, with an alpha channel when
     * {@code alpha}; the bands follow through {@link #append} and {@link #finish} ends the file.
     */
    PngEncoder(OutputStream out, int width, int height, boolean alpha) throws IOException {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a PNG has at least one pixel, got " + width + " × " + height);
        }
        this.out = out;
        this.height = height;
        out.write(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8;
        header[9] = (byte) (alpha ? 6 : 2);
        // compression 0 (deflate), filter method 0, no interlace
        writeChunk("IHDR", header, header.length);
        data(ZLIB_HEADER, ZLIB_HEADER.length);
    }

    /**
     * Filters and deflates the first {@code rows} rows of {@code image}, an INT_RGB or INT_ARGB image,
     * as RGBA when {@code alpha} and RGB otherwise; {@code last} when they are the picture's last rows.
     * Needs nothing from any other band, so bands can be encoded on several threads at once.
     */
    static Band encode(BufferedImage image, int rows, boolean alpha, boolean last) {
        if (rows < 1 || rows > image.getHeight()) {
            throw new IllegalArgumentException("a band of " + rows + " rows from an image of " + image.getHeight());
        }
        int width = image.getWidth();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        byte[] line = new byte[1 + Math.multiplyExact(width, alpha ? 4 : 3)];
        // the filtered form of a row equal to the one above: "Up" and nothing but zeros
        byte[] repeated = new byte[line.length];
        repeated[0] = FILTER_UP;
        Adler32 checksum = new Adler32();
        ByteArrayOutputStream deflated = new ByteArrayOutputStream(1 << 16);
        byte[] buffer = new byte[1 << 16];
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        try {
            for (int row = 0; row < rows; row++) {
                int at = row * width;
                byte[] filtered;
                if (row > 0 && Arrays.equals(pixels, at, at + width, pixels, at - width, at)) {
                    filtered = repeated;
                } else {
                    filter(pixels, at, row > 0 ? at - width : -1, width, alpha, line);
                    filtered = line;
                }
                checksum.update(filtered);
                deflater.setInput(filtered);
                while (!deflater.needsInput()) {
                    deflated.write(buffer, 0, deflater.deflate(buffer));
                }
            }
            if (last) {
                deflater.finish();
                while (!deflater.finished()) {
                    deflated.write(buffer, 0, deflater.deflate(buffer));
                }
            } else {
                // a sync flush ends on a byte boundary without a final block: the next band's stream follows on
                int written;
                do {
                    written = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                    deflated.write(buffer, 0, written);
                } while (written == buffer.length);
            }
        } finally {
            deflater.end();
        }
        return new Band(deflated.toByteArray(), rows, last, (int) checksum.getValue(), (long) rows * line.length);
    }

    /**
     * One row's filter type and filtered bytes into {@code line}: "Up" when {@code above} is the offset
     * of the row above, Filt(x) = Orig(x) − Orig(x above) modulo 256, and "None" when it is −1. The low
     * byte of a difference depends only on the low bytes of the two numbers, so each channel's
     * difference is taken on the shifted pixels without masking them.
     */
    private static void filter(int[] pixels, int at, int above, int width, boolean alpha, byte[] line) {
        int j = 1;
        if (above < 0) {
            line[0] = FILTER_NONE;
            for (int x = 0; x < width; x++) {
                int p = pixels[at + x];
                line[j++] = (byte) (p >>> 16);
                line[j++] = (byte) (p >>> 8);
                line[j++] = (byte) p;
                if (alpha) {
                    line[j++] = (byte) (p >>> 24);
                }
            }
            return;
        }
        line[0] = FILTER_UP;
        for (int x = 0; x < width; x++) {
            int p = pixels[at + x];
            int q = pixels[above + x];
            line[j++] = (byte) ((p >>> 16) - (q >>> 16));
            line[j++] = (byte) ((p >>> 8) - (q >>> 8));
            line[j++] = (byte) (p - q);
            if (alpha) {
                line[j++] = (byte) ((p >>> 24) - (q >>> 24));
            }
        }
    }

    /** Adds the next band, in order from the top; the one marked last must come last. */
    void append(Band band) throws IOException {
        if (ended || rowsWritten + band.rows() > height || band.last() != (rowsWritten + band.rows() == height)) {
            throw new IllegalArgumentException("a band of " + band.rows() + " rows" + (band.last() ? ", marked last," : "")
                    + " after " + rowsWritten + " of " + height + " rows");
        }
        data(band.deflated(), band.deflated().length);
        adler = adler32Combine(adler, band.adler(), band.filteredLength());
        rowsWritten += band.rows();
        ended = band.last();
    }

    /** Ends the image data with its checksum, and the file. */
    void finish() throws IOException {
        if (!ended) {
            throw new IllegalStateException("a PNG of " + height + " rows was given " + rowsWritten);
        }
        byte[] trailer = new byte[4];
        putInt(trailer, 0, adler);
        data(trailer, trailer.length);
        if (pending > 0) {
            writeChunk("IDAT", chunk, pending);
            pending = 0;
        }
        writeChunk("IEND", chunk, 0);
    }

    /**
     * The Adler-32 checksum of two byte sequences laid end to end, from the checksum of each and the
     * length of the second (zlib's adler32_combine). With A = 1 + Σ bytes and B = Σ of the running A
     * values, both modulo 65521: A = A₁ + A₂ − 1, B = B₁ + B₂ + len₂ · (A₁ − 1).
     */
    static int adler32Combine(int first, int second, long secondLength) {
        long remainder = secondLength % ADLER_BASE;
        long a1 = first & 0xFFFF;
        long b1 = (first >>> 16) & 0xFFFF;
        long a2 = second & 0xFFFF;
        long b2 = (second >>> 16) & 0xFFFF;
        long a = (a1 + a2 + ADLER_BASE - 1) % ADLER_BASE;
        long b = (b1 + b2 + remainder * a1 + ADLER_BASE - remainder) % ADLER_BASE;
        return (int) (b << 16 | a);
    }

    /** Appends image data, written out in IDAT chunks of {@link #CHUNK} bytes. */
    private void data(byte[] bytes, int length) throws IOException {
        int from = 0;
        while (from < length) {
            int n = Math.min(length - from, CHUNK - pending);
            System.arraycopy(bytes, from, chunk, pending, n);
            pending += n;
            from += n;
            if (pending == CHUNK) {
                writeChunk("IDAT", chunk, pending);
                pending = 0;
            }
        }
    }

    /** One chunk: its data's length, its type, the data, and the CRC-32 of type and data. */
    private void writeChunk(String type, byte[] data, int length) throws IOException {
        byte[] head = new byte[8];
        putInt(head, 0, length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(name, 0, head, 4, 4);
        out.write(head);
        out.write(data, 0, length);
        crc.reset();
        crc.update(name);
        crc.update(data, 0, length);
        byte[] tail = new byte[4];
        putInt(tail, 0, (int) crc.getValue());
        out.write(tail);
    }

    private static void putInt(byte[] bytes, int at, int value) {
        bytes[at] = (byte) (value >>> 24);
        bytes[at + 1] = (byte) (value >>> 16);
        bytes[at + 2] = (byte) (value >>> 8);
        bytes[at + 3] = (byte) value;
    }
}
