package dev.unroll.rnn;

import java.util.Locale;

/** Which per-step vector to read from a trace. */
public enum ValueKind {
    /** The state h_t (N). */
    H,
    /** The pre-activation a_t = W·x_t + U·h_{t−1} + b (N). */
    A,
    /** The head's output before its activation, o_t = V·h_t + c (K). */
    O,
    /** The head's output after its activation, y_t (K). */
    Y;

    /** Whether this vector exists only when the lesson has an output head. */
    public boolean needsHead() {
        return this == O || this == Y;
    }

    /** The lower-case letter used on the command line. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
