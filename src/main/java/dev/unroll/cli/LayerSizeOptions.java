package dev.unroll.cli;

import picocli.CommandLine.Option;

/**
 * The sizes of the SimpleRNN layer, input features M and units N, declared once for every command
 * that takes them: through {@link ModelOptions} for the commands that run a lesson, and in
 * {@code summary}. Each is a count, 1 or more; a lesson also keeps within
 * {@link dev.unroll.rnn.Dimensions#MAX_WIDTH}, which the lesson's own sizes check.
 */
final class LayerSizeOptions {

    @Option(names = "--input-features", paramLabel = "M",
            description = "input features M, the length of each x_t; a lesson takes 1 to 1,024")
    private Integer inputFeatures;

    @Option(names = {"--units", "--output-features"}, paramLabel = "N",
            description = "units N of the SimpleRNN, the length of each h_t; a lesson takes 1 to 1,024")
    private Integer units;

    /**
     * M as given, or null.
     *
     * @throws IllegalArgumentException when it is not 1 or more
     */
    Integer inputFeatures() {
        return count("--input-features", inputFeatures);
    }

    /**
     * N as given, or null.
     *
     * @throws IllegalArgumentException when it is not 1 or more
     */
    Integer units() {
        return count("--units", units);
    }

    private static Integer count(String option, Integer value) {
        if (value != null && value < 1) {
            throw new IllegalArgumentException(option + " must be 1 or more, got " + value);
        }
        return value;
    }
}
