package dev.unroll.app;

import static dev.unroll.app.WindowTesting.typeInto;
import static dev.unroll.app.WindowTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.io.LessonSource;
import dev.unroll.rnn.Activation;
import dev.unroll.rnn.Dimensions;
import dev.unroll.rnn.LessonSpec;
import dev.unroll.rnn.Preset;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The status bar's lines, read as a student reads them: the parameter count, the shapes of one step,
 * the share of saturated states so far or the overflow, and the spectral radius of the loop. The
 * expected numbers come from the lesson's sizes and from numpy's runs in src/test/resources/fixtures.
 */
@ExtendWith(ApplicationExtension.class)
class StatusBarTest {

    @RegisterExtension
    final TinyLessonWindow tiny = new TinyLessonWindow();

    /** Waits until the window shows {@code source}: its trace and the spectral radius of its loop. */
    private void shows(LessonSource source) throws Exception {
        LessonViewModel model = tiny.model();
        waitUntil(() -> source.equals(model.getSource()) && model.getTrace() != null
                && !Double.isNaN(model.spectralRadiusProperty().get()));
    }

    /** Opens {@code spec} in place of the tiny lesson and waits until it is shown. */
    private void open(FxRobot robot, LessonSpec spec) throws Exception {
        LessonSource source = LessonSource.of(spec);
        robot.interact(() -> tiny.model().open("lesson", source));
        shows(source);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void theShapesLineAndTheParameterCountFollowTheSizesAndTheHead(FxRobot robot) throws Exception {
        shows(LessonSource.of(Preset.TINY.spec()));
        // T 5, M 3, N 4: W is (4, 3), U (4, 4), b and h (4,)
        assertEquals("(4, 3)\u00B7(3,) + (4, 4)\u00B7(4,) + (4,) \u2192 (4,)", text(robot, "#shapesLabel"));
        // with the head: 4 × (4 + 3 + 1) + 2 × (4 + 1) = 32 + 10
        assertEquals("42 parameters", text(robot, "#paramsLabel"));

        robot.clickOn("#diagram").type(KeyCode.O);
        assertEquals("32 parameters", text(robot, "#paramsLabel"), "without the head only SimpleRNN's 4 × 8");

        typeInto(robot, "#unitsSpinner", "9");
        waitUntil(() -> text(robot, "#shapesLabel").startsWith("(9,"));
        assertEquals("(9, 3)\u00B7(3,) + (9, 9)\u00B7(9,) + (9,) \u2192 (9,)", text(robot, "#shapesLabel"));
        // 9 × (9 + 3 + 1)
        assertEquals("117 parameters", text(robot, "#paramsLabel"));
    }

    @Test
    void theSaturatedShareCountsOnlyTheStepsThatAreDone(FxRobot robot) throws Exception {
        shows(LessonSource.of(Preset.TINY.spec()));
        Label saturation = robot.lookup("#saturationLabel").queryAs(Label.class);
        // in tiny_seed0.txt the one |h| ≥ 0.99 is h_2[1] = 0.9979…: 1 of 8 values by t = 2, 1 of 12
        // by t = 3, 1 of 20 by t = 5
        robot.clickOn("#diagram").type(KeyCode.HOME);
        assertEquals("Saturated so far: 0 %", saturation.getText());
        robot.type(KeyCode.RIGHT);
        assertEquals("Saturated so far: 0 %", saturation.getText());
        robot.type(KeyCode.RIGHT);
        assertEquals("Saturated so far: 13 %", saturation.getText(), "12.5 % rounds half up");
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        assertEquals("Saturated so far: 13 %", saturation.getText(), "h_3 is still being computed");
        robot.type(KeyCode.RIGHT);
        assertEquals("Saturated so far: 8 %", saturation.getText());
        robot.type(KeyCode.END);
        assertEquals("Saturated so far: 5 %", saturation.getText());
        assertFalse(saturation.getStyleClass().contains("warning"));
        assertFalse(robot.lookup("#tryKerasButton").query().isVisible());
    }

    @Test
    void anOrthogonalLoopHasSpectralRadiusOneInEitherNotation(FxRobot robot) throws Exception {
        shows(LessonSource.of(Preset.TINY.spec()));
        // the tiny preset's U is orthogonal (Keras initialisation): numpy's max(abs(eigvals(U))) of
        // tiny_seed0.txt's U is 1.0000000000000002
        Label spectral = robot.lookup("#spectralLabel").queryAs(Label.class);
        assertEquals("\u03C1(U) = 1.00", spectral.getText());
        assertEquals("\u03C1(U) = 1.00\nThe spectral radius of the recurrent matrix U, its largest |eigenvalue|.\n"
                + "About 1: U keeps lengths (an orthogonal matrix does exactly), so old inputs neither fade nor blow up.\n"
                + "Click to see in the Gradients panel how the gradient fares going back.",
                spectral.getTooltip().getText());

        robot.clickOn("#diagram").type(KeyCode.N);
        assertEquals("\u03C1(W) = 1.00", spectral.getText(), "Goodfellow's letters call the loop W");
    }

    @Test
    void theSeedsUniformWeightsSaturateEveryStateAndStretchEveryStep(FxRobot robot) throws Exception {
        open(robot, Preset.SEED_NUMPY.spec());
        // make_fixtures.py checks that every h of seed_numpy_seed0.txt is above 0.9999
        robot.clickOn("#diagram").type(KeyCode.HOME).type(KeyCode.RIGHT);
        Label saturation = robot.lookup("#saturationLabel").queryAs(Label.class);
        assertEquals("Saturated so far: 100 %", saturation.getText());
        assertTrue(saturation.getStyleClass().contains("warning"));
        assertTrue(robot.lookup("#tryKerasButton").query().isVisible());
        assertTrue(robot.lookup(".warning").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.isVisible() && " \u2014 tanh is flat there, so these units barely learn".equals(l.getText())));
        // 64 × (64 + 32 + 1), no head
        assertEquals("6,208 parameters", text(robot, "#paramsLabel"));
        // spectral_radius.txt: numpy's max(abs(eigvals(U))) for seed 0 is 31.695515507607343
        Label spectral = robot.lookup("#spectralLabel").queryAs(Label.class);
        assertEquals("\u03C1(U) = 31.7", spectral.getText());
        assertTrue(spectral.getTooltip().getText().contains("Above 1: U stretches some direction at every step; "
                + "without tanh's bound, h would explode."), spectral.getTooltip().getText());

        robot.type(KeyCode.HOME);
        assertEquals("Saturated so far: 0 %", saturation.getText(), "before the first step nothing is saturated");
        assertFalse(robot.lookup("#tryKerasButton").query().isVisible());
    }

