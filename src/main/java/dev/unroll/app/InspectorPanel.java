package dev.unroll.app;

import dev.unroll.diagram.BackwardPicture;
import dev.unroll.diagram.ColourScales;
import dev.unroll.diagram.Notation;
import dev.unroll.diagram.Part;
import dev.unroll.diagram.PartKind;
import dev.unroll.diagram.PartValues;
import dev.unroll.diagram.Theme;
import dev.unroll.diagram.ValueFormat;
import dev.unroll.render.CanvasRenderer;
import dev.unroll.rnn.Dimensions;
import dev.unroll.rnn.Embedding;
import dev.unroll.rnn.Trace;
import dev.unroll.rnn.ValueKind;
import dev.unroll.text.Vocabulary;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

/**
 * The selected part with its numbers: a vector as a column of values with their colours, a matrix as
 * a heatmap with indices and the value under the pointer; its shape and its Keras name. Clicking a
 * row of h picks the unit whose equation the Equation tab shows.
 */
final class InspectorPanel {

    private static final int MAX_ROWS = 64;

    private final DiagramViewState state;
    private final ObservableValue<Trace> trace;
    private final ObservableValue<BackwardPicture> gradients;
    private final VBox content = new VBox(10);
    private final Label title = new Label();
    private final Label shape = new Label();
    private final Label keras = new Label();
    private final MatrixView matrix = new MatrixView();
    private final Label readout = new Label();
    /** The Embedding's table E, shown under a selected x_t that was looked up in it. */
    private final MatrixView table = new MatrixView();
    private final Label tableCaption = new Label();
    private final Label tableReadout = new Label();
    /** The Embedding whose table is in {@link #table}: the table is handed over again only for another one. */
    private Embedding tableOf;
    private final GridPane vector = new GridPane();
    private final ScrollPane root;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final ObjectProperty<Vocabulary> vocabulary = new SimpleObjectProperty<>(this, "vocabulary", Vocabulary.english());

    InspectorPanel(DiagramViewState state, ObservableValue<Trace> trace) {
        this(state, trace, new SimpleObjectProperty<>());
    }

    /** @param gradients the backward pass's gradients, shown beside a node's values in the backward mode */
    InspectorPanel(DiagramViewState state, ObservableValue<Trace> trace, ObservableValue<BackwardPicture> gradients) {
        this.state = state;
        this.trace = trace;
        this.gradients = gradients;
        title.setId("inspectorTitle");
        title.getStyleClass().add("panel-title");
        shape.setId("inspectorShape");
        keras.setId("inspectorKeras");
        keras.setWrapText(true);
        vector.setId("inspectorVector");
        vector.setHgap(8);
        vector.setVgap(2);
        matrix.setId("inspectorMatrix");
        readout.setId("matrixReadout");
        readout.textProperty().bind(matrix.readoutProperty());
        table.setId("inspectorEmbedding");
        table.themeProperty().bind(theme);
        tableCaption.setId("inspectorEmbeddingCaption");
        tableCaption.setWrapText(true);
        tableReadout.setId("embeddingReadout");
        tableReadout.textProperty().bind(table.readoutProperty());
        content.setPadding(new Insets(12));
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        state.selectedProperty().addListener((obs, old, now) -> refresh());
        // a matrix does not change with t: only a selected vector, or a folded part, follows the step
        state.tProperty().addListener((obs, old, now) -> {
            Part selected = state.selectedProperty().get();
            if (selected != null && selected.kind().isNode()) {
                refresh();
            }
        });
        state.notationProperty().addListener((obs, old, now) -> refresh());
        // going backward a node's gradient appears as the flow passes it, and with the unit picked
        state.phaseProperty().addListener((obs, old, now) -> {
            if (state.backwardProperty().get()) {
                refresh();
            }
        });
        state.backwardProperty().addListener((obs, old, now) -> refresh());
        state.unitProperty().addListener((obs, old, now) -> refresh());
        gradients.addListener((obs, old, now) -> refresh());
        // the panel follows the lesson on its own, whatever else changes with it and in whichever order
        trace.addListener((obs, old, now) -> refresh());
        Words.follow(root, this::refresh);
        matrix.themeProperty().bind(theme);
        theme.addListener((obs, old, now) -> refresh());
        vocabulary.addListener((obs, old, now) -> refresh());
        refresh();
    }

    Parent root() {
        return root;
    }

