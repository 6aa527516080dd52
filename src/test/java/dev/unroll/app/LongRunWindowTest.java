package dev.unroll.app;

import static dev.unroll.app.WindowTesting.typeInto;
import static dev.unroll.app.WindowTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.rnn.Trace;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import javafx.concurrent.Task;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A long run computes off the JavaFX thread: the window answers clicks meanwhile, and a newer size replaces it. */
@ExtendWith(ApplicationExtension.class)
class LongRunWindowTest {

    private final ExecutorService compute = WindowTesting.computeThread();
    /** Everything the window sends off to compute, in order. */
    private final List<Runnable> submitted = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        Executor recording = work -> {
            submitted.add(work);
            compute.execute(work);
        };
        stage.setScene(UnrollApp.createScene(recording));
        stage.show();
    }

    @AfterEach
    void stopExecutor() {
        compute.shutdownNow();
    }

    @Test
    void aClickIsHandledWhileFiveHundredAndTwelveUnitsRunAndANewerSizeCancelsThatRun(FxRobot robot) throws Exception {
        HeatmapView heatmap = robot.lookup("#heatmap").queryAs(HeatmapView.class);
        waitUntil(() -> heatmap.getRowCount() == 4);
        typeInto(robot, "#timestepsSpinner", "100000");
        waitUntil(() -> heatmap.getColumnCount() == 100_000);
        List<Integer> unitsShown = new CopyOnWriteArrayList<>();
        heatmap.traceProperty().addListener((obs, old, now) -> unitsShown.add(now == null ? 0 : now.units()));
        ProgressBar progress = robot.lookup("#progressBar").queryAs(ProgressBar.class);
        int before = submitted.size();

        // 100,000 steps of 512 units: 51,200,000 values of h, kept at checkpoints
        typeInto(robot, "#unitsSpinner", "512");
        waitUntil(() -> progress.getParent().isVisible() && progress.getProgress() > 0);
        Task<?> longRun = lastTaskSince(before);
        assertFalse(longRun.isDone());

        robot.clickOn("#viewFolded");
        ToggleButton folded = robot.lookup("#viewFolded").queryAs(ToggleButton.class);
        assertTrue(folded.isSelected());
        // the click was handled on the JavaFX thread while the forward pass was still under way
        assertFalse(longRun.isDone());
        assertTrue(progress.getParent().isVisible());
        assertEquals(4, heatmap.getRowCount());

        typeInto(robot, "#unitsSpinner", "8");
        waitUntil(() -> heatmap.getRowCount() == 8);
        assertTrue(longRun.isCancelled());
        assertEquals(List.of(8), unitsShown);
        assertFalse(progress.getParent().isVisible());
        Trace shown = heatmap.traceProperty().get();
        assertEquals(100_000, shown.timesteps());
        assertTrue(folded.isSelected());
    }

    /** The last background task the window sent off after the first {@code before}. */
    private Task<?> lastTaskSince(int before) {
        Task<?> last = null;
        for (Runnable work : submitted.subList(before, submitted.size())) {
            if (work instanceof Task<?> task) {
                last = task;
            }
        }
        assertTrue(last != null, "no task was sent off");
        return last;
    }
}
