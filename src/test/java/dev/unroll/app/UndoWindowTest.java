package dev.unroll.app;

import static dev.unroll.app.WindowTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.app.DialogService.SaveChoice;
import dev.unroll.diagram.Notation;
import dev.unroll.diagram.ViewKind;
import dev.unroll.io.LessonSource;
import java.util.concurrent.CountDownLatch;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Edit → Undo and Redo, used as a user would: an edit in the Model tab or a key that changes the
 * view is undone in one step with Ctrl+Z and made again with Ctrl+Shift+Z, the menu names it, a new
 * lesson starts afresh, and a number field keeps Ctrl+Z for its own text.
 */
@ExtendWith(ApplicationExtension.class)
class UndoWindowTest {

    @RegisterExtension
    final TinyLessonWindow tiny = new TinyLessonWindow();

    private void ready() throws Exception {
        waitUntil(() -> tiny.model().getTrace() != null);
    }

    /** The menu item {@code id}, read on the FX thread's terms: its text and whether it is enabled. */
    private static MenuItem item(FxRobot robot, String id) {
        return robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private static void undoKey(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.Z);
    }

    private static void redoKey(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
    }

    /** Waits for the lesson on screen to have {@code units} units, computed, with nothing pending. */
    private void waitForUnits(int units) throws Exception {
        waitUntil(() -> !tiny.model().busyProperty().get() && tiny.model().getTrace().units() == units);
    }

    private int stateLength() {
        var trace = tiny.model().getTrace();
        return trace.state(trace.timesteps()).length;
    }

    @Test
    void ctrlZPutsBackTheUnitsAndTheTraceAndCtrlShiftZMakesTheEditAgain(FxRobot robot) throws Exception {
        ready();
        assertTrue(item(robot, "undoItem").isDisable(), "nothing to undo yet");

        WindowTesting.typeInto(robot, "#unitsSpinner", "8");
        waitForUnits(8);
        assertEquals("Undo units 4 \u2192 8", item(robot, "undoItem").getText());
        robot.clickOn("#diagram");
        undoKey(robot);
        waitForUnits(4);

        assertEquals(4, stateLength());
        assertEquals(4L, robot.lookup("#unitsSpinner").queryAs(Spinner.class).getValue());
        assertEquals("Redo units 4 \u2192 8", item(robot, "redoItem").getText());
        redoKey(robot);
        waitForUnits(8);
        assertEquals(8, stateLength());
        assertTrue(item(robot, "redoItem").isDisable(), "nothing left to redo");
    }

    @Test
    void aToggledNotationIsUndoneAndRedoneAndTheMenuNamesIt(FxRobot robot) throws Exception {
        ready();
        robot.clickOn("#diagram");
        robot.type(KeyCode.N);
        waitUntil(() -> tiny.window().diagramState().notationProperty().get() == Notation.GOODFELLOW);
        assertEquals("Undo notation", item(robot, "undoItem").getText());

        undoKey(robot);
        waitUntil(() -> !item(robot, "redoItem").isDisable());

        assertEquals(Notation.KERAS, tiny.window().diagramState().notationProperty().get());
        assertEquals("Redo notation", item(robot, "redoItem").getText());
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        waitUntil(() -> tiny.window().diagramState().notationProperty().get() == Notation.GOODFELLOW);
    }

    @Test
    void aNewLessonStartsWithNothingToUndo(FxRobot robot) throws Exception {
        ready();
        long before = tiny.model().getDocument().id();
        robot.clickOn("#diagram");
        robot.type(KeyCode.N);
        waitUntil(() -> !item(robot, "undoItem").isDisable());
        tiny.dialogs().answer(SaveChoice.DISCARD);

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
        waitUntil(() -> tiny.model().getDocument().id() != before);

        assertTrue(item(robot, "undoItem").isDisable());
        assertEquals("Undo", item(robot, "undoItem").getText());
        assertTrue(item(robot, "redoItem").isDisable());
    }

    @Test
    void undoingBackToTheSavedLessonClearsTheUnsavedMark(FxRobot robot) throws Exception {
        ready();
        WindowTesting.typeInto(robot, "#seedSpinner", "7");
        waitUntil(() -> ((LessonSource.Seeded) tiny.model().getSource()).spec().seed() == 7);
        assertTrue(tiny.window().titleBinding().get().endsWith(" \u2022"), tiny.window().titleBinding().get());

        robot.clickOn("#diagram");
        undoKey(robot);
        waitUntil(() -> ((LessonSource.Seeded) tiny.model().getSource()).spec().seed() == 0
                && !tiny.model().busyProperty().get());

        assertFalse(tiny.window().files().unsavedProperty().get());
        assertFalse(tiny.window().titleBinding().get().contains("\u2022"), tiny.window().titleBinding().get());
    }

    /**
     * Changes the units from 4 to 8, then presses Ctrl+Z with the compute thread held, so that the undo
     * is still being computed when {@code meanwhile} runs; lets the computation go on after it.
     */
    private void whileAnUndoOfUnits4To8IsComputed(FxRobot robot, Runnable meanwhile) throws Exception {
        ready();
        WindowTesting.typeInto(robot, "#unitsSpinner", "8");
        waitForUnits(8);
        CountDownLatch gate = new CountDownLatch(1);
        tiny.executor().execute(() -> {
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            robot.clickOn("#diagram");
            undoKey(robot);
            waitUntil(() -> tiny.model().busyProperty().get());
            meanwhile.run();
        } finally {
            gate.countDown();
        }
    }

    @Test
    void anEditMadeWhileAnUndoIsComputedIsAnEditOfItsOwnAndLeavesNothingToRedo(FxRobot robot) throws Exception {
        whileAnUndoOfUnits4To8IsComputed(robot,
                () -> robot.interact(() -> tiny.model().changeRecipe(s -> s.withDimensions(s.dimensions().withUnits(6)))));
        waitForUnits(6);

        assertEquals("Undo units 4 \u2192 6", item(robot, "undoItem").getText());
        assertTrue(item(robot, "redoItem").isDisable(), "the new edit cleared what there was to redo");
        undoKey(robot);
        waitForUnits(4);
        assertEquals("Redo units 4 \u2192 6", item(robot, "redoItem").getText());
    }

    @Test
    void aViewChangedWhileAnUndoIsComputedStaysAndIsAnEditOfItsOwn(FxRobot robot) throws Exception {
        whileAnUndoOfUnits4To8IsComputed(robot, () -> robot.type(KeyCode.F));
        waitForUnits(4);

        assertEquals(ViewKind.FOLDED, tiny.window().diagramState().viewProperty().get());
        assertEquals("Undo view", item(robot, "undoItem").getText());
        assertTrue(item(robot, "redoItem").isDisable(), "the new edit cleared what there was to redo");
    }

    @Test
    void ctrlZInANumberFieldUndoesTheTypingThereAndLeavesTheLessonAlone(FxRobot robot) throws Exception {
        ready();
        robot.clickOn("#diagram");
        robot.type(KeyCode.N);
        waitUntil(() -> !item(robot, "undoItem").isDisable());
        robot.clickOn("#modelTab");
        Spinner<?> seed = robot.lookup("#seedSpinner").queryAs(Spinner.class);
        robot.clickOn(seed.getEditor());
        robot.write("5");

        undoKey(robot);
        waitUntil(() -> true);

        assertEquals("0", seed.getEditor().getText());
        assertEquals(Notation.GOODFELLOW, tiny.window().diagramState().notationProperty().get());
        assertFalse(item(robot, "undoItem").isDisable(), "the lesson's edit is still there to undo");
    }
}
