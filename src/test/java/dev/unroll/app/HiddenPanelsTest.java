package dev.unroll.app;

import static dev.unroll.app.WindowTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.rnn.Dimensions;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The side panels the window opens without showing (Equation, Code, Glossary, Model) are made the
 * first time their tab is opened, and then show the lesson as it is by then.
 */
@ExtendWith(ApplicationExtension.class)
class HiddenPanelsTest {

    @RegisterExtension
    final TinyLessonWindow tiny = new TinyLessonWindow();

    @Test
    void aHiddenPanelIsNotInTheWindowUntilItsTabIsOpened(FxRobot robot) throws Exception {
        waitUntil(() -> tiny.model().getTrace() != null);
        assertTrue(robot.lookup("#modelSummary").tryQuery().isEmpty(), "the Model tab's summary before the tab was opened");
        assertTrue(robot.lookup("#equationContent").tryQuery().isEmpty(), "the Equation tab's content before the tab was opened");
        assertTrue(robot.lookup("#copyCode").tryQuery().isEmpty(), "the Code tab's button before the tab was opened");
        assertTrue(robot.lookup("#term-LSTM-32-").tryQuery().isEmpty(), "the Glossary tab's terms before the tab was opened");

        robot.clickOn("#equationTab");
        assertTrue(robot.lookup("#equationContent").tryQuery().isPresent(), "the Equation tab's content once opened");
        robot.clickOn("#codeTab");
        assertTrue(robot.lookup("#copyCode").tryQuery().isPresent(), "the Code tab's button once opened");
        robot.clickOn("#glossaryTab");
        assertTrue(robot.lookup("#term-LSTM-32-").tryQuery().isPresent(), "the Glossary tab's terms once opened");
    }

    @Test
    void aPanelOpenedAfterTheLessonChangedShowsTheChangedLesson(FxRobot robot) throws Exception {
        waitUntil(() -> tiny.model().getTrace() != null);
        // the tiny lesson is 5 steps of 3 inputs into 4 units with 2 outputs; 9 units instead
        robot.interact(() -> tiny.model().changeRecipe(s -> s.withDimensions(new Dimensions(5, 3, 9, 2))));
        waitUntil(() -> tiny.model().getTrace().units() == 9);

        robot.clickOn("#modelTab");
        Label summary = robot.lookup("#modelSummary").queryAs(Label.class);
        // SimpleRNN 9 × (9 + 3 + 1) = 117 and Dense 9 × 2 + 2 = 20
        assertTrue(summary.getText().contains("Total params: 137"), summary.getText());
    }
}
