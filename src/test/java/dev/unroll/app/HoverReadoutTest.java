package dev.unroll.app;

import static dev.unroll.app.WindowTesting.onScreen;
import static dev.unroll.app.WindowTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unroll.diagram.Box;
import dev.unroll.diagram.Part;
import dev.unroll.diagram.PartKind;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * What the pointer reads out: a state of the diagram in the status bar, one value of h over time in
 * the status bar, one entry of a matrix under the Inspector's heatmap. The expected values are
 * numpy's, from tiny_seed0.txt, written out here.
 */
@ExtendWith(ApplicationExtension.class)
class HoverReadoutTest {

    /** MatrixView's margin for the row and column indices, left of and above the first cell. */
    private static final double MATRIX_MARGIN = 28;

    @RegisterExtension
    final TinyLessonWindow tiny = new TinyLessonWindow();
    private DiagramView diagram;

    private void atStep(FxRobot robot, int t) throws Exception {
        diagram = robot.lookup("#diagram").queryAs(DiagramView.class);
        waitUntil(() -> diagram.layoutProperty().get() != null && tiny.window().diagramState().timestepsProperty().get() == 5);
        robot.clickOn("#diagram").type(KeyCode.HOME).type(KeyCode.RIGHT, t);
        waitUntil(() -> diagram.layoutProperty().get().options().t() == t);
    }

    private static String statusReadout(FxRobot robot) {
        return robot.lookup("#hoverLabel").queryAs(Label.class).getText();
    }

    /** Moves the pointer to the middle of {@code part} in the diagram and checks what the status bar reads out. */
    private void assertReadout(FxRobot robot, Part part, String expected) throws Exception {
        Box box = diagram.canvasBoxOf(part).orElseThrow(() -> new AssertionError(part + " is not drawn"));
        robot.moveTo(onScreen(diagram, box.centerX(), box.centerY()));
        assertEquals(expected, statusReadout(robot), "over " + part);
    }

    @Test
    void hoveringAStateOfTheChainReadsItsValuesOutInTheStatusBar(FxRobot robot) throws Exception {
        atStep(robot, 3);

        // h_3 = (0.7168…, 0.9640…, 0.5700…, 0.1404…)
        assertReadout(robot, new Part(false, PartKind.H, 3), "h_3 (4,), state: [0.717, 0.964, 0.570, 0.140]");

        // the folded cell shows the current step's state
        assertReadout(robot, new Part(true, PartKind.H, 3), "h_t (t = 3) (4,), state: [0.717, 0.964, 0.570, 0.140]");

        // x_2 = (2.2408…, 1.8675…, −0.9772…)
        assertReadout(robot, new Part(false, PartKind.X, 2), "x_2 (3,), input: [2.24, 1.87, \u22120.977]");

        assertReadout(robot, new Part(false, PartKind.H, 4), "h_4 (4,), state: not computed yet");
    }

    @Test
    void theStripsBesideHReadOutTheBiasAndTheSumAndAClickSelectsThem(FxRobot robot) throws Exception {
        atStep(robot, 3);

        // numpy's a_3 = (0.9011…, 1.9997…, 0.6476…, 0.1414…)
        Part sum = new Part(false, PartKind.A, 3);
        assertReadout(robot, sum, "a_3 (4,), pre-activation W\u00B7x + U\u00B7h + b, before the activation: "
                + "[0.901, 2.00, 0.648, 0.141]");
        robot.clickOn(MouseButton.PRIMARY);
        assertEquals(sum, tiny.window().diagramState().selectedProperty().get());
        assertEquals("a\u2083: the sum W\u00B7x + U\u00B7h + b at step 3, before the activation",
                robot.lookup("#inspectorTitle").queryAs(Label.class).getText());

        // the tiny lesson starts as Keras does, with zero biases
        Part bias = new Part(false, PartKind.B, 3);
        assertReadout(robot, bias, "b (4,), bias of the state, added to every step's sum: [0, 0, 0, 0]");
        robot.clickOn(MouseButton.PRIMARY);
        assertEquals(bias, tiny.window().diagramState().selectedProperty().get());
    }

    @Test
    void hoveringAStepStillFlowingSaysItIsBeingComputed(FxRobot robot) throws Exception {
        atStep(robot, 2);
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);

        assertReadout(robot, new Part(false, PartKind.H, 3), "h_3 (4,), state: being computed");
        assertReadout(robot, new Part(false, PartKind.H, 2), "h_2 (4,), state: [0.609, 0.998, \u22120.514, 0.983]");
    }

    @Test
    void hoveringACellOfHOverTimeReadsItsValueOutInTheStatusBar(FxRobot robot) throws Exception {
        atStep(robot, 3);
        robot.clickOn("#heatmapTab");
        HeatmapView heatmap = robot.lookup("#heatmap").queryAs(HeatmapView.class);

        // h_3[2] = 0.5700481594477602
        Point2D cell = heatmap.cellCentre(3, 2);
        robot.moveTo(onScreen(heatmap, cell.getX(), cell.getY()));
        assertEquals("h\u2083[2] = 0.570048   (t = 3, unit 2)", statusReadout(robot));

        // h_2[1] = 0.9979356374612501
        cell = heatmap.cellCentre(2, 1);
        robot.moveTo(onScreen(heatmap, cell.getX(), cell.getY()));
        assertEquals("h\u2082[1] = 0.997936   (t = 2, unit 1)", statusReadout(robot));
    }

    @Test
    void hoveringAnEntryOfTheInputMatrixReadsItOutUnderTheInspector(FxRobot robot) throws Exception {
        atStep(robot, 3);
        Label title = robot.lookup("#inspectorTitle").queryAs(Label.class);
        // ↓ walks the parts of the picture: the folded cell's x, h and o, then its input arrow
        for (int i = 0; i < 8 && !title.getText().startsWith("W:"); i++) {
            robot.type(KeyCode.DOWN);
        }
        assertEquals("W: input to hidden", title.getText());
        MatrixView matrix = robot.lookup("#inspectorMatrix").queryAs(MatrixView.class);
        // square cells across the width left beside the indices (and 8 pixels on the right), 3 columns
        double cell = Math.min(44, (matrix.getWidth() - MATRIX_MARGIN - 8) / 3);

        // W[1, 0] = 0.5539340235418806
        robot.moveTo(onScreen(matrix, MATRIX_MARGIN + 0.5 * cell, MATRIX_MARGIN + 1.5 * cell));
        assertEquals("W[1, 0] = 0.553934", robot.lookup("#matrixReadout").queryAs(Label.class).getText());
        // W[2, 1] = −0.6603813900690183
        robot.moveTo(onScreen(matrix, MATRIX_MARGIN + 1.5 * cell, MATRIX_MARGIN + 2.5 * cell));
        assertEquals("W[2, 1] = \u22120.660381", robot.lookup("#matrixReadout").queryAs(Label.class).getText());
    }
}
