package dev.unroll.app;

import static dev.unroll.app.WindowTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.diagram.Part;
import dev.unroll.diagram.PartKind;
import dev.unroll.diagram.ValueFormat;
import dev.unroll.grad.Gradients;
import dev.unroll.grad.LossChoice;
import dev.unroll.rnn.Preset;
import dev.unroll.rnn.Trace;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** A class going backward through time: the toggle, stepping the gradient back, its numbers in the inspector and the equation. */
@ExtendWith(ApplicationExtension.class)
class BackwardWindowTest {

    private static final Trace TINY = Trace.run(Preset.TINY.spec().build());
    private static final LossChoice LOSS = LossChoice.defaults(TINY.lesson(), true);
    private static final Gradients GRADIENTS = LOSS.compute(TINY.lesson(), true);

    @RegisterExtension
    final TinyLessonWindow tiny = new TinyLessonWindow();
    private MainWindow window;

    private DiagramViewState state() {
        return window.diagramState();
    }

    private void backward(FxRobot robot) throws Exception {
        window = tiny.window();
        window.player().disableTimer();
        waitUntil(() -> state().timestepsProperty().get() == 5);
        robot.clickOn("#backwardToggle");
        waitUntil(() -> window.gradients().gradientsProperty().get() != null);
        robot.clickOn("#diagram");
    }

    @Test
    void theToggleTurnsTheBackwardModeOnAtTheLossAndOffAgain(FxRobot robot) throws Exception {
        backward(robot);
        assertTrue(state().backwardProperty().get());
        assertEquals(5, state().tProperty().get());
        assertEquals(0.0, state().phaseProperty().get());
        assertEquals(GRADIENTS.loss(), window.gradients().gradientsProperty().get().gradients().loss(), 1e-12);
        robot.clickOn("#backwardToggle");
        assertFalse(state().backwardProperty().get());
        assertEquals(5, state().tProperty().get());
        assertEquals(1.0, state().phaseProperty().get());
        robot.type(KeyCode.G);
        assertTrue(robot.lookup("#backwardToggle").queryAs(ToggleButton.class).isSelected(), "G turns it on, the toggle follows");
    }

    @Test
    void steppingBackThenInspectingShowsTheGradientOfTheSelectedUnit(FxRobot robot) throws Exception {
        backward(robot);
        robot.type(KeyCode.RIGHT, 3);
        assertEquals(3, state().tProperty().get(), "three steps back from the loss: ∂L/∂h_3 is complete");
        robot.type(KeyCode.LEFT);
        assertEquals(4, state().tProperty().get());
        robot.type(KeyCode.ENTER);
        assertEquals(new Part(false, PartKind.H, 4), state().selectedProperty().get());
        assertEquals("\u2202L/\u2202h\u2084[0] = " + ValueFormat.sixDigits(GRADIENTS.dh().get(3, 0)),
                robot.lookup("#inspectorUnitGradient").queryAs(Label.class).getText());
        robot.interact(() -> state().setUnit(2));
        assertEquals("\u2202L/\u2202h\u2084[2] = " + ValueFormat.sixDigits(GRADIENTS.dh().get(3, 2)),
                robot.lookup("#inspectorUnitGradient").queryAs(Label.class).getText());
        for (int i = 0; i < 4; i++) {
            assertEquals(ValueFormat.sixDigits(GRADIENTS.dh().get(3, i)),
                    robot.lookup("#inspectorGradientValue" + i).queryAs(Label.class).getText());
        }
    }

    @Test
    void theEquationTabWritesTheBackwardStepForTheUnitWithItsNumbers(FxRobot robot) throws Exception {
        backward(robot);
        robot.type(KeyCode.RIGHT, 2);
        robot.interact(() -> state().setUnit(1));
        robot.interact(() -> robot.lookup("#sidePanels").queryAs(TabPane.class).getSelectionModel().select(1));
        waitUntil(() -> robot.lookup("#backwardNumbers").tryQuery().isPresent());
        String numbers = text(robot.lookup("#backwardNumbers").queryAs(TextFlow.class));
        assertTrue(numbers.endsWith(" = " + ValueFormat.threeDigits(GRADIENTS.dh().get(3, 1))), numbers);
        String sum = text(robot.lookup("#backwardSum").queryAs(TextFlow.class));
        assertTrue(sum.endsWith(" = " + ValueFormat.threeDigits(GRADIENTS.da().get(3, 1))), sum);
        assertEquals("loss = mse(y_t, 0) = " + ValueFormat.threeDigits(GRADIENTS.loss()),
                robot.lookup("#backwardLoss").queryAs(Label.class).getText());
        String definition = text(robot.lookup("#backwardDefinition").queryAs(TextFlow.class));
        assertTrue(definition.contains("U[j,1]"), definition);
        robot.type(KeyCode.N);
        String goodfellow = text(robot.lookup("#backwardDefinition").queryAs(TextFlow.class));
        assertTrue(goodfellow.contains("W[j,1]"), "the Goodfellow letters name the recurrent matrix W: " + goodfellow);
    }

    private static String text(javafx.scene.Parent flow) {
        StringBuilder s = new StringBuilder();
        for (javafx.scene.Node n : flow.getChildrenUnmodifiable()) {
            if (n instanceof Text t) {
                s.append(t.getText());
            } else if (n instanceof javafx.scene.Parent p) {
                s.append(text(p));
            }
        }
        return s.toString();
    }
}
