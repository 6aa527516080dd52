package dev.unroll.app;

import dev.unroll.diagram.ValueFormat;
import dev.unroll.rnn.Activation;
import dev.unroll.rnn.Dimensions;
import dev.unroll.rnn.HeadActivation;
import dev.unroll.rnn.Initialisation;
import dev.unroll.rnn.KerasSummary;
import dev.unroll.rnn.LessonSpec;
import dev.unroll.rnn.NumpyRandom;
import dev.unroll.rnn.Preset;
import dev.unroll.rnn.Trace;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The window's content: the lesson's controls on the left, h_t over time in the centre and a
 * status bar below. It binds to a {@link LessonViewModel} and changes the lesson only through it.
 */
public final class MainWindow {

    private final LessonViewModel model;
    private final BorderPane root = new BorderPane();
    private final HeatmapView heatmap = new HeatmapView();
    private final ComboBox<Preset> presetBox = new ComboBox<>();
    private final ComboBox<Initialisation> initBox = new ComboBox<>();
    private final ComboBox<Activation> activationBox = new ComboBox<>();
    private final ComboBox<HeadActivation> headActivationBox = new ComboBox<>();
    private final Spinner<Long> timesteps;
    private final Spinner<Long> inputFeatures;
    private final Spinner<Long> units;
    private final Spinner<Long> outputSize;
    private final Spinner<Long> seed;
    private final Label formula = new Label();
    /** True while the controls are being set from the lesson, so that they do not echo it back. */
    private boolean showingLesson;

