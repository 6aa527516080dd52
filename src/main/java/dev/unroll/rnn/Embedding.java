package dev.unroll.rnn;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.ejml.data.DMatrixRMaj;

/**
 * A Keras {@code Embedding(V, D)} layer with the token ids it is given: a table E (V, D) whose row i is
 * the vector of token id i, and the ids token_1 … token_T. The lesson's input at step t is the row
 * x_t = E[token_t], numpy's {@code E[tokens]}, so the RNN's input features M are D and its timesteps T
 * are the number of ids.
 *
 * <p>Ids follow Keras's IMDB convention (see {@code dev.unroll.text.Vocabulary}): 0 is padding, 1 starts
 * a sequence, 2 is an unknown word, 3 is unused, and words start at 4. Without {@code mask_zero}, Keras
 * looks padding up like any other id, and so does this layer. Immutable: it copies what it is given.
 */
public final class Embedding {

    /** The most rows (V) a table may have: a hundred times the book's Embedding(10000, 32). */
    public static final int MAX_ROWS = 1_000_000;

    private final DMatrixRMaj table;
    private final int[] tokens;

    /**
     * @param table  E (V, D), one row per token id
     * @param tokens the ids, each from 0 to V − 1, at least one
     * @throws IllegalArgumentException for a table past the limits, no ids, or an id outside the table
     */
    public Embedding(DMatrixRMaj table, int[] tokens) {
        Objects.requireNonNull(table, "E");
        Objects.requireNonNull(tokens, "tokens");
        requireTable(table.numRows, table.numCols);
        requireTokens(tokens, table.numRows);
        this.table = table.copy();
        this.tokens = tokens.clone();
    }

    /**
     * Refuses a table of {@code rows} × {@code width} that a lesson cannot hold, before it is allocated.
     *
     * @throws IllegalArgumentException naming the limit
     */
    public static void requireTable(long rows, long width) {
        if (rows < 1 || rows > MAX_ROWS) {
            throw new IllegalArgumentException("the Embedding must have between 1 and " + count(MAX_ROWS) + " rows (V), got "
                    + count(rows));
        }
        if (width < 1 || width > Dimensions.MAX_WIDTH) {
            throw new IllegalArgumentException("the Embedding's vectors must have between 1 and " + count(Dimensions.MAX_WIDTH)
                    + " values (D), got " + count(width));
        }
        if (rows * width > Dimensions.MAX_ENTRIES) {
            throw new IllegalArgumentException("the Embedding (" + rows + ", " + width + ") holds " + count(rows * width)
                    + " values, more than " + count(Dimensions.MAX_ENTRIES));
        }
    }

    /**
     * Refuses ids an Embedding of {@code rows} rows cannot look up.
     *
     * @throws IllegalArgumentException naming the first bad id and its position, or for no ids or too many
     */
    public static void requireTokens(int[] tokens, int rows) {
        if (tokens.length == 0) {
            throw new IllegalArgumentException("no token ids; expected at least one, such as 1 (the start of a sequence)");
        }
        if (tokens.length > Dimensions.MAX_TIMESTEPS) {
            throw new IllegalArgumentException(count(tokens.length) + " token ids, more than the " + count(Dimensions.MAX_TIMESTEPS)
                    + " timesteps a lesson may have");
        }
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i] < 0 || tokens[i] >= rows) {
                throw new IllegalArgumentException("token id " + tokens[i] + " (number " + (i + 1) + " of " + tokens.length
                        + ") is outside the Embedding's " + count(rows) + " rows; expected ids from 0 to " + count(rows - 1L));
            }
        }
    }

    /** V, the number of rows (token ids) of E. */
    public int rows() {
        return table.numRows;
    }

    /** D, the length of each row: the RNN's input features M. */
    public int width() {
        return table.numCols;
    }

    /** T, the number of ids. */
    public int length() {
        return tokens.length;
    }

    /** A copy of the ids. */
    public int[] tokens() {
        return tokens.clone();
    }

    /** The id at step t = i + 1. */
    public int token(int i) {
        return tokens[i];
    }

    /** A copy of E (V, D). */
    public DMatrixRMaj table() {
        return table.copy();
    }

    /** The same table with other ids. */
    public Embedding withTokens(int[] ids) {
        return new Embedding(table, ids);
    }

    /** x = E[tokens], (T, D): row t − 1 is the row of E that token_t names. */
    DMatrixRMaj lookUp() {
        int d = table.numCols;
        DMatrixRMaj x = new DMatrixRMaj(tokens.length, d);
        for (int t = 0; t < tokens.length; t++) {
            // x_t = E[token_t]
            System.arraycopy(table.data, tokens[t] * d, x.data, t * d, d);
        }
        return x;
    }

    /** Equal when the ids and every bit of E are. */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof Embedding e && Arrays.equals(tokens, e.tokens) && table.numRows == e.table.numRows
                && table.numCols == e.table.numCols
                && Arrays.equals(table.data, 0, table.getNumElements(), e.table.data, 0, e.table.getNumElements());
    }

    @Override
    public int hashCode() {
        // the ids and the shape tell embeddings apart well enough; E can hold millions of values
        return Objects.hash(Arrays.hashCode(tokens), table.numRows, table.numCols);
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
