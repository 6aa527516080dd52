package dev.unroll.io;

import dev.unroll.io.WeightNames.Role;
import dev.unroll.rnn.Activation;
import dev.unroll.rnn.Dimensions;
import dev.unroll.rnn.Embedding;
import dev.unroll.rnn.HeadActivation;
import dev.unroll.rnn.Lesson;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.ejml.data.DMatrixRMaj;

/**
 * A SimpleRNN's weights as read from files, not yet checked against each other: W, U, b, and with
 * an output head V and c, perhaps inputs x, each with the name and file it came from. Keras's kernels
 * are kept as stored and turned into the seed's orientation only in {@link #toLesson}, so that every
 * message shows the shapes the user's own files have.
 */
public final class ImportedWeights {

    private final Map<Role, SourcedArray> roles;
    private final WeightNames convention;
    private final String source;

    private ImportedWeights(Map<Role, SourcedArray> roles, String source) {
        this.roles = Collections.unmodifiableMap(new EnumMap<>(roles));
        this.convention = WeightNames.conventionOf(roles);
        this.source = source;
    }

    /**
     * Sorts arrays by their names (Unroll's, Keras's, or get_weights() order; see {@link WeightsImporter}).
     *
     * @param source the file or files they came from, for messages about the set as a whole
     * @throws BadInputException for unknown or mixed names, or when W, U or b is missing
     */
    static ImportedWeights of(Map<String, SourcedArray> arrays, String source) {
        return new ImportedWeights(WeightNames.roles(arrays, source), source);
    }

    /** Whether the files hold the inputs x as well. */
    public boolean hasInputs() {
        return roles.containsKey(Role.X);
    }

    /** Whether the files hold an Embedding's table, whose rows for token ids are the inputs. */
    public boolean hasEmbedding() {
        return roles.containsKey(Role.EMBEDDINGS);
    }

    /** V, the rows of the Embedding's table, or 0 without one. */
    public int embeddingRows() {
        SourcedArray e = roles.get(Role.EMBEDDINGS);
        return e == null ? 0 : e.values().rows();
    }

    /** Whether the files hold an output head (V and c, or a Dense layer's kernel and bias). */
    public boolean hasHead() {
        return roles.containsKey(Role.V);
    }

    /** The number of input features M that W's shape implies, for asking the user for inputs that fit. */
    public int inputFeatures() {
        NdArray w = roles.get(Role.W).values();
        return convention.transposed() ? w.rows() : w.cols();
    }

    /**
     * The name under which the files store the array that plays {@code role} in Unroll's names
     * ({@code W}, {@code U}, {@code b}, {@code V}, {@code c}, {@code x}, {@code h0}), or null where
     * they hold none: for example {@code recurrent_kernel} for U in Keras's names.
     */
    public String storedName(String role) {
        SourcedArray a = roles.get(Role.valueOf(role.toUpperCase(Locale.ROOT)));
        return a == null ? null : a.name();
    }

    /** Whether the matrices are stored transposed relative to Unroll's W, U and V, as Keras stores its kernels. */
    public boolean storedTransposed() {
        return convention.transposed();
    }

    /** The file or files the weights came from. */
    public String source() {
        return source;
    }

    /**
     * The lesson with the inputs x that the weights' own file holds.
     *
     * @throws BadInputException when there are no inputs, or any shape does not fit
     */
    public Lesson toLesson(Activation activation, HeadActivation headActivation) {
        return toLesson(null, activation, headActivation);
    }

    /**
     * The lesson with these weights and {@code inputs} (T, M), or the file's own x when null.
     *
     * @throws BadInputException naming both shapes and files for the first pair that does not fit,
     *                           or a size past the engine's limits
     */
    public Lesson toLesson(SourcedArray inputs, Activation activation, HeadActivation headActivation) {
        return toLesson(inputs, null, activation, headActivation);
    }

