package dev.unroll.rnn;

import java.util.Objects;
import org.ejml.data.DMatrixRMaj;

/**
 * Everything needed to run a simple RNN: sizes, activations, inputs, weights and initial state, in the
 * seed's (Chollet) orientation: W (N, M), U (N, N), b (N), and with a head V (K, N), c (K).
 * Vectors are column matrices. A lesson is never changed after it is made; the matrices it hands
 * out must not be modified.
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
        this.activation = Objects.requireNonNull(activation, "activation");
        this.headActivation = Objects.requireNonNull(headActivation, "headActivation");
        this.inputs = Objects.requireNonNull(inputs, "inputs");
        this.w = Objects.requireNonNull(w, "W");
        this.u = Objects.requireNonNull(u, "U");
        this.b = Objects.requireNonNull(b, "b");
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
        if (v != null) {
            requireShape("V's columns must equal the number of units", v.numCols == n,
                    "W " + shape(w) + ", V " + shape(v));
            requireShape("c must have one entry per output", c.numRows == v.numRows && c.numCols == 1,
                    "V " + shape(v) + ", c " + shape(c));
        }
        if (initialState == null) {
            initialState = new DMatrixRMaj(n, 1);
        }
        requireShape("h_0 must have one entry per unit", initialState.numRows == n && initialState.numCols == 1,
                "W " + shape(w) + ", h_0 " + shape(initialState));
        this.v = v;
        this.c = c;
        this.initialState = initialState;
        this.dimensions = new Dimensions(inputs.numRows, m, n, v == null ? 0 : v.numRows);
    }

    public Dimensions dimensions() {
        return dimensions;
    }

    public Activation activation() {
        return activation;
    }

    public HeadActivation headActivation() {
        return headActivation;
    }

    /** x, (T, M): row t − 1 is x_t. */
    public DMatrixRMaj inputs() {
        return inputs;
    }

    /** W (N, M), input to hidden (Keras's {@code kernel} is Wᵀ). */
    public DMatrixRMaj w() {
        return w;
    }

    /** U (N, N), hidden to hidden (Keras's {@code recurrent_kernel} is Uᵀ). */
    public DMatrixRMaj u() {
        return u;
    }

    /** b (N, 1). */
    public DMatrixRMaj b() {
        return b;
    }

    /** V (K, N), hidden to output, or null without a head. */
    public DMatrixRMaj v() {
        return v;
    }

    /** c (K, 1), or null without a head. */
    public DMatrixRMaj c() {
        return c;
    }

    /** h_0 (N, 1), the state before the first step. */
    public DMatrixRMaj initialState() {
        return initialState;
    }

    /** A shape as numpy prints it: {@code (64, 32)}, or {@code (64,)} for a vector. */
    public static String shape(DMatrixRMaj m) {
        return m.numCols == 1 ? "(" + m.numRows + ",)" : "(" + m.numRows + ", " + m.numCols + ")";
    }

    private static void requireShape(String rule, boolean holds, String shapes) {
        if (!holds) {
            throw new IllegalArgumentException(rule + ": " + shapes);
        }
    }
}
