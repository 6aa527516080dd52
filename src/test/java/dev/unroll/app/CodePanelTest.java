package dev.unroll.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unroll.rnn.Preset;
import dev.unroll.rnn.Trace;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The code panel lights the line of the seed's loops that the lesson is running, as it steps through the tiny lesson. */
@ExtendWith(ApplicationExtension.class)
class CodePanelTest {

    private final DiagramViewState state = new DiagramViewState();

    @Start
    void start(Stage stage) {
        // the tiny lesson: T 5, M 3, N 4, with a head, so a step has five stages of a fifth each
        state.lessonChanged(5, 4, false);
        state.setHead(true);
        CodePanel panel = new CodePanel(state, new SimpleObjectProperty<>(Trace.run(Preset.TINY.spec().build())));
        stage.setScene(new Scene(panel.root(), 640, 600));
        stage.show();
    }

    /** The texts of the lines with the given id prefix that are marked as running. */
    private static List<String> running(FxRobot robot, String idPrefix) {
        return robot.lookup(".running").queryAllAs(Label.class).stream()
                .filter(l -> l.getId() != null && l.getId().startsWith(idPrefix)).map(Label::getText).toList();
    }

    private void at(FxRobot robot, int t, double phase) {
        robot.interact(() -> state.setPosition(t, phase));
    }

    @Test
    void beforeTheFirstPassTheZeroedStateIsRunning(FxRobot robot) {
        at(robot, 0, 1);
        assertEquals(List.of("state_t = np.zeros((output_features,))"), running(robot, "numpyLine"));
        assertEquals(List.of("state_t = 0"), running(robot, "pseudoLine"));
    }

    @Test
    void whileTheInputComesInTheLoopsHeadIsRunning(FxRobot robot) {
        at(robot, 2, 0.1);
        assertEquals(List.of("for input_t in inputs:"), running(robot, "numpyLine"));
        assertEquals(List.of("for input_t in input_sequence:"), running(robot, "pseudoLine"));
    }

    @Test
    void midStepTheStepsFormulaIsRunning(FxRobot robot) {
        at(robot, 2, 0.5);
        assertEquals(List.of("    output_t = np.tanh(np.dot(W, input_t) + np.dot(U, state_t) + b)"),
                running(robot, "numpyLine"));
        assertEquals(List.of("    output_t = f(input_t, state_t)"), running(robot, "pseudoLine"));
    }

    @Test
    void aFinishedPassCarriesItsOutputIntoTheState(FxRobot robot) {
        at(robot, 3, 1);
        assertEquals(List.of("    state_t = output_t"), running(robot, "numpyLine"));
        assertEquals(List.of("    state_t = output_t"), running(robot, "pseudoLine"));
    }

    @Test
    void afterTheLastPassTheOutputsAreStackedIntoTheTableOfStates(FxRobot robot) {
        at(robot, 5, 1);
        assertEquals(List.of("final_output_sequence = np.stack(successive_outputs, axis=0)  # (5, 4)"),
                running(robot, "numpyLine"));
        assertEquals(List.of("    state_t = output_t"), running(robot, "pseudoLine"));
    }
}
