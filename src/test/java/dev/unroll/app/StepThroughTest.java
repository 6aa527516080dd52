package dev.unroll.app;

import static dev.unroll.app.WindowTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.diagram.Highlight;
import dev.unroll.diagram.Notation;
import dev.unroll.diagram.Part;
import dev.unroll.diagram.PartKind;
import dev.unroll.diagram.ValueFormat;
import dev.unroll.diagram.ViewKind;
import dev.unroll.rnn.Fixtures;
import dev.unroll.rnn.Preset;
import dev.unroll.rnn.Trace;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A class following the lesson: stepping, playing, inspecting, the glossary, all from the keyboard. */
@ExtendWith(ApplicationExtension.class)
class StepThroughTest {

    private static final Trace TINY = Trace.run(Preset.TINY.spec().build());

    private final ExecutorService executor = WindowTesting.computeThread();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(new LessonViewModel(Preset.TINY.spec(), executor), executor);
        window.player().disableTimer();
        stage.setScene(UnrollApp.createScene(window));
        stage.show();
    }

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    private DiagramViewState state() {
        return window.diagramState();
    }

    private void ready(FxRobot robot) throws Exception {
        waitUntil(() -> state().timestepsProperty().get() == 5);
        robot.clickOn("#diagram");
    }

    @Test
    void pressingRightThreeTimesShowsStepThreeAndTheInspectorShowsTheEnginesH3(FxRobot robot) throws Exception {
        ready(robot);
        robot.type(KeyCode.HOME);
        robot.type(KeyCode.RIGHT, 3);

        assertEquals(3, state().tProperty().get());
        assertEquals(1.0, state().phaseProperty().get());
        assertEquals("t = 3 / 5", robot.lookup("#timestepLabel").queryAs(Label.class).getText());

        robot.type(KeyCode.ENTER);

        assertEquals(new Part(false, PartKind.H, 3), state().selectedProperty().get());
        double[] h3 = TINY.state(3);
        for (int i = 0; i < h3.length; i++) {
            Label value = robot.lookup("#inspectorValue" + i).queryAs(Label.class);
            assertEquals(ValueFormat.sixDigits(h3[i]), value.getText());
        }
    }

    @Test
    void steppingBackToStepTwoHidesTheLaterStepsInTheHeatmapAndTheNormSparkline(FxRobot robot) throws Exception {
        ready(robot);
        robot.type(KeyCode.END);
        robot.interact(() -> robot.lookup("#centreTabs").queryAs(TabPane.class).getSelectionModel().select(1));
        robot.clickOn("#heatmap");
        robot.type(KeyCode.LEFT, 3);

        assertEquals(2, state().tProperty().get());
        HeatmapView heatmap = robot.lookup("#heatmap").queryAs(HeatmapView.class);
        assertEquals(List.of(1, 2), heatmap.revealedColumns());
        assertEquals(2, heatmap.cursorStep());
        assertEquals(2, robot.lookup("#normSparkline").queryAs(NormSparkline.class).lastDrawnStep());
    }

    @Test
    void upAndDownOnTheDiagramWalkThroughEveryPartIntoTheInspector(FxRobot robot) throws Exception {
        ready(robot);
        robot.interact(() -> {
            state().setT(3);
            state().select(null, -1);
        });
        // the walk goes through the folded cell first, then the chain step by step, and in each
        // place in reading order, x, the bias b and the sum a beside h, h, the bias c beside o, o,
        // before the edges into h (input, loop) and out of it
        Fixtures.Case numpy = Fixtures.load("tiny_seed0.txt");
        robot.type(KeyCode.DOWN);
        assertEquals(new Part(true, PartKind.X, 3), state().selectedProperty().get());
        robot.type(KeyCode.DOWN);
        assertEquals(new Part(true, PartKind.B, 3), state().selectedProperty().get());
        // the tiny lesson is initialised as Keras does, with b = 0
        assertEquals(0.0, inspectorValue(robot, 0));
        assertEquals(0.0, inspectorValue(robot, 3));
        robot.type(KeyCode.DOWN);
        assertEquals(new Part(true, PartKind.A, 3), state().selectedProperty().get());
        // numpy's a_3 = (0.9011…, 1.9997…, 0.6476…, 0.1414…), written to six significant digits
        assertEquals(numpy.step("a", 3)[0], inspectorValue(robot, 0), 5e-6);
        assertEquals(numpy.step("a", 3)[1], inspectorValue(robot, 1), 5e-6);
        robot.type(KeyCode.DOWN);
        assertEquals(new Part(true, PartKind.H, 3), state().selectedProperty().get());
        robot.type(KeyCode.DOWN);
        assertEquals(new Part(true, PartKind.C, 3), state().selectedProperty().get());
        robot.type(KeyCode.DOWN);
        assertEquals(new Part(true, PartKind.O, 3), state().selectedProperty().get());
        robot.type(KeyCode.UP);
        assertEquals(new Part(true, PartKind.C, 3), state().selectedProperty().get());
        for (int i = 0; i < 4; i++) {
            robot.type(KeyCode.UP);
        }
        assertEquals(new Part(true, PartKind.X, 3), state().selectedProperty().get());
        robot.type(KeyCode.UP);
        assertEquals(new Part(false, PartKind.EDGE_OUTPUT, 5), state().selectedProperty().get(),
                "↑ from the first part wraps round to the last step's output edge");
        robot.type(KeyCode.DOWN);
        assertEquals(new Part(true, PartKind.X, 3), state().selectedProperty().get(), "and ↓ wraps back");

        Set<PartKind> kinds = EnumSet.noneOf(PartKind.class);
        for (int i = 0; i < 40; i++) {
            robot.type(KeyCode.DOWN);
            kinds.add(state().selectedProperty().get().kind());
        }
        // every kind of part but y, which the tiny lesson's linear head does not have
        assertEquals(EnumSet.complementOf(EnumSet.of(PartKind.Y)), kinds);
        assertTrue(robot.lookup("#inspectorTitle").queryAs(Label.class).getText().length() > 3);
    }

    @Test
    void spacePlaysToTheEndOnTheTestsClock(FxRobot robot) throws Exception {
        ready(robot);
        robot.type(KeyCode.HOME);
        robot.type(KeyCode.SPACE);
        assertTrue(window.player().playingProperty().get());

        // one second at 1× is 0.4 of a step: step 1, two of its five stages done
        robot.interact(() -> window.player().tick(1.0));
        assertEquals(1, state().tProperty().get());
        assertEquals(0.4, state().phaseProperty().get(), 1e-9);
        assertTrue(robot.lookup("#stageLabel").queryAs(Label.class).getText().startsWith("a\u2081 ="));

        for (int i = 0; i < 20; i++) {
            robot.interact(() -> window.player().tick(1.0));
        }
        assertEquals(5, state().tProperty().get());
        assertEquals(1.0, state().phaseProperty().get());
        assertFalse(window.player().playingProperty().get());
    }

    @Test
    void shiftArrowsMoveOneStageOfTheStep(FxRobot robot) throws Exception {
        ready(robot);
        robot.type(KeyCode.HOME);
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        // the first stage, halfway: x₁ on its way up the input arrow
        assertEquals(1, state().tProperty().get());
        assertEquals(0.1, state().phaseProperty().get(), 1e-9);
        assertTrue(robot.lookup("#stageLabel").queryAs(Label.class).getText().startsWith("x\u2081 in"));
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        assertEquals(0.3, state().phaseProperty().get(), 1e-9);
        robot.press(KeyCode.SHIFT).type(KeyCode.LEFT).release(KeyCode.SHIFT);
        assertEquals(0.1, state().phaseProperty().get(), 1e-9);
    }

    @Test
    void theBarUnderTheDiagramNamesTheStepAndEachStageOfItInTurn(FxRobot robot) throws Exception {
        ready(robot);
        robot.type(KeyCode.HOME);
        Label position = robot.lookup("#timestepLabel").queryAs(Label.class);
        Label stage = robot.lookup("#stageLabel").queryAs(Label.class);
        assertEquals("t = 0 / 5 | h\u2080 = 0, before the first step", position.getText() + " | " + stage.getText());

        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
            seen.add(position.getText() + " | " + stage.getText());
        }
        assertEquals(List.of(
                "t = 1 / 5 | x\u2081 in: W\u00B7x\u2081 forming",
                "t = 1 / 5 | h\u2080 round the loop: U\u00B7h\u2080",
                "t = 1 / 5 | a\u2081 = W\u00B7x + U\u00B7h + b",
                "t = 1 / 5 | h\u2081 = act(a\u2081) filling",
                "t = 1 / 5 | o\u2081 = V\u00B7h\u2081 + c",
                "t = 1 / 5 | step 1 done",
                "t = 2 / 5 | x\u2082 in: W\u00B7x\u2082 forming"), seen);

        robot.type(KeyCode.N);
        assertEquals("x\u2082 in: U\u00B7x\u2082 forming", stage.getText(), "Goodfellow's letters call the input matrix U");
    }

    @Test
    void everyViewSettingHasAKey(FxRobot robot) throws Exception {
        ready(robot);
        robot.type(KeyCode.F);
        assertEquals(ViewKind.FOLDED, state().viewProperty().get());
        robot.type(KeyCode.U);
        assertEquals(ViewKind.UNROLLED, state().viewProperty().get());
        robot.type(KeyCode.B);
        assertEquals(ViewKind.BOTH, state().viewProperty().get());
        robot.type(KeyCode.O);
        assertFalse(state().headProperty().get());
        robot.type(KeyCode.O);
        assertTrue(state().headProperty().get());
        robot.type(KeyCode.N);
        assertEquals(Notation.GOODFELLOW, state().notationProperty().get());
        robot.type(KeyCode.END);
        assertEquals(5, state().tProperty().get());
    }

    @Test
    void tabReachesEveryControlWithoutAMouse(FxRobot robot) throws Exception {
        ready(robot);
        Set<String> reached = new LinkedHashSet<>();
        for (int i = 0; i < 40; i++) {
            robot.type(KeyCode.TAB);
            Node focus = robot.targetWindow().getScene().getFocusOwner();
            for (Node n = focus; n != null; n = n.getParent()) {
                if (n.getId() != null) {
                    reached.add(n.getId());
                    break;
                }
            }
        }
        for (String id : new String[] {"presetBox", "viewBoth", "headSwitch", "notationBox", "shapesBox", "diagram",
            "playButton", "stepForwardButton", "speedBox"}) {
            assertTrue(reached.contains(id), id + " is not reached by Tab: " + reached);
        }
        // the reduced-motion box steps aside when the playback bar is narrow (the View menu has it too)
        boolean calmShown = robot.lookup("#reducedMotionBox").query().isVisible();
        assertEquals(calmShown, reached.contains("reducedMotionBox"), "reached: " + reached);
    }

    @Test
    void hoveringAGlossaryTermPointsAtWhatItNames(FxRobot robot) throws Exception {
        ready(robot);
        robot.clickOn("#glossaryTab");
        robot.moveTo("#term-units");
        assertEquals(Highlight.STATE_SIZE, state().highlightProperty().get());
        assertEquals(Highlight.STATE_SIZE, robot.lookup("#diagram").queryAs(DiagramView.class).layoutProperty().get()
                .options().interaction().highlight());
        robot.moveTo("#term-state_t");
        assertEquals(Highlight.STATE_VECTOR, state().highlightProperty().get());
        robot.moveTo("#diagram");
        assertEquals(Highlight.NONE, state().highlightProperty().get());
    }

    @Test
    void theEquationOfAUnitShowsItsTermsSumAndActivationWithNumpysNumbers(FxRobot robot) throws Exception {
        ready(robot);
        robot.interact(() -> {
            state().setT(3);
            state().setUnit(1);
        });
        robot.clickOn("#equationTab");
        // numpy's run of the tiny preset (tiny_seed0.txt) has a_3[1] = 1.9997149334309259 and
        // h_3[1] = 0.9640074343518321
        Fixtures.Case numpy = Fixtures.load("tiny_seed0.txt");
        assertEquals(1.9997149334309259, numpy.step("a", 3)[1]);
        assertEquals(0.9640074343518321, numpy.step("h", 3)[1]);
        assertEquals("= tanh(2.00) = 0.964", textOf(robot.lookup("#equationResult").query()));

        // W's row 1 is (0.5539…, 0.2590…, −0.1580…) and x_3 is (0.9500…, −0.1513…, −0.1032…):
        // the products are 0.5263, −0.0392 and 0.0163, summing to 0.503
        robot.clickOn("#inputSumLink");
        assertEquals("W[1,0]\u00B7x3[0] = 0.554 \u00D7 0.950 = 0.526"
                + "W[1,1]\u00B7x3[1] = 0.259 \u00D7 \u22120.151 = \u22120.0392"
                + "W[1,2]\u00B7x3[2] = \u22120.158 \u00D7 \u22120.103 = 0.0163"
                + "sum = 0.503sum = 0.503", textOf(robot.lookup("#equationTerms").query()));
    }

    /** The Inspector's value in row i, read back as a number. */
    private static double inspectorValue(FxRobot robot, int i) {
        String text = robot.lookup("#inspectorValue" + i).queryAs(Label.class).getText();
        return Double.parseDouble(text.replace('\u2212', '-'));
    }

    private static String textOf(Node node) {
        StringBuilder s = new StringBuilder();
        if (node instanceof javafx.scene.text.Text t) {
            s.append(t.getText());
        } else if (node instanceof javafx.scene.control.Labeled l) {
            s.append(l.getText());
        }
        if (node instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> s.append(textOf(c)));
        }
        return s.toString();
    }

}
