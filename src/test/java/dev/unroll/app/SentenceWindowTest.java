package dev.unroll.app;

import static dev.unroll.app.WindowTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.cli.UnrollCommand;
import dev.unroll.diagram.Box;
import dev.unroll.diagram.DiagramLayout;
import dev.unroll.diagram.Part;
import dev.unroll.diagram.PartKind;
import dev.unroll.diagram.TokenWords;
import dev.unroll.diagram.ValueFormat;
import dev.unroll.i18n.Text;
import dev.unroll.io.LessonFile;
import dev.unroll.io.LessonFiles;
import dev.unroll.rnn.Preset;
import dev.unroll.text.Vocabulary;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.geometry.VerticalDirection;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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
 * The sentence over the diagram, used as a user would on the sentiment preset: typed words and Enter
 * run the lesson on their token ids off the JavaFX thread, the diagram names the new words, Ctrl+Z
 * brings the previous sentence back, and a sentence with no word is refused in the status bar.
 */
@ExtendWith(ApplicationExtension.class)
class SentenceWindowTest {

    private final ExecutorService executor = WindowTesting.computeThread();
    private LessonViewModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        model = new LessonViewModel(Preset.SENTIMENT.spec(), executor);
        window = WindowTesting.show(stage, model, executor, new ScriptedDialogs());
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private int[] tokens() {
        return model.getTrace().lesson().embedding().tokens();
    }

    private List<String> diagramWords(FxRobot robot) {
        DiagramLayout layout = robot.lookup("#diagram").queryAs(DiagramView.class).layoutProperty().get();
        TokenWords words = layout.tokenWords();
        return words == null ? List.of() : words.words();
    }

    private static void typeSentence(FxRobot robot, String sentence) {
        robot.clickOn("#sentenceField");
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(sentence);
        robot.type(KeyCode.ENTER);
    }

