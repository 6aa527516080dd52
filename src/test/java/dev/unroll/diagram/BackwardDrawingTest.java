package dev.unroll.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.diagram.Element.Group;
import dev.unroll.diagram.Element.Polygon;
import dev.unroll.diagram.Element.Rect;
import dev.unroll.diagram.Element.Text;
import dev.unroll.grad.Backprop;
import dev.unroll.grad.Gradients;
import dev.unroll.grad.LossChoice;
import dev.unroll.rnn.Preset;
import dev.unroll.rnn.Trace;
import dev.unroll.text.Vocabulary;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The backward mode's picture: ∂L/∂h_t in each h_t as the backward pass computes it, stage by stage. */
class BackwardDrawingTest {

    private static final Trace TINY = Trace.run(Preset.TINY.spec().build());
    private static final LossChoice LOSS = LossChoice.defaults(TINY.lesson(), true);
    private static final Gradients GRADIENTS = Backprop.compute(TINY.lesson(), LOSS.targets(), LOSS.loss(), true);
    private static final BackwardPicture BACKWARD = new BackwardPicture(GRADIENTS, LOSS);

    private static Drawing backward(int t, double phase) {
        DiagramOptions options = new DiagramOptions(DiagramLook.DEFAULT, new Moment(t, phase, true), Interaction.NONE);
        return StillPicture.draw(TINY, BACKWARD, options, Theme.LIGHT, Vocabulary.english());
    }

    private static Group group(Drawing d, Part part) {
        return d.elements().stream().filter(e -> e instanceof Group g && g.part().equals(part))
                .map(e -> (Group) e).findFirst().orElseThrow(() -> new AssertionError("no " + part));
    }

    private static List<Rect> cells(Group g) {
        return g.children().stream().filter(e -> e instanceof Rect r && r.cellIndex() >= 0).map(e -> (Rect) e).toList();
    }

    private static List<String> texts(Group g) {
        return g.children().stream().filter(e -> e instanceof Text).map(e -> ((Text) e).plain()).toList();
    }

    private static double dh(int t, int i) {
        return GRADIENTS.dh().get(t - 1, i);
    }

    @Test
    void everyStatesCellsHoldTheGradientBackpropComputesOnceTheFlowHasPassed() {
        Drawing d = backward(1, 1);
        int n = TINY.lesson().dimensions().units();
        double top = BACKWARD.scale();
        for (int t = 1; t <= TINY.timesteps(); t++) {
            Group h = group(d, new Part(false, PartKind.H, t));
            List<Rect> cells = cells(h);
            assertEquals(n, cells.size());
            double[] row = new double[n];
            for (int i = 0; i < n; i++) {
                row[i] = dh(t, i);
                assertEquals(Theme.LIGHT.gradients().rgb(dh(t, i), top), cells.get(i).fill().rgb(), "δh_" + t + "[" + i + "]'s colour");
            }
            assertTrue(h.title().startsWith("\u03B4h_" + t + " = \u2202L/\u2202h_" + t), h.title());
            assertTrue(h.title().endsWith("[" + ValueFormat.join(row, 16) + "]"), h.title());
            assertEquals("\u03B4h" + t, texts(h).get(0), "the box is labelled with the gradient it holds");
            // the numbers written in the cells are δh_t's, rounded to fit
            List<String> numbers = texts(h).subList(1, texts(h).size());
            assertEquals(n, numbers.size(), "every cell of the tiny lesson has room for its number");
            for (int i = 0; i < n; i++) {
                double written = Double.parseDouble(numbers.get(i).replace('\u2212', '-').replace("e", "E"));
                assertEquals(dh(t, i), written, Math.abs(dh(t, i)) * 0.01 + 1e-12, "the number in δh_" + t + "[" + i + "]");
            }
        }
    }

    @Test
    void stepsTheGradientHasNotReachedAreEmptyAndTheCurrentOneFillsInItsStateStage() {
        boolean head = true;
        double midState = BackwardStage.STATE.start(head) + 0.5 / BackwardStage.of(head).size();
        Drawing d = backward(3, midState);
        int empty = Theme.LIGHT.emptyCell();
        assertTrue(cells(group(d, new Part(false, PartKind.H, 2))).stream().allMatch(r -> r.fill().rgb() == empty),
                "h_2's gradient is computed after h_3's");
        assertTrue(cells(group(d, new Part(false, PartKind.H, 4))).stream().noneMatch(r -> r.fill().rgb() == empty),
                "h_4's gradient was computed before h_3's");
        List<Rect> current = cells(group(d, new Part(false, PartKind.H, 3)));
        long filled = current.stream().filter(r -> r.fill().rgb() != empty).count();
        assertTrue(filled > 0 && filled < current.size(), "δh_3 is filling: " + filled + " of " + current.size());
        assertTrue(cells(group(d, new Part(false, PartKind.A, 3))).stream().allMatch(r -> r.fill().rgb() == empty),
                "δa_3 forms after δh_3");
        assertTrue(cells(group(d, new Part(false, PartKind.X, 2))).stream().noneMatch(r -> r.fill().rgb() == empty),
                "the forward pass is complete: x_2 keeps its values");
    }

