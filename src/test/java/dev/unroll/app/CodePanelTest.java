package dev.unroll.app;

import static dev.unroll.app.WindowTesting.typeInto;
import static dev.unroll.app.WindowTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.diagram.Notation;
import dev.unroll.rnn.Activation;
import dev.unroll.rnn.Trace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The Code tab: a numpy program generated from the lesson on screen (its sizes, initialisation,
 * activation and letters), the line being run following the steps, the loop's variables named for
 * the current pass, and the program saved as a file that numpy runs to the numbers on screen. Lines
 * are found by their text, not by their place in the listing.
 */
@ExtendWith(ApplicationExtension.class)
class CodePanelTest {

    private static final String ZEROS = "state_t = np.zeros((units,))  # h_0";
    private static final String LOOP = "for input_t in inputs:";
    private static final String SUM = "    a_t = np.dot(W, input_t) + np.dot(U, state_t) + b";
    private static final String CARRY = "    state_t = output_t";
    private static final String STACK = "final_output_sequence = np.stack(successive_outputs, axis=0)  # (T, N): h_t for t = 1 ... T";

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
    void theProgramIsWrittenWithTheLessonsSizesSeedAndInitialisation(FxRobot robot) throws Exception {
        ready(robot);
        List<String> lines = numpy(robot);
        assertTrue(lines.contains("timesteps, input_features, units, output_size = 5, 3, 4, 2"), lines.toString());
        assertTrue(lines.contains("np.random.seed(0)"), lines.toString());
        assertTrue(lines.contains("recurrent_kernel = q * np.sign(np.diag(r))  # orthogonal, whatever the QR's signs"),
                lines.toString());
        assertTrue(lines.contains(STACK), lines.toString());

        typeInto(robot, "#unitsSpinner", "9");
        waitUntil(() -> numpy(robot).contains("timesteps, input_features, units, output_size = 5, 3, 9, 2"));
        typeInto(robot, "#timestepsSpinner", "12");
        waitUntil(() -> numpy(robot).contains("timesteps, input_features, units, output_size = 12, 3, 9, 2"));
    }

    @Test
    void theProgramFollowsTheActivationAndTheBooksLetters(FxRobot robot) throws Exception {
        ready(robot);
        robot.interact(() -> tiny.model().changeRecipe(s -> s.withActivation(Activation.RELU)));
        waitUntil(() -> numpy(robot).contains("    output_t = np.where(a_t > 0, a_t, 0.0)  # h_t"));
        robot.interact(() -> tiny.window().diagramState().setNotation(Notation.GOODFELLOW));
        waitUntil(() -> numpy(robot).contains("    a_t = np.dot(U, input_t) + np.dot(W, state_t) + b"));
        assertTrue(numpy(robot).contains("U = kernel.T  # input to hidden, (N, M)"), numpy(robot).toString());
    }

    @Test
    void theSavedProgramRunByNumpyPrintsTheStatesOnScreen(FxRobot robot, @TempDir Path folder) throws Exception {
        ready(robot);
        Path file = folder.resolve("tiny");
        tiny.dialogs().pick(file);
        // clicking the diagram put the Inspector in front
        robot.clickOn("#codeTab");
        robot.clickOn("#saveCode");
        Path saved = folder.resolve("tiny.py");
        assertEquals(List.of("Save the lesson's program"), tiny.dialogs().fileDialogs);
        waitUntil(() -> Files.exists(saved) || !tiny.dialogs().failures.isEmpty());
        assertEquals(List.of(), tiny.dialogs().failures);
        List<String> program = Files.readAllLines(saved);
        assertEquals(numpy(robot), program);

        Path python = Path.of("/usr/bin/python3");
        Assumptions.assumeTrue(Files.isExecutable(python), "running the program needs Debian's python3-numpy");
        Process run = new ProcessBuilder(python.toString(), saved.toString()).redirectErrorStream(true).start();
        List<String> printed = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        Assumptions.assumeTrue(run.waitFor() == 0 || !printed.toString().contains("No module named"),
                "running the program needs Debian's python3-numpy");
        assertEquals(5, printed.size(), printed.toString());
        Trace trace = tiny.model().getTrace();
        for (int t = 1; t <= 5; t++) {
            double[] h = Arrays.stream(printed.get(t - 1).split(",")).mapToDouble(Double::parseDouble).toArray();
            // the Keras initialisation's Gaussian draws and QR may round differently in numpy's last place
            assertArrayEquals(trace.state(t), h, 1e-9, "h_" + t);
        }
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
        assertEquals(Set.of("    output_t = f(input_t, state_t)", SUM), running(robot));
        assertEquals("loop pass 1: input_t = x\u2081 = inputs[0], state_t = h\u2080 on the way in, output_t = h\u2081",
                variables(robot));

        robot.type(KeyCode.RIGHT);
        assertEquals(Set.of(CARRY), running(robot), "step 1 done: the pseudocode's and numpy's line read the same");
        robot.type(KeyCode.RIGHT, 2);
        assertEquals(Set.of(CARRY), running(robot));
        assertEquals("loop pass 3: input_t = x\u2083 = inputs[2], state_t = h\u2082 on the way in, output_t = h\u2083",
                variables(robot));

        robot.type(KeyCode.END);
        assertEquals(Set.of(CARRY, STACK), running(robot));
        assertEquals("loop pass 5: input_t = x\u2085 = inputs[4], state_t = h\u2084 on the way in, output_t = h\u2085",
                variables(robot));
    }
}
