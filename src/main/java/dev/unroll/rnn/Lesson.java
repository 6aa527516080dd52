package dev.unroll.rnn;

import java.util.List;
import java.util.Objects;
import org.ejml.data.DMatrixRMaj;

/**
 * Everything needed to run a simple RNN: sizes, activations, inputs, weights and initial state, in the
 * seed's (Chollet) orientation: W (N, M), U (N, N), b (N), and with a head V (K, N), c (K).
 * Vectors are column matrices. A lesson is never changed after it is made: it copies the matrices
 * it is given and hands out copies. The inputs are either given as vectors, or looked up by token ids
 * in an {@link Embedding}: x_t = E[token_t], the rows kept as the inputs so that every step reads them
 * as it reads given vectors. Between h_t and the head may stand Dense layers, {@link Dense}, as Keras stacks
 * them: the head then reads the last of them, o_t = V·d_t + c, and V has as many columns as it has outputs.
 */
public final class Lesson {

    private final Dimensions dimensions;
    private final Activation activation;
    private final HeadActivation headActivation;
    private final DMatrixRMaj inputs;
    private final DMatrixRMaj w;
    private final DMatrixRMaj u;
    private final DMatrixRMaj b;
    private final DMatrixRMaj v;
    private final DMatrixRMaj c;
    private final DMatrixRMaj initialState;
    /** The Embedding whose rows are the inputs, or null when the inputs are given as vectors. */
    private final Embedding embedding;
    /** The Dense layers between h_t and the head, first to last; none for the seed's o_t = V·h_t + c. */
    private final List<Dense> dense;
    /** W and U laid out for the step kernel's products, made when first needed; a race only makes them twice. */
    private volatile StepKernel.Weights weights;

    /**
     * @param inputs       x, one row per timestep: (T, M)
     * @param v            V (K, N), or null without a head
     * @param c            c (K), or null without a head
     * @param initialState h_0 (N), or null for the zero vector
     * @throws IllegalArgumentException naming the matrices whose shapes do not fit together
     */
    public Lesson(Activation activation, HeadActivation headActivation, DMatrixRMaj inputs,
                  DMatrixRMaj w, DMatrixRMaj u, DMatrixRMaj b, DMatrixRMaj v, DMatrixRMaj c,
                  DMatrixRMaj initialState) {
        this(activation, headActivation, inputs, w, u, b, v, c, initialState, null, List.of(), true);
    }

    /**
     * A lesson whose inputs are looked up in an Embedding: x = E[tokens], (T, D).
     *
     * @throws IllegalArgumentException naming the matrices whose shapes do not fit together
     */
    public static Lesson embedded(Embedding embedding, Activation activation, HeadActivation headActivation,
                                  DMatrixRMaj w, DMatrixRMaj u, DMatrixRMaj b, DMatrixRMaj v, DMatrixRMaj c,
                                  DMatrixRMaj initialState) {
        Objects.requireNonNull(embedding, "embedding");
        return new Lesson(activation, headActivation, embedding.lookUp(), w, u, b, v, c, initialState, embedding, List.of(), true);
    }

    /** A lesson that takes the matrices as they are, for matrices nobody else holds. */
    static Lesson owning(Activation activation, HeadActivation headActivation, DMatrixRMaj inputs,
                         DMatrixRMaj w, DMatrixRMaj u, DMatrixRMaj b, DMatrixRMaj v, DMatrixRMaj c) {
        return new Lesson(activation, headActivation, inputs, w, u, b, v, c, null, null, List.of(), false);
    }

    /** As {@link #owning}, the inputs looked up in {@code embedding}. */
    static Lesson owning(Embedding embedding, Activation activation, HeadActivation headActivation,
                         DMatrixRMaj w, DMatrixRMaj u, DMatrixRMaj b, DMatrixRMaj v, DMatrixRMaj c) {
        return new Lesson(activation, headActivation, embedding.lookUp(), w, u, b, v, c, null, embedding, List.of(), false);
    }

