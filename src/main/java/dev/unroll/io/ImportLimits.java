package dev.unroll.io;

import dev.unroll.rnn.Dimensions;

/**
 * The sizes past which a file is refused before anything large is allocated or written. They follow
 * the engine's own limits ({@link Dimensions}): no array may hold more values than a lesson's
 * inputs may, so nothing a lesson can use is refused, and nothing a hostile file claims can make
 * Unroll fill memory.
 */
public final class ImportLimits {

    /** The most values one array may hold: {@value}, the engine's limit for the inputs T × M. */
    public static final long MAX_VALUES = Dimensions.MAX_ENTRIES;
    /** The longest .npy header read: numpy's own headers are under 200 bytes and numpy itself reads at most 10,000. */
    public static final int MAX_NPY_HEADER_BYTES = 65_536;
    /** The largest .npy file or archive entry: magic, header length, the longest header and MAX_VALUES doubles. */
    public static final long MAX_NPY_BYTES = 12L + MAX_NPY_HEADER_BYTES + MAX_VALUES * Double.BYTES;
    /**
     * The most bytes all entries of one .npz may hold together once uncompressed, 512 MiB: room for the
     * largest inputs (400 MB) with the largest W, U and V beside them.
     */
    public static final long MAX_ARCHIVE_BYTES = 512L * 1024 * 1024;
    /** The most entries an .npz may have; Unroll's own names are seven. */
    public static final int MAX_ARCHIVE_ENTRIES = 64;
    /** The largest CSV file read: far more than 50 million values written with 17 digits each need. */
    public static final long MAX_CSV_BYTES = 2_000_000_000L;
    /** The longest line of a CSV file, in characters: 1,024 values of 17 digits need under 30,000. */
    public static final int MAX_CSV_LINE = 1_048_576;
    /** The largest lesson file read: explicit inputs of 50 million values take about a gigabyte of JSON. */
    public static final long MAX_LESSON_BYTES = 4_000_000_000L;
    /** The longest text in a lesson file (a title, the notes, a view setting), in characters. */
    public static final int MAX_LESSON_TEXT = 1_000_000;
    /** The most values the view section of a lesson file may hold, counting nested ones. */
    public static final int MAX_VIEW_VALUES = 10_000;
    /** The deepest nesting of arrays and objects in a lesson file. */
    public static final int MAX_LESSON_NESTING = 32;

    private ImportLimits() {
    }
}