    @Test
    void clickingAWordShowsTheEmbeddingTableWithTheLookedUpRowOutlinedAndItsValuesListed(FxRobot robot) throws Exception {
        waitUntil(() -> model.getTrace() != null && !model.busyProperty().get());
        DiagramView diagram = robot.lookup("#diagram").queryAs(DiagramView.class);
        // the first word of the chain drawn whole on the canvas
        Box word = null;
        int t = 0;
        for (int step = 1; step <= tokens().length && word == null; step++) {
            Box box = diagram.canvasWordBoxOf(new Part(false, PartKind.X, step)).orElse(null);
            if (box != null && box.x() >= 0 && box.right() <= diagram.getWidth() && box.bottom() <= diagram.getHeight()) {
                word = box;
                t = step;
            }
        }
        assertTrue(word != null, "a word in view");
        robot.clickOn(WindowTesting.onScreen(diagram, word.centerX(), word.centerY()));
        WaitForAsyncUtils.waitForFxEvents();

        int id = tokens()[t - 1];
        MatrixView table = robot.lookup("#inspectorEmbedding").queryAs(MatrixView.class);
        assertEquals(id, table.markedRow(), "the row x_" + t + " was looked up in");
        assertTrue(table.firstRow() <= id && id < table.firstRow() + table.shownRows(), "the row is in view");
        assertEquals(MatrixView.MAX_SHOWN_ROWS, table.shownRows(), "10,000 rows are seen through a window of rows");
        assertTrue(robot.lookup("#inspectorEmbeddingCaption").queryAs(Label.class).getText()
                .startsWith("The Embedding E (10000, 32): row " + id + ", outlined, is x"));
        var e = model.getTrace().lesson().embedding().table();
        for (int i = 0; i < 3; i++) {
            assertEquals(ValueFormat.sixDigits(e.get(id, i)), robot.lookup("#inspectorValue" + i).queryAs(Label.class).getText(),
                    "E[" + id + ", " + i + "]");
        }

        int before = table.firstRow();
        // a wheel turned towards the reader, deltaY < 0, moves on through the rows; under Monocle TestFX names that UP
        robot.moveTo(table).scroll(4, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(table.firstRow() > before, "the wheel moves down the table: " + before + " → " + table.firstRow());
        assertEquals(id, table.markedRow());
    }

    @Test
    void aTypedSentenceRunsTheLessonOnItsTokensOffTheFxThreadAndUndoBringsThePreviousOneBack(FxRobot robot) throws Exception {
        waitUntil(() -> model.getTrace() != null && !model.busyProperty().get());
        int[] review = tokens();
        TextField field = robot.lookup("#sentenceField").queryAs(TextField.class);
        assertTrue(field.isVisible());
        assertEquals(Preset.REVIEW, field.getText(), "the preset's ids said as words, after <start>");
        assertEquals("great", diagramWords(robot).get(4));
        WaitForAsyncUtils.asyncFx(() -> window.diagramState().select(new Part(false, PartKind.X, 5), -1)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("'great', token id 83: x\u2085 = E[83], row 83 of the Embedding E (10000, 32).",
                robot.lookup("#inspectorToken").queryAs(Label.class).getText());

        // the compute thread is held, so the new lesson can only be computed once the test lets it
        CountDownLatch hold = WindowTesting.hold(executor);
        typeSentence(robot, "This film was boring!");
        assertTrue(WaitForAsyncUtils.asyncFx(() -> model.busyProperty().get()).get(2, TimeUnit.SECONDS),
                "the FX thread answers while the lesson is computed");
        assertArrayEquals(review, tokens(), "the lesson on screen stays until the new one is ready");
        hold.countDown();

        int[] expected = Vocabulary.english().encode("this film was boring", 10_000);
        waitUntil(() -> !model.busyProperty().get() && tokens().length == expected.length);
        assertArrayEquals(expected, tokens());
        waitUntil(() -> diagramWords(robot).size() == expected.length);
        assertEquals(List.of("<start>", "this", Vocabulary.english().word(expected[2]), "was", Vocabulary.english().word(expected[4])),
                diagramWords(robot));
        assertEquals("This film was boring!", field.getText(), "the field keeps the sentence as it was typed");
        assertEquals("Undo timesteps 20 \u2192 5, words", WindowTesting.menuItem(robot, "undoItem").getText());

        robot.clickOn("#diagram");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> !model.busyProperty().get() && tokens().length == review.length);
        assertArrayEquals(review, tokens());
        waitUntil(() -> field.getText().equals(Preset.REVIEW));
        assertEquals("great", diagramWords(robot).get(4));
    }

    @Test
    void aSentenceWithNoWordIsRefusedInTheStatusBarAndTheLessonStays(FxRobot robot) throws Exception {
        waitUntil(() -> model.getTrace() != null && !model.busyProperty().get());
        int[] review = tokens();

        typeSentence(robot, "123 ?!");
        waitUntil(() -> robot.lookup("#statusNotice").queryAs(Label.class).getText().equals(Text.get("sentence.noWords")));
        assertFalse(model.busyProperty().get());
        assertArrayEquals(review, tokens());
    }

    @Test
    void theSentimentPresetOpensAsTheSeedsLastPictureWithOnlyHTFeedingTheDenseLayer(FxRobot robot) throws Exception {
        waitUntil(() -> model.getTrace() != null && !model.busyProperty().get());
        WaitForAsyncUtils.asyncFx(() -> model.open("tiny", dev.unroll.io.LessonSource.of(Preset.TINY.spec()))).get();
        waitUntil(() -> model.getTrace().lesson().embedding() == null);
        assertTrue(window.diagramState().returnSequencesProperty().get());

        WaitForAsyncUtils.asyncFx(() -> window.files().openPreset(Preset.SENTIMENT)).get();
        waitUntil(() -> model.getTrace().lesson().embedding() != null && !model.busyProperty().get());
        assertFalse(window.diagramState().returnSequencesProperty().get());
        DiagramLayout layout = robot.lookup("#diagram").queryAs(DiagramView.class).layoutProperty().get();
        assertEquals(List.of(20), layout.nodes().stream().filter(n -> !n.part().folded() && n.part().kind() == PartKind.O)
                .map(n -> n.part().t()).toList(), "one o_T at the end");
    }

    @Test
    void theSentenceIsHiddenForALessonWithoutAnEmbedding(FxRobot robot) throws Exception {
        waitUntil(() -> model.getTrace() != null && !model.busyProperty().get());
        WaitForAsyncUtils.asyncFx(() -> model.open("tiny", dev.unroll.io.LessonSource.of(Preset.TINY.spec()))).get();
        waitUntil(() -> model.getTrace().lesson().embedding() == null);
        assertFalse(robot.lookup("#sentenceBar").query().isVisible());
        assertEquals(List.of(), diagramWords(robot));
    }

    @Test
    void aLessonSavedFromKoreanWordsOpensNamingItsIdsInKorean(FxRobot robot, @TempDir Path dir) throws Exception {
        waitUntil(() -> model.getTrace() != null && !model.busyProperty().get());
        Path saved = dir.resolve("review.unroll.json");
        // 상태 (state) and 유닛 (unit), the seed's own words, looked up in the Korean vocabulary
        String sentence = "\uC0C1\uD0DC \uC720\uB2DB";
        assertEquals(0, UnrollCommand.run(new java.io.StringWriter(), new java.io.PrintWriter(new java.io.StringWriter()),
                "lesson", "--preset", "sentiment", "--vocabulary", "korean", "--text", sentence, "--save", saved.toString()));
        LessonFile file = LessonFiles.read(saved);
        WaitForAsyncUtils.asyncFx(() -> model.open(file, saved)).get();
        waitUntil(() -> model.getTrace().timesteps() == 3 && !model.busyProperty().get());

        assertEquals(List.of("<start>", "\uC0C1\uD0DC", "\uC720\uB2DB"), diagramWords(robot).subList(0, 3));
        assertEquals(sentence, robot.lookup("#sentenceField").queryAs(TextField.class).getText());
    }
}
