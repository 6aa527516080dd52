package dev.unroll.diagram;

import dev.unroll.rnn.Lesson;
import dev.unroll.rnn.Trace;
import dev.unroll.rnn.ValueKind;
import org.ejml.data.DMatrixRMaj;

/** The numbers behind a part of the diagram: a node's vector, an edge's matrix. */
public final class PartValues {

    private PartValues() {
    }

    /** A copy of the vector a node shows at its step (x_t, h_t or o_t), or null where it has none (x_0, o_0, no head). */
    public static double[] vector(Trace trace, Part node) {
        int t = node.t();
        return switch (node.kind()) {
            case H -> trace.state(t);
            case X -> t == 0 ? null : trace.input(t);
            case O -> t == 0 || trace.outputs() == 0 ? null : trace.values(ValueKind.O, t);
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
