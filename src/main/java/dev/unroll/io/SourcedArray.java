package dev.unroll.io;

import java.util.Objects;

/**
 * An array with the name it has in its file and the file it came from, so that a message about it
 * can say {@code kernel (3, 4) in w.npz}.
 *
 * @param name   its name in the file: {@code W}, {@code kernel}, {@code arr_0}, or {@code inputs} for a file of inputs
 * @param source the file, as messages name it
 * @param values the numbers
 */
public record SourcedArray(String name, String source, NdArray values) {

    public SourcedArray {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(values, "values");
    }

    /** The name and shape, for example {@code kernel (3, 4)}. */
    public String label() {
        return name + " " + values.shape();
    }
}
