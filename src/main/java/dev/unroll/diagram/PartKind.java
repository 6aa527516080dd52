package dev.unroll.diagram;

import java.util.Locale;

/** What a drawn part is: a vector node or an edge carrying a matrix. */
public enum PartKind {
    /** The input x_t. */
    X("x"),
    /** The state h_t. */
    H("h"),
    /** The output o_t. */
    O("o"),
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

    /** Whether this is a vector node rather than an edge. */
    public boolean isNode() {
        return this == X || this == H || this == O;
    }

    @Override
    public String toString() {
        return key.toLowerCase(Locale.ROOT);
    }
}
