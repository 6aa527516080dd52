package dev.unroll.app;

import static dev.unroll.app.WindowTesting.menuItem;
import static dev.unroll.app.WindowTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.diagram.ColourScales;
import dev.unroll.diagram.DivergingPalette;
import dev.unroll.diagram.Part;
import dev.unroll.diagram.PartKind;
import dev.unroll.diagram.Theme;
import dev.unroll.render.CanvasRenderer;
import dev.unroll.rnn.Trace;
import java.util.concurrent.ExecutorService;
import java.util.prefs.Preferences;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View → Theme and View → Value colours: the canvases and the controls change together, and the choice is kept. */
@ExtendWith(ApplicationExtension.class)
class ThemeWindowTest {

    private final ExecutorService executor = WindowTesting.computeThread();
    private final Preferences prefs = WindowTesting.freshPreferences();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Stage stage;
    private MainWindow window;
    private LessonViewModel model;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setWidth(1366);
        stage.setHeight(768);
        startWindow();
        stage.show();
    }

    @AfterEach
    void tidyUp() throws Exception {
        executor.shutdownNow();
        prefs.removeNode();
    }

    private void startWindow() {
        model = new LessonViewModel(UnrollApp.defaultLesson(), executor);
        window = new MainWindow(model, executor, prefs);
        window.setDialogs(dialogs);
        stage.setScene(UnrollApp.createScene(window));
    }

    @Test
    void darkRepaintsTheCanvasesAndRestylesTheControls(FxRobot robot) throws Exception {
        waitUntil(() -> model.getDocument() != null && !model.busyProperty().get());
        assertEquals(Theme.LIGHT.paper().rgb(), cornerOf(robot, "#diagram"));
        assertEquals(CanvasRenderer.color(Theme.LIGHT.rulerBand()), background(robot, ".status-bar"));

        fire(robot, "themeDarkItem");

        assertEquals(Theme.DARK.paper().rgb(), cornerOf(robot, "#diagram"), "the diagram's paper");
        assertEquals(CanvasRenderer.color(Theme.DARK.rulerBand()), background(robot, ".status-bar"), "the status bar's CSS");
        Node root = window.root();
        assertTrue(root.getPseudoClassStates().contains(PseudoClass.getPseudoClass("dark")));
        assertTrue(((RadioMenuItem) menuItem(robot, "themeDarkItem")).isSelected());
        assertEquals("dark", prefs.get("theme", null));

        fire(robot, "themeHighContrastItem");
        assertEquals(0x000000, cornerOf(robot, "#diagram"));
        assertFalse(root.getPseudoClassStates().contains(PseudoClass.getPseudoClass("dark")));
        assertTrue(root.getPseudoClassStates().contains(PseudoClass.getPseudoClass("high-contrast")));
        assertEquals(Color.BLACK, background(robot, ".status-bar"));
    }

    @Test
    void aDialogOpenedUnderTheDarkThemeIsDarkToo(FxRobot robot) throws Exception {
        waitUntil(() -> model.getDocument() != null && !model.busyProperty().get());
        fire(robot, "themeDarkItem");
        robot.clickOn("#diagram");
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());

        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(pane.getPseudoClassStates().contains(PseudoClass.getPseudoClass("dark")));
        assertEquals(CanvasRenderer.color(Theme.DARK.ink()),
                WaitForAsyncUtils.asyncFx(() -> robot.lookup(".dialog-pane .label").queryAs(Label.class).getTextFill()).get(),
                "the dialog's words are in the dark theme's ink");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
    }

    @Test
    void thePaletteColoursTheInspectorsSwatches(FxRobot robot) throws Exception {
        waitUntil(() -> model.getDocument() != null && !model.busyProperty().get());
        Trace trace = model.getTrace();
        int t = trace.timesteps();
        WaitForAsyncUtils.asyncFx(() -> {
            window.diagramState().setT(t);
            window.diagramState().select(new Part(false, PartKind.H, t), 0);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        double scale = ColourScales.of(trace).h();
        double value = trace.state(t, 0);
        assertEquals(CanvasRenderer.color(DivergingPalette.BLUE_WHITE_RED.rgb(value, scale)), firstSwatch(robot));

        fire(robot, "paletteViridisItem");

        assertEquals(CanvasRenderer.color(DivergingPalette.VIRIDIS.rgb(value, scale)), firstSwatch(robot));
        assertEquals("viridis", prefs.get("palette", null));
    }

    @Test
    void theLookChosenIsKeptForTheNextStartAndResetForgetsIt(FxRobot robot) throws Exception {
        fire(robot, "themeDarkItem");
        fire(robot, "palettePurpleOrangeItem");
        WaitForAsyncUtils.asyncFx(this::startWindow).get();
        waitUntil(() -> model.getDocument() != null && !model.busyProperty().get());
        assertEquals(Theme.DARK.paper().rgb(), cornerOf(robot, "#diagram"), "a new start draws in the theme chosen");
        assertTrue(((RadioMenuItem) menuItem(robot, "palettePurpleOrangeItem")).isSelected());

        dialogs.reset(true);
        WaitForAsyncUtils.asyncFx(window::resetPreferences).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(prefs.get("theme", null));
        assertEquals(Theme.LIGHT.paper().rgb(), cornerOf(robot, "#diagram"), "reset goes back to the light theme");
        assertTrue(((RadioMenuItem) menuItem(robot, "paletteRedBlueItem")).isSelected());
    }

    /** The menu item's own action, as a click on it runs it. */
    private static void fire(FxRobot robot, String id) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> menuItem(robot, id).fire()).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The colour of the top-left pixel of the node {@code query} as drawn now, 0xRRGGBB. */
    private static int cornerOf(FxRobot robot, String query) throws Exception {
        Node node = robot.lookup(query).query();
        return WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null).getPixelReader().getArgb(3, 3)).get() & 0xFFFFFF;
    }

    private static Paint background(FxRobot robot, String query) throws Exception {
        Region region = robot.lookup(query).queryAs(Region.class);
        return WaitForAsyncUtils.asyncFx(() -> {
            region.applyCss();
            return region.getBackground().getFills().get(0).getFill();
        }).get();
    }

    private static Paint firstSwatch(FxRobot robot) {
        return robot.lookup("#inspectorVector .value-swatch").queryAs(Rectangle.class).getFill();
    }
}