    @Test
    void theGradientFlowsFromTheLossDownVThenBackAlongUThenIntoTheStateAndTheSum() {
        assertEquals(List.of(BackwardStage.LOSS, BackwardStage.OUTPUT, BackwardStage.RECURRENT, BackwardStage.STATE,
                BackwardStage.SUM), BackwardStage.of(true));
        assertEquals(List.of(BackwardStage.LOSS, BackwardStage.RECURRENT, BackwardStage.STATE, BackwardStage.SUM),
                BackwardStage.of(false));
        assertEquals(Stage.count(true), BackwardStage.of(true).size(), "the same stepping serves both directions");
        assertEquals(Stage.count(false), BackwardStage.of(false).size());
        int stages = BackwardStage.of(true).size();
        for (BackwardStage stage : BackwardStage.of(true)) {
            double middle = stage.start(true) + 0.5 / stages;
            assertEquals(stage, BackwardStage.at(middle, true).stage());
        }
        Part down = new Part(false, PartKind.EDGE_OUTPUT, 3);
        Part along = new Part(false, PartKind.EDGE_RECURRENT, 4);
        Drawing downV = backward(3, BackwardStage.OUTPUT.start(true) + 0.5 / stages);
        assertTrue(group(downV, down).highlighted(), "δo_3 travels down V");
        assertFalse(group(downV, along).highlighted());
        assertTrue(hasPacket(group(downV, down)));
        Drawing alongU = backward(3, BackwardStage.RECURRENT.start(true) + 0.5 / stages);
        assertTrue(group(alongU, along).highlighted(), "δa_4 travels back along U into h_3");
        assertTrue(hasPacket(group(alongU, along)));
        assertFalse(group(alongU, down).highlighted());
    }

    private static boolean hasPacket(Group edge) {
        // a packet is a tag with one small square per component shown
        return edge.children().stream().filter(e -> e instanceof Rect).count() > 1;
    }

    @Test
    void edgesThatCarriedTheGradientPointBackAndAreTransposed() {
        Drawing forward = StillPicture.draw(TINY, DiagramOptions.still(DiagramLook.DEFAULT, 5), Theme.LIGHT);
        Drawing back = backward(1, 1);
        Part u = new Part(false, PartKind.EDGE_RECURRENT, 3);
        Group before = group(forward, u);
        Group after = group(back, u);
        assertTrue(texts(after).contains("U\u1D40"), texts(after).toString());
        Polygon tipBefore = (Polygon) before.children().stream().filter(e -> e instanceof Polygon).findFirst().orElseThrow();
        Polygon tipAfter = (Polygon) after.children().stream().filter(e -> e instanceof Polygon).findFirst().orElseThrow();
        assertTrue(tipAfter.points()[0] < tipBefore.points()[0], "the arrowhead moves from h_3's end to h_2's");
        assertEquals(Theme.LIGHT.gradients().ink(), tipAfter.fill().rgb());
    }

    @Test
    void theFooterStatesTheLossAndTheBackwardEquations() {
        Drawing d = backward(2, 1);
        List<String> all = d.elements().stream().filter(e -> e instanceof Text).map(e -> ((Text) e).plain())
                .collect(Collectors.toList());
        String lossLine = "loss = mse(y_t, 0) = " + ValueFormat.threeDigits(GRADIENTS.loss());
        assertTrue(all.stream().anyMatch(s -> s.contains(lossLine)), all.toString());
        assertTrue(all.stream().anyMatch(s -> s.startsWith("\u03B4ht = V\u1D40\u00B7\u03B4ot + U\u1D40\u00B7\u03B4at+1")),
                all.toString());
        assertTrue(all.stream().anyMatch(s -> s.contains("log")), "the gradient legend names its log scale: " + all);
        assertNotEquals(0, GRADIENTS.loss());
    }
}
