package dev.unroll.app;

import dev.unroll.diagram.Stage;
import dev.unroll.diagram.ValueFormat;
import dev.unroll.rnn.Dimensions;
import dev.unroll.rnn.Trace;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * The seed's code beside the picture: its pseudocode loop and its numpy loop (typos fixed, and
 * {@code np.stack}, which gives the (T, N) its comment promises), with the line being run highlighted
 * as the lesson steps and the loop's variables named.
 */
final class CodePanel {

    /** The seed's pseudocode, line by line. */
    private enum PseudoLine {
        INITIAL_STATE("state_t = 0"),
        LOOP("for input_t in input_sequence:"),
        STEP("    output_t = f(input_t, state_t)"),
        CARRY("    state_t = output_t");

        private final String text;

        PseudoLine(String text) {
            this.text = text;
        }
    }

    /**
     * The numpy loop, line by line, each with its text for the lesson's sizes and the pseudocode line
     * it runs (none for the set-up lines the pseudocode leaves out, which are never the running line).
     */
    private enum NumpyLine {
        IMPORT(null, "import numpy as np"),
        SIZES(null, d -> "timesteps, input_features, output_features = " + d.timesteps() + ", " + d.inputFeatures()
                + ", " + d.units()),
        INPUTS(null, "inputs = np.random.random((timesteps, input_features))"),
        INITIAL_STATE(PseudoLine.INITIAL_STATE, "state_t = np.zeros((output_features,))"),
        W(null, "W = np.random.random((output_features, input_features))"),
        U(null, "U = np.random.random((output_features, output_features))"),
        B(null, "b = np.random.random((output_features,))"),
        OUTPUTS(null, "successive_outputs = []"),
        LOOP(PseudoLine.LOOP, "for input_t in inputs:"),
        STEP(PseudoLine.STEP, "    output_t = np.tanh(np.dot(W, input_t) + np.dot(U, state_t) + b)"),
        APPEND(null, "    successive_outputs.append(output_t)"),
        CARRY(PseudoLine.CARRY, "    state_t = output_t"),
        // once the loop is done the pseudocode has nothing after its last line, which stays lit
        STACK(PseudoLine.CARRY, d -> "final_output_sequence = np.stack(successive_outputs, axis=0)  # (" + d.timesteps()
                + ", " + d.units() + ")");

        private final PseudoLine pseudo;
        private final Function<Dimensions, String> text;

        NumpyLine(PseudoLine pseudo, String text) {
            this(pseudo, d -> text);
        }

        NumpyLine(PseudoLine pseudo, Function<Dimensions, String> text) {
            this.pseudo = pseudo;
            this.text = text;
        }
    }

    private final DiagramViewState state;
    private final ObservableValue<Trace> trace;
    private final Map<PseudoLine, Label> pseudo = new EnumMap<>(PseudoLine.class);
    private final Map<NumpyLine, Label> numpy = new EnumMap<>(NumpyLine.class);
    private final VBox numpyBox = new VBox();
    private final Label variables = new Label();
    private final ScrollPane root;
    /** The line last lit and the pass it was lit in, so the animation's every frame restyles only on a change. */
    private NumpyLine shownLine;
    private int shownStep = -1;

    CodePanel(DiagramViewState state, ObservableValue<Trace> trace) {
        this.state = state;
        this.trace = trace;
        VBox pseudoBox = new VBox();
        for (PseudoLine line : PseudoLine.values()) {
            Label l = codeLine(line.text);
            l.setId("pseudoLine" + line.ordinal());
            pseudo.put(line, l);
            pseudoBox.getChildren().add(l);
        }
        variables.setId("codeVariables");
        variables.setWrapText(true);
        Label note = new Label("np.concatenate(successive_outputs, axis=0) would give one flat (T\u00B7N,) vector; "
                + "np.stack gives the (T, N) table of states.");
        note.setWrapText(true);
        note.getStyleClass().add("note");
        VBox content = new VBox(10, heading("The seed's pseudocode (listing 6.19)"), pseudoBox,
                heading("The seed's numpy loop, corrected"), numpyBox, variables, note);
        content.setPadding(new Insets(12));
        root = new ScrollPane(content);
        // code is not wrapped: a long line scrolls sideways rather than being cut off
        root.setFitToWidth(false);
        content.setPrefWidth(560);
        state.tProperty().addListener((obs, old, now) -> highlight());
        state.phaseProperty().addListener((obs, old, now) -> highlight());
        // the panel follows the lesson on its own, whatever else changes with it and in whichever order
        trace.addListener((obs, old, now) -> refresh());
        refresh();
    }

    Parent root() {
        return root;
    }

    /** Writes the numpy loop with the lesson's sizes. */
    private void refresh() {
        Trace current = trace.getValue();
        Dimensions d = current == null ? new Dimensions(100, 32, 64, 0) : current.lesson().dimensions();
        numpy.clear();
        numpyBox.getChildren().clear();
        shownLine = null;
        for (NumpyLine line : NumpyLine.values()) {
            Label l = codeLine(line.text.apply(d));
            l.setId("numpyLine" + line.ordinal());
            numpy.put(line, l);
            numpyBox.getChildren().add(l);
        }
        highlight();
    }

    /**
     * The numpy line being run at the current point of the lesson: the zeroed state before the first
     * pass; within a pass the loop's head while x_t comes in, then the step; the carried state once the
     * pass is done; and the stacking of the outputs after the last pass.
     */
    private NumpyLine running() {
        int t = state.tProperty().get();
        double phase = state.phaseProperty().get();
        if (t == 0) {
            return NumpyLine.INITIAL_STATE;
        }
        if (phase >= 1) {
            return t == state.timestepsProperty().get() ? NumpyLine.STACK : NumpyLine.CARRY;
        }
        Stage stage = Stage.at(phase, state.headProperty().get()).stage();
        return stage == Stage.INPUT ? NumpyLine.LOOP : NumpyLine.STEP;
    }

    private void highlight() {
        NumpyLine line = running();
        if (line == shownLine && state.tProperty().get() == shownStep) {
            return;
        }
        shownLine = line;
        shownStep = state.tProperty().get();
        numpy.forEach((each, label) -> markRunning(label, each == line));
        pseudo.forEach((each, label) -> markRunning(label, each == line.pseudo));
        int t = state.tProperty().get();
        variables.setText(t == 0 ? "state_t = h\u2080 = 0 (zeros), before the loop"
                : "loop pass " + t + ": input_t = x" + ValueFormat.subscript(t) + " = inputs[" + (t - 1) + "], state_t = h"
                + ValueFormat.subscript(t - 1) + " on the way in, output_t = h" + ValueFormat.subscript(t));
    }

    private static void markRunning(Label label, boolean running) {
        label.getStyleClass().remove("running");
        if (running) {
            label.getStyleClass().add("running");
        }
    }

    private static Label codeLine(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("code-line");
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("panel-title");
        return l;
    }
}