    /** The colours of the values' swatches and of the matrix. */
    ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** The words that name token ids. */
    ObjectProperty<Vocabulary> vocabularyProperty() {
        return vocabulary;
    }

    /** Shows the selection again, for example after the lesson changed. */
    private void refresh() {
        Part part = state.selectedProperty().get();
        Trace current = trace.getValue();
        // a selection from the lesson before (cleared once the view state follows the new one) shows nothing
        if (part == null || current == null || part.t() > current.timesteps()) {
            title.setText(Words.get("inspector.nothing"));
            Label hint = Words.label(new Label(), "inspector.hint");
            hint.setWrapText(true);
            content.getChildren().setAll(title, hint);
            return;
        }
        Dimensions d = current.lesson().dimensions();
        int t = part.folded() ? Math.min(state.tProperty().get(), current.timesteps()) : part.t();
        Part shown = new Part(false, part.kind(), t);
        if (part.kind().isNode()) {
            showVector(current, shown, d);
        } else {
            showMatrix(current, part.kind(), d);
        }
    }

    private void showVector(Trace current, Part part, Dimensions d) {
        double[] values = PartValues.vector(current, part);
        boolean headPart = part.kind().isHeadPart();
        // the biases are the lesson's own numbers, there before any step; going backward every step is computed
        boolean computed = values != null && (part.kind().isParameter() || part.t() <= state.tProperty().get()
                || state.backwardProperty().get())
                && (!headPart || d.hasHead());
        describeVector(part, values == null ? 0 : values.length);
        vector.getChildren().clear();
        content.getChildren().setAll(title, shape, keras);
        // going backward the gradient comes first: it is what the picture is about
        showGradient(part);
        content.getChildren().add(vector);
        Embedding embedding = current.lesson().embedding();
        if (part.kind() == PartKind.X && embedding != null && part.t() >= 1) {
            // x_t is no input of its own: it is the row of E that the step's token id names
            int id = embedding.token(part.t() - 1);
            Label token = new Label(Words.get("inspector.token", vocabulary.get().word(id), String.valueOf(id),
                    ValueFormat.subscript(part.t()), String.valueOf(embedding.rows()), String.valueOf(embedding.width())));
            token.setId("inspectorToken");
            token.setWrapText(true);
            content.getChildren().add(1, token);
            keras.setText(Words.get("inspector.keras.embedded"));
            showTable(embedding, id, part.t());
        }
        if (!computed) {
            vector.add(new Label(headPart && !d.hasHead() ? Words.get("inspector.vector.noHead")
                    : Words.get("inspector.vector.later", part.t())), 0, 0);
            return;
        }
        // the same scale as the diagram's, so a value has one colour everywhere
        double scale = ColourScales.of(current).forKind(part.kind());
        // a long vector lists its first components; its colours are all in the diagram and the heatmap
        int rows = Math.min(values.length, MAX_ROWS);
        for (int i = 0; i < rows; i++) {
            addRow(i, values[i], scale, part.kind() == PartKind.H);
        }
        if (rows < values.length) {
            vector.add(new Label(Words.get("inspector.vector.more", values.length - rows)), 0, rows);
        }
        if (part.kind() == PartKind.O && current.lesson().headActivation() != dev.unroll.rnn.HeadActivation.LINEAR) {
            double[] y = current.values(ValueKind.Y, part.t());
            Label after = new Label("y" + ValueFormat.subscript(part.t()) + " = " + current.lesson().headActivation().key()
                    + "(o" + ValueFormat.subscript(part.t()) + ") = [" + ValueFormat.join(y, 64) + "]");
            after.setWrapText(true);
            content.getChildren().add(after);
        }
    }

    /**
     * The Embedding's table E as a heatmap with row {@code id}, the one x_t is, outlined and in view: a table
     * of 10,000 rows is seen through a window of rows, so only those are painted.
     */
    private void showTable(Embedding embedding, int id, int t) {
        if (embedding != tableOf || table.markedRow() != id) {
            tableOf = embedding;
            table.show(embedding.table(), "E", id);
        }
        tableCaption.setText(Words.get("inspector.embedding", String.valueOf(embedding.rows()), String.valueOf(embedding.width()),
                String.valueOf(id), ValueFormat.subscript(t)));
        content.getChildren().addAll(2, java.util.List.of(tableCaption, table, tableReadout));
    }

