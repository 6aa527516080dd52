package dev.unroll.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "test-compute");
        thread.setDaemon(true);
        return thread;
    });

    @Start
    void start(Stage stage) {
        stage.setScene(UnrollApp.createScene(executor));
        stage.show();
    }

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    @Test
    void windowOpensOnTheTinyLessonWithFourUnitsAndFiveTimesteps(FxRobot robot) throws Exception {
        HeatmapView heatmap = robot.lookup("#heatmap").queryAs(HeatmapView.class);
        waitUntil(() -> heatmap.getRowCount() == 4);
        assertEquals(5, heatmap.getColumnCount());
        Label params = robot.lookup("#paramsLabel").queryAs(Label.class);
        assertTrue(params.getText().contains("SimpleRNN 32 = 4 \u00D7 (4 + 3 + 1)"), params.getText());
    }

    @Test
    void typingANewNumberOfUnitsRecomputesTheHeatmapRows(FxRobot robot) throws Exception {
        HeatmapView heatmap = robot.lookup("#heatmap").queryAs(HeatmapView.class);
        waitUntil(() -> heatmap.getRowCount() == 4);

        typeInto(robot, "#unitsSpinner", "9");

        waitUntil(() -> heatmap.getRowCount() == 9);
        assertEquals(9, heatmap.getRowCount());
        assertEquals(5, heatmap.getColumnCount());
    }

    @Test
    void aLessonPastTheSizeLimitIsRefusedAndTheHeatmapStaysAsItWas(FxRobot robot) throws Exception {
        HeatmapView heatmap = robot.lookup("#heatmap").queryAs(HeatmapView.class);
        waitUntil(() -> heatmap.getRowCount() == 4);
        typeInto(robot, "#unitsSpinner", "64");
        waitUntil(() -> heatmap.getRowCount() == 64);

        typeInto(robot, "#timestepsSpinner", "1000000");

        Label problem = robot.lookup("#problemLabel").queryAs(Label.class);
        waitUntil(() -> !problem.getText().isEmpty());
        assertTrue(problem.getText().contains("timesteps \u00D7 units"), problem.getText());
        assertEquals(64, heatmap.getRowCount());
        assertEquals(5, heatmap.getColumnCount());
        Spinner<?> timesteps = robot.lookup("#timestepsSpinner").queryAs(Spinner.class);
        assertEquals(5L, timesteps.getValue());
    }

    private static void typeInto(FxRobot robot, String spinnerId, String text) {
        Spinner<?> spinner = robot.lookup(spinnerId).queryAs(Spinner.class);
        robot.clickOn(spinner.getEditor());
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(text);
        robot.type(KeyCode.ENTER);
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
