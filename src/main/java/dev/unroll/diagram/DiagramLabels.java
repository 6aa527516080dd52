package dev.unroll.diagram;

import dev.unroll.diagram.Element.Anchor;
import dev.unroll.diagram.Element.Text;
import dev.unroll.diagram.Element.TextRun;
import dev.unroll.rnn.Activation;
import dev.unroll.rnn.Dense;
import dev.unroll.rnn.Dimensions;
import dev.unroll.rnn.Shapes;
import java.util.List;

/**
 * What the diagram's labels say and how wide they are set: the layout sizes boxes and gaps by
 * them, the painter writes them, so the two cannot disagree.
 */
final class DiagramLabels {

    private DiagramLabels() {
    }

    /** A node's label, its letter with the step as subscript, centred on (x, y) with no colour yet. */
    static Text stepLabel(PartKind kind, String step, double x, double y) {
        return new Text(x, y, List.of(TextRun.normal(kind.key()), TextRun.sub(step)), Typography.LABEL_SIZE, true, Paint.NONE,
                Anchor.MIDDLE);
    }

    /** The width of the widest node label in a chain of {@code timesteps}: a letter with the last step as subscript. */
    static double widestStepLabel(int timesteps) {
        double widest = 0;
        for (PartKind kind : List.of(PartKind.X, PartKind.H, PartKind.O)) {
            widest = Math.max(widest, TextMetrics.width(stepLabel(kind, Integer.toString(timesteps), 0, 0)));
        }
        return widest;
    }

    /** The glossary's note of the state's size beside h: "N = 64". */
    static Text sizeNote(int units, double right, double y, Paint fill) {
        return new Text(right, y, List.of(TextRun.normal("N = " + units)), Typography.SMALL_SIZE, true, fill, Anchor.END);
    }

    /** How wide the note of the state's size is set. */
    static double sizeNoteWidth(int units) {
        return TextMetrics.width(sizeNote(units, 0, 0, Paint.NONE));
    }

    /** The shape of a vector of {@code length} components, as numpy writes it: (64,). */
    static String vectorShape(int length) {
        return Shapes.of(length);
    }

    /** The shape of the matrix on an edge, (rows, columns): W is (N, M), U is (N, N), V is (K, N). */
    static String matrixShape(Dimensions d, PartKind edge) {
        return switch (edge) {
            case EDGE_INPUT -> Shapes.of(d.units(), d.inputFeatures());
            case EDGE_RECURRENT -> Shapes.of(d.units(), d.units());
            default -> Shapes.of(Math.max(1, d.outputSize()), d.units());
        };
    }

    /** How wide the matrix's shape on {@code edge} is set. */
    static double matrixShapeWidth(Dimensions d, PartKind edge) {
        return TextMetrics.width(matrixShape(d, edge), Typography.SHAPE_SIZE, false);
    }

    /** The widest vector shape, set bold as it is when a glossary term points at the state's size. */
    static double widestVectorShape(Dimensions d) {
        int longest = Math.max(d.inputFeatures(), Math.max(d.units(), Math.max(1, d.outputSize())));
        return TextMetrics.width(vectorShape(longest), Typography.SHAPE_SIZE, true);
    }

    /** The widest shape written beside a vertical edge: W's, and V's when there is a head. */
    static double widestVerticalShape(Dimensions d, boolean head) {
        double input = matrixShapeWidth(d, PartKind.EDGE_INPUT);
        return head ? Math.max(input, matrixShapeWidth(d, PartKind.EDGE_OUTPUT)) : input;
    }

    /** Dense layers as Keras names them in code, in order: "Dense(3) → Dense(5, relu)"; linear is Keras's default, left out. */
    static String denseLayers(List<Dense> layers) {
        StringBuilder s = new StringBuilder();
        for (Dense layer : layers) {
            s.append(s.length() > 0 ? " \u2192 " : "").append("Dense(").append(layer.outputs())
                    .append(layer.activation() == Activation.LINEAR ? "" : ", " + layer.activation().key()).append(')');
        }
        return s.toString();
    }
}