    /**
     * The lesson with these weights, its inputs {@code inputs} (T, M), or with an Embedding the rows of
     * its table for {@code tokens}; null takes the files' own x or tokens.
     *
     * @param tokens the ids and what gave them (such as "--tokens"), named in messages; null for the files' own
     * @throws BadInputException naming both shapes and files for the first pair that does not fit, a size
     *                           past the engine's limits, ids without an Embedding or an Embedding without ids
     */
    public Lesson toLesson(SourcedArray inputs, TokenIds tokens, Activation activation, HeadActivation headActivation) {
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(headActivation, "headActivation");
        Shapes shapes = new Shapes(convention.transposed());
        SourcedArray w = roles.get(Role.W);
        shapes.requireMatrix(w, convention.transposed() ? "(M, N)" : "(N, M)");
        int n = convention.transposed() ? w.values().cols() : w.values().rows();
        int m = convention.transposed() ? w.values().rows() : w.values().cols();
        shapes.requireWithin(w, "units N", n, Dimensions.MAX_WIDTH);
        shapes.requireWithin(w, "input features M", m, Dimensions.MAX_WIDTH);
        shapes.requireFit(roles.get(Role.U), w, n, n, "square, one row and column per unit");
        shapes.requireVector(roles.get(Role.B), w, n, "one value per unit");
        SourcedArray v = roles.get(Role.V);
        int k = 0;
        if (v != null) {
            shapes.requireMatrix(v, convention.transposed() ? "(N, K)" : "(K, N)");
            k = convention.transposed() ? v.values().cols() : v.values().rows();
            shapes.requireWithin(v, "outputs K", k, Dimensions.MAX_WIDTH);
            shapes.requireFit(v, w, -1, n, convention.transposed() ? "one row per unit" : "one column per unit");
            shapes.requireVector(roles.get(Role.C), v, k, "one value per output");
        }
        SourcedArray h0 = roles.get(Role.H0);
        if (h0 != null) {
            shapes.requireVector(h0, w, n, "one value per unit");
        }
        // the weights are checked first: the message asking for inputs says how many features they need
        SourcedArray table = roles.get(Role.EMBEDDINGS);
        if (table != null) {
            if (inputs != null) {
                throw new BadInputException(inputs.source(), "gives inputs to weights that hold an Embedding ("
                        + table.source() + ")", "token ids (--tokens or --text) for the Embedding, not inputs");
            }
            return embedded(table, tokens, m, n, k, v, h0, activation, headActivation);
        }
        if (tokens != null) {
            throw new BadInputException(source, "holds no embeddings, so " + tokens.source() + " has no table to look up",
                    "an array named embeddings (V, " + m + ") beside the weights, Keras's name for an Embedding's table");
        }
        SourcedArray x = inputs != null ? inputs : roles.get(Role.X);
        if (x == null) {
            throw new BadInputException(source, "holds no inputs", "inputs (T, " + m
                    + ") as well: an .npy or .csv file with one row per timestep, or an array named x beside the weights");
        }
        shapes.requireInputs(x, w, m);
        // the readers refuse NaN already; inputs the caller built itself are checked here
        x.values().requireFinite(x.source(), x.name());
        shapes.requireWithin(x, "timesteps T", x.values().rows(), Dimensions.MAX_TIMESTEPS);
        try {
            new Dimensions(x.values().rows(), m, n, k);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(x.source(), x.label() + " is past Unroll's limits: " + e.getMessage(), null, e);
        }
        return new Lesson(activation, headActivation, x.values().toMatrix(), matrix(Role.W), matrix(Role.U),
                roles.get(Role.B).values().toColumn(), v == null ? null : matrix(Role.V),
                v == null ? null : roles.get(Role.C).values().toColumn(), h0 == null ? null : h0.values().toColumn());
    }

