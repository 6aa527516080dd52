package dev.unroll.diagram;

import java.util.Locale;

/**
 * Which letters name the three matrices. The books disagree: Keras and the seed's numpy code write
 * {@code h_t = tanh(W·x_t + U·h_{t−1} + b)} (W input-to-hidden, U hidden-to-hidden); the Goodfellow,
 * Bengio and Courville book writes {@code a_t = b + W·h_{t−1} + U·x_t} (the other way round). Both
 * call the output matrix V.
 */
public enum Notation {
    /** W input, U recurrent, V output: the seed's code and Keras. */
    KERAS("W", "U"),
    /** U input, W recurrent, V output: the Goodfellow book, chapter 10. */
    GOODFELLOW("U", "W");

    private final String input;
    private final String recurrent;

    Notation(String input, String recurrent) {
        this.input = input;
        this.recurrent = recurrent;
    }

    /** The letter of the input-to-hidden matrix, (N, M). */
    public String inputMatrix() {
        return input;
    }

    /** The letter of the hidden-to-hidden matrix, (N, N). */
    public String recurrentMatrix() {
        return recurrent;
    }

    /** The letter of the hidden-to-output matrix, (K, N). */
    public String outputMatrix() {
        return "V";
    }

    /** The letter of the matrix an edge carries: the input, recurrent or output matrix. */
    public String letter(PartKind edge) {
        return switch (edge) {
            case EDGE_INPUT -> inputMatrix();
            case EDGE_RECURRENT -> recurrentMatrix();
            case EDGE_OUTPUT -> outputMatrix();
            default -> throw new IllegalArgumentException(edge + " carries no matrix");
        };
    }

    /** The lower-case name used on the command line. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
