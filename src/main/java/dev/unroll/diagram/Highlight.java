package dev.unroll.diagram;

/** What a glossary term points at in the picture. */
public enum Highlight {
    /** Nothing. */
    NONE,
    /** The state vectors h_t themselves: cell, unit, h_t, output_t, state_t. */
    STATE_VECTOR,
    /** Their length N: units, output_features, the 32 in SimpleRNN(32). */
    STATE_SIZE
}
