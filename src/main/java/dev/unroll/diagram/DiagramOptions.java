package dev.unroll.diagram;

import java.util.Objects;

/**
 * What to draw: the view, the output head, the notation, shape annotations, which states leave the
 * layer (Keras's {@code return_sequences}), the current timestep t (0 shows only h_0) and how far
 * its step has flowed ({@code phase} in [0, 1], 1 when complete), whether movement is replaced by
 * fades, what a glossary term points at, and the selected part (or null).
 */
public record DiagramOptions(ViewKind view, boolean head, Notation notation, boolean shapes,
                             boolean returnSequences, int t, double phase, boolean reducedMotion,
                             Highlight highlight, Part selected) {

    /** What a glossary term points at in the picture. */
    public enum Highlight {
        /** Nothing. */
        NONE,
        /** The state vectors h_t themselves: cell, unit, h_t, output_t, state_t. */
        STATE_VECTOR,
        /** Their length N: units, output_features, the 32 in SimpleRNN(32). */
        STATE_SIZE
    }

    public DiagramOptions {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(notation, "notation");
        Objects.requireNonNull(highlight, "highlight");
        if (t < 0) {
            throw new IllegalArgumentException("timestep must not be negative, got " + t);
        }
        if (!(phase >= 0 && phase <= 1)) {
            throw new IllegalArgumentException("phase must be between 0 and 1, got " + phase);
        }
    }

    /** A still picture at t: the step complete, nothing highlighted or selected. */
    public DiagramOptions(ViewKind view, boolean head, Notation notation, boolean shapes, boolean returnSequences, int t) {
        this(view, head, notation, shapes, returnSequences, t, 1, false, Highlight.NONE, null);
    }

    /** Where step t stands: which stage and how far through it. */
    public Stage.Flow flow() {
        return Stage.at(phase, head);
    }

    /** Whether step t is still flowing (0 &lt; t and phase &lt; 1). */
    public boolean inFlight() {
        return t > 0 && phase < 1;
    }

    /** Both pictures with the head, Keras notation, no shapes, every state returned, at t. */
    public static DiagramOptions defaults(int t) {
        return new DiagramOptions(ViewKind.BOTH, true, Notation.KERAS, false, true, t);
    }

    public DiagramOptions withView(ViewKind v) {
        return new DiagramOptions(v, head, notation, shapes, returnSequences, t, phase, reducedMotion, highlight, selected);
    }

    public DiagramOptions withHead(boolean h) {
        return new DiagramOptions(view, h, notation, shapes, returnSequences, t, phase, reducedMotion, highlight, selected);
    }

    public DiagramOptions withNotation(Notation n) {
        return new DiagramOptions(view, head, n, shapes, returnSequences, t, phase, reducedMotion, highlight, selected);
    }

    public DiagramOptions withShapes(boolean s) {
        return new DiagramOptions(view, head, notation, s, returnSequences, t, phase, reducedMotion, highlight, selected);
    }

    public DiagramOptions withReturnSequences(boolean r) {
        return new DiagramOptions(view, head, notation, shapes, r, t, phase, reducedMotion, highlight, selected);
    }

    /** Step {@code step}, {@code stepPhase} of the way through. */
    public DiagramOptions at(int step, double stepPhase) {
        return new DiagramOptions(view, head, notation, shapes, returnSequences, step, stepPhase, reducedMotion, highlight,
                selected);
    }

    public DiagramOptions withReducedMotion(boolean r) {
        return new DiagramOptions(view, head, notation, shapes, returnSequences, t, phase, r, highlight, selected);
    }

    public DiagramOptions withHighlight(Highlight h) {
        return new DiagramOptions(view, head, notation, shapes, returnSequences, t, phase, reducedMotion, h, selected);
    }


    public DiagramOptions withT(int step) {
        return new DiagramOptions(view, head, notation, shapes, returnSequences, step, phase, reducedMotion, highlight, selected);
    }
}
