package dev.unroll.app;

import static dev.unroll.app.WindowTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.io.LessonSource;
import dev.unroll.rnn.Activation;
import dev.unroll.rnn.HeadActivation;
import dev.unroll.rnn.Lesson;
import dev.unroll.rnn.Preset;
import dev.unroll.rnn.Trace;
import dev.unroll.rnn.ValueKind;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Lessons in and out through the window's own menus and dialogs, with the file chosen by the test. */
@ExtendWith(ApplicationExtension.class)
class LessonFilesWindowTest {

    private final ExecutorService executor = WindowTesting.computeThread();
    private MainWindow window;
    private LessonViewModel model;
    private Stage stage;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = new LessonViewModel(Preset.TINY.spec(), executor);
        window = WindowTesting.show(stage, model, executor, dialogs);
    }

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    private void choose(Path file) {
        dialogs.pick(file);
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(LessonFilesWindowTest.class.getResource("/fixtures/io/" + name).toURI());
    }

    @Test
    void openingABadFileSaysWhatIsWrongAndLeavesTheLessonAsItWas(FxRobot robot) throws Exception {
        HeatmapView heatmap = robot.lookup("#heatmap").queryAs(HeatmapView.class);
        waitUntil(() -> heatmap.getRowCount() == 4);
        LessonSource before = model.getSource();
        Path bad = folder.resolve("broken.json");
        Files.writeString(bad, "{\"format\": \"unroll-lesson\", \"version\": 1, \"title\": ");
        choose(bad);

        robot.press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);

        waitUntil(() -> !dialogs.failures.isEmpty());
        String failure = dialogs.failures.get(0);
        assertTrue(failure.startsWith("open broken.json: "), failure);
        assertTrue(failure.substring("open broken.json: ".length()).contains("broken.json"), failure);
        assertTrue(failure.contains("expected"), failure);
        assertEquals(before, model.getSource());
        assertEquals(4, heatmap.getRowCount());
        assertEquals(5, heatmap.getColumnCount());
    }

    @Test
    void aSavedLessonOpensAgainWithItsTitleAndView(FxRobot robot) throws Exception {
        waitUntil(() -> model.getTrace() != null);
        robot.interact(() -> {
            window.diagramState().setNotation(dev.unroll.diagram.Notation.GOODFELLOW);
            window.diagramState().setT(2);
            model.changeRecipe(s -> s.withSeed(7));
        });
        waitUntil(() -> model.getSource() instanceof LessonSource.Seeded s && s.spec().seed() == 7);
        Path saved = folder.resolve("class-one.json");
        choose(saved);

        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);

        waitUntil(() -> Files.exists(saved) && !window.files().unsavedProperty().get());
        assertEquals("Unroll \u2014 class-one", stage.getTitle());

        robot.interact(() -> {
            window.diagramState().setNotation(dev.unroll.diagram.Notation.KERAS);
            model.open(Preset.SEED_NUMPY.title(), LessonSource.of(Preset.SEED_NUMPY.spec()));
        });
        waitUntil(() -> model.getTrace().timesteps() == 100);
        choose(saved);
        robot.press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);

        waitUntil(() -> model.getTrace().timesteps() == 5 && window.diagramState().tProperty().get() == 2);
        assertInstanceOf(LessonSource.Seeded.class, model.getSource());
        assertEquals(7, ((LessonSource.Seeded) model.getSource()).spec().seed());
        assertEquals(dev.unroll.diagram.Notation.GOODFELLOW, window.diagramState().notationProperty().get());
        assertEquals("Unroll \u2014 class-one", stage.getTitle());
    }

    @Test
    void savingIntoAMissingFolderSaysWhatWasExpectedAsTheCommandLineDoes(FxRobot robot) throws Exception {
        waitUntil(() -> model.getTrace() != null);
        Path nowhere = folder.resolve("no-such-folder").resolve("lesson.json");
        choose(nowhere);

        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);

        waitUntil(() -> !dialogs.failures.isEmpty());
        assertEquals("save lesson.json: cannot write " + nowhere + ": the folder " + nowhere.getParent()
                + " does not exist; expected " + dev.unroll.files.FailedWrite.MISSING_FOLDER, dialogs.failures.get(0));
        assertTrue(!Files.exists(nowhere.getParent()));
    }

    @Test
    void savingOverAPipeIsRefusedInADialogAndThePipeKept(FxRobot robot) throws Exception {
        waitUntil(() -> model.getTrace() != null);
        Path pipe = folder.resolve("pipe.json");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        } catch (java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("mkfifo is not available here: " + e.getMessage());
            return;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0,
                "mkfifo failed here");
        choose(pipe);

        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);

        waitUntil(() -> !dialogs.failures.isEmpty());
        assertEquals("save pipe.json: " + pipe + ": is a named pipe (FIFO), not a regular file; "
                + "expected a regular file or a new file name", dialogs.failures.get(0));
        assertTrue(Files.exists(pipe) && !Files.isRegularFile(pipe), "the pipe is still a pipe");
        assertTrue(!stage.getTitle().contains("pipe"), "the lesson does not belong to the pipe: " + stage.getTitle());
    }

    @Test
    void importedWeightsReplaceTheLessonAndFixItsSizes(FxRobot robot) throws Exception {
        waitUntil(() -> model.getTrace() != null);
        // activations picked for the tiny lesson belong to it, not to the weights imported next
        robot.clickOn("#modelTab");
        robot.interact(() -> {
            activationBox(robot, "#activationBox").setValue(Activation.RELU);
            activationBox(robot, "#headActivationBox").setValue(HeadActivation.SOFTMAX);
        });
        waitUntil(() -> model.getSource().activation() == Activation.RELU
                && model.getSource().headActivation() == HeadActivation.SOFTMAX);
        choose(fixture("unroll_names.npz"));
        dialogs.answer(DialogService.SaveChoice.DISCARD);

        robot.press(KeyCode.CONTROL).type(KeyCode.I).release(KeyCode.CONTROL);

        waitUntil(() -> model.getSource() instanceof LessonSource.Explicit);
        assertTrue(stage.getTitle().contains("unroll_names.npz"), stage.getTitle());
        robot.clickOn("#modelTab");
        assertTrue(robot.lookup("#unitsSpinner").query().isDisabled());

        // the expectations are unroll_names.txt, numpy's own printout of the arrays in the file
        Trace trace = model.getTrace();
        Lesson lesson = trace.lesson();
        assertEquals(0.37993703120127886, lesson.w().get(0, 0), 1e-15);
        assertEquals(-0.35583569934657955, lesson.w().get(3, 2), 1e-15);
        assertEquals(0.46393052906794185, lesson.u().get(0, 1), 1e-15);
        assertEquals(0.3024968852628702, lesson.u().get(3, 3), 1e-15);
        assertEquals(0.07409661740029663, lesson.b().get(0, 0), 1e-15);
        assertEquals(-0.006102325648484536, lesson.b().get(3, 0), 1e-15);
        // row t − 1 of the file's h is h_t; the engine recomputes it, so it agrees to rounding
        assertEquals(0.10759023106280775, trace.state(1, 0), 1e-12);
        assertEquals(0.37166586747737124, trace.state(4, 3), 1e-12);
        // Keras's defaults, as on the command line: a tanh cell and a linear head, so y_1 is the file's o_1
        assertEquals(Activation.TANH, lesson.activation());
        assertEquals(HeadActivation.LINEAR, lesson.headActivation());
        assertEquals(-0.21966035882998156, trace.values(ValueKind.Y, 1)[0], 1e-12);
        assertEquals(0.49598712479370927, trace.values(ValueKind.Y, 1)[1], 1e-12);

        // naming another activation afterwards runs the same weights with it: h_1 = relu(a_1), with
        // a_1 = artanh(h_1) from the file's tanh run, since h_0 = 0
        robot.interact(() -> activationBox(robot, "#activationBox").setValue(Activation.RELU));
        waitUntil(() -> model.getTrace().lesson().activation() == Activation.RELU);
        assertTrue(model.getSource() instanceof LessonSource.Explicit);
        assertEquals(artanh(0.10759023106280775), model.getTrace().state(1, 0), 1e-12);
        assertEquals(0.0, model.getTrace().state(1, 3));
    }

    @Test
    void theCodeOfImportedWeightsLoadsTheSameFile(FxRobot robot) throws Exception {
        waitUntil(() -> model.getTrace() != null);
        Path weights = fixture("unroll_names.npz");
        choose(weights);
        dialogs.answer(DialogService.SaveChoice.DISCARD);
        robot.press(KeyCode.CONTROL).type(KeyCode.I).release(KeyCode.CONTROL);
        waitUntil(() -> model.getSource() instanceof LessonSource.Explicit);
        robot.clickOn("#codeTab");
        List<String> program = robot.lookup(n -> n.getId() != null && n.getId().startsWith("numpyLine"))
                .queryAllAs(javafx.scene.control.Label.class).stream().map(javafx.scene.control.Label::getText).toList();
        assertTrue(program.contains("stored = np.load(\"" + weights + "\")"), program.toString());
        assertTrue(program.contains("W = stored[\"W\"].astype(np.float64)  # input to hidden, (N, M)"), program.toString());
        assertTrue(program.contains("inputs = stored[\"x\"].astype(np.float64)  # x_t, one row per timestep"),
                program.toString());

        // once saved, the numbers are in the lesson file: the program, the Model tab and the next edit read them there
        Path saved = folder.resolve("imported.unroll.json");
        choose(saved);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.S).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> saved.equals(model.getDocument().file()));
        assertTrue(programLines(robot).contains("with open(\"" + saved + "\", encoding=\"utf-8\") as f:"),
                programLines(robot).toString());
        robot.interact(() -> model.change(s -> s.withActivations(Activation.RELU, s.headActivation())));
        waitUntil(() -> model.getTrace().lesson().activation() == Activation.RELU);
        assertTrue(programLines(robot).contains("    output_t = np.where(a_t > 0, a_t, 0.0)  # h_t"), programLines(robot).toString());
        assertTrue(programLines(robot).contains("with open(\"" + saved + "\", encoding=\"utf-8\") as f:"),
                programLines(robot).toString());
        robot.clickOn("#modelTab");
        assertEquals("Numbers from imported.unroll.json", robot.lookup("#numbersFromLabel").queryAs(javafx.scene.control.Label.class)
                .getText());
    }

    private static List<String> programLines(FxRobot robot) {
        return robot.lookup(n -> n.getId() != null && n.getId().startsWith("numpyLine"))
                .queryAllAs(javafx.scene.control.Label.class).stream().map(javafx.scene.control.Label::getText).toList();
    }

    /** The inverse of tanh: ½·ln((1 + v) / (1 − v)). */
    private static double artanh(double v) {
        return 0.5 * Math.log((1 + v) / (1 - v));
    }

    @SuppressWarnings("unchecked")
    private static <E> javafx.scene.control.ComboBox<E> activationBox(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(javafx.scene.control.ComboBox.class);
    }

}
