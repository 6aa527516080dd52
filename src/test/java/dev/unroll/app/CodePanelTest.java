package dev.unroll.app;

import static dev.unroll.app.WindowTesting.typeInto;
import static dev.unroll.app.WindowTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The Code tab: the seed's numpy loop written with the lesson's sizes, the line being run following
 * the steps, and the loop's variables named for the current pass. Lines are found by their text, not
 * by their place in the listing.
 */
@ExtendWith(ApplicationExtension.class)
class CodePanelTest {

    private static final String ZEROS = "state_t = np.zeros((output_features,))";
    private static final String LOOP = "for input_t in inputs:";
    private static final String STEP = "    output_t = np.tanh(np.dot(W, input_t) + np.dot(U, state_t) + b)";
    private static final String CARRY = "    state_t = output_t";

    @RegisterExtension
    final TinyLessonWindow tiny = new TinyLessonWindow();

    private void ready(FxRobot robot) throws Exception {
        waitUntil(() -> tiny.model().getTrace() != null);
        robot.clickOn("#codeTab");
        robot.clickOn("#diagram");
    }

    /** The numpy listing, line by line. */
    private static List<String> numpy(FxRobot robot) {
        return robot.lookup(n -> n.getId() != null && n.getId().startsWith("numpyLine")).queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
    }

    /** The text of every highlighted line, of the pseudocode and of the numpy loop. */
    private static Set<String> running(FxRobot robot) {
        return new TreeSet<>(robot.lookup(".running").queryAllAs(Label.class).stream().map(Label::getText).toList());
    }

    private static String variables(FxRobot robot) {
        return robot.lookup("#codeVariables").queryAs(Label.class).getText();
    }

    @Test
    void theNumpyLoopIsWrittenWithTheLessonsSizes(FxRobot robot) throws Exception {
        ready(robot);
        List<String> lines = numpy(robot);
        assertTrue(lines.contains("timesteps, input_features, output_features = 5, 3, 4"), lines.toString());
        assertTrue(lines.contains("final_output_sequence = np.stack(successive_outputs, axis=0)  # (5, 4)"), lines.toString());

        typeInto(robot, "#unitsSpinner", "9");
        waitUntil(() -> numpy(robot).contains("timesteps, input_features, output_features = 5, 3, 9"));
        typeInto(robot, "#timestepsSpinner", "12");
        waitUntil(() -> numpy(robot).contains("timesteps, input_features, output_features = 12, 3, 9"));
        assertTrue(numpy(robot).contains("final_output_sequence = np.stack(successive_outputs, axis=0)  # (12, 9)"),
                numpy(robot).toString());
    }

    @Test
    void theRunningLineFollowsTheStepsFromTheZeroStateToTheStackedOutputs(FxRobot robot) throws Exception {
        ready(robot);
        robot.type(KeyCode.HOME);
        assertEquals(Set.of("state_t = 0", ZEROS), running(robot));
        assertEquals("state_t = h\u2080 = 0 (zeros), before the loop", variables(robot));

        // step 1's first stage: x_1 is being read
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        assertEquals(Set.of("for input_t in input_sequence:", LOOP), running(robot));
        // its second stage: the sum forming
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        assertEquals(Set.of("    output_t = f(input_t, state_t)", STEP), running(robot));
        assertEquals("loop pass 1: input_t = x\u2081 = inputs[0], state_t = h\u2080 on the way in, output_t = h\u2081",
                variables(robot));

        robot.type(KeyCode.RIGHT);
        assertEquals(Set.of(CARRY), running(robot), "step 1 done: the pseudocode's and numpy's line read the same");
        robot.type(KeyCode.RIGHT, 2);
        assertEquals(Set.of(CARRY), running(robot));
        assertEquals("loop pass 3: input_t = x\u2083 = inputs[2], state_t = h\u2082 on the way in, output_t = h\u2083",
                variables(robot));

        robot.type(KeyCode.END);
        assertEquals(Set.of(CARRY, "final_output_sequence = np.stack(successive_outputs, axis=0)  # (5, 4)"),
                running(robot));
        assertEquals("loop pass 5: input_t = x\u2085 = inputs[4], state_t = h\u2084 on the way in, output_t = h\u2085",
                variables(robot));
    }
}
