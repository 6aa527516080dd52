package dev.unroll.app;

import static dev.unroll.app.WindowTesting.typeInto;
import static dev.unroll.app.WindowTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutorService;
import dev.unroll.diagram.DiagramLayout;
import dev.unroll.diagram.PartKind;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private final ExecutorService executor = WindowTesting.computeThread();

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
        assertEquals("42 parameters", params.getText());
        assertTrue(params.getTooltip().getText().contains("SimpleRNN 4 \u00D7 (4 + 3 + 1) = 32"), params.getTooltip().getText());
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
        typeInto(robot, "#inputFeaturesSpinner", "64");

        // 1,000,000 × 64 inputs are past the 50,000,000 values a lesson may hold
        typeInto(robot, "#timestepsSpinner", "1000000");

        Label problem = robot.lookup("#problemLabel").queryAs(Label.class);
        waitUntil(() -> !problem.getText().isEmpty());
        assertTrue(problem.getText().contains("timesteps \u00D7 input features"), problem.getText());
        assertEquals(64, heatmap.getRowCount());
        assertEquals(5, heatmap.getColumnCount());
        Spinner<?> timesteps = robot.lookup("#timestepsSpinner").queryAs(Spinner.class);
        assertEquals(5L, timesteps.getValue());
    }

    @Test
    void anOutOfRangeNumberIsRefusedByNameAndTheFieldGoesBack(FxRobot robot) throws Exception {
        HeatmapView heatmap = robot.lookup("#heatmap").queryAs(HeatmapView.class);
        waitUntil(() -> heatmap.getRowCount() == 4);

        typeInto(robot, "#unitsSpinner", "5000");

        Label problem = robot.lookup("#problemLabel").queryAs(Label.class);
        waitUntil(() -> !problem.getText().isEmpty());
        assertTrue(problem.getText().startsWith("units must be between 1 and 1,024"), problem.getText());
        Spinner<?> units = robot.lookup("#unitsSpinner").queryAs(Spinner.class);
        assertEquals(4L, units.getValue());
        assertEquals("4", units.getEditor().getText());
        assertTrue(problem.getParent().isVisible());

        robot.clickOn("#dismissProblemButton");

        waitUntil(() -> problem.getText().isEmpty());
        assertFalse(problem.getParent().isVisible());
        assertEquals(4, heatmap.getRowCount());
    }

    @Test
    void turningTheHeadSwitchOffRemovesEveryOutputFromTheDiagram(FxRobot robot) throws Exception {
        DiagramView diagram = robot.lookup("#diagram").queryAs(DiagramView.class);
        waitUntil(() -> diagram.layoutProperty().get() != null && countOf(diagram, PartKind.O) > 0);

        robot.clickOn(robot.lookup("#headSwitch .thumb-area").queryAs(javafx.scene.Node.class));

        waitUntil(() -> countOf(diagram, PartKind.O) == 0);
        assertEquals(0, countOf(diagram, PartKind.EDGE_OUTPUT));
        assertTrue(countOf(diagram, PartKind.H) > 0);
    }

    @Test
    void turningTheHeadOnForALessonWithoutOutputsGivesItTwo(FxRobot robot) throws Exception {
        DiagramView diagram = robot.lookup("#diagram").queryAs(DiagramView.class);
        waitUntil(() -> diagram.layoutProperty().get() != null && countOf(diagram, PartKind.O) > 0);
        typeInto(robot, "#outputSizeSpinner", "0");
        waitUntil(() -> diagram.traceProperty().get().outputs() == 0 && countOf(diagram, PartKind.O) == 0);

        robot.clickOn(robot.lookup("#headSwitch .thumb-area").queryAs(javafx.scene.Node.class));

        waitUntil(() -> diagram.traceProperty().get().outputs() == 2 && countOf(diagram, PartKind.O) > 0);
        Spinner<?> outputs = robot.lookup("#outputSizeSpinner").queryAs(Spinner.class);
        assertEquals(2L, outputs.getValue());
    }

    @Test
    void choosingTheFoldedViewLeavesOnlyTheFoldedCell(FxRobot robot) throws Exception {
        DiagramView diagram = robot.lookup("#diagram").queryAs(DiagramView.class);
        waitUntil(() -> diagram.layoutProperty().get() != null);

        robot.clickOn("#viewFolded");

        waitUntil(() -> diagram.layoutProperty().get().nodes().stream().allMatch(n -> n.part().folded()));
        assertEquals(1, countOf(diagram, PartKind.H));
        assertEquals(1, countOf(diagram, PartKind.EDGE_RECURRENT));
    }

    @Test
    void theTimestepSliderMakesLaterStepsHollow(FxRobot robot) throws Exception {
        DiagramView diagram = robot.lookup("#diagram").queryAs(DiagramView.class);
        waitUntil(() -> diagram.layoutProperty().get() != null);
        Slider slider = robot.lookup("#timestepSlider").queryAs(Slider.class);

        robot.interact(() -> slider.setValue(2));

        waitUntil(() -> diagram.layoutProperty().get().options().t() == 2);
        Label label = robot.lookup("#timestepLabel").queryAs(Label.class);
        assertEquals("t = 2 / 5", label.getText());
        assertTrue(diagram.layoutProperty().get().nodes().stream()
                .filter(n -> !n.part().folded()).allMatch(n -> n.empty() == (n.part().t() > 2)));
    }

    private static long countOf(DiagramView diagram, PartKind kind) {
        DiagramLayout layout = diagram.layoutProperty().get();
        return layout.nodes().stream().filter(n -> n.part().kind() == kind).count()
                + layout.edges().stream().filter(e -> e.part().kind() == kind).count();
    }

}
