package dev.unroll.io;

/**
 * The element types Unroll reads from .npy files: little- and big-endian float64, float32, int64
 * and int32. Everything else is refused by name — above all object arrays ({@code |O}), whose data
 * is a Python pickle that could run code when loaded and is never read.
 *
 * @param descr     numpy's type string, for example {@code <f8}
 * @param bigEndian whether the bytes are most significant first
 * @param floating  floating point (f) rather than a signed integer (i)
 * @param size      bytes per value
 */
record NpyDtype(String descr, boolean bigEndian, boolean floating, int size) {

    /** The list given whenever a dtype is refused. */
    static final String SUPPORTED = "real numbers: one of <f8, >f8, <f4, >f4, <i8, >i8, <i4, >i4 (float64, float32, int64, int32)";

    /**
     * @throws BadInputException naming the dtype and what kind of thing it holds
     */
    static NpyDtype of(String descr, String source) {
        if (descr.length() == 3) {
            char order = descr.charAt(0);
            char kind = descr.charAt(1);
            char size = descr.charAt(2);
            boolean known = (order == '<' || order == '>') && (kind == 'f' || kind == 'i') && (size == '4' || size == '8');
            if (known) {
                return new NpyDtype(descr, order == '>', kind == 'f', size - '0');
            }
        }
        throw new BadInputException(source, "its dtype " + BadInputException.quoted(descr) + " " + kind(descr)
                + " is not supported", SUPPORTED);
    }

    /** A short description of a refused dtype, so the user learns what the file actually holds. */
    private static String kind(String descr) {
        String code = descr.isEmpty() ? "" : descr.substring("<>|=".indexOf(descr.charAt(0)) >= 0 ? 1 : 0);
        char c = code.isEmpty() ? '?' : code.charAt(0);
        return switch (c) {
            case 'O' -> "(Python objects, stored as a pickle, which Unroll never loads)";
            case 'c' -> "(complex numbers)";
            case 'U', 'S', 'a' -> "(text)";
            case 'b', '?' -> "(booleans)";
            case 'u' -> "(unsigned integers)";
            case 'V' -> "(raw bytes or records)";
            case 'M', 'm' -> "(dates or times)";
            case 'f' -> "(floating point of another size or byte order)";
            case 'i' -> "(integers of another size or byte order)";
            default -> "(not a numpy number type)";
        };
    }
}