    /**
     * In the backward mode, the node's gradient ∂L/∂h_t (or ∂L/∂a_t, ∂L/∂o_t) once the flow has formed it:
     * the selected unit's component first, then every component with its colour on the gradient scale.
     */
    private void showGradient(Part part) {
        BackwardPicture picture = gradients.getValue();
        if (!state.backwardProperty().get() || picture == null || picture.vector(part) == null) {
            return;
        }
        String name = "\u2202L/\u2202" + part.kind().key() + ValueFormat.subscript(part.t());
        Label heading = new Label(Words.get("inspector.gradient", name));
        heading.setId("inspectorGradientTitle");
        heading.getStyleClass().add("panel-title");
        heading.setWrapText(true);
        content.getChildren().add(heading);
        if (!picture.computedAt(part, state.options())) {
            Label later = new Label(Words.get("inspector.gradient.later", part.t()));
            later.setId("inspectorGradientLater");
            later.setWrapText(true);
            content.getChildren().add(later);
            return;
        }
        double[] g = picture.vector(part);
        int i = Math.min(state.unitProperty().get(), g.length - 1);
        Label unit = new Label(name + "[" + i + "] = " + ValueFormat.sixDigits(g[i]));
        unit.setId("inspectorUnitGradient");
        GridPane list = new GridPane();
        list.setId("inspectorGradient");
        list.setVgap(2);
        double top = picture.scale();
        int rows = Math.min(g.length, MAX_ROWS);
        for (int k = 0; k < rows; k++) {
            Rectangle swatch = new Rectangle(28, 16, CanvasRenderer.color(theme.get().gradients().rgb(g[k], top)));
            swatch.getStyleClass().add("value-swatch");
            Label index = new Label("[" + k + "]");
            index.setMinWidth(Region.USE_PREF_SIZE);
            Label number = new Label(ValueFormat.sixDigits(g[k]));
            number.setId("inspectorGradientValue" + k);
            HBox row = new HBox(8, index, swatch, number);
            row.setAlignment(Pos.CENTER_LEFT);
            list.add(row, 0, k);
        }
        content.getChildren().addAll(unit, list);
    }

    /** The vector's name and what it is, its shape, and what Keras calls it. */
    private void describeVector(Part part, int length) {
        String name = part.kind().key() + (part.kind().isParameter() ? "" : ValueFormat.subscript(part.t()));
        String which = switch (part.kind()) {
            case X -> "x";
            case H -> part.t() == 0 ? "h0" : "h";
            case B -> "b";
            case A -> "a";
            case C -> "c";
            case Y -> "y";
            default -> "o";
        };
        title.setText(name + Words.get("inspector.vector." + which, part.t()));
        shape.setText(Words.get("inspector.shape", dev.unroll.rnn.Shapes.of(length)));
        keras.setText(Words.get("inspector.keras." + (which.equals("h0") ? "h" : which)));
    }

    private void addRow(int i, double value, double scale, boolean pickable) {
        Rectangle swatch = new Rectangle(28, 16, CanvasRenderer.color(theme.get().values().rgb(value, scale)));
        swatch.getStyleClass().add("value-swatch");
        Label index = new Label("[" + i + "]");
        index.setMinWidth(Region.USE_PREF_SIZE);
        Label number = new Label(ValueFormat.sixDigits(value));
        number.setId("inspectorValue" + i);
        HBox row = new HBox(8, index, swatch, number);
        row.setAlignment(Pos.CENTER_LEFT);
        if (pickable) {
            row.getStyleClass().add("pickable-row");
            row.setOnMouseClicked(e -> state.setUnit(i));
        }
        vector.add(row, 0, i);
    }

    private void showMatrix(Trace current, PartKind kind, Dimensions d) {
        Notation n = state.notationProperty().get();
        String letter = n.letter(kind);
        var m = PartValues.matrix(current.lesson(), kind);
        if (m == null) {
            title.setText(letter + Words.get("inspector.noHead"));
            content.getChildren().setAll(title);
            return;
        }
        String which = kind == PartKind.EDGE_INPUT ? "input" : kind == PartKind.EDGE_RECURRENT ? "recurrent" : "output";
        title.setText(letter + Words.get("inspector.matrix." + which));
        shape.setText(Words.get("inspector.matrix.shape", m.numRows, m.numCols, Words.get("inspector.matrix.columns." + which)));
        shape.setWrapText(true);
        keras.setText(Words.get("inspector.matrix.keras", PartValues.kerasName(kind), letter, m.numCols, m.numRows));
        matrix.show(m, letter);
        content.getChildren().setAll(title, shape, keras, matrix, readout);
    }

}
