package dev.unroll.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unroll.rnn.Preset;
import dev.unroll.rnn.Trace;
import java.util.List;
import java.util.stream.Stream;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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

    /** Where the lesson stands, what that moment is, and the numpy and pseudocode lines it runs there. */
    static Stream<Arguments> moments() {
        return Stream.of(
                Arguments.of("before the first pass the zeroed state is running", 0, 1.0,
                        "state_t = np.zeros((output_features,))", "state_t = 0"),
                Arguments.of("while x_t comes in the loop's head is running", 2, 0.1,
                        "for input_t in inputs:", "for input_t in input_sequence:"),
                Arguments.of("mid-step the step's formula is running", 2, 0.5,
                        "    output_t = np.tanh(np.dot(W, input_t) + np.dot(U, state_t) + b)",
                        "    output_t = f(input_t, state_t)"),
                Arguments.of("a finished pass carries its output into the state", 3, 1.0,
                        "    state_t = output_t", "    state_t = output_t"),
                Arguments.of("after the last pass the outputs are stacked into the table of states", 5, 1.0,
                        "final_output_sequence = np.stack(successive_outputs, axis=0)  # (5, 4)", "    state_t = output_t"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("moments")
    void exactlyTheLineBeingRunIsLitInEachLoop(String moment, int t, double phase, String numpyLine, String pseudoLine,
                                               FxRobot robot) {
        robot.interact(() -> state.setPosition(t, phase));

        assertEquals(List.of(numpyLine), running(robot, "numpyLine"));
        assertEquals(List.of(pseudoLine), running(robot, "pseudoLine"));
    }
}
