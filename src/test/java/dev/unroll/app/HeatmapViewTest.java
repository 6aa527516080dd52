package dev.unroll.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.diagram.ValueFormat;
import dev.unroll.rnn.Activation;
import dev.unroll.rnn.Dimensions;
import dev.unroll.rnn.HeadActivation;
import dev.unroll.rnn.Initialisation;
import dev.unroll.rnn.LessonSpec;
import dev.unroll.rnn.Preset;
import dev.unroll.rnn.Trace;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The h-over-time heatmap shows the steps computed so far, hollow cells after them, and a cursor at t. */
@ExtendWith(ApplicationExtension.class)
class HeatmapViewTest {

    private static final Trace TINY = Trace.run(Preset.TINY.spec().build());

    private HeatmapView heatmap;

    @Start
    void start(Stage stage) {
        heatmap = new HeatmapView();
        stage.setScene(new Scene(heatmap, 760, 520));
        stage.show();
    }

    private void showAt(FxRobot robot, Trace trace, int t, double phase) {
        robot.interact(() -> {
            heatmap.traceProperty().set(trace);
            heatmap.tProperty().set(t);
            heatmap.phaseProperty().set(phase);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void atStepTwoOfFiveOnlyTheFirstTwoColumnsAreColouredAndTheCursorIsOnTheSecond(FxRobot robot) {
        showAt(robot, TINY, 2, 1);

        assertEquals(List.of(1, 2), heatmap.revealedColumns());
        assertEquals(2, heatmap.cursorStep());
    }

    @Test
    void whileStepThreeFlowsItsColumnStaysHollowUnderTheCursor(FxRobot robot) {
        showAt(robot, TINY, 3, 0.5);

        assertEquals(List.of(1, 2), heatmap.revealedColumns());
        assertEquals(3, heatmap.cursorStep());
    }

    @Test
    void atTheLastStepEveryColumnIsColoured(FxRobot robot) {
        showAt(robot, TINY, 5, 1);

        assertEquals(List.of(1, 2, 3, 4, 5), heatmap.revealedColumns());
        assertEquals(5, heatmap.cursorStep());
    }

    @Test
    void aRunKeptAtCheckpointsIsSampledAtItsHeldStepsOnly(FxRobot robot) {
        // 100,001 × 96 values of h: past what a trace holds whole, so kept every 64 steps
        Trace checkpointed = Trace.run(new LessonSpec(new Dimensions(100_000, 2, 96, 0), Activation.TANH,
                HeadActivation.LINEAR, Initialisation.KERAS, 3).build());
        assertFalse(checkpointed.holdsAllStates());
        int c = checkpointed.checkpointInterval();

        showAt(robot, checkpointed, 60_000, 1);

        List<Integer> columns = heatmap.revealedColumns();
        assertTrue(columns.size() > 100, "one column a pixel: " + columns.size());
        for (int step : columns) {
            assertEquals(0, step % c, "column at t = " + step + " is not a held step");
            assertTrue(step <= 60_000);
        }
        assertEquals(60_000, heatmap.cursorStep());
    }

    @Test
    void beforeTheFirstStepNothingIsColouredAndThereIsNoCursor(FxRobot robot) {
        showAt(robot, TINY, 0, 1);

        assertEquals(List.of(), heatmap.revealedColumns());
        assertEquals(0, heatmap.cursorStep());
    }

    @Test
    void hoveringAFutureCellSaysItIsNotComputedYetAndGivesNoValue(FxRobot robot) {
        showAt(robot, TINY, 2, 1);

        robot.moveTo(screenPoint(4, 1));

        String text = heatmap.hoverTextProperty().get();
        assertEquals("h\u2084[1] is not computed yet at t = 2", text);
        assertFalse(text.contains(ValueFormat.sixDigits(TINY.state(4, 1))), text);
    }

    @Test
    void hoveringAComputedCellGivesItsValue(FxRobot robot) {
        showAt(robot, TINY, 2, 1);

        robot.moveTo(screenPoint(2, 3));

        assertEquals("h\u2082[3] = " + ValueFormat.sixDigits(TINY.state(2, 3)) + "   (t = 2, unit 3)",
                heatmap.hoverTextProperty().get());
    }

    @Test
    void steppingBackUnderTheMouseTakesTheValueAwayAgain(FxRobot robot) {
        showAt(robot, TINY, 3, 1);
        robot.moveTo(screenPoint(3, 0));
        assertTrue(heatmap.hoverTextProperty().get().startsWith("h\u2083[0] = "), heatmap.hoverTextProperty().get());

        showAt(robot, TINY, 2, 1);

        assertEquals("h\u2083[0] is not computed yet at t = 2", heatmap.hoverTextProperty().get());
    }

    @Test
    void aLongRunIsSampledToOneStepPerPixelAndStillHidesEveryStepAfterT(FxRobot robot) {
        Trace longRun = Trace.run(new LessonSpec(new Dimensions(20_000, 3, 4, 2), Activation.TANH, HeadActivation.LINEAR,
                Initialisation.KERAS, 0).build());

        showAt(robot, longRun, 12_000, 1);

        List<Integer> revealed = heatmap.revealedColumns();
        assertTrue(revealed.size() <= heatmap.getWidth(), "one column per pixel at most: " + revealed.size());
        int last = revealed.get(revealed.size() - 1);
        assertTrue(revealed.stream().allMatch(step -> step <= 12_000), "coloured up to step " + last);
        // a pixel column covers about 20,000 / 534 ≈ 38 steps, so the last coloured one is within them of t
        assertTrue(last > 11_900, "last coloured step " + last);
        assertEquals(12_000, heatmap.cursorStep());
    }

    private Point2D screenPoint(int step, int unit) {
        return heatmap.localToScreen(heatmap.cellCentre(step, unit));
    }
}