    public MainWindow(LessonViewModel model) {
        this.model = model;
        LessonSpec spec = model.getSpec();
        Dimensions d = spec.dimensions();
        timesteps = Spinners.whole("timestepsSpinner", 1, Dimensions.MAX_TIMESTEPS, d.timesteps(),
                v -> edit(s -> s.withDimensions(s.dimensions().withTimesteps((int) v))));
        inputFeatures = Spinners.whole("inputFeaturesSpinner", 1, Dimensions.MAX_WIDTH, d.inputFeatures(),
                v -> edit(s -> s.withDimensions(s.dimensions().withInputFeatures((int) v))));
        units = Spinners.whole("unitsSpinner", 1, Dimensions.MAX_WIDTH, d.units(),
                v -> edit(s -> s.withDimensions(s.dimensions().withUnits((int) v))));
        outputSize = Spinners.whole("outputSizeSpinner", 0, Dimensions.MAX_WIDTH, d.outputSize(),
                v -> edit(s -> s.withDimensions(s.dimensions().withOutputSize((int) v))));
        seed = Spinners.whole("seedSpinner", 0, NumpyRandom.MAX_SEED, spec.seed(), v -> edit(s -> s.withSeed(v)));

        root.getStyleClass().add("unroll");
        root.setTop(menuBar());
        root.setLeft(controls());
        heatmap.setId("heatmap");
        heatmap.traceProperty().bind(model.traceProperty());
        BorderPane.setMargin(heatmap, new Insets(8, 12, 8, 4));
        root.setCenter(heatmap);
        root.setBottom(statusBar());

        model.specProperty().addListener((obs, old, now) -> showLesson(now));
        // a refused edit leaves the lesson as it was: put the controls back to match it
        model.problemProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                showLesson(model.getSpec());
            }
        });
        showLesson(spec);
    }

    /** The root node, to put in a scene. */
    public Parent root() {
        return root;
    }

    private MenuBar menuBar() {
        MenuItem quit = new MenuItem("Quit");
        quit.setId("quitItem");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> Platform.exit());
        Menu file = new Menu("_File", null, quit);

        Menu lesson = new Menu("_Lesson");
        for (Preset preset : Preset.values()) {
            MenuItem item = new MenuItem(preset.title());
            item.setOnAction(e -> edit(s -> preset.spec()));
            lesson.getItems().add(item);
        }
        MenuItem nextSeed = new MenuItem("Next seed");
        nextSeed.setAccelerator(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        nextSeed.setOnAction(e -> edit(s -> s.withSeed((s.seed() + 1) % (NumpyRandom.MAX_SEED + 1))));
        lesson.getItems().add(nextSeed);

        MenuItem about = new MenuItem("About Unroll");
        about.setId("aboutItem");
        about.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        about.setOnAction(e -> showAbout());
        Menu help = new Menu("_Help", null, about);
        return new MenuBar(file, lesson, help);
    }

    private Parent controls() {
        presetBox.setId("presetBox");
        presetBox.getItems().setAll(Preset.values());
        presetBox.setPromptText("Custom");
        presetBox.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Preset item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "Custom" : item.title());
            }
        });
        presetBox.setOnAction(e -> {
            Preset chosen = presetBox.getValue();
            if (!showingLesson && chosen != null) {
                edit(s -> chosen.spec());
            }
        });
        presetBox.setMaxWidth(Double.MAX_VALUE);

        choices(initBox, "initBox", Initialisation.values(), Initialisation::key, LessonSpec::withInitialisation);
        choices(activationBox, "activationBox", Activation.values(), Activation::key, LessonSpec::withActivation);
        choices(headActivationBox, "headActivationBox", HeadActivation.values(), HeadActivation::key,
                LessonSpec::withHeadActivation);

        tip(presetBox, "A ready-made lesson");
        tip(timesteps, "T: how many inputs x\u2081 \u2026 x\u209C the network reads, one per step");
        tip(inputFeatures, "M: the length of each input vector x\u209C (the seed's input_features)");
        tip(units, "N: the length of the state h\u209C \u2014 Keras's units, the seed's output_features");
        tip(outputSize, "K: the length of the output o\u209C = V\u00B7h\u209C + c; 0 removes the output head");
        tip(seed, "The random seed: the same seed always gives the same weights, as np.random.seed(S)");
        tip(initBox, "numpy-uniform: the seed's np.random.random, uniform on [0, 1)\n"
                + "keras: glorot_uniform W, orthogonal U, zero b, inputs from a standard normal");
        tip(activationBox, "The cell's activation: h\u209C = act(a\u209C)");
        tip(headActivationBox, "The output head's activation: y\u209C = act(o\u209C)");

        GridPane grid = new GridPane();
        grid.getStyleClass().add("controls-grid");
        grid.setHgap(10);
        grid.setVgap(8);
        int row = 0;
        grid.add(sectionLabel("Lesson"), 0, row++, 2, 1);
        grid.add(presetBox, 0, row++, 2, 1);
        grid.add(sectionLabel("Sizes"), 0, row++, 2, 1);
        row = field(grid, row, "Timesteps T", timesteps);
        row = field(grid, row, "Input features M", inputFeatures);
        row = field(grid, row, "Units N", units);
        row = field(grid, row, "Outputs K", outputSize);
        grid.add(sectionLabel("Numbers"), 0, row++, 2, 1);
        row = field(grid, row, "Seed", seed);
        row = field(grid, row, "Initialisation", initBox);
        grid.add(sectionLabel("Activations"), 0, row++, 2, 1);
        row = field(grid, row, "Cell  h\u209C", activationBox);
        field(grid, row, "Head  y\u209C", headActivationBox);

        formula.getStyleClass().add("formula");
        formula.setId("formulaLabel");
        VBox box = new VBox(14, grid, new Separator(), formula);
        box.getStyleClass().add("controls");
        box.setPadding(new Insets(14, 14, 14, 16));
        box.setPrefWidth(320);
        return box;
    }

    private <E> void choices(ComboBox<E> box, String id, E[] values, Function<E, String> key,
                             java.util.function.BiFunction<LessonSpec, E, LessonSpec> apply) {
        box.setId(id);
        box.getItems().setAll(Arrays.asList(values));
        box.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : key.apply(value);
            }

            @Override
            public E fromString(String text) {
                return box.getItems().stream().filter(v -> key.apply(v).equals(text)).findFirst().orElse(null);
            }
        });
        box.setMaxWidth(Double.MAX_VALUE);
        box.setOnAction(e -> {
            E chosen = box.getValue();
            if (!showingLesson && chosen != null) {
                edit(s -> apply.apply(s, chosen));
            }
        });
    }

    private Parent statusBar() {
        Label params = new Label();
        params.setId("paramsLabel");
        Label saturation = new Label();
        saturation.setId("saturationLabel");
        Label hover = new Label();
        hover.setId("hoverLabel");
        hover.textProperty().bind(heatmap.hoverTextProperty());
        Label problem = new Label();
        problem.setId("problemLabel");
        problem.getStyleClass().add("problem");
        problem.textProperty().bind(model.problemProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("progressBar");
        progress.progressProperty().bind(model.progressProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("cancelButton");
        cancel.setOnAction(e -> model.cancel());
        HBox working = new HBox(6, progress, cancel);
        working.setAlignment(Pos.CENTER_LEFT);
        working.visibleProperty().bind(model.busyProperty());
        working.managedProperty().bind(model.busyProperty());

        model.traceProperty().addListener((obs, old, now) -> describe(now, params, saturation));
        describe(model.getTrace(), params, saturation);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(18, params, saturation, problem, spacer, hover, working);
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 12, 6, 12));
        return bar;
    }

    private static void describe(Trace trace, Label params, Label saturation) {
        if (trace == null) {
            params.setText("");
            saturation.setText("");
            return;
        }
        Dimensions d = trace.lesson().dimensions();
        String rnn = "SimpleRNN " + ValueFormat.count(KerasSummary.simpleRnnParams(d.inputFeatures(), d.units()))
                + " = " + d.units() + " \u00D7 (" + d.units() + " + " + d.inputFeatures() + " + 1)";
        String head = d.hasHead()
                ? "   Dense " + ValueFormat.count(KerasSummary.denseParams(d.units(), d.outputSize()))
                + " = " + d.outputSize() + " \u00D7 (" + d.units() + " + 1)"
                : "";
        params.setText("Parameters: " + rnn + head);
        params.setTooltip(new Tooltip("Total " + ValueFormat.count(KerasSummary.params(d)) + " parameters"));
        if (trace.lesson().activation() == Activation.TANH) {
            double saturated = trace.fractionAtLeast(0.99);
            saturation.setText(String.format(Locale.ROOT, "Saturated (|h| \u2265 0.99): %.1f %%", 100 * saturated));
            saturation.setTooltip(new Tooltip("Where tanh is flat its gradient is nearly 0: a saturated cell barely learns.\n"
                    + "Uniform [0, 1) weights saturate almost every value; Keras's initialisation does not."));
        } else {
            saturation.setText("max |h| = " + ValueFormat.threeDigits(trace.maxAbsState()));
            saturation.setTooltip(null);
        }
    }

    private void showLesson(LessonSpec spec) {
        showingLesson = true;
        try {
            Dimensions d = spec.dimensions();
            Spinners.show(timesteps, d.timesteps());
            Spinners.show(inputFeatures, d.inputFeatures());
            Spinners.show(units, d.units());
            Spinners.show(outputSize, d.outputSize());
            Spinners.show(seed, spec.seed());
            initBox.setValue(spec.initialisation());
            activationBox.setValue(spec.activation());
            headActivationBox.setValue(spec.headActivation());
            headActivationBox.setDisable(!d.hasHead());
            formula.setText("h\u209C = " + spec.activation().key() + "(W\u00B7x\u209C + U\u00B7h\u209C\u208B\u2081 + b)"
                    + (d.hasHead() ? "\no\u209C = V\u00B7h\u209C + c\ny\u209C = " + spec.headActivation().key() + "(o\u209C)" : ""));
            presetBox.setValue(Arrays.stream(Preset.values()).filter(p -> p.spec().equals(spec)).findFirst().orElse(null));
        } finally {
            showingLesson = false;
        }
    }

    private void edit(UnaryOperator<LessonSpec> change) {
        if (!showingLesson) {
            model.change(change);
        }
    }

    private void showAbout() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        Window owner = root.getScene() == null ? null : root.getScene().getWindow();
        alert.initOwner(owner);
        alert.setTitle("About Unroll");
        alert.setHeaderText("Unroll 0.1.0");
        alert.setContentText("A recurrent neural network made concrete: every step computed with real matrices,\n"
                + "h\u209C = tanh(W\u00B7x\u209C + U\u00B7h\u209C\u208B\u2081 + b), shown as it happens.\n\n"
                + "Seeds reproduce numpy's np.random.seed(S) bit for bit.");
        alert.showAndWait();
    }

    private static Label sectionLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section");
        return label;
    }

    private static int field(GridPane grid, int row, String text, javafx.scene.control.Control control) {
        Label label = new Label(text);
        label.setLabelFor(control);
        label.setMinWidth(Region.USE_PREF_SIZE);
        grid.add(label, 0, row);
        grid.add(control, 1, row);
        control.setMaxWidth(Double.MAX_VALUE);
        GridPane.setHgrow(control, Priority.ALWAYS);
        return row + 1;
    }

    private static void tip(javafx.scene.control.Control control, String text) {
        control.setTooltip(new Tooltip(text));
    }
}
