package dev.unroll.io;

import dev.unroll.rnn.Dimensions;
import dev.unroll.rnn.Embedding;

/**
 * How large an array may be for the role its name gives it, so that a reader can refuse a file as
 * soon as it sees an array past it: from an .npy header before any data is read, and from a lesson
 * file or a CSV at the first value past the limit, rather than after reading hundreds of megabytes
 * that no lesson could use. The weight matrices W, U and V (and Keras's kernels) are at most
 * {@value Dimensions#MAX_WIDTH} × {@value Dimensions#MAX_WIDTH}; the vectors b, c and h0 at most
 * {@value Dimensions#MAX_WIDTH} values; the inputs x at most {@value Dimensions#MAX_TIMESTEPS} rows
 * of {@value Dimensions#MAX_WIDTH} values and {@value Dimensions#MAX_ENTRIES} values in all.
 *
 * @param name      the array's name, as messages show it
 * @param maxRows   the most rows of a 2-D array
 * @param maxCols   the most values in one row of a 2-D array
 * @param maxValues the most values in all, 1-D or 2-D
 * @param expected  what an array in this role should be, for messages
 */
record ArrayLimit(String name, long maxRows, long maxCols, long maxValues, String expected) {

    private static final long WIDTH = Dimensions.MAX_WIDTH;
    private static final String SIZES = "M, N and K are at most " + InputFiles.count(WIDTH);

    /** The limit for an array named {@code name} in any of the namings of {@link WeightNames}, or "inputs". */
    static ArrayLimit forName(String name) {
        WeightNames.Role role = WeightNames.roleOf(name);
        if (role == null) {
            return any(name);
        }
        return switch (role) {
            case W, U, V -> new ArrayLimit(name, WIDTH, WIDTH, WIDTH * WIDTH, name + " of at most "
                    + InputFiles.count(WIDTH) + " × " + InputFiles.count(WIDTH) + " values (" + SIZES + ")");
            case B, C, H0 -> new ArrayLimit(name, WIDTH, WIDTH, WIDTH, name + " of at most "
                    + InputFiles.count(WIDTH) + " values (one per unit or output; " + SIZES + ")");
            case X -> inputs(name);
            case EMBEDDINGS -> new ArrayLimit(name, Embedding.MAX_ROWS, WIDTH, Dimensions.MAX_ENTRIES, name
                    + " (V, D) with V at most " + InputFiles.count(Embedding.MAX_ROWS) + ", D at most " + InputFiles.count(WIDTH)
                    + " and V × D at most " + InputFiles.count(Dimensions.MAX_ENTRIES) + " values");
            case TOKENS -> new ArrayLimit(name, Dimensions.MAX_TIMESTEPS, 1, Dimensions.MAX_TIMESTEPS, name
                    + " of at most " + InputFiles.count(Dimensions.MAX_TIMESTEPS) + " ids, one per timestep");
        };
    }

    /** The limit for inputs (T, M), under whatever name the caller shows them. */
    static ArrayLimit inputs(String name) {
        return perStep(name, "M");
    }

    /** The limit for a loss's targets (T, K), as large as inputs may be. */
    static ArrayLimit targets() {
        return perStep("targets", "K");
    }

    /** One row of at most {@value Dimensions#MAX_WIDTH} values per timestep, the width called {@code width} in messages. */
    private static ArrayLimit perStep(String name, String width) {
        return new ArrayLimit(name, Dimensions.MAX_TIMESTEPS, WIDTH, Dimensions.MAX_ENTRIES, name + " (T, " + width
                + ") with T at most " + InputFiles.count(Dimensions.MAX_TIMESTEPS) + ", " + width + " at most "
                + InputFiles.count(WIDTH) + " and T × " + width + " at most " + InputFiles.count(Dimensions.MAX_ENTRIES) + " values");
    }

    /** Only the general limit of {@link ImportLimits#MAX_VALUES}, for an array whose role is not known. */
    static ArrayLimit any(String name) {
        return new ArrayLimit(name, ImportLimits.MAX_VALUES, ImportLimits.MAX_VALUES, ImportLimits.MAX_VALUES,
                "at most " + InputFiles.count(ImportLimits.MAX_VALUES) + " values in one array");
    }

    /**
     * Checks a shape read from a header, before any value is read.
     *
     * @throws BadInputException naming {@code source}, the array and its shape
     */
    void checkShape(String source, long[] shape, String shapeText) {
        boolean fits;
        if (shape.length == 1) {
            fits = shape[0] <= maxValues;
        } else if (shape.length == 2) {
            fits = shape[0] <= maxRows && shape[1] <= maxCols && (shape[1] == 0 || shape[0] <= maxValues / shape[1]);
        } else {
            return;
        }
        if (!fits) {
            throw new BadInputException(source, name + " has shape " + shapeText + ", too large for " + name, expected);
        }
    }

    /** Checks the count of values read so far, stopping at the first one past the limit. */
    void checkValues(String source, long count) {
        if (count > maxValues) {
            throw new BadInputException(source, name + " holds more than " + InputFiles.count(maxValues) + " values", expected);
        }
    }

    /** Checks the length of a 2-D array's row while it is read. */
    void checkRowLength(String source, long length) {
        if (length > maxCols) {
            throw new BadInputException(source, name + " has a row of more than " + InputFiles.count(maxCols) + " values",
                    expected);
        }
    }

    /** Checks the number of rows of a 2-D array while they are read. */
    void checkRows(String source, long rows) {
        if (rows > maxRows) {
            throw new BadInputException(source, name + " has more than " + InputFiles.count(maxRows) + " rows", expected);
        }
    }
}
