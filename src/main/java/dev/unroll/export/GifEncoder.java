package dev.unroll.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A GIF89a encoder for an animation of same-sized frames over one 256-colour palette, looping
 * forever. Each frame is a whole picture of palette indices, shown for the same delay, and left in
 * place for the next (disposal "do not dispose"). Its LZW compressor looks codes up in a flat table
 * indexed by (code, next index), which is several times faster than the JDK's GIF writer, whose
 * hashed string table took most of an animation's time.
 */
final class GifEncoder {

    private static final int CLEAR = 256;
    private static final int END = 257;
    private static final int FIRST_FREE = 258;
    private static final int MAX_CODES = 4096;
    private static final int FIRST_CODE_SIZE = 9;

    private final OutputStream out;
    private final int width;
    private final int height;
    private final int delay;
    /** (prefix code, next index) → generation &lt;&lt; 12 | code; an entry of an older generation is empty. */
    private final int[] table = new int[MAX_CODES * 256];
    private int generation = 1;
    private final byte[] block = new byte[255];
    private int blockLength;
    private int bits;
    private int bitCount;

    /**
     * Starts the file: {@code width} × {@code height} frames coloured by {@code palette} (at most
     * 256 colours, 0xRRGGBB), each shown {@code delayCentiseconds} hundredths of a second.
     */
    GifEncoder(OutputStream out, int width, int height, int[] palette, int delayCentiseconds) throws IOException {
        if (width < 1 || height < 1 || width > 0xFFFF || height > 0xFFFF) {
            throw new IllegalArgumentException("a GIF is 1 to 65,535 pixels each way, not " + width + " × " + height);
        }
        if (palette.length > 256) {
            throw new IllegalArgumentException("a GIF palette has at most 256 colours, got " + palette.length);
        }
        this.out = out;
        this.width = width;
        this.height = height;
        this.delay = delayCentiseconds;
        out.write("GIF89a".getBytes(StandardCharsets.US_ASCII));
        writeShort(width);
        writeShort(height);
        // a global colour table of 2^(7 + 1) entries, 8 bits per primary colour
        out.write(0xF7);
        out.write(0);
        out.write(0);
        byte[] colours = new byte[256 * 3];
        for (int i = 0; i < palette.length; i++) {
            colours[3 * i] = (byte) (palette[i] >> 16);
            colours[3 * i + 1] = (byte) (palette[i] >> 8);
            colours[3 * i + 2] = (byte) palette[i];
        }
        out.write(colours);
        // NETSCAPE2.0: sub-block 1 holds the loop count, little-endian; 0 loops forever
        out.write(new byte[] {0x21, (byte) 0xFF, 11});
        out.write("NETSCAPE2.0".getBytes(StandardCharsets.US_ASCII));
        out.write(new byte[] {3, 1, 0, 0, 0});
    }

    /** Appends a frame: {@code width · height} palette indices, row by row. */
    void frame(byte[] indices) throws IOException {
        if (indices.length < width * height) {
            throw new IllegalArgumentException("a frame of " + width + " × " + height + " needs " + width * height
                    + " indices, got " + indices.length);
        }
        // the graphic control extension: disposal 1 (leave the frame in place), no transparency, the delay
        out.write(new byte[] {0x21, (byte) 0xF9, 4, 1 << 2});
        writeShort(delay);
        out.write(new byte[] {0, 0});
        // the image descriptor: the whole screen, no local colour table, not interlaced
        out.write(0x2C);
        writeShort(0);
        writeShort(0);
        writeShort(width);
        writeShort(height);
        out.write(0);
        out.write(8);
        compress(indices, width * height);
        flushBits();
        flushBlock();
        out.write(0);
    }

    /** Ends the file. */
    void finish() throws IOException {
        out.write(0x3B);
    }

    /**
     * LZW with codes of 9 to 12 bits. The decoder adds a table entry for every code after the first,
     * one code behind the encoder, and widens its codes when its next free code reaches 2^size; so
     * the encoder widens when its own next free code exceeds 2^size.
     */
    private void compress(byte[] indices, int count) throws IOException {
        int codeSize = FIRST_CODE_SIZE;
        int next = FIRST_FREE;
        newGeneration();
        emit(CLEAR, codeSize);
        int prefix = indices[0] & 0xFF;
        for (int i = 1; i < count; i++) {
            int index = indices[i] & 0xFF;
            int key = prefix << 8 | index;
            int entry = table[key];
            if (entry >>> 12 == generation) {
                prefix = entry & 0xFFF;
                continue;
            }
            emit(prefix, codeSize);
            table[key] = generation << 12 | next;
            next++;
            if (next > 1 << codeSize) {
                codeSize++;
            }
            if (next == MAX_CODES) {
                emit(CLEAR, codeSize);
                newGeneration();
                codeSize = FIRST_CODE_SIZE;
                next = FIRST_FREE;
            }
            prefix = index;
        }
        emit(prefix, codeSize);
        // the decoder added an entry for that last code, and widens first if it reached 2^size
        if (next == 1 << codeSize && codeSize < 12) {
            codeSize++;
        }
        emit(END, codeSize);
    }

    private void newGeneration() {
        generation++;
        if (generation >= 1 << 20) {
            Arrays.fill(table, 0);
            generation = 1;
        }
    }

    /** Appends {@code code} in {@code size} bits, least significant first. */
    private void emit(int code, int size) throws IOException {
        bits |= code << bitCount;
        bitCount += size;
        while (bitCount >= 8) {
            put(bits & 0xFF);
            bits >>>= 8;
            bitCount -= 8;
        }
    }

    private void flushBits() throws IOException {
        if (bitCount > 0) {
            put(bits & 0xFF);
        }
        bits = 0;
        bitCount = 0;
    }

    /** The compressed data go out in sub-blocks of at most 255 bytes, each after its length. */
    private void put(int b) throws IOException {
        block[blockLength++] = (byte) b;
        if (blockLength == block.length) {
            flushBlock();
        }
    }

    private void flushBlock() throws IOException {
        if (blockLength > 0) {
            out.write(blockLength);
            out.write(block, 0, blockLength);
            blockLength = 0;
        }
    }

    private void writeShort(int value) throws IOException {
        out.write(value & 0xFF);
        out.write((value >> 8) & 0xFF);
    }
}
