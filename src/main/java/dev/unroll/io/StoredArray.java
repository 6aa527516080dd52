package dev.unroll.io;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where one of a lesson's arrays is stored: the role it plays in Unroll's names ({@code x}, {@code W},
 * {@code U}, {@code b}, {@code V}, {@code c}, {@code h0}), the file, the name under which the file
 * stores it (an entry of an .npz, a key of a lesson file's {@code weights}; null for a file that
 * holds this one array), and whether it is stored transposed, as Keras stores its kernels.
 */
public record StoredArray(String role, Path file, String storedName, boolean transposed) {

    public StoredArray {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(file, "file");
    }
}
