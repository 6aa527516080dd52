package dev.unroll.app;

import static dev.unroll.app.WindowTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.diagram.DiagramLayout;
import dev.unroll.diagram.Element;
import dev.unroll.diagram.Part;
import dev.unroll.diagram.PartKind;
import dev.unroll.diagram.ValueFormat;
import dev.unroll.diagram.ViewKind;
import dev.unroll.rnn.Preset;
import dev.unroll.rnn.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A teacher in front of a projector: F5, the clicker's keys, a black screen, and the window given back as it was. */
@ExtendWith(ApplicationExtension.class)
class PresentationModeTest {

    private static final Trace TINY = Trace.run(Preset.TINY.spec().build());

    private final ExecutorService executor = WindowTesting.computeThread();
    private MainWindow window;
    /** A stage of the tests' own: full screen and a projector's size are not left behind for other tests. */
    private Stage stage;

    @BeforeEach
    void open(FxRobot robot) throws Exception {
        Stage primary = FxToolkit.registerPrimaryStage();
        robot.interact(() -> {
            primary.hide();
            stage = new Stage();
            window = WindowTesting.show(stage, new LessonViewModel(Preset.TINY.spec(), executor), executor, new ScriptedDialogs());
        });
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::close);
        executor.shutdownNow();
    }

    private DiagramViewState state() {
        return window.diagramState();
    }

    private DiagramView diagram(FxRobot robot) {
        return robot.lookup("#diagram").queryAs(DiagramView.class);
    }

    private void ready(FxRobot robot) throws Exception {
        waitUntil(() -> state().timestepsProperty().get() == 5);
        robot.clickOn("#diagram");
    }

    private void present(FxRobot robot) throws Exception {
        robot.type(KeyCode.F5);
        waitUntil(() -> robot.lookup("#headsUpLine").tryQuery().isPresent());
    }

    /**
     * The presentation as a projector of {@code width} × {@code height} shows it: the headless screen
     * is 1920 × 1200, so a window of the projector's size stands for its screen.
     */
    private void onAProjector(FxRobot robot, int width, int height) {
        robot.interact(() -> {
            stage.setFullScreen(false);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(width, stage.getScene().getWidth(), 1);
    }

    /** Whether {@code id} is in the window's scene and shown. */
    private static boolean showing(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().filter(n -> n.getScene() != null && n.isVisible()).isPresent();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void f5FoldsThePanelsAwayAndTheHeadsUpLineShowsTheStep(FxRobot robot) throws Exception {
        ready(robot);
        assertTrue(showing(robot, "#sidePanels") && showing(robot, "#presentButton") && showing(robot, "#paramsLabel"));

        present(robot);

        assertFalse(showing(robot, "#sidePanels"), "side panel");
        assertFalse(showing(robot, "#presentButton"), "toolbar");
        assertFalse(showing(robot, "#paramsLabel"), "status bar");
        assertFalse(showing(robot, "#timestepSlider"), "playback bar");
        assertTrue(showing(robot, "#headsUpLine"));
        assertTrue(stage.isFullScreen());
        assertEquals("t = 5 / 5", text(robot, "#headsUpPosition"));
        assertEquals("step 5 done", text(robot, "#headsUpStage"));
    }

    @Test
    void theToolbarsButtonAndTheViewMenuEnterItToo(FxRobot robot) throws Exception {
        ready(robot);

        robot.clickOn("#presentButton");
        assertTrue(showing(robot, "#headsUpLine"));
        robot.type(KeyCode.ESCAPE);
        assertTrue(showing(robot, "#presentButton"));

        robot.clickOn("View").clickOn("Presentation mode");
        assertTrue(showing(robot, "#headsUpLine"));
        robot.type(KeyCode.F5);
        assertTrue(showing(robot, "#sidePanels"));
    }

    @Test
    void afterTheWindowComesBackAKeyActsOnceAsBefore(FxRobot robot) throws Exception {
        ready(robot);
        present(robot);
        robot.type(KeyCode.ESCAPE);
        present(robot);
        robot.type(KeyCode.ESCAPE);
        robot.type(KeyCode.HOME);
        assertEquals(0, state().tProperty().get());

        robot.type(KeyCode.RIGHT);

        assertEquals(1, state().tProperty().get(), "one step for one key, however often the window was presented");
    }

    @ParameterizedTest(name = "{0}\u00D7{1}")
    @CsvSource({"1366, 768", "1024, 768"})
    void aValueIsDrawnAtLeast24PixelsHighOnAProjectorsScreen(int width, int height, FxRobot robot) throws Exception {
        ready(robot);
        present(robot);
        onAProjector(robot, width, height);

        List<Double> sizes = valueSizesOnScreen(diagram(robot).tiles().shown());
        assertFalse(sizes.isEmpty(), "values of h are in sight");
        for (double size : sizes) {
            assertTrue(size >= 24 - 1e-9, "a value drawn " + size + " px high");
        }
    }

    @Test
    void aPictureThatWritesNoValueFitsTheScreenWhole(FxRobot robot) throws Exception {
        robot.interact(() -> window = WindowTesting.show(stage, new LessonViewModel(Preset.SEED_NUMPY.spec(), executor),
                executor, new ScriptedDialogs()));
        waitUntil(() -> state().timestepsProperty().get() == 100);
        robot.clickOn("#diagram");
        present(robot);
        onAProjector(robot, 1366, 768);

        DiagramView diagram = diagram(robot);
        DiagramLayout shown = diagram.layoutProperty().get();
        assertFalse(shown.writesAnyValues(), "32 inputs and 64 units are shown as colour only");
        double drawnHeight = shown.bounds().height() * diagram.zoomProperty().get();
        assertTrue(drawnHeight <= diagram.getHeight(), "the picture, " + drawnHeight + " px high, fits in " + diagram.getHeight());
        assertTrue(diagram.zoomProperty().get() < PresentationMode.leastZoom(24), "not held at the values' zoom");
    }

    @Test
    void ctrlEqualsRaisesTheLeastTypeSizeTo32Pixels(FxRobot robot) throws Exception {
        ready(robot);
        present(robot);

        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(showing(robot, "#headsUpLine"), "still presenting: the window's zoom-in did not act");
        for (double size : valueSizesOnScreen(diagram(robot).tiles().shown())) {
            assertTrue(size >= 32 - 1e-9, "a value drawn " + size + " px high");
        }
    }

    @Test
    void pageDownStepsOnByOneAndTheHeadsUpLineFollows(FxRobot robot) throws Exception {
        ready(robot);
        present(robot);
        onAProjector(robot, 1366, 768);
        robot.type(KeyCode.HOME);
        assertEquals("t = 0 / 5", text(robot, "#headsUpPosition"));

        robot.type(KeyCode.PAGE_DOWN);

        assertEquals(1, state().tProperty().get());
        assertEquals("t = 1 / 5", text(robot, "#headsUpPosition"));
        String equation = text(robot, "#headsUpEquation");
        assertTrue(equation.startsWith("h\u2081[0] = tanh("), equation);
        assertTrue(equation.endsWith(" = " + ValueFormat.threeDigits(TINY.state(1)[0])), equation);

        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(diagram(robot).isInView(new Part(false, PartKind.H, 1)), "h\u2081 is on screen, beside the folded cell");

        robot.type(KeyCode.PAGE_DOWN);
        robot.type(KeyCode.PAGE_UP);
        assertEquals(1, state().tProperty().get());
    }

    @Test
    void bBlanksTheScreenAndAnyKeyBringsItBackWithoutActing(FxRobot robot) throws Exception {
        ready(robot);
        robot.type(KeyCode.U);
        present(robot);
        robot.type(KeyCode.HOME);

        robot.type(KeyCode.B);
        assertTrue(showing(robot, "#blankScreen"));
        assertEquals(ViewKind.UNROLLED, state().viewProperty().get(), "B blanks rather than switching to Both");

        robot.type(KeyCode.PAGE_DOWN);
        assertFalse(showing(robot, "#blankScreen"));
        assertEquals(0, state().tProperty().get(), "the key that woke the screen did not step");
    }

    @Test
    void escGivesTheWindowBackAsItWasAndF5TheLastPresentation(FxRobot robot) throws Exception {
        ready(robot);
        robot.type(KeyCode.U);
        robot.type(KeyCode.EQUALS);
        WaitForAsyncUtils.waitForFxEvents();
        double windowZoom = diagram(robot).zoomProperty().get();
        double windowWidth = stage.getWidth();

        present(robot);
        robot.type(KeyCode.F);
        robot.type(KeyCode.EQUALS);
        WaitForAsyncUtils.waitForFxEvents();
        double presentationZoom = diagram(robot).zoomProperty().get();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(showing(robot, "#headsUpLine"));
        assertTrue(showing(robot, "#sidePanels") && showing(robot, "#presentButton") && showing(robot, "#paramsLabel")
                && showing(robot, "#timestepSlider") && showing(robot, "#diagram"));
        assertFalse(stage.isFullScreen());
        assertEquals(windowWidth, stage.getWidth());
        assertEquals(ViewKind.UNROLLED, state().viewProperty().get());
        assertEquals(windowZoom, diagram(robot).zoomProperty().get(), 1e-9);

        present(robot);

        assertEquals(ViewKind.FOLDED, state().viewProperty().get());
        assertEquals(presentationZoom, diagram(robot).zoomProperty().get(), 1e-9);
    }

    /** The window's Edit menu item {@code id}: the menu bar is in the scene only outside the presentation. */
    private static MenuItem editItem(FxRobot robot, String id) {
        return robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void enteringAndLeavingThePresentationAreNoEditsToUndo(FxRobot robot) throws Exception {
        ready(robot);
        present(robot);
        robot.type(KeyCode.F);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> editItem(robot, "undoItem").isDisable());

        present(robot);
        assertEquals(ViewKind.FOLDED, state().viewProperty().get());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(ViewKind.BOTH, state().viewProperty().get());
        assertTrue(editItem(robot, "undoItem").isDisable(), editItem(robot, "undoItem").getText());
        assertEquals("Redo view", editItem(robot, "redoItem").getText());
    }

    @Test
    void ctrlZWhilePresentingUndoesAViewChangeMadeWithU(FxRobot robot) throws Exception {
        ready(robot);
        present(robot);
        robot.type(KeyCode.U);
        waitUntil(() -> state().viewProperty().get() == ViewKind.UNROLLED);

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> state().viewProperty().get() == ViewKind.BOTH);

        assertTrue(window.presentation().activeProperty().get(), "still presenting");
    }

    @Test
    void theDiscFollowsTheMouseOverTheDiagramAndGoesWhenItRests(FxRobot robot) throws Exception {
        ready(robot);
        present(robot);
        PointerHighlight pointer = window.presentation().pointer();

        robot.moveTo("#diagram");
        assertTrue(pointer.isShown());
        robot.interact(pointer::rested);
        assertFalse(pointer.isShown());
        robot.moveBy(20, 10);
        assertTrue(pointer.isShown());
    }

    /**
     * The on-screen height, in pixels, of every value written in a cell of h that the frame shows:
     * each one's drawn size times the zoom.
     */
    private static List<Double> valueSizesOnScreen(DiagramFrame frame) {
        List<Double> sizes = new ArrayList<>();
        for (Element e : frame.whole().elements()) {
            if (e instanceof Element.Group group && group.part().kind() == PartKind.H) {
                for (Element child : group.children()) {
                    if (child instanceof Element.Text text && isNumber(text)) {
                        sizes.add(text.size() * frame.zoom());
                    }
                }
            }
        }
        return sizes;
    }

    private static boolean isNumber(Element.Text text) {
        String written = text.runs().get(0).text().replace('\u2212', '-');
        return text.runs().size() == 1 && written.matches("-?[0-9.]+(e-?[0-9]+)?");
    }
}
