package dev.unroll.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.diagram.Element.Group;
import dev.unroll.diagram.Element.Text;
import dev.unroll.rnn.Preset;
import dev.unroll.rnn.Trace;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The letters are checked against the books, not against the enum: Keras (and the seed's numpy code)
 * writes h_t = tanh(W·x_t + U·h_{t−1} + b), the Goodfellow, Bengio and Courville book (chapter 10)
 * writes a_t = b + W·h_{t−1} + U·x_t. Both name the output matrix V.
 */
class NotationTest {

    private static final Trace TINY = Trace.run(Preset.TINY.spec().build());

    private static Drawing paint(Notation notation) {
        DiagramOptions options = DiagramOptions.still(DiagramLook.DEFAULT.withNotation(notation), 5);
        DiagramLayout layout = DiagramLayout.of(TINY.lesson().dimensions(), options);
        return DiagramPainter.paint(layout, TINY, ColourScales.of(TINY), Theme.LIGHT);
    }

    private static String label(Drawing d, boolean folded, PartKind kind, int t) {
        Part part = new Part(folded, kind, t);
        Group g = d.elements().stream().filter(e -> e instanceof Group gr && gr.part().equals(part))
                .map(e -> (Group) e).findFirst().orElseThrow(() -> new AssertionError("no " + part));
        return g.children().stream().filter(e -> e instanceof Text).map(e -> ((Text) e).plain())
                .collect(Collectors.joining("|"));
    }

    /** The page's equation line, subscripts flattened: "ht" is h with subscript t. */
    private static String equation(Drawing d) {
        return d.elements().stream().filter(e -> e instanceof Text).map(e -> ((Text) e).plain())
                .filter(t -> t.startsWith("ht =")).findFirst().orElseThrow(() -> new AssertionError("no equation"));
    }

    @Test
    void kerasLabelsTheInputEdgeWTheLoopUAndTheOutputV() {
        Drawing d = paint(Notation.KERAS);
        assertEquals("W", label(d, false, PartKind.EDGE_INPUT, 3));
        assertEquals("U", label(d, false, PartKind.EDGE_RECURRENT, 3));
        assertEquals("U", label(d, true, PartKind.EDGE_RECURRENT, 5));
        assertEquals("V", label(d, false, PartKind.EDGE_OUTPUT, 3));
    }

    @Test
    void kerasWritesTheStepAsWTimesTheInputPlusUTimesThePreviousState() {
        String equation = equation(paint(Notation.KERAS));
        assertTrue(equation.startsWith("ht = tanh(W\u00B7xt + U\u00B7ht\u22121 + b)"), equation);
    }

    @Test
    void goodfellowLabelsTheInputEdgeUTheLoopWAndTheOutputV() {
        Drawing d = paint(Notation.GOODFELLOW);
        assertEquals("U", label(d, false, PartKind.EDGE_INPUT, 3));
        assertEquals("W", label(d, false, PartKind.EDGE_RECURRENT, 3));
        assertEquals("W", label(d, true, PartKind.EDGE_RECURRENT, 5));
        assertEquals("V", label(d, false, PartKind.EDGE_OUTPUT, 3));
    }

    @Test
    void goodfellowWritesTheStepAsBPlusWTimesThePreviousStatePlusUTimesTheInput() {
        String equation = equation(paint(Notation.GOODFELLOW));
        assertTrue(equation.startsWith("ht = tanh(b + W\u00B7ht\u22121 + U\u00B7xt)"), equation);
    }
}
