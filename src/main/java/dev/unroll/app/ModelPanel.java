package dev.unroll.app;

import dev.unroll.diagram.ValueFormat;
import dev.unroll.io.ModelOrigin;
import dev.unroll.rnn.Dimensions;
import dev.unroll.rnn.KerasSummary;
import dev.unroll.rnn.Preset;
import dev.unroll.rnn.Trace;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * The model: the lesson's sizes, seed and activations to edit, Keras's return_sequences, and the
 * Keras-style summary of the same network with the parameter arithmetic spelled out. A lesson made
 * from a Keras model file shows that model's own summary instead, exactly as Keras printed it for the
 * file, since its layer names and shapes are the model's and not Unroll's.
 */
final class ModelPanel {

    private final DiagramViewState state;
    private final ObservableValue<LessonDocument> document;
    private final Label summary = new Label();
    private final Label arithmetic = new Label();
    private final ScrollPane root;

    ModelPanel(DiagramViewState state, ObservableValue<LessonDocument> document, Parent lessonControls) {
        this.state = state;
        this.document = document;
        CheckBox sequences = createSequencesBox();
        state.returnSequencesProperty().addListener((obs, old, now) -> refresh());
        state.headProperty().addListener((obs, old, now) -> refresh());
        ScrollPane table = createTable();
        arithmetic.setId("modelArithmetic");
        arithmetic.setWrapText(true);
        Label title = Words.label(new Label(), "model.title");
        title.getStyleClass().add("panel-title");
        VBox content = new VBox(12, lessonControls, sequences, title, arithmetic, table);
        content.setPadding(new Insets(0, 0, 12, 0));
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        // the panel follows the lesson on its own, whatever else changes with it and in whichever order
        document.addListener((obs, old, now) -> refresh());
        Words.follow(root, this::refresh);
        refresh();
    }

    Parent root() {
        return root;
    }

    /** return_sequences, which the diagram follows; its text says the value as Keras writes it. */
    private CheckBox createSequencesBox() {
        CheckBox sequences = new CheckBox();
        sequences.setId("returnSequencesBox");
        sequences.setMnemonicParsing(false);
        sequences.setTooltip(Words.tooltip("model.returnSequences.tip"));
        ControlSync.link(sequences.selectedProperty(), state.returnSequencesProperty(), state::setReturnSequences);
        sequences.textProperty().bind(state.returnSequencesProperty().map(on -> "return_sequences=" + (on ? "True" : "False")));
        return sequences;
    }

    /** The Keras summary as wide as Keras prints it: it scrolls sideways rather than lose its last column. */
    private ScrollPane createTable() {
        summary.setId("modelSummary");
        summary.getStyleClass().add("code-block");
        summary.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ScrollPane table = new ScrollPane(summary);
        table.setFitToHeight(true);
        table.setPrefViewportHeight(230);
        table.getStyleClass().add("edge-to-edge");
        return table;
    }

    private int embeddingVocabulary(Trace current) {
        for (Preset preset : Preset.values()) {
            if (preset.embeddingVocabulary() > 0 && preset.spec().dimensions().equals(current.lesson().dimensions())
                    && preset.spec().initialisation() == dev.unroll.rnn.Initialisation.KERAS) {
                return preset.embeddingVocabulary();
            }
        }
        return 0;
    }

    /** The summary of the lesson on screen: its model file's, or one made from its sizes. */
    private void refresh() {
        LessonDocument shown = document.getValue();
        if (shown == null) {
            return;
        }
        ModelOrigin origin = shown.lesson().model();
        if (origin != null) {
            arithmetic.setText(Words.get("model.fromFile", origin.file()));
            summary.setText(origin.summary().stripTrailing());
            return;
        }
        Trace current = shown.trace();
        Dimensions d = current.lesson().dimensions();
        boolean head = d.hasHead() && state.headProperty().get();
        KerasSummary model = new KerasSummary();
        // a preset built on the book's Embedding shows it too, as Keras's summary would
        int vocabulary = embeddingVocabulary(current);
        if (vocabulary > 0) {
            model.embedding(vocabulary, d.inputFeatures());
        }
        model.simpleRnn(d.inputFeatures(), d.units(), state.returnSequencesProperty().get());
        StringBuilder sums = new StringBuilder(Words.get("model.simpleRnn", d.units(),
                KerasSummary.simpleRnnArithmetic(d.inputFeatures(), d.units())));
        if (head) {
            model.dense(d.outputSize());
            sums.append('\n').append(Words.get("model.dense", d.outputSize(),
                    KerasSummary.denseArithmetic(d.units(), d.outputSize())));
        }
        if (vocabulary > 0) {
            sums.insert(0, Words.get("model.embedding", ValueFormat.count(vocabulary), d.inputFeatures(),
                    ValueFormat.count((long) vocabulary * d.inputFeatures())) + "\n");
        }
        arithmetic.setText(sums.toString());
        summary.setText(model.format().stripTrailing());
    }
}
