package dev.unroll.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A PNG encoder that takes its rows a band at a time, so a large picture never needs to be held
 * whole: 8-bit RGB, or RGBA when the picture has transparent pixels, non-interlaced. It favours
 * speed over the last few per cent of size, since a diagram is mostly flat colour: each row is
 * filtered with "Up" (the difference from the row above, zero wherever a row repeats the one before,
 * as a diagram's tall boxes make most rows do) and the result deflated at zlib's fastest level.
 * ImageIO's PNG writer tries every filter on every row and deflates at its default level, which took
 * most of a large export's time; this writer's files are valid PNGs that decode to the same pixels.
 */
final class PngEncoder implements AutoCloseable {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int FILTER_UP = 2;
    /** The size of one IDAT chunk's data: large enough that the chunk framing costs nothing. */
    private static final int CHUNK = 1 << 16;

    private final OutputStream out;
    private final int width;
    private final int height;
    private final int channels;
    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    private final CRC32 crc = new CRC32();
    private final byte[] chunk = new byte[CHUNK];
    private byte[] previous;
    private byte[] current;
    private byte[] filtered;
    private int rowsWritten;
    /** Deflated bytes waiting in {@link #chunk}. */
    private int pending;

    /**
     * Starts a {@code width} × {@code height} PNG on {@code out}, with an alpha channel when
     * {@code alpha}; the rows follow through {@link #rows} and {@link #finish} ends the file.
     */
    PngEncoder(OutputStream out, int width, int height, boolean alpha) throws IOException {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a PNG has at least one pixel, got " + width + " × " + height);
        }
        this.out = out;
        this.width = width;
        this.height = height;
        this.channels = alpha ? 4 : 3;
        int rowBytes = Math.multiplyExact(width, channels);
        previous = new byte[rowBytes];
        current = new byte[rowBytes];
        filtered = new byte[rowBytes + 1];
        filtered[0] = FILTER_UP;
        out.write(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8;
        header[9] = (byte) (alpha ? 6 : 2);
        // compression 0 (deflate), filter method 0, no interlace
        writeChunk("IHDR", header, header.length);
    }

    /** Encodes the first {@code count} rows of {@code band}, an INT_RGB or INT_ARGB image as wide as the PNG. */
    void rows(BufferedImage band, int count) throws IOException {
        if (band.getWidth() != width || count > band.getHeight() || rowsWritten + count > height) {
            throw new IllegalArgumentException("rows that do not fit the PNG: " + count + " of width " + band.getWidth());
        }
        int[] pixels = ((DataBufferInt) band.getRaster().getDataBuffer()).getData();
        boolean alpha = channels == 4;
        for (int row = 0; row < count; row++) {
            unpack(pixels, row * width, alpha);
            // Up: Filt(x) = Orig(x) − Orig(x above), the row above being zeros for the first row
            for (int i = 0; i < current.length; i++) {
                filtered[i + 1] = (byte) (current[i] - previous[i]);
            }
            deflate(filtered, filtered.length);
            byte[] swap = previous;
            previous = current;
            current = swap;
        }
        rowsWritten += count;
    }

    private void unpack(int[] pixels, int offset, boolean alpha) {
        int j = 0;
        for (int x = 0; x < width; x++) {
            int argb = pixels[offset + x];
            current[j++] = (byte) (argb >>> 16);
            current[j++] = (byte) (argb >>> 8);
            current[j++] = (byte) argb;
            if (alpha) {
                current[j++] = (byte) (argb >>> 24);
            }
        }
    }

    /** Ends the image data and the file. */
    void finish() throws IOException {
        if (rowsWritten != height) {
            throw new IllegalStateException("a PNG of " + height + " rows was given " + rowsWritten);
        }
        deflater.finish();
        drain();
        flushChunk();
        writeChunk("IEND", chunk, 0);
    }

    /** Frees the deflater's native memory, whether or not the image was finished. */
    @Override
    public void close() {
        deflater.end();
    }

    private void deflate(byte[] data, int length) throws IOException {
        deflater.setInput(data, 0, length);
        while (!deflater.needsInput()) {
            pending += deflater.deflate(chunk, pending, CHUNK - pending);
            if (pending == CHUNK) {
                flushChunk();
            }
        }
    }

    private void drain() throws IOException {
        while (!deflater.finished()) {
            pending += deflater.deflate(chunk, pending, CHUNK - pending);
            if (pending == CHUNK) {
                flushChunk();
            }
        }
    }

    private void flushChunk() throws IOException {
        if (pending > 0) {
            writeChunk("IDAT", chunk, pending);
            pending = 0;
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
