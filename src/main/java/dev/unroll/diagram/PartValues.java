package dev.unroll.diagram;

import dev.unroll.rnn.Lesson;
import dev.unroll.rnn.Trace;
import dev.unroll.rnn.ValueKind;
import org.ejml.data.DMatrixRMaj;

/** The numbers behind a part of the diagram: a node's vector, an edge's matrix. */
public final class PartValues {

    private PartValues() {
    }

    /**
     * A copy of the vector a node or strip shows at its step (x_t, h_t, a_t, o_t, y_t, or the biases b
     * and c, the same at every step), or null where it has none (x_0, a_0, o_0, y_0, c and o without a head).
     */
    public static double[] vector(Trace trace, Part node) {
        int t = node.t();
        boolean head = trace.outputs() > 0;
        return switch (node.kind()) {
            case H -> trace.state(t);
            case X -> t == 0 ? null : trace.input(t);
            case A -> t == 0 ? null : trace.values(ValueKind.A, t);
            case B -> trace.lesson().b().getData();
            case C -> head ? trace.lesson().c().getData() : null;
            case O -> t == 0 || !head ? null : trace.values(ValueKind.O, t);
            case Y -> t == 0 || !head ? null : trace.values(ValueKind.Y, t);
            default -> null;
        };
    }

    /** A copy of the matrix an edge carries: W, U or V in the seed's orientation; null for V without a head. */
    public static DMatrixRMaj matrix(Lesson lesson, PartKind edge) {
        return switch (edge) {
            case EDGE_INPUT -> lesson.w();
            case EDGE_RECURRENT -> lesson.u();
            case EDGE_OUTPUT -> lesson.v();
            default -> throw new IllegalArgumentException(edge + " is not an edge");
        };
    }

    /** The name Keras gives the weights behind an edge, which it stores transposed: {@code kernel}, … */
    public static String kerasName(PartKind edge) {
        return switch (edge) {
            case EDGE_INPUT -> "kernel";
            case EDGE_RECURRENT -> "recurrent_kernel";
            case EDGE_OUTPUT -> "Dense kernel";
            default -> throw new IllegalArgumentException(edge + " is not an edge");
        };
    }
}
