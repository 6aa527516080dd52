package dev.unroll.app;

import static dev.unroll.app.WindowTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.io.LessonSource;
import dev.unroll.io.NdArray;
import dev.unroll.io.NpzReader;
import dev.unroll.rnn.Lesson;
import dev.unroll.rnn.Preset;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * File → Open model…: files written by Keras 3 itself (src/test/python/make_real_keras_fixtures.py)
 * open as new lessons whose W is the model's kernelᵀ and whose Model panel shows the summary Keras
 * printed; a refused model changes nothing but says why once.
 */
@ExtendWith(ApplicationExtension.class)
class ModelWindowTest {

    @RegisterExtension
    final TinyLessonWindow tiny = new TinyLessonWindow();

    @TempDir
    Path folder;

    private LessonViewModel model;
    private MainWindow window;
    private ScriptedDialogs dialogs;

    @BeforeEach
    void shown() {
        model = tiny.model();
        window = tiny.window();
        dialogs = tiny.dialogs();
    }

    private String title() {
        return window.titleBinding().get();
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(ModelWindowTest.class.getResource("/fixtures/keras/real/" + name).toURI());
    }

    @Test
    void aModelWithAnEmbeddingOpensOnTheReviewWithKerasSummary(FxRobot robot) throws Exception {
        waitUntil(() -> model.getTrace() != null);
        dialogs.pick(fixture("embedding_rnn_dense.keras"));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.O).release(KeyCode.SHIFT, KeyCode.CONTROL);

        waitUntil(() -> model.getDocument().lesson().model() != null);
        assertEquals("Unroll \u2014 Keras model embedding_rnn_dense.keras", title());
        assertNull(model.getDocument().file(), "a new document, with no file yet");
        Lesson lesson = model.getTrace().lesson();
        NdArray kernel = NpzReader.read(fixture("embedding_rnn_dense.npz")).get("simple_rnn_0");
        assertTransposed(kernel, lesson.w());
        // the review's 20 ids; those the Embedding's 20 rows do not have are 2, unknown, as num_words=20 makes them
        assertEquals(20, lesson.dimensions().timesteps());
        assertEquals(1, lesson.embedding().tokens()[0]);
        assertEquals(14, lesson.embedding().tokens()[1]);
        assertEquals(2, lesson.embedding().tokens()[4], "83, 'the', is past row 19");
        // the model was built with return_sequences=False: the diagram opens on h_T alone feeding the Dense layer
        assertFalse(window.diagramState().returnSequencesProperty().get());

        robot.clickOn("#modelTab");
        Label summary = robot.lookup("#modelSummary").queryAs(Label.class);
        String keras = Files.readString(fixture("embedding_rnn_dense_summary.txt"), StandardCharsets.UTF_8).stripTrailing();
        assertEquals(keras, summary.getText());
        // "Total params: 97" in Keras's summary: the Embedding's 20 × 3 table counts, as Keras counts it
        assertEquals("97 parameters", robot.lookup("#paramsLabel").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#numbersFromLabel").queryAs(Label.class).getText().contains("embedding_rnn_dense.keras"));

        // saved, another lesson shown, and opened again: the summary comes back from the lesson file
        Path saved = folder.resolve("words.unroll.json");
        dialogs.pick(saved);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> saved.equals(model.getDocument().file()));
        robot.interact(() -> model.open(Preset.TINY.title(), LessonSource.of(Preset.TINY.spec())));
        waitUntil(() -> model.getDocument().lesson().model() == null);
        assertTrue(summary.getText().contains("simple_rnn (SimpleRNN)") && !summary.getText().contains("embedding"),
                "the tiny lesson's own summary: " + summary.getText());
        dialogs.pick(saved);
        robot.press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
        waitUntil(() -> model.getDocument().lesson().model() != null);
        assertEquals(keras, summary.getText());
    }

    @Test
    void aModelWithoutAnEmbeddingAsksForItsInputs(FxRobot robot) throws Exception {
        waitUntil(() -> model.getTrace() != null);
        dialogs.pick(fixture("sequences_no_bias.keras")).pick(fixture("sequences_no_bias_inputs.npy"));

        robot.interact(() -> WindowTesting.menuItem(robot, "openModelItem").fire());

        waitUntil(() -> model.getDocument().lesson().model() != null);
        assertEquals(2, dialogs.fileDialogs.size(), "the model, then its inputs: " + dialogs.fileDialogs);
        assertTransposed(NpzReader.read(fixture("sequences_no_bias.npz")).get("my_rnn_0"), model.getTrace().lesson().w());
        robot.clickOn("#modelTab");
        assertEquals(Files.readString(fixture("sequences_no_bias_summary.txt"), StandardCharsets.UTF_8).stripTrailing(),
                robot.lookup("#modelSummary").queryAs(Label.class).getText());
    }

    @Test
    void aModelWithTwoDenseLayersOpensCountingBothAsKerasDoes(FxRobot robot) throws Exception {
        waitUntil(() -> model.getTrace() != null);
        dialogs.pick(fixture("functional_chain.keras")).pick(fixture("functional_chain_inputs.npy"));

        robot.interact(() -> WindowTesting.menuItem(robot, "openModelItem").fire());

        waitUntil(() -> model.getDocument().lesson().model() != null);
        Lesson lesson = model.getTrace().lesson();
        assertEquals(1, lesson.denseLayers().size(), "Dense(3) between h_t and the head, Dense(2, softmax)");
        assertEquals(3, lesson.denseLayers().get(0).outputs());
        // "Total params: 55": SimpleRNN 4 × (4 + 3 + 1) = 32, Dense 3 × (4 + 1) = 15, Dense 2 × (3 + 1) = 8
        assertEquals("55 parameters", robot.lookup("#paramsLabel").queryAs(Label.class).getText());

        // the numpy program covers one Dense layer: the Code tab says why there is none, not that a save would help
        robot.clickOn("#codeTab");
        assertTrue(robot.lookup("#codeUnavailable").queryAs(Label.class).getText().startsWith("This lesson has Dense layers"));
    }

    @Test
    void aRefusedModelSaysWhyOnceAndLeavesTheLesson(FxRobot robot) throws Exception {
        waitUntil(() -> model.getTrace() != null);
        LessonSource before = model.getSource();
        String title = title();
        dialogs.pick(fixture("lstm.keras"));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.O).release(KeyCode.SHIFT, KeyCode.CONTROL);

        waitUntil(() -> !dialogs.failures.isEmpty());
        assertEquals(1, dialogs.failures.size(), dialogs.failures.toString());
        String failure = dialogs.failures.get(0);
        assertTrue(failure.startsWith("open lstm.keras: "), failure);
        assertTrue(failure.contains("'lstm' (LSTM)"), failure);
        assertEquals(before, model.getSource());
        assertEquals(title, title());
        assertNull(model.getDocument().lesson().model());
    }

    /** {@code w} is {@code kernel}ᵀ: Keras's kernel (M, N) is the seed's W (N, M) read the other way. */
    private static void assertTransposed(NdArray kernel, DMatrixRMaj w) {
        assertEquals(kernel.cols(), w.numRows);
        assertEquals(kernel.rows(), w.numCols);
        for (int i = 0; i < w.numRows; i++) {
            for (int j = 0; j < w.numCols; j++) {
                assertEquals(kernel.get(j, i), w.get(i, j), 1e-12, "W[" + i + "][" + j + "]");
            }
        }
    }
}