    @Test
    void reluOnTheTinyLessonShowsTheLargestStateInsteadOfASaturatedShare(FxRobot robot) throws Exception {
        shows(LessonSource.of(Preset.TINY.spec()));
        robot.clickOn("#modelTab");
        WindowTesting.pick(robot, "#activationBox", "relu");

        // numpy with tiny_seed0.txt's weights and h = max(0, W·x + U·h): the largest is h_3[1] = 4.3506…
        waitUntil(() -> text(robot, "#saturationLabel").startsWith("max"));
        assertEquals("max |h| = 4.35", text(robot, "#saturationLabel"));
    }

    @Test
    void anOverflowingReluRunNamesTheStepWhereHFirstOverflows(FxRobot robot) throws Exception {
        // numpy, after np.random.seed(0): inputs (300, 32), W (64, 32), U (64, 64), b (64,) uniform,
        // h = max(0, W·x + U·h + b) is finite up to t = 205 (largest 5.96e306) and infinite at t = 206
        open(robot, Preset.SEED_NUMPY.spec().withActivation(Activation.RELU)
                .withDimensions(new Dimensions(300, 32, 64, 0)));

        assertEquals("h overflows to \u221E at t = 206", text(robot, "#saturationLabel"));
        assertTrue(robot.lookup("#saturationLabel").queryAs(Label.class).getTooltip().getText()
                .contains("relu does not bound h"));
    }
}
