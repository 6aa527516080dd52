package dev.unroll.app;

import static dev.unroll.app.WindowTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.diagram.ColourScales;
import dev.unroll.diagram.DiagramLayout;
import dev.unroll.diagram.DiagramPainter;
import dev.unroll.diagram.Drawing;
import dev.unroll.diagram.Element;
import dev.unroll.diagram.Part;
import dev.unroll.diagram.PartKind;
import dev.unroll.diagram.Theme;
import dev.unroll.diagram.ValueFormat;
import dev.unroll.io.LessonFile;
import dev.unroll.io.LessonFiles;
import dev.unroll.io.LessonSource;
import dev.unroll.lesson.QuizQuestion;
import dev.unroll.lesson.QuizQuestions;
import dev.unroll.rnn.Preset;
import dev.unroll.rnn.Trace;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Notes typed in the Notes tab, the caption under the diagram, and the quiz that hides h_t until the next step on. */
@ExtendWith(ApplicationExtension.class)
class NarrationWindowTest {

    @RegisterExtension
    final TinyLessonWindow tiny = new TinyLessonWindow();
    private MainWindow window;
    private LessonViewModel model;
    private ScriptedDialogs dialogs;

    @TempDir
    Path folder;

    @BeforeEach
    void findWindow() {
        window = tiny.window();
        model = tiny.model();
        dialogs = tiny.dialogs();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextArea.class).getText();
    }

    private static Label label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class);
    }

    @Test
    void notesTypedInTheNotesTabSurviveSaveAndOpen(FxRobot robot) throws Exception {
        waitUntil(() -> model.getTrace() != null);
        robot.clickOn("#notesTab");
        robot.clickOn("#lessonNoteArea").write("Watch h carry memory.");
        robot.interact(() -> window.diagramState().setT(2));
        robot.clickOn("#stepNoteArea").write("Which unit is largest?");
        assertTrue(window.files().unsavedProperty().get(), "a typed note marks the lesson unsaved");
        Path saved = folder.resolve("noted.unroll.json");
        dialogs.pick(saved);
        robot.clickOn("#diagram");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> Files.exists(saved) && !window.files().unsavedProperty().get());
        LessonFile written = LessonFiles.read(saved);
        assertEquals("Watch h carry memory.", written.notes());
        assertEquals("Which unit is largest?", written.stepNote(2));

        robot.interact(() -> model.open(Preset.SEED_NUMPY.title(), LessonSource.of(Preset.SEED_NUMPY.spec())));
        waitUntil(() -> model.getTrace().timesteps() == 100);
        assertEquals("", text(robot, "#lessonNoteArea"));
        dialogs.pick(saved);
        robot.press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
        waitUntil(() -> model.getTrace().timesteps() == 5);
        robot.interact(() -> window.diagramState().setT(2));
        assertEquals("Watch h carry memory.", text(robot, "#lessonNoteArea"));
        assertEquals("Which unit is largest?", text(robot, "#stepNoteArea"));
        assertEquals("Which unit is largest?", label(robot, "#noteCaption").getText());
    }

    @Test
    void aBurstOfTypingIsOneStepToUndo(FxRobot robot) throws Exception {
        waitUntil(() -> model.getTrace() != null);
        robot.clickOn("#notesTab");
        robot.interact(() -> window.diagramState().setT(3));
        robot.clickOn("#stepNoteArea").write("Ask first.");
        robot.clickOn("#diagram");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> model.getDocument().lesson().stepNote(3).isEmpty());
        assertEquals("", text(robot, "#stepNoteArea"));
        assertFalse(window.files().unsavedProperty().get(), "the whole burst is undone in one step");
    }

    @Test
    void captionShowsTheStepsNoteAndFollowsT(FxRobot robot) throws Exception {
        waitUntil(() -> model.getTrace() != null);
        Label caption = label(robot, "#noteCaption");
        assertFalse(caption.isVisible(), "no note, no caption");
        robot.interact(() -> {
            model.annotate(f -> f.withNotes("The whole lesson.").withStepNote(1, "First step.").withStepNote(4, "Fourth step."));
            window.diagramState().setT(1);
        });
        assertEquals("First step.", caption.getText());
        assertTrue(caption.isVisible());
        robot.clickOn("#diagram").type(KeyCode.RIGHT);
        assertEquals("The whole lesson.", caption.getText(), "a step without a note shows the lesson's");
        robot.interact(() -> window.diagramState().setT(4));
        assertEquals("Fourth step.", caption.getText());
        javafx.geometry.Bounds captionBounds = caption.localToScene(caption.getBoundsInLocal());
        javafx.scene.Node diagram = robot.lookup("#diagram").query();
        javafx.geometry.Bounds diagramBounds = diagram.localToScene(diagram.getBoundsInLocal());
        assertTrue(captionBounds.getMinY() >= diagramBounds.getMaxY() - 0.5, "the caption lies under the diagram, not over it");
    }

    /** The drawing the diagram shows now, and the group of h at step t in it. */
    private Element.Group stateGroup(int t) {
        Trace trace = model.getTrace();
        var options = window.diagramState().options();
        Drawing d = DiagramPainter.paint(DiagramLayout.of(trace.lesson().dimensions(), options), trace, ColourScales.of(trace),
                Theme.LIGHT);
        Part h = new Part(false, PartKind.H, t);
        return d.elements().stream().filter(e -> e instanceof Element.Group g && g.part().equals(h))
                .map(e -> (Element.Group) e).findFirst().orElseThrow();
    }

    @Test
    void quizHidesHtAsksAboutItAndTheNextStepOnRevealsTheTracesValues(FxRobot robot) throws Exception {
        waitUntil(() -> model.getTrace() != null);
        robot.clickOn("#diagram").type(KeyCode.Q).type(KeyCode.HOME).type(KeyCode.RIGHT);
        DiagramViewState state = window.diagramState();
        assertTrue(state.quizProperty().get());
        assertEquals(1, state.tProperty().get());
        assertTrue(state.stateHidden(), "stopped before h_1 is shown");
        Trace trace = model.getTrace();
        String hidden = stateGroup(1).title();
        assertTrue(hidden.contains("being computed"), hidden);
        QuizQuestion question = QuizQuestions.forStep(trace, 1);
        Label asked = label(robot, "#quizQuestion");
        assertTrue(asked.isVisible() && asked.getText().contains(question.prompt()), asked.getText());
        assertEquals("\u2192 step on to see h\u2081", label(robot, "#quizAnswer").getText(), "no answer while h_1 is hidden");

        robot.type(KeyCode.RIGHT);
        assertEquals(1, state.tProperty().get());
        assertFalse(state.stateHidden());
        String shown = stateGroup(1).title();
        assertTrue(shown.contains("[" + ValueFormat.join(trace.state(1), 16) + "]"), shown);
        Label answer = label(robot, "#quizAnswer");
        assertTrue(answer.isVisible());
        assertTrue(answer.getText().startsWith("\u2713"), answer.getText());
        assertTrue(answer.getText().endsWith(ValueFormat.threeDigits(trace.state(1)[question.unit()])), answer.getText());

        robot.type(KeyCode.RIGHT);
        assertEquals(2, state.tProperty().get());
        assertTrue(state.stateHidden(), "the next step stops at its own question");
    }

    @Test
    void playingWaitsAtEachQuestion(FxRobot robot) throws Exception {
        waitUntil(() -> model.getTrace() != null);
        DiagramViewState state = window.diagramState();
        StepPlayer player = window.player();
        robot.interact(() -> {
            player.disableTimer();
            state.setQuiz(true);
            state.toStart();
            player.play();
            for (int frame = 0; frame < 200; frame++) {
                player.tick(0.05);
            }
        });
        assertFalse(player.playingProperty().get(), "playing stops for the class");
        assertEquals(1, state.tProperty().get());
        assertEquals(state.questionPhase(), state.phaseProperty().get(), 1e-12);
        robot.interact(() -> {
            player.play();
            player.tick(0.05);
        });
        assertTrue(player.playingProperty().get(), "playing on from the question reveals h_1");
    }
}
