package dev.unroll.app;

import static dev.unroll.app.WindowTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.rnn.Lesson;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Train tab, used as a user would: Ctrl+T opens it, a task is chosen and started, the loss label
 * falls as the run goes, Pause stops it between two steps, the lesson on screen has learnt, Resume goes
 * on and Reset puts the lesson back; a learning rate that is no number starts nothing.
 */
@ExtendWith(ApplicationExtension.class)
class TrainWindowTest {

    @RegisterExtension
    final TinyLessonWindow tiny = new TinyLessonWindow();

    @AfterEach
    void stopTraining(FxRobot robot) {
        // a run of a million steps outlives a failed test: it must not change the next test's lesson
        robot.interact(() -> tiny.window().training().close());
    }

    private static double lastNumber(FxRobot robot, String id) {
        String text = robot.lookup(id).queryAs(Label.class).getText();
        String[] words = text.trim().split(" ");
        try {
            return Double.parseDouble(words[words.length - 1]);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** The step the step label shows: "Step 120 / 1000000". */
    private static int shownStep(FxRobot robot) {
        String[] words = robot.lookup("#trainStepLabel").queryAs(Label.class).getText().split(" ");
        return Integer.parseInt(words[1]);
    }

    private static void typeSteps(FxRobot robot, String steps) {
        Spinner<?> spinner = robot.lookup("#trainStepsSpinner").queryAs(Spinner.class);
        robot.clickOn(spinner.getEditor());
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(steps);
        robot.type(KeyCode.ENTER);
    }

    @Test
    void aRunLowersTheLossPausesBetweenStepsAndLeavesTheLessonTrained(FxRobot robot) throws Exception {
        waitUntil(() -> tiny.model().getTrace() != null);
        Lesson tinyLesson = tiny.model().getTrace().lesson();
        robot.clickOn("#diagram");
        robot.push(KeyCode.CONTROL, KeyCode.T);
        waitUntil(() -> robot.lookup("#trainPanel").tryQuery().isPresent());
        WindowTesting.pick(robot, "#trainTaskChoice", "Running sum");
        typeSteps(robot, "1000000");
        robot.clickOn("#trainStartButton");

        // the tiny lesson has three inputs and two outputs: the sum task trains a fresh one of one input and one output
        waitUntil(() -> tiny.model().getTrace().lesson().dimensions().inputFeatures() == 1);
        assertTrue(robot.lookup("#trainNoticeLabel").queryAs(Label.class).isVisible(), "the panel says a fresh lesson was made");
        waitUntil(() -> Double.isFinite(lastNumber(robot, "#trainLossLabel")));
        // the loss of step 1, the curve's first point; the label shows the newest step's
        double first = robot.lookup("#trainLossCurve").queryAs(LossCurve.class).historyProperty().get().first();
        waitUntil(() -> lastNumber(robot, "#trainLossLabel") < first / 2);

        robot.clickOn("#trainPauseButton");
        waitUntil(() -> !robot.lookup("#trainResumeButton").queryAs(Button.class).isDisable());
        int paused = shownStep(robot);
        assertTrue(paused > 1 && paused < 1_000_000, "stopped mid-run at step " + paused);
        // the run has ended its thread: however many frames pass, no step is added
        for (int frame = 0; frame < 5; frame++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(paused, shownStep(robot));
        waitUntil(() -> !tiny.model().busyProperty().get());
        Lesson trained = tiny.model().getTrace().lesson();
        Lesson fresh = TrainViewModel.fresh(dev.unroll.train.TrainingTask.SUM, tinyLesson, 0);
        assertEquals(fresh.dimensions(), trained.dimensions());
        assertFalse(java.util.Arrays.equals(fresh.u().data, trained.u().data), "U has learnt");
        assertFalse(java.util.Arrays.equals(fresh.w().data, trained.w().data), "W has learnt");

        robot.clickOn("#trainResumeButton");
        waitUntil(() -> shownStep(robot) > paused);
        robot.clickOn("#trainPauseButton");
        waitUntil(() -> !robot.lookup("#trainResumeButton").queryAs(Button.class).isDisable());
        robot.clickOn("#trainResetButton");
        waitUntil(() -> !tiny.model().busyProperty().get() && tiny.model().getTrace().lesson().equals(tinyLesson));
        assertEquals(0, shownStep(robot));
        assertTrue(robot.lookup("#trainResumeButton").queryAs(Button.class).isDisable());
    }

    @Test
    void aLearningRateThatIsNoNumberStartsNothingAndSaysWhy(FxRobot robot) throws Exception {
        waitUntil(() -> tiny.model().getTrace() != null);
        robot.clickOn("#diagram");
        robot.push(KeyCode.CONTROL, KeyCode.T);
        waitUntil(() -> robot.lookup("#trainPanel").tryQuery().isPresent());
        TextField rate = robot.lookup("#trainLearningRateField").queryAs(TextField.class);
        robot.clickOn(rate);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write("fast");
        robot.clickOn("#trainStartButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#trainLossLabel").queryAs(Label.class).getText().contains("expected a positive number"));
        assertTrue(robot.lookup("#trainPauseButton").queryAs(Button.class).isDisable(), "no run");
        assertEquals(3, tiny.model().getTrace().lesson().dimensions().inputFeatures(), "the lesson is as it was");
    }
}
