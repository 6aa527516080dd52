package dev.unroll.app;

import static dev.unroll.app.WindowTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.diagram.Box;
import dev.unroll.diagram.Part;
import dev.unroll.diagram.PartKind;
import dev.unroll.diagram.ViewKind;
import dev.unroll.rnn.Preset;
import java.util.concurrent.ExecutorService;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The seed's numpy example (T = 100, 32 → 64) in the Both view, on a projector's 1024 × 768 and a
 * 1920 × 1080 screen: the folded cell stays in view beside whichever step the chain shows.
 */
@ExtendWith(ApplicationExtension.class)
class PinnedFoldedCellTest {

    private static final int T = Preset.SEED_NUMPY.spec().dimensions().timesteps();

    private final ExecutorService executor = WindowTesting.computeThread();
    private Stage stage;
    private MainWindow window;
    private DiagramView diagram;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    /** Opens the seed's example in a scene of the given size and waits until its diagram is drawn. */
    private void open(FxRobot robot, double width, double height) throws Exception {
        robot.interact(() -> {
            window = new MainWindow(new LessonViewModel(Preset.SEED_NUMPY.spec(), executor), executor);
            window.player().disableTimer();
            stage.setScene(UnrollApp.createScene(window, width, height));
            stage.sizeToScene();
            // at the screen's corner: a 1920-wide window anywhere else would run off the test's 1920 × 1200 screen
            stage.setX(0);
            stage.setY(0);
            stage.show();
            diagram = (DiagramView) window.root().lookup("#diagram");
        });
        waitUntil(() -> state().timestepsProperty().get() == T && diagram.layoutProperty().get() != null
                && diagram.layoutProperty().get().dimensions().timesteps() == T);
        assertEquals(ViewKind.BOTH, state().viewProperty().get());
    }

    private DiagramViewState state() {
        return window.diagramState();
    }

