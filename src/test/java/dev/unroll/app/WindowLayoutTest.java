package dev.unroll.app;

import static dev.unroll.app.WindowTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.diagram.Part;
import dev.unroll.diagram.PartKind;
import dev.unroll.io.LessonFile;
import dev.unroll.io.LessonSource;
import dev.unroll.rnn.Dimensions;
import dev.unroll.rnn.Preset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The layout holds on every classroom screen: with the seed's numpy example at t = T (its long
 * saturation message and the offer beside it) and a long recompute running, the side panel, the
 * status bar, the progress bar and Cancel all lie inside the window.
 */
@ExtendWith(ApplicationExtension.class)
class WindowLayoutTest {

    private final ExecutorService executor = WindowTesting.computeThread();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    @ParameterizedTest(name = "{0}\u00D7{1}")
    @CsvSource({"1024, 768", "1280, 720", "1366, 768", "1920, 1080"})
    void theSeedsExampleAtTheLastStepFitsTheWindowWhileARecomputeRuns(int width, int height, FxRobot robot)
            throws Exception {
        LessonViewModel model = WaitForAsyncUtils.asyncFx(() -> new LessonViewModel(
                LessonFile.of(Preset.SEED_NUMPY.title(), LessonSource.of(Preset.SEED_NUMPY.spec())), executor)).get();
        MainWindow window = WaitForAsyncUtils.asyncFx(() -> new MainWindow(model, executor,
                WindowTesting.freshPreferences())).get();
        robot.interact(() -> {
            stage.setScene(UnrollApp.createScene(window, width, height));
            stage.show();
        });
        waitUntil(() -> model.getDocument() != null);
        assertEquals(100, window.diagramState().tProperty().get());
        waitUntil(() -> robot.lookup("#tryKerasButton").query().isVisible());

        DiagramView diagram = robot.lookup("#diagram").queryAs(DiagramView.class);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(diagram.isFoldedCellInView(), "in Both, Fit keeps the folded cell in view");
        assertTrue(diagram.isInView(new Part(false, PartKind.H, 100)), "and the current step beside it");

        robot.interact(() -> model.changeRecipe(s -> s.withDimensions(new Dimensions(100_000, 32, 256, 0))));
        waitUntil(() -> model.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        Scene scene = stage.getScene();
        for (String id : new String[] {"#sidePanels", "#inspectorTab", "#modelTab", "#notesTab", "#trainTab", "#progressBar", "#cancelButton", "#tryKerasButton",
                "#saturationLabel", "#spectralLabel", "#normSparkline", "#playButton", "#toEndButton",
                "#timestepSlider", "#speedBox", "#diagram"}) {
            assertInside(scene, robot.lookup(id).query(), id, true);
        }
        Parent statusBar = robot.lookup("#progressBar").query().getParent().getParent();
        for (Node child : WaitForAsyncUtils.asyncFx(() -> List.copyOf(statusBar.getChildrenUnmodifiable())).get()) {
            if (child.isVisible()) {
                // an explanation may give way to nothing on a small screen, but never reach past the window
                assertInside(scene, child, "status bar's " + child, false);
            }
        }
        robot.clickOn("#cancelButton");
        waitUntil(() -> !model.busyProperty().get());
        assertEquals(100, model.getTrace().timesteps());
    }

    private static void assertInside(Scene scene, Node node, String what, boolean wholeText) throws Exception {
        // bounds are worked out lazily: only the FX thread may ask for them while the window lives
        Bounds b = WaitForAsyncUtils.asyncFx(() -> node.localToScene(node.getBoundsInLocal())).get();
        assertTrue(b.getMinX() >= -0.5 && b.getMinY() >= -0.5 && b.getMaxX() <= scene.getWidth() + 0.5
                && b.getMaxY() <= scene.getHeight() + 0.5 && (!wholeText || b.getWidth() > 0),
                what + " at " + b + " is not inside the " + scene.getWidth() + "\u00D7" + scene.getHeight() + " window");
    }

}