    private Lesson(Activation activation, HeadActivation headActivation, DMatrixRMaj inputs,
                   DMatrixRMaj w, DMatrixRMaj u, DMatrixRMaj b, DMatrixRMaj v, DMatrixRMaj c,
                   DMatrixRMaj initialState, Embedding embedding, List<Dense> dense, boolean copy) {
        this.activation = Objects.requireNonNull(activation, "activation");
        this.headActivation = Objects.requireNonNull(headActivation, "headActivation");
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(w, "W");
        Objects.requireNonNull(u, "U");
        Objects.requireNonNull(b, "b");
        int n = w.numRows;
        int m = w.numCols;
        requireShape("W's columns must equal the inputs' features", inputs.numCols == m,
                "inputs " + shape(inputs) + ", W " + shape(w));
        requireShape("U must be square with as many rows as W", u.numRows == n && u.numCols == n,
                "W " + shape(w) + ", U " + shape(u));
        requireShape("b must have one entry per unit", b.numRows == n && b.numCols == 1,
                "W " + shape(w) + ", b " + shape(b));
        if ((v == null) != (c == null)) {
            throw new IllegalArgumentException("the output head needs both V and c, or neither");
        }
        this.dense = List.copyOf(dense);
        if (!this.dense.isEmpty() && v == null) {
            throw new IllegalArgumentException("Dense layers before the head need the head after them");
        }
        int read = n;
        for (Dense layer : this.dense) {
            requireShape("a Dense layer's columns must equal the outputs of what it reads", layer.inputs() == read,
                    "reads " + Shapes.of(read) + ", V " + shape(layer.weights()));
            read = layer.outputs();
        }
        if (v != null) {
            requireShape(this.dense.isEmpty() ? "V's columns must equal the number of units"
                            : "V's columns must equal the outputs of the last Dense layer before it", v.numCols == read,
                    (this.dense.isEmpty() ? "W " + shape(w) : "reads " + Shapes.of(read)) + ", V " + shape(v));
            requireShape("c must have one entry per output", c.numRows == v.numRows && c.numCols == 1,
                    "V " + shape(v) + ", c " + shape(c));
        }
        if (initialState == null) {
            initialState = new DMatrixRMaj(n, 1);
        }
        requireShape("h_0 must have one entry per unit", initialState.numRows == n && initialState.numCols == 1,
                "W " + shape(w) + ", h_0 " + shape(initialState));
        this.inputs = copy ? inputs.copy() : inputs;
        this.w = copy ? w.copy() : w;
        this.u = copy ? u.copy() : u;
        this.b = copy ? b.copy() : b;
        this.v = copy && v != null ? v.copy() : v;
        this.c = copy && c != null ? c.copy() : c;
        this.initialState = copy ? initialState.copy() : initialState;
        this.embedding = embedding;
        this.dimensions = new Dimensions(inputs.numRows, m, n, v == null ? 0 : v.numRows);
    }

    /** T, M, N and K. */
    public Dimensions dimensions() {
        return dimensions;
    }

    /** The cell's activation. */
    public Activation activation() {
        return activation;
    }

    /** The head's activation. */
    public HeadActivation headActivation() {
        return headActivation;
    }

    /** The Embedding the inputs are looked up in, or null when they were given as vectors. */
    public Embedding embedding() {
        return embedding;
    }

    /** The same numbers, and the same Embedding and Dense layers if any, with other activations. */
    public Lesson withActivations(Activation a, HeadActivation headA) {
        return new Lesson(a, headA, inputs, w, u, b, v, c, initialState, embedding, dense, false);
    }

    /**
     * The same cell and inputs with another head: {@code layers}, Dense layers applied to h_t in order, then
     * o_t = V·d_t + c read from the last of them (from h_t when there are none).
     *
     * @throws IllegalArgumentException naming the matrices whose shapes do not fit together
     */
    public Lesson withHead(List<Dense> layers, DMatrixRMaj v, DMatrixRMaj c) {
        Objects.requireNonNull(v, "V");
        Objects.requireNonNull(c, "c");
        return new Lesson(activation, headActivation, inputs, w, u, b, v.copy(), c.copy(), initialState, embedding,
                layers, false);
    }

    /**
     * The same weights, head and Embedding table looking up other ids: {@code looked} must be this lesson's
     * Embedding with other tokens. T becomes their number.
     *
     * @throws IllegalArgumentException for a lesson without an Embedding, or a table of another width
     */
    public Lesson withEmbedding(Embedding looked) {
        Objects.requireNonNull(looked, "embedding");
        if (embedding == null) {
            throw new IllegalArgumentException("token ids need a lesson with an Embedding");
        }
        return new Lesson(activation, headActivation, looked.lookUp(), w, u, b, v, c, initialState, looked, dense, false);
    }

