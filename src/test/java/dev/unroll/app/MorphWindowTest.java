package dev.unroll.app;

import static dev.unroll.app.WindowTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.diagram.Box;
import dev.unroll.diagram.Drawing;
import dev.unroll.diagram.Element;
import dev.unroll.diagram.ElementBounds;
import dev.unroll.diagram.PartKind;
import dev.unroll.diagram.ViewKind;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Switching between the folded and the unrolled picture in the window plays the morph, and a second press ends it. */
@ExtendWith(ApplicationExtension.class)
class MorphWindowTest {

    @RegisterExtension
    final TinyLessonWindow tiny = new TinyLessonWindow();

    private DiagramViewState state() {
        return tiny.window().diagramState();
    }

    private MorphClock clock() {
        return tiny.window().morphClock();
    }

    /** The folded view, the morph's clock driven by the test alone. */
    private void foldedView(FxRobot robot) throws Exception {
        waitUntil(() -> state().timestepsProperty().get() == 5);
        robot.interact(() -> {
            clock().disableTimer();
            state().setView(ViewKind.FOLDED);
        });
        robot.clickOn("#diagram");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The bounds of the drawn part of {@code kind} at step {@code t} in what the diagram shows now. */
    private static Box drawnBox(FxRobot robot, PartKind kind, int t) {
        DiagramView diagram = robot.lookup("#diagram").queryAs(DiagramView.class);
        Drawing shown = diagram.tiles().shown().whole();
        return shown.elements().stream()
                .filter(e -> e instanceof Element.Group g && g.part().kind() == kind && g.part().t() == t)
                .map(ElementBounds::of).findFirst().orElseThrow(() -> new AssertionError("no " + kind + " at " + t));
    }

    @Test
    void pressingUInTheFoldedViewPlaysTheMorphAndEndsOnTheUnrolledView(FxRobot robot) throws Exception {
        foldedView(robot);
        Box folded = drawnBox(robot, PartKind.H, 5);

        robot.type(KeyCode.U);

        assertEquals(ViewKind.FOLDED, state().morphFromProperty().get(), "a morph runs from the folded view");
        double started = state().morphPhaseProperty().get();
        assertTrue(started >= 0 && started < 1, "its phase lies in [0, 1): " + started);

        robot.interact(() -> clock().tick(MorphClock.SECONDS / 2));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.5, state().morphPhaseProperty().get(), 1e-9);
        Box halfway = drawnBox(robot, PartKind.H, 5);

        robot.interact(() -> clock().tick(MorphClock.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        Box unrolled = drawnBox(robot, PartKind.H, 5);

        assertNull(state().morphFromProperty().get(), "the morph is over");
        assertEquals(1.0, state().morphPhaseProperty().get());
        assertEquals(ViewKind.UNROLLED, state().viewProperty().get());
        // in the diagram's own units: h_5 at phase 0.5 is on its way from the folded cell to column 5
        assertTrue(halfway.x() > Math.min(folded.x(), unrolled.x()) && halfway.x() < Math.max(folded.x(), unrolled.x()),
                halfway + " between " + folded + " and " + unrolled);
    }

    @Test
    void aSecondPressMidMorphShowsTheChosenViewAtOnce(FxRobot robot) throws Exception {
        foldedView(robot);
        robot.type(KeyCode.U);
        assertTrue(state().isMorphing());

        robot.type(KeyCode.F);

        assertFalse(state().isMorphing());
        assertEquals(ViewKind.FOLDED, state().viewProperty().get());
    }

    @Test
    void withReducedMotionTheViewSwitchesWithoutAMorph(FxRobot robot) throws Exception {
        foldedView(robot);
        robot.interact(() -> state().setReducedMotion(true));

        robot.type(KeyCode.U);

        assertFalse(state().isMorphing());
        assertEquals(ViewKind.UNROLLED, state().viewProperty().get());
    }
}