    private Lesson embedded(SourcedArray table, TokenIds tokens, int m, int n, int k, SourcedArray v, SourcedArray h0,
                            Activation activation, HeadActivation headActivation) {
        NdArray e = table.values();
        if (e.ndim() != 2) {
            throw new BadInputException(table.source(), table.label() + " is 1-D", "embeddings (V, " + m + "), a 2-D array");
        }
        if (e.cols() != m) {
            throw Shapes.mismatch(table, roles.get(Role.W), "embeddings (V, " + m + "): each row is one x_t, as long as W takes");
        }
        TokenIds ids = tokens != null ? tokens : TokenIds.stored(roles.get(Role.TOKENS), source);
        int[] values = ids.ids();
        try {
            new Dimensions(values.length, m, n, k);
            return Lesson.embedded(new Embedding(e.toMatrix(), values), activation, headActivation, matrix(Role.W),
                    matrix(Role.U), roles.get(Role.B).values().toColumn(), v == null ? null : matrix(Role.V),
                    v == null ? null : roles.get(Role.C).values().toColumn(), h0 == null ? null : h0.values().toColumn());
        } catch (IllegalArgumentException bad) {
            if (bad instanceof BadInputException) {
                throw bad;
            }
            throw new BadInputException(ids.source(), bad.getMessage(), null, bad);
        }
    }

    private DMatrixRMaj matrix(Role role) {
        NdArray a = roles.get(role).values();
        return convention.transposed() ? a.toTransposedMatrix() : a.toMatrix();
    }

    /** The shape checks, each naming the array, the one it was compared with, and what was expected. */
    private record Shapes(boolean transposed) {

        void requireMatrix(SourcedArray a, String letters) {
            if (a.values().ndim() != 2) {
                throw new BadInputException(a.source(), a.label() + " is 1-D", a.name() + " " + letters + ", a 2-D array");
            }
        }

        void requireWithin(SourcedArray a, String what, int value, int max) {
            if (value < 1 || value > max) {
                throw new BadInputException(a.source(), a.label() + " gives " + what + " = " + InputFiles.count(value),
                        what + " between 1 and " + InputFiles.count(max));
            }
        }

        /**
         * Checks a matrix against the one that fixed its sizes. Rows and columns are given in the
         * seed's orientation; −1 leaves one free.
         */
        void requireFit(SourcedArray a, SourcedArray reference, int rows, int cols, String reason) {
            requireMatrix(a, transposed ? "(" + text(cols) + ", " + text(rows) + ")" : "(" + text(rows) + ", " + text(cols) + ")");
            NdArray v = a.values();
            int r = transposed ? v.cols() : v.rows();
            int c = transposed ? v.rows() : v.cols();
            if ((rows >= 0 && r != rows) || (cols >= 0 && c != cols)) {
                String expected = transposed ? "(" + text(cols) + ", " + text(rows) + ")" : "(" + text(rows) + ", " + text(cols) + ")";
                throw mismatch(a, reference, a.name() + " " + expected + ": " + reason);
            }
        }

        void requireVector(SourcedArray a, SourcedArray reference, int length, String reason) {
            NdArray v = a.values();
            if (!v.isVectorLike() || v.size() != length) {
                throw mismatch(a, reference, a.name() + " (" + length + ",): " + reason);
            }
        }

        void requireInputs(SourcedArray x, SourcedArray w, int m) {
            NdArray v = x.values();
            if (v.ndim() != 2) {
                throw new BadInputException(x.source(), x.label() + " is 1-D",
                        x.name() + " (T, " + m + "), a 2-D array with one row per timestep (numpy: x.reshape(-1, " + m + "))");
            }
            if (v.cols() != m) {
                throw mismatch(x, w, x.name() + " (T, " + m + "): one column per input feature, one row per timestep");
            }
        }

        static BadInputException mismatch(SourcedArray a, SourcedArray reference, String expected) {
            String where = reference.source().equals(a.source()) ? "" : " in " + reference.source();
            return new BadInputException(a.source(), a.label() + " and " + reference.label() + where + " do not fit together",
                    expected);
        }

        private static String text(int n) {
            return n >= 0 ? Integer.toString(n) : "K";
        }
    }
}
