package dev.unroll.app;

import static dev.unroll.app.WindowTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.app.DialogService.SaveChoice;
import dev.unroll.diagram.Notation;
import dev.unroll.diagram.ViewKind;
import dev.unroll.io.LessonFile;
import dev.unroll.io.LessonFiles;
import dev.unroll.io.LessonSource;
import dev.unroll.io.ViewSettings;
import dev.unroll.rnn.Dimensions;
import dev.unroll.rnn.Preset;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window as one document: nothing is lost without a question, a lesson's file and title change
 * only when the new lesson is on screen, and keys mean the same wherever the focus is.
 */
@ExtendWith(ApplicationExtension.class)
class LessonDocumentWindowTest {

    private final ExecutorService executor = WindowTesting.computeThread();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private MainWindow window;
    private LessonViewModel model;
    private Stage stage;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = new LessonViewModel(LessonFile.of(Preset.TINY.title(), LessonSource.of(Preset.TINY.spec())), executor);
        window = WindowTesting.show(stage, model, executor, dialogs);
    }

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    @Test
    void choosingAPresetAfterOpeningImportedWeightsDetachesTheFileSoSaveCannotOverwriteIt(FxRobot robot) throws Exception {
        Path weights = saveImportedWeights(robot, "weights.json");
        byte[] before = Files.readAllBytes(weights);
        assertTrue(stage.getTitle().contains("weights"), stage.getTitle());

        choosePreset(robot, Preset.TINY);
        waitUntil(() -> model.getSource() instanceof LessonSource.Seeded);

        assertNull(model.getDocument().file());
        assertEquals("Unroll \u2014 Tiny classroom", stage.getTitle());
        assertTrue(dialogs.askedToSave.isEmpty(), "nothing was unsaved, so nothing is asked");
        dialogs.pick(null);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> dialogs.fileDialogs.size() == 3);
        assertEquals(List.of("Import weights", "Save lesson", "Save lesson"), dialogs.fileDialogs, "Save became Save as");
        assertArrayEquals(before, Files.readAllBytes(weights));
    }

    @Test
    void cancellingAnOpenKeepsTheLessonOnScreenWithItsFileAndTitle(FxRobot robot) throws Exception {
        Path mine = folder.resolve("mine.json");
        dialogs.pick(mine);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> mine.equals(model.getDocument().file()));
        LessonDocument shown = model.getDocument();
        Path big = folder.resolve("big.json");
        LessonFiles.write(big, LessonFile.of("Big", LessonSource.of(Preset.TINY.spec().withDimensions(
                new Dimensions(100_000, 3, 256, 0)))));
        byte[] bigBefore = Files.readAllBytes(big);

        robot.interact(() -> window.files().openFile(big));
        waitUntil(() -> model.busyProperty().get());
        robot.clickOn("#cancelButton");
        waitUntil(() -> !model.busyProperty().get());

        assertSame(shown, model.getDocument());
        assertEquals("Unroll \u2014 Tiny classroom (mine.json)", stage.getTitle());
        robot.interact(() -> window.diagramState().setNotation(Notation.GOODFELLOW));
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> !window.files().unsavedProperty().get());
        assertTrue(Files.readString(mine).contains("goodfellow"));
        assertArrayEquals(bigBefore, Files.readAllBytes(big));
    }

    @Test
    void cancelInTheSaveQuestionKeepsTheDocumentForEveryWayOfReplacingIt(FxRobot robot) throws Exception {
        makeAnEdit(robot);
        LessonDocument shown = model.getDocument();
        dialogs.answer(SaveChoice.CANCEL);

        robot.press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        robot.press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.N).release(KeyCode.SHIFT, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.I).release(KeyCode.CONTROL);
        choosePreset(robot, Preset.SEED_NUMPY);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(7, dialogs.askedToSave.size(), dialogs.askedToSave.toString());
        assertEquals("Tiny classroom", dialogs.askedToSave.get(0));
        assertTrue(stage.isShowing());
        assertTrue(dialogs.fileDialogs.isEmpty(), "no file was asked for: " + dialogs.fileDialogs);
        assertSame(shown, model.getDocument());
        assertFalse(model.busyProperty().get());
        assertEquals(Preset.TINY, robot.lookup("#presetBox").queryAs(ComboBox.class).getValue());
        assertTrue(stage.getTitle().endsWith(" \u2022"), stage.getTitle());
    }

    @Test
    void dontSaveDiscardsTheChangesAndGoesOn(FxRobot robot) throws Exception {
        makeAnEdit(robot);
        dialogs.answer(SaveChoice.DISCARD);

        choosePreset(robot, Preset.SEED_NUMPY);

        waitUntil(() -> model.getTrace().timesteps() == 100);
        assertEquals(List.of("Tiny classroom"), dialogs.askedToSave);
        assertFalse(window.files().unsavedProperty().get());
        assertEquals(Notation.KERAS, window.diagramState().notationProperty().get(), "the new lesson brings its own view");
    }

    @Test
    void saveInTheQuestionWritesTheLessonThenCloses(FxRobot robot) throws Exception {
        makeAnEdit(robot);
        Path kept = folder.resolve("kept.json");
        dialogs.answer(SaveChoice.SAVE).pick(kept);

        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));

        waitUntil(() -> !stage.isShowing());
        assertTrue(Files.readString(kept).contains("goodfellow"));
        assertEquals(Optional.of("goodfellow"), LessonFiles.read(kept).view().text(ViewSettings.NOTATION));
    }

    @Test
    void closingAnUnchangedLessonAsksNothing(FxRobot robot) throws Exception {
        waitUntil(() -> model.getDocument() != null);

        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));

        waitUntil(() -> !stage.isShowing());
        assertTrue(dialogs.askedToSave.isEmpty());
    }

    @Test
    void aLessonWithNoViewSettingsOpensWithTheDefaultsAndNothingUnsaved(FxRobot robot) throws Exception {
        waitUntil(() -> model.getDocument() != null);
        robot.interact(() -> {
            window.diagramState().setNotation(Notation.GOODFELLOW);
            window.diagramState().setView(ViewKind.FOLDED);
            window.diagramState().setT(2);
        });
        dialogs.answer(SaveChoice.DISCARD);
        Path written = folder.resolve("from-the-command-line.json");
        LessonFiles.write(written, LessonFile.of("", LessonSource.of(Preset.TINY.spec().withSeed(3))));

        robot.interact(() -> window.files().openFile(written));

        waitUntil(() -> written.equals(model.getDocument().file()));
        assertEquals(Notation.KERAS, window.diagramState().notationProperty().get());
        assertEquals(ViewKind.BOTH, window.diagramState().viewProperty().get());
        assertEquals(5, window.diagramState().tProperty().get());
        assertFalse(window.files().unsavedProperty().get());
        assertEquals("Unroll \u2014 from-the-command-line", stage.getTitle());
    }

    @Test
    void theUnsavedMarkFollowsWhatSaveWouldWriteAndGoesWhenAnEditIsUndone(FxRobot robot) throws Exception {
        waitUntil(() -> model.getDocument() != null);
        assertFalse(window.files().unsavedProperty().get());

        robot.interact(() -> window.diagramState().setT(1));
        assertFalse(window.files().unsavedProperty().get(), "stepping through a lesson is not an edit");

        robot.interact(() -> model.changeRecipe(s -> s.withSeed(9)));
        waitUntil(() -> ((LessonSource.Seeded) model.getSource()).spec().seed() == 9);
        assertTrue(window.files().unsavedProperty().get());
        assertTrue(stage.getTitle().endsWith(" \u2022"), stage.getTitle());

        robot.interact(() -> model.changeRecipe(s -> s.withSeed(0)));
        waitUntil(() -> ((LessonSource.Seeded) model.getSource()).spec().seed() == 0);
        assertFalse(window.files().unsavedProperty().get());
        assertEquals("Unroll \u2014 Tiny classroom", stage.getTitle());
    }

    @Test
    void spaceAfterClickingAViewButtonPlaysTheLesson(FxRobot robot) throws Exception {
        waitUntil(() -> model.getDocument() != null);
        robot.interact(() -> window.diagramState().toStart());
        robot.clickOn("#viewUnrolled");
        assertEquals(ViewKind.UNROLLED, window.diagramState().viewProperty().get());

        robot.type(KeyCode.SPACE);

        assertTrue(window.player().playingProperty().get());
        assertEquals(ViewKind.UNROLLED, window.diagramState().viewProperty().get());
        robot.type(KeyCode.SPACE);
        assertFalse(window.player().playingProperty().get());
        robot.clickOn("#fitButton");
        robot.type(KeyCode.RIGHT);
        assertEquals(1, window.diagramState().tProperty().get());
        robot.type(KeyCode.END);
        assertEquals(5, window.diagramState().tProperty().get());
    }

    /** Imports the weights fixture and saves it as {@code name}; returns the saved file. */
    private Path saveImportedWeights(FxRobot robot, String name) throws Exception {
        waitUntil(() -> model.getDocument() != null);
        dialogs.pick(fixture("unroll_names.npz"));
        robot.press(KeyCode.CONTROL).type(KeyCode.I).release(KeyCode.CONTROL);
        waitUntil(() -> model.getSource() instanceof LessonSource.Explicit);
        Path saved = folder.resolve(name);
        dialogs.pick(saved);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.S).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> saved.equals(model.getDocument().file()));
        assertInstanceOf(LessonSource.Explicit.class, LessonFiles.read(saved).source());
        return saved;
    }

    /** Switches to Goodfellow's letters with the N key: an edit of what Save would write. */
    private void makeAnEdit(FxRobot robot) throws Exception {
        waitUntil(() -> model.getDocument() != null);
        robot.clickOn("#diagram");
        robot.type(KeyCode.N);
        assertEquals(Notation.GOODFELLOW, window.diagramState().notationProperty().get());
        assertTrue(window.files().unsavedProperty().get());
    }

    private void choosePreset(FxRobot robot, Preset preset) {
        robot.clickOn("#presetBox");
        robot.clickOn(preset.title());
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(LessonDocumentWindowTest.class.getResource("/fixtures/io/" + name).toURI());
    }

}
