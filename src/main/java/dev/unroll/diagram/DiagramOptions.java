package dev.unroll.diagram;

import java.util.Objects;

/**
 * What to draw: the view, the output head, the notation, shape annotations, which states leave the
 * layer (Keras's {@code return_sequences}) and the current timestep t (0 shows only h_0).
 */
public record DiagramOptions(ViewKind view, boolean head, Notation notation, boolean shapes,
                             boolean returnSequences, int t) {

    public DiagramOptions {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(notation, "notation");
        if (t < 0) {
            throw new IllegalArgumentException("timestep must not be negative, got " + t);
        }
    }

    /** Both pictures with the head, Keras notation, no shapes, every state returned, at t. */
    public static DiagramOptions defaults(int t) {
        return new DiagramOptions(ViewKind.BOTH, true, Notation.KERAS, false, true, t);
    }

    public DiagramOptions withView(ViewKind v) {
        return new DiagramOptions(v, head, notation, shapes, returnSequences, t);
    }

    public DiagramOptions withHead(boolean h) {
        return new DiagramOptions(view, h, notation, shapes, returnSequences, t);
    }

    public DiagramOptions withNotation(Notation n) {
        return new DiagramOptions(view, head, n, shapes, returnSequences, t);
    }

    public DiagramOptions withShapes(boolean s) {
        return new DiagramOptions(view, head, notation, s, returnSequences, t);
    }

    public DiagramOptions withReturnSequences(boolean r) {
        return new DiagramOptions(view, head, notation, shapes, r, t);
    }

    public DiagramOptions withT(int step) {
        return new DiagramOptions(view, head, notation, shapes, returnSequences, step);
    }
}
