package dev.unroll.diagram;

import java.util.Objects;

/**
 * How the diagram is drawn, the settings a lesson file stores and the {@code export} command takes:
 * the view, the output head, the notation, shape annotations, and which states leave the layer
 * (Keras's {@code return_sequences}). None of them changes while a lesson plays.
 */
public record DiagramLook(ViewKind view, boolean head, Notation notation, boolean shapes, boolean returnSequences) {

    /** What a lesson shows unless told otherwise: both pictures with the head, Keras letters, no shapes, every state returned. */
    public static final DiagramLook DEFAULT = new DiagramLook(ViewKind.BOTH, true, Notation.KERAS, false, true);

    public DiagramLook {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(notation, "notation");
    }

    public DiagramLook withView(ViewKind v) {
        return new DiagramLook(v, head, notation, shapes, returnSequences);
    }

    public DiagramLook withHead(boolean h) {
        return new DiagramLook(view, h, notation, shapes, returnSequences);
    }

    public DiagramLook withNotation(Notation n) {
        return new DiagramLook(view, head, n, shapes, returnSequences);
    }

    public DiagramLook withShapes(boolean s) {
        return new DiagramLook(view, head, notation, s, returnSequences);
    }

    public DiagramLook withReturnSequences(boolean r) {
        return new DiagramLook(view, head, notation, shapes, r);
    }
}
