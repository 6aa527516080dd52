package dev.unroll.io;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where one of a lesson's arrays is stored: the role it plays in Unroll's names ({@code x}, {@code W},
 * {@code U}, {@code b}, {@code V}, {@code c}, {@code h0}), the file and the format it was read in, the
 * name under which the file stores it (an entry of an .npz, a key of a lesson file's {@code weights};
 * null for a file that holds this one array), and whether it is stored transposed, as Keras stores
 * its kernels.
 */
public record StoredArray(String role, Path file, Format format, String storedName, boolean transposed) {

    /** How a file holds its numbers, as the reader found it: by its name, or by its first bytes. */
    public enum Format {
        /** numpy's .npy: one array. */
        NPY,
        /** numpy's .npz: named arrays. */
        NPZ,
        /** A CSV or space-separated table: one array. */
        TEXT,
        /** An Unroll lesson file: named arrays in its {@code weights}. */
        LESSON
    }

    public StoredArray {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        if ((storedName == null) != (format == Format.NPY || format == Format.TEXT)) {
            throw new IllegalArgumentException(format + " file " + file + (storedName == null ? " needs" : " has no")
                    + " stored names");
        }
    }
}
