package dev.unroll.app;

import dev.unroll.diagram.ValueFormat;
import dev.unroll.rnn.Dimensions;
import dev.unroll.rnn.KerasSummary;
import dev.unroll.rnn.Trace;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * The model: the lesson's sizes, seed and activations to edit, Keras's return_sequences, and the
 * Keras-style summary of the same network with the parameter arithmetic spelled out.
 */
final class ModelPanel {

    private final DiagramViewState state;
    private final Supplier<Trace> trace;
    private final Label summary = new Label();
    private final Label arithmetic = new Label();
    private final ScrollPane root;

    ModelPanel(DiagramViewState state, Supplier<Trace> trace, Parent lessonControls) {
        this.state = state;
        this.trace = trace;
        CheckBox sequences = new CheckBox("return_sequences=True");
        sequences.setId("returnSequencesBox");
        sequences.setMnemonicParsing(false);
        sequences.setTooltip(new Tooltip("Checked: every h\u209C leaves the layer, shape (None, None, N).\n"
                + "Unchecked: only the last one, shape (None, N). The diagram follows."));
        sequences.setSelected(state.returnSequencesProperty().get());
        sequences.setOnAction(e -> state.setReturnSequences(sequences.isSelected()));
        state.returnSequencesProperty().addListener((obs, old, now) -> {
            sequences.setSelected(now);
            refresh();
        });
        state.headProperty().addListener((obs, old, now) -> refresh());
        summary.setId("modelSummary");
        summary.getStyleClass().add("code-block");
        arithmetic.setId("modelArithmetic");
        arithmetic.setWrapText(true);
        Label title = new Label("Keras summary");
        title.getStyleClass().add("panel-title");
        VBox content = new VBox(12, lessonControls, sequences, title, arithmetic, summary);
        content.setPadding(new Insets(0, 0, 12, 0));
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        refresh();
    }

    Parent root() {
        return root;
    }

    /** The summary of the lesson on screen. */
    void refresh() {
        Trace current = trace.get();
        if (current == null) {
            return;
        }
        Dimensions d = current.lesson().dimensions();
        boolean head = d.hasHead() && state.headProperty().get();
        KerasSummary model = new KerasSummary().simpleRnn(d.inputFeatures(), d.units(), state.returnSequencesProperty().get());
        StringBuilder sums = new StringBuilder("SimpleRNN(" + d.units() + "): units \u00D7 (units + input features + 1) = "
                + d.units() + " \u00D7 (" + d.units() + " + " + d.inputFeatures() + " + 1) = "
                + ValueFormat.count(KerasSummary.simpleRnnParams(d.inputFeatures(), d.units()))
                + "  \u2014 W, U and b.");
        if (head) {
            model.dense(d.outputSize());
            sums.append("\nDense(").append(d.outputSize()).append("): outputs \u00D7 (units + 1) = ").append(d.outputSize())
                    .append(" \u00D7 (").append(d.units()).append(" + 1) = ")
                    .append(ValueFormat.count(KerasSummary.denseParams(d.units(), d.outputSize()))).append("  \u2014 V and c.");
        }
        arithmetic.setText(sums.toString());
        summary.setText(model.format().stripTrailing());
    }
}
