package dev.unroll.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.diagram.GradientPicture;
import dev.unroll.diagram.Theme;
import dev.unroll.io.LessonFile;
import dev.unroll.io.LessonSource;
import dev.unroll.rnn.LessonSpec;
import dev.unroll.rnn.Preset;
import dev.unroll.rnn.Trace;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Gradients panel's work runs off the JavaFX thread: while it waits or runs, a progress bar and
 * Cancel stand above the plot; Cancel stops it and says so in one line, and "Work them out" starts it again.
 */
@ExtendWith(ApplicationExtension.class)
class GradientPanelTest {

    private static final LessonSpec SEED = Preset.SEED_NUMPY.spec();

    private final ManualExecutor executor = new ManualExecutor();
    private final SimpleObjectProperty<LessonDocument> document = new SimpleObjectProperty<>();
    private final SimpleBooleanProperty shown = new SimpleBooleanProperty(true);
    private GradientPanel panel;

    @Start
    void start(Stage stage) {
        document.set(LessonDocument.opened(1, LessonFile.of("seed", LessonSource.of(SEED)), Trace.run(SEED.build()), null));
        panel = new GradientPanel(new GradientWork(executor), document, shown, new SimpleObjectProperty<>(Theme.LIGHT));
        stage.setScene(new Scene(panel.root(), 460, 640));
        stage.show();
    }

    @Test
    void cancelStopsTheWorkAndWorkThemOutStartsItAgain(FxRobot robot) {
        assertTrue(WindowTesting.shown(robot.lookup("#gradientCancel").query()), "the work waits on its thread: Cancel is offered");
        assertNull(panel.picture(), "nothing is drawn before the norms are known");

        robot.clickOn("#gradientCancel");
        executor.runAll();

        assertFalse(WindowTesting.shown(robot.lookup("#gradientCancel").query()));
        assertEquals("The gradients were cancelled.", robot.lookup("#gradientProblem").queryAs(Label.class).getText());
        assertNull(panel.picture(), "a cancelled run draws nothing");

        robot.clickOn("#gradientAgain");
        executor.runAll();

        GradientPicture picture = panel.picture();
        assertNotNull(picture);
        assertFalse(WindowTesting.shown(robot.lookup("#gradientProblem").query()));
        assertEquals(100, picture.path(GradientPicture.Curve.SHOWN_GRADIENT).ops().size());
        assertEquals(100, picture.path(GradientPicture.Curve.CONTRAST_GRADIENT).ops().size());
    }

    @Test
    void aNewLessonIsWorkedOutInTurn(FxRobot robot) {
        executor.runAll();
        GradientPicture seed = panel.picture();
        assertTrue(seed.sentence(false).contains("exactly 0"), seed.sentence(false));
        LessonSpec shorter = SEED.withDimensions(SEED.dimensions().withTimesteps(12));

        robot.interact(() -> document.set(LessonDocument.opened(2, LessonFile.of("short", LessonSource.of(shorter)),
                Trace.run(shorter.build()), null)));
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(panel.picture(), "the old lesson's curves are gone while the new one's are worked out");
        executor.runAll();

        assertEquals(12, panel.picture().path(GradientPicture.Curve.SHOWN_GRADIENT).ops().size());
    }

    @Test
    void aHiddenPanelLeavesANewLessonUntilItIsShownAgain(FxRobot robot) {
        executor.runAll();
        LessonSpec shorter = SEED.withDimensions(SEED.dimensions().withTimesteps(12));

        robot.interact(() -> {
            shown.set(false);
            document.set(LessonDocument.opened(2, LessonFile.of("short", LessonSource.of(shorter)), Trace.run(shorter.build()), null));
        });
        executor.runAll();
        assertEquals(100, panel.picture().path(GradientPicture.Curve.SHOWN_GRADIENT).ops().size(),
                "while hidden, the panel keeps the seed's curves and works nothing out");

        robot.interact(() -> shown.set(true));
        executor.runAll();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(12, panel.picture().path(GradientPicture.Curve.SHOWN_GRADIENT).ops().size());
    }
}