    /** The Dense layers between h_t and the head, first to last; empty when the head reads h_t. */
    public List<Dense> denseLayers() {
        return dense;
    }

    /** A copy of x, (T, M): row t − 1 is x_t, which is E[token_t] with an Embedding. */
    public DMatrixRMaj inputs() {
        return inputs.copy();
    }

    DMatrixRMaj rawInputs() {
        return inputs;
    }

    /** A copy of W (N, M), input to hidden (Keras's {@code kernel} is Wᵀ). */
    public DMatrixRMaj w() {
        return w.copy();
    }

    DMatrixRMaj rawW() {
        return w;
    }

    /** A copy of U (N, N), hidden to hidden (Keras's {@code recurrent_kernel} is Uᵀ). */
    public DMatrixRMaj u() {
        return u.copy();
    }

    DMatrixRMaj rawU() {
        return u;
    }

    /** A copy of b (N, 1). */
    public DMatrixRMaj b() {
        return b.copy();
    }

    DMatrixRMaj rawB() {
        return b;
    }

    /** A copy of V (K, N), hidden to output, or null without a head. */
    public DMatrixRMaj v() {
        return v == null ? null : v.copy();
    }

    DMatrixRMaj rawV() {
        return v;
    }

    /** A copy of c (K, 1), or null without a head. */
    public DMatrixRMaj c() {
        return c == null ? null : c.copy();
    }

    DMatrixRMaj rawC() {
        return c;
    }

    /** A copy of h_0 (N, 1), the state before the first step. */
    public DMatrixRMaj initialState() {
        return initialState.copy();
    }

    /**
     * Whether h_0 is all +0.0, bit for bit, as a run that starts from rest has it. A −0.0 counts as
     * a value of its own, so that a file that leaves a zero h_0 out gives back the same bits.
     */
    public boolean startsFromZero() {
        for (double v : initialState.data) {
            if (Double.doubleToRawLongBits(v) != 0L) {
                return false;
            }
        }
        return true;
    }

    StepKernel.Weights weights() {
        StepKernel.Weights made = weights;
        if (made == null) {
            made = StepKernel.Weights.of(this);
            weights = made;
        }
        return made;
    }

    DMatrixRMaj rawInitialState() {
        return initialState;
    }

    /**
     * Two lessons are equal when they hold the same activations and the same numbers, bit for bit:
     * "the lesson on screen is the one in the file" is a question about content, not identity.
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof Lesson other && activation == other.activation && headActivation == other.headActivation
                && dimensions.equals(other.dimensions) && sameNumbers(inputs, other.inputs) && sameNumbers(w, other.w)
                && sameNumbers(u, other.u) && sameNumbers(b, other.b) && sameNumbers(v, other.v)
                && sameNumbers(c, other.c) && sameNumbers(initialState, other.initialState)
                && Objects.equals(embedding, other.embedding) && dense.equals(other.dense);
    }

    @Override
    public int hashCode() {
        // the weights alone tell lessons apart well enough; the inputs can be large
        return Objects.hash(activation, headActivation, dimensions, numbersHash(w), numbersHash(u), numbersHash(b));
    }

    private static boolean sameNumbers(DMatrixRMaj a, DMatrixRMaj b) {
        if (a == null || b == null) {
            return a == b;
        }
        int size = a.getNumElements();
        // Arrays.equals on doubles compares bits, so NaN equals NaN and 0.0 differs from -0.0, as in a file
        return a.numRows == b.numRows && a.numCols == b.numCols
                && java.util.Arrays.equals(a.data, 0, size, b.data, 0, size);
    }

    private static int numbersHash(DMatrixRMaj m) {
        int hash = 31 * m.numRows + m.numCols;
        for (int i = 0; i < m.getNumElements(); i++) {
            hash = 31 * hash + Double.hashCode(m.data[i]);
        }
        return hash;
    }

    /** A shape as numpy prints it: {@code (64, 32)}, or {@code (64,)} for a vector. */
    public static String shape(DMatrixRMaj m) {
        return m.numCols == 1 ? Shapes.of(m.numRows) : Shapes.of(m.numRows, m.numCols);
    }

    private static void requireShape(String rule, boolean holds, String shapes) {
        if (!holds) {
            throw new IllegalArgumentException(rule + ": " + shapes);
        }
    }
}
