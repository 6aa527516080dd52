package dev.unroll.diagram;

import java.util.Locale;

/**
 * What a drawn part is: a vector node, a narrow strip beside one (a bias, the sum a_t, the head's
 * y_t), or an edge carrying a matrix. The order is the reading order within a step, which the
 * keyboard walk through the picture follows: x, then b and the sum a beside h, then c, o and y.
 */
public enum PartKind {
    /** The input x_t. */
    X("x"),
    /** The bias b, beside h_t where the sum is formed. */
    B("b"),
    /** The pre-activation a_t = W·x_t + U·h_{t−1} + b, beside h_t. */
    A("a"),
    /** The state h_t. */
    H("h"),
    /** The head's bias c, beside o_t. */
    C("c"),
    /** The output o_t. */
    O("o"),
    /** The head's activated output y_t = headAct(o_t), beside o_t; drawn only with a sigmoid or softmax head. */
    Y("y"),
    /** x_t → h_t through the input matrix. */
    EDGE_INPUT("edge-input"),
    /** h_{t−1} → h_t through the recurrent matrix. */
    EDGE_RECURRENT("edge-recurrent"),
    /** h_t → o_t through V. */
    EDGE_OUTPUT("edge-output");

    private final String key;

    PartKind(String key) {
        this.key = key;
    }

    /** The name used in SVG {@code data-kind}, for example {@code edge-input}. */
    public String key() {
        return key;
    }

    /** Whether this is a vector (a node or a strip) rather than an edge. */
    public boolean isNode() {
        return !isEdge();
    }

    /** Whether this is an edge carrying a matrix. */
    public boolean isEdge() {
        return this == EDGE_INPUT || this == EDGE_RECURRENT || this == EDGE_OUTPUT;
    }

    /** Whether this is one of the lesson's own numbers (a bias), the same at every step, not a value a step computes. */
    public boolean isParameter() {
        return this == B || this == C;
    }

    /** Whether this belongs to the output head: o_t, its bias c and y_t. */
    public boolean isHeadPart() {
        return this == O || this == C || this == Y;
    }

    /** Whether this is a narrow strip drawn beside a node rather than a boxed node of its own. */
    public boolean isStrip() {
        return this == B || this == A || this == C || this == Y;
    }

    @Override
    public String toString() {
        return key.toLowerCase(Locale.ROOT);
    }
}
