package dev.unroll.app;

import dev.unroll.diagram.Stage;
import dev.unroll.diagram.ValueFormat;
import dev.unroll.rnn.Dimensions;
import dev.unroll.rnn.Trace;
import java.util.ArrayList;
import java.util.List;
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

    private static final String[] PSEUDOCODE = {
        "state_t = 0",
        "for input_t in input_sequence:",
        "    output_t = f(input_t, state_t)",
        "    state_t = output_t",
    };

    private final DiagramViewState state;
    private final ObservableValue<Trace> trace;
    private final List<Label> pseudo = new ArrayList<>();
    private final List<Label> numpy = new ArrayList<>();
    private final VBox numpyBox = new VBox();
    private final Label variables = new Label();
    private final ScrollPane root;

    CodePanel(DiagramViewState state, ObservableValue<Trace> trace) {
        this.state = state;
        this.trace = trace;
        VBox pseudoBox = new VBox();
        for (String line : PSEUDOCODE) {
            Label l = codeLine(line);
            pseudo.add(l);
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
        String[] lines = {
            "import numpy as np",
            "timesteps, input_features, output_features = " + d.timesteps() + ", " + d.inputFeatures() + ", " + d.units(),
            "inputs = np.random.random((timesteps, input_features))",
            "state_t = np.zeros((output_features,))",
            "W = np.random.random((output_features, input_features))",
            "U = np.random.random((output_features, output_features))",
            "b = np.random.random((output_features,))",
            "successive_outputs = []",
            "for input_t in inputs:",
            "    output_t = np.tanh(np.dot(W, input_t) + np.dot(U, state_t) + b)",
            "    successive_outputs.append(output_t)",
            "    state_t = output_t",
            "final_output_sequence = np.stack(successive_outputs, axis=0)  # (" + d.timesteps() + ", " + d.units() + ")",
        };
        numpy.clear();
        numpyBox.getChildren().clear();
        shownLine = -1;
        for (int i = 0; i < lines.length; i++) {
            Label l = codeLine(lines[i]);
            l.setId("numpyLine" + i);
            numpy.add(l);
            numpyBox.getChildren().add(l);
        }
        highlight();
    }

    /** The numpy line being run at the current point of the lesson. */
    int currentNumpyLine() {
        int t = state.tProperty().get();
        double phase = state.phaseProperty().get();
        int steps = state.timestepsProperty().get();
        if (t == 0) {
            return 3;
        }
        if (phase >= 1) {
            return t == steps ? 12 : 11;
        }
        Stage stage = Stage.at(phase, state.headProperty().get()).stage();
        return stage == Stage.INPUT ? 8 : 9;
    }

    private int shownLine = -1;
    private int shownStep = -1;

    private void highlight() {
        int line = currentNumpyLine();
        // the animation calls this every frame: restyle only when the running line or the pass changes
        if (line == shownLine && state.tProperty().get() == shownStep) {
            return;
        }
        shownLine = line;
        shownStep = state.tProperty().get();
        for (int i = 0; i < numpy.size(); i++) {
            numpy.get(i).getStyleClass().remove("running");
            if (i == line) {
                numpy.get(i).getStyleClass().add("running");
            }
        }
        int pseudoLine = switch (line) {
            case 3 -> 0;
            case 8 -> 1;
            case 9 -> 2;
            default -> 3;
        };
        for (int i = 0; i < pseudo.size(); i++) {
            pseudo.get(i).getStyleClass().remove("running");
            if (i == pseudoLine) {
                pseudo.get(i).getStyleClass().add("running");
            }
        }
        int t = state.tProperty().get();
        variables.setText(t == 0 ? "state_t = h\u2080 = 0 (zeros), before the loop"
                : "loop pass " + t + ": input_t = x" + ValueFormat.subscript(t) + " = inputs[" + (t - 1) + "], state_t = h"
                + ValueFormat.subscript(t - 1) + " on the way in, output_t = h" + ValueFormat.subscript(t));
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
