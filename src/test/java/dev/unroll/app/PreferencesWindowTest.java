package dev.unroll.app;

import static dev.unroll.app.WindowTesting.typeInto;
import static dev.unroll.app.WindowTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.io.LessonFile;
import dev.unroll.io.LessonFiles;
import dev.unroll.io.LessonSource;
import dev.unroll.rnn.Preset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.prefs.Preferences;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the window remembers across starts, in a preferences node of the test's own: a restart is a
 * new window on the same node, as the app builds one at start.
 */
@ExtendWith(ApplicationExtension.class)
class PreferencesWindowTest {

    private final ExecutorService executor = WindowTesting.computeThread();
    private final Preferences prefs = WindowTesting.freshPreferences();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Stage stage;
    private MainWindow window;
    private LessonViewModel model;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        startWindow();
        stage.show();
    }

    @AfterEach
    void tidyUp() throws Exception {
        executor.shutdownNow();
        prefs.removeNode();
    }

    /** A new window on the default lesson and the test's preferences, in the stage, as at start-up. */
    private void startWindow() {
        model = new LessonViewModel(UnrollApp.defaultLesson(), executor);
        window = new MainWindow(model, executor, prefs);
        window.setDialogs(dialogs);
        stage.setScene(UnrollApp.createScene(window));
    }

    /** Closes the window and starts a new one on the same preferences; returns its reopening of the last lesson. */
    private javafx.concurrent.Task<LessonFile> restart() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            startWindow();
            return window.reopenLastLesson();
        }).get();
    }

    /** Closes the window and starts a new one on the same preferences, without reopening the last lesson yet. */
    private void restartWithoutReopening() throws Exception {
        WaitForAsyncUtils.asyncFx(this::startWindow).get();
        waitUntil(() -> model.getDocument() != null && !model.busyProperty().get());
    }

    private javafx.concurrent.Task<LessonFile> reopen() throws Exception {
        return WaitForAsyncUtils.asyncFx(window::reopenLastLesson).get();
    }

    /** Holds the background thread until the returned latch is released: what is asked for meanwhile waits its turn. */
    private CountDownLatch holdBackground() {
        return WindowTesting.hold(executor);
    }

    private RememberedSettings remembered() {
        return new RememberedSettings(prefs);
    }

    private Path lessonFile(String name, Preset preset) throws Exception {
        Path file = folder.resolve(name);
        LessonFiles.write(file, LessonFile.of(preset.title(), LessonSource.of(preset.spec())));
        return file;
    }

    private void open(FxRobot robot, Path file) throws Exception {
        dialogs.pick(file);
        robot.press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
        waitUntil(() -> model.getDocument() != null && file.equals(model.getDocument().file()));
    }

    private String notice(FxRobot robot) {
        return robot.lookup("#statusNotice").queryAs(Label.class).getText();
    }

    @Test
    void aRestartReopensTheLastLessonOpened(FxRobot robot) throws Exception {
        Path lesson = lessonFile("numpy.json", Preset.SEED_NUMPY);
        open(robot, lesson);

        javafx.concurrent.Task<LessonFile> reopening = restart();

        waitUntil(() -> model.getDocument() != null && lesson.equals(model.getDocument().file()));
        assertEquals(Preset.SEED_NUMPY.title(), model.getDocument().name());
        assertEquals(Preset.SEED_NUMPY.title(), reopening.get().title());
        assertEquals("", notice(robot));
        assertEquals(List.of(), dialogs.failures);
    }

    @Test
    void aLastLessonThatVanishedLeavesTheDefaultLessonWithAQuietNotice(FxRobot robot) throws Exception {
        Path lesson = lessonFile("gone.json", Preset.SEED_NUMPY);
        open(robot, lesson);
        Files.delete(lesson);

        assertNull(restart(), "nothing to read");

        waitUntil(() -> model.getDocument() != null);
        assertEquals(Preset.TINY.title(), model.getDocument().name());
        assertNull(model.getDocument().file());
        assertEquals("Showing " + Preset.TINY.title() + ": the last lesson, gone.json, is no longer in " + folder, notice(robot));
        assertTrue(robot.lookup("#statusNotice").queryAs(Label.class).isVisible());
        assertEquals(List.of(), dialogs.failures, "no error dialog at start");
        assertNull(restart(), "a lesson that is gone is not looked for again");
    }

    @Test
    void aLastLessonThatNoLongerReadsLeavesTheDefaultLessonWithAQuietNotice(FxRobot robot) throws Exception {
        Path lesson = lessonFile("spoilt.json", Preset.SEED_NUMPY);
        open(robot, lesson);
        Files.writeString(lesson, "{\"format\": \"unroll-lesson\", \"version\": 1, \"title\": ");

        javafx.concurrent.Task<LessonFile> reopening = restart();

        waitUntil(() -> reopening.isDone() && !notice(robot).isEmpty());
        String why = notice(robot);
        assertTrue(why.startsWith("Showing " + Preset.TINY.title() + ": Could not open spoilt.json: "), why);
        assertFalse(why.contains("\n") || why.contains("null"), why);
        assertEquals(Preset.TINY.title(), model.getDocument().name());
        assertEquals(List.of(), dialogs.failures, "no error dialog at start");
        assertNull(restart(), "a lesson that failed to reopen is not tried again");
    }

    @Test
    void aReopenArrivingAfterTheStartLessonWasEditedIsDroppedWithoutAskingToSave(FxRobot robot) throws Exception {
        Path lesson = lessonFile("numpy.json", Preset.SEED_NUMPY);
        open(robot, lesson);
        restartWithoutReopening();
        typeInto(robot, "#unitsSpinner", "9");
        waitUntil(() -> !model.busyProperty().get() && model.getTrace().units() == 9);
        LessonDocument edited = model.getDocument();

        javafx.concurrent.Task<LessonFile> reopening = reopen();
        waitUntil(reopening::isDone);

        assertEquals(List.of(), dialogs.askedToSave, "no unasked question about saving");
        assertSame(edited, model.getDocument());
        assertNull(model.getDocument().file());
        assertTrue(window.files().unsavedProperty().get(), "the edit is still there to save");
    }

    @Test
    void anEditWhileTheLastLessonIsReadCancelsTheReopen(FxRobot robot) throws Exception {
        Path lesson = lessonFile("numpy.json", Preset.SEED_NUMPY);
        open(robot, lesson);
        restartWithoutReopening();
        CountDownLatch release = holdBackground();

        javafx.concurrent.Task<LessonFile> reopening = reopen();
        typeInto(robot, "#unitsSpinner", "9");
        release.countDown();

        waitUntil(() -> !model.busyProperty().get() && model.getTrace().units() == 9);
        assertTrue(reopening.isCancelled());
        assertEquals(Preset.TINY.title(), model.getDocument().name());
        assertNull(model.getDocument().file());
        assertEquals(List.of(), dialogs.askedToSave);
    }

    @Test
    void aFileOpenedWhileTheLastLessonIsReadStaysOnScreen(FxRobot robot) throws Exception {
        Path last = lessonFile("numpy.json", Preset.SEED_NUMPY);
        Path chosen = lessonFile("chosen.json", Preset.TINY);
        open(robot, last);
        restartWithoutReopening();
        CountDownLatch release = holdBackground();

        javafx.concurrent.Task<LessonFile> reopening = reopen();
        dialogs.pick(chosen);
        robot.press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
        release.countDown();

        waitUntil(() -> model.getDocument() != null && chosen.equals(model.getDocument().file()) && !model.busyProperty().get());
        assertTrue(reopening.isCancelled());
        assertEquals(chosen, model.getDocument().file());
        assertEquals(java.util.Optional.of(chosen.toAbsolutePath()), remembered().lastLesson());
        assertEquals(List.of(), dialogs.askedToSave);
    }

    @Test
    void aLessonCancelledBeforeItIsOnScreenIsNotReopenedAtTheNextStart(FxRobot robot) throws Exception {
        Path lesson = lessonFile("huge.json", Preset.SEED_NUMPY);
        waitUntil(() -> model.getDocument() != null && !model.busyProperty().get());
        CountDownLatch readWaits = holdBackground();
        dialogs.pick(lesson);
        robot.press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
        // the computation that follows the read waits behind this second hold, so that it can be cancelled
        CountDownLatch computationWaits = holdBackground();
        readWaits.countDown();
        waitUntil(() -> model.busyProperty().get());

        robot.clickOn("#cancelButton");
        computationWaits.countDown();
        waitUntil(() -> !model.busyProperty().get());

        assertNull(model.getDocument().file());
        assertEquals(java.util.Optional.empty(), remembered().lastLesson());
        assertNull(restart(), "nothing to reopen");
    }

    /** Ctrl+E's dialog as it opens: its format and scale. */
    private String exportDialogOpensWith(FxRobot robot) throws Exception {
        waitUntil(() -> model.getTrace() != null);
        robot.clickOn("#diagram");
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#exportFormat").tryQuery().isPresent());
        return robot.lookup("#exportFormat").queryAs(ChoiceBox.class).getValue() + " at "
                + robot.lookup("#exportScale").queryAs(Spinner.class).getValue();
    }

    private void press(FxRobot robot, String button) throws Exception {
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> button.equals(b.getText())).queryAs(Button.class));
        waitUntil(() -> robot.lookup("#exportFormat").tryQuery().isEmpty());
    }

    @Test
    void theExportDialogStartsFromTheFolderFormatAndScaleOfTheLastExport(FxRobot robot) throws Exception {
        Path pictures = Files.createDirectory(folder.resolve("pictures"));
        Path written = pictures.resolve("lesson.svg");
        assertEquals("PNG at 2", exportDialogOpensWith(robot), "a first export starts from the defaults");
        // the scale is raised to 4 before the format changes to SVG, which keeps the scale but does not use it
        robot.clickOn("#exportScale .increment-arrow-button").clickOn("#exportScale .increment-arrow-button");
        robot.clickOn("#exportFormat");
        robot.clickOn(robot.lookup(".menu-item .label").match((Label l) -> "SVG".equals(l.getText())).queryAs(Label.class));
        dialogs.pick(written);
        press(robot, "OK");
        waitUntil(() -> Files.exists(written));

        restart();

        assertEquals("SVG at 4", exportDialogOpensWith(robot));
        press(robot, "Cancel");
        assertEquals(List.of("(last)"), dialogs.startFolders, "the cancelled export asked for no file");
        assertEquals("SVG at 4", exportDialogOpensWith(robot));
        dialogs.pick(null);
        press(robot, "OK");
        waitUntil(() -> dialogs.startFolders.size() == 2);
        assertEquals(pictures.toString(), dialogs.startFolders.get(1));
    }

    private int keyCount() {
        try {
            return prefs.keys().length;
        } catch (java.util.prefs.BackingStoreException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void resetForgetsEverythingRememberedAndSaysSo(FxRobot robot) throws Exception {
        Path lesson = lessonFile("week3.json", Preset.SEED_NUMPY);
        open(robot, lesson);
        prefs.putInt("export.scale", 3);
        prefs.put("export.format", "SVG");
        prefs.put("export.folder", folder.toString());
        prefs.putDouble("window.width", 900);
        assertTrue(prefs.keys().length >= 5, List.of(prefs.keys()).toString());

        dialogs.reset(false);
        WaitForAsyncUtils.asyncFx(window::resetPreferences).get();
        assertTrue(prefs.keys().length >= 5, "Cancel keeps everything");

        dialogs.reset(true);
        robot.clickOn("View").clickOn("Reset preferences\u2026");
        waitUntil(() -> keyCount() == 0);
        assertEquals(2, dialogs.resetQuestions.get());
        assertEquals("Preferences reset to their defaults", notice(robot));

        assertNull(restart(), "no last lesson to reopen");
        assertEquals("PNG at 2", exportDialogOpensWith(robot));
        press(robot, "Cancel");
        assertEquals(List.of(), window.files().recentItems());
    }
}