    /** Presses 0 on the diagram: Fit. */
    private void fit(FxRobot robot) {
        robot.interact(diagram::requestFocus);
        robot.type(KeyCode.DIGIT0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void goTo(FxRobot robot, int t) {
        robot.interact(() -> state().setT(t));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Part unrolled(PartKind kind, int t) {
        return new Part(false, kind, t);
    }

    private void assertFoldedCellBesideStep(int t) {
        Box folded = diagram.foldedCellOnCanvas().orElseThrow();
        String where = "on a diagram of " + diagram.getWidth() + " \u00D7 " + diagram.getHeight() + " at zoom "
                + diagram.zoomProperty().get();
        assertTrue(diagram.isFoldedCellInView(), "the folded cell at " + folded + " " + where);
        for (PartKind kind : new PartKind[] {PartKind.H, PartKind.X}) {
            Part step = unrolled(kind, t);
            Box box = diagram.canvasBoxOf(step).orElseThrow(() -> new AssertionError(step + " is not laid out " + where));
            assertTrue(diagram.isInView(step), step + " at " + box + " " + where);
            assertTrue(box.x() > folded.right(), step + " at " + box + " lies over the folded cell at " + folded);
        }
    }

    @Test
    void fitAt1024x768ShowsTheFoldedCellBesideTheCurrentStepAndItsNeighbours(FxRobot robot) throws Exception {
        open(robot, 1024, 768);
        goTo(robot, 37);

        fit(robot);

        assertFoldedCellBesideStep(37);
        assertFoldedCellBesideStep(36);
        assertFoldedCellBesideStep(38);
    }

    @Test
    void fitAt1920x1080ShowsTheFoldedCellBesideTheCurrentStepAndItsNeighbours(FxRobot robot) throws Exception {
        open(robot, 1920, 1080);
        goTo(robot, 37);

        fit(robot);

        assertFoldedCellBesideStep(37);
        assertFoldedCellBesideStep(35);
        assertFoldedCellBesideStep(39);
    }

    @Test
    void endAt1024x768KeepsTheFoldedCellInViewAndBringsInTheLastStep(FxRobot robot) throws Exception {
        open(robot, 1024, 768);
        robot.interact(diagram::requestFocus);
        robot.type(KeyCode.HOME);
        fit(robot);
        assertTrue(diagram.isFoldedCellInView());
        assertTrue(diagram.isInView(unrolled(PartKind.H, 0)), "h_0 beside the folded cell at t = 0");

        robot.type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(T, state().tProperty().get());
        assertFoldedCellBesideStep(T);
    }

    @Test
    void endAt1920x1080KeepsTheFoldedCellInViewAndBringsInTheLastStep(FxRobot robot) throws Exception {
        open(robot, 1920, 1080);
        robot.interact(diagram::requestFocus);
        robot.type(KeyCode.HOME);
        fit(robot);

        robot.type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(T, state().tProperty().get());
        assertFoldedCellBesideStep(T);
        assertFoldedCellBesideStep(T - 1);
    }

    @Test
    void theRulerCountsOnlyTheStepsBesideThePinnedFoldedCell(FxRobot robot) throws Exception {
        open(robot, 1920, 1080);
        goTo(robot, T);
        fit(robot);

        int[] seen = diagram.stepsInSight().orElseThrow();

        assertEquals(T, seen[1]);
        assertTrue(seen[0] > 1 && seen[0] < T, "the ruler says t = " + seen[0] + " to " + seen[1]);
        for (int t = seen[0]; t <= seen[1]; t++) {
            assertTrue(diagram.isInView(unrolled(PartKind.H, t)), "h_" + t + " is counted in sight but hidden");
        }
        assertFalse(diagram.isInView(unrolled(PartKind.H, seen[0] - 1)),
                "h_" + (seen[0] - 1) + " is in sight but the ruler starts at " + seen[0]);
    }

    @Test
    void clickingTheFoldedStateSelectsTheFoldedPartWhileTheChainShowsItsEnd(FxRobot robot) throws Exception {
        open(robot, 1024, 768);
        goTo(robot, T);
        fit(robot);
        // the chain is far from its start: without the pin, the folded cell's place would show late steps
        assertFalse(diagram.canvasBoxOf(unrolled(PartKind.H, 1)).isPresent());

        robot.clickOn(onScreen(diagram.canvasBoxOf(new Part(true, PartKind.H, T)).orElseThrow()), MouseButton.PRIMARY);

        assertEquals(new Part(true, PartKind.H, T), state().selectedProperty().get());
    }

    @Test
    void clickingAStepBesideThePinnedFoldedCellSelectsThatStep(FxRobot robot) throws Exception {
        open(robot, 1024, 768);
        goTo(robot, T);
        fit(robot);

        robot.clickOn(onScreen(diagram.canvasBoxOf(unrolled(PartKind.X, T - 1)).orElseThrow()), MouseButton.PRIMARY);

        assertEquals(unrolled(PartKind.X, T - 1), state().selectedProperty().get());
    }

    @Test
    void draggingTheChainMovesItUnderThePinnedFoldedCellWhichStaysPut(FxRobot robot) throws Exception {
        open(robot, 1920, 1080);
        goTo(robot, 50);
        fit(robot);
        Box foldedBefore = diagram.foldedCellOnCanvas().orElseThrow();
        Box stepBefore = diagram.canvasBoxOf(unrolled(PartKind.H, 50)).orElseThrow();

        robot.drag(onScreen(stepBefore), MouseButton.PRIMARY).dropBy(-150, 0);
        WaitForAsyncUtils.waitForFxEvents();

        Box stepAfter = diagram.canvasBoxOf(unrolled(PartKind.H, 50)).orElseThrow();
        assertEquals(stepBefore.x() - 150, stepAfter.x(), 1.0);
        assertEquals(foldedBefore, diagram.foldedCellOnCanvas().orElseThrow());
        assertTrue(diagram.isFoldedCellInView());
    }

    @Test
    void playingScrollsEachNewStepIntoViewBesideThePinnedFoldedCell(FxRobot robot) throws Exception {
        open(robot, 1024, 768);
        robot.interact(diagram::requestFocus);
        robot.type(KeyCode.HOME);
        fit(robot);
        robot.interact(() -> window.player().toggle());

        for (int step = 1; step <= 12; step++) {
            // 2.5 s at 1× is one whole step
            robot.interact(() -> window.player().tick(2.5));
            WaitForAsyncUtils.waitForFxEvents();
            int t = state().tProperty().get();
            assertEquals(step, t);
            assertFoldedCellBesideStep(t);
        }
    }

    /** The middle of a canvas box, in screen coordinates. */
    private Point2D onScreen(Box onCanvas) throws Exception {
        // transforms are worked out lazily: only the FX thread may ask for them while the window lives
        return WaitForAsyncUtils.asyncFx(() -> diagram.localToScreen(onCanvas.centerX(), onCanvas.centerY())).get();
    }

}
