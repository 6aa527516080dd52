package dev.unroll.app;

import dev.unroll.io.LessonSource;
import dev.unroll.rnn.Activation;
import dev.unroll.rnn.Dimensions;
import dev.unroll.rnn.HeadActivation;
import dev.unroll.rnn.Initialisation;
import dev.unroll.rnn.LessonSpec;
import dev.unroll.rnn.NumpyRandom;
import dev.unroll.rnn.Preset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.UnaryOperator;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The lesson's controls: preset, sizes, seed, initialisation (or, for numbers from files, the files'
 * names) and activations. They show the lesson
 * on screen and turn each edit into a change of the {@link LessonViewModel}; a refused change puts
 * them back as they were.
 */
final class LessonControls {

    private final LessonViewModel model;
    private final ComboBox<Preset> presetBox = new ComboBox<>();
    private final ComboBox<Initialisation> initBox = new ComboBox<>();
    private final ComboBox<Activation> activationBox = new ComboBox<>();
    private final ComboBox<HeadActivation> headActivationBox = new ComboBox<>();
    private final Spinner<Long> timesteps = Spinners.whole("timestepsSpinner", 1, Dimensions.MAX_TIMESTEPS);
    private final Spinner<Long> inputFeatures = Spinners.whole("inputFeaturesSpinner", 1, Dimensions.MAX_WIDTH);
    private final Spinner<Long> units = Spinners.whole("unitsSpinner", 1, Dimensions.MAX_WIDTH);
    private final Spinner<Long> outputSize = Spinners.whole("outputSizeSpinner", 0, Dimensions.MAX_WIDTH);
    private final Spinner<Long> seed = Spinners.whole("seedSpinner", 0, NumpyRandom.MAX_SEED);
    private final Label numbersFrom = new Label();
    /** The seed and initialisation with their labels: a recipe's, shown only while the lesson has one. */
    private final List<Node> recipeRows = new ArrayList<>();
    private final Parent root;

    /**
     * @param openPreset opens a preset as a new lesson (asking first about unsaved work); the preset
     *                   box shows the lesson on screen again whatever the answer
     */
    LessonControls(LessonViewModel model, Consumer<Preset> openPreset) {
        this.model = model;
        setUpPresetBox(openPreset);
        linkSizes();
        linkNumbers();
        linkActivations();
        addTips();
        root = createGrid();
        model.requestedSourceProperty().addListener((obs, old, now) -> enableFor(now));
        // equal numbers from other files make an equal source, which fires no change: the document still does
        model.documentProperty().addListener((obs, old, now) -> enableFor(model.getRequestedSource()));
        enableFor(model.getRequestedSource());
        Words.follow(numbersFrom, () -> enableFor(model.getRequestedSource()));
    }

    /** The panel. */
    Parent root() {
        return root;
    }

    /** The lesson presets, for the toolbar. */
    ComboBox<Preset> presets() {
        return presetBox;
    }

    private void setUpPresetBox(Consumer<Preset> openPreset) {
        presetBox.setId("presetBox");
        presetBox.getItems().setAll(Preset.values());
        presetBox.promptTextProperty().bind(Words.of("controls.custom"));
        showPresetNames();
        // new cells say the presets' names again in the language now in use
        Words.follow(presetBox, this::showPresetNames);
        // the box shows the lesson asked for: the preset, or if that was cancelled the one on screen
        ControlSync.link(presetBox.valueProperty(), shown(LessonControls::presetOf), chosen -> {
            if (chosen != null) {
                openPreset.accept(chosen);
            }
        });
        presetBox.setMaxWidth(Region.USE_PREF_SIZE);
        // the longest preset's name would take a third of a small screen's toolbar: it elides instead
        presetBox.setPrefWidth(260);
    }

    private void linkSizes() {
        linkRecipe(timesteps, s -> s.dimensions().timesteps(),
                v -> s -> s.withDimensions(s.dimensions().withTimesteps((int) v)));
        linkRecipe(inputFeatures, s -> s.dimensions().inputFeatures(),
                v -> s -> s.withDimensions(s.dimensions().withInputFeatures((int) v)));
        linkRecipe(units, s -> s.dimensions().units(), v -> s -> s.withDimensions(s.dimensions().withUnits((int) v)));
        linkRecipe(outputSize, s -> s.dimensions().outputSize(),
                v -> s -> s.withDimensions(s.dimensions().withOutputSize((int) v)));
    }

    /** Seed and initialisation: weights from a file have neither, so the controls keep what they show. */
    private void linkNumbers() {
        linkRecipe(seed, s -> s instanceof LessonSource.Seeded x ? x.spec().seed() : seed.getValue(), v -> s -> s.withSeed(v));
        choices(initBox, "initBox", Initialisation.values(), Initialisation::key,
                s -> s instanceof LessonSource.Seeded x ? x.spec().initialisation() : initBox.getValue(),
                init -> model.changeRecipe(s -> s.withInitialisation(init)));
    }

    private void linkActivations() {
        choices(activationBox, "activationBox", Activation.values(), Activation::key, LessonSource::activation,
                act -> model.change(s -> s.withActivations(act, s.headActivation())));
        choices(headActivationBox, "headActivationBox", HeadActivation.values(), HeadActivation::key,
                LessonSource::headActivation, act -> model.change(s -> s.withActivations(s.activation(), act)));
    }

    private void showPresetNames() {
        presetBox.setButtonCell(presetCell());
        presetBox.setCellFactory(list -> presetCell());
    }

    /** A cell showing a preset by its name in the language in use. */
    private static ListCell<Preset> presetCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Preset item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? Words.get("controls.custom") : Words.get("preset." + item.key()));
            }
        };
    }

    private void addTips() {
        tip(presetBox, "controls.preset.tip");
        tip(timesteps, "controls.timesteps.tip");
        tip(inputFeatures, "controls.inputFeatures.tip");
        tip(units, "controls.units.tip");
        tip(outputSize, "controls.outputs.tip");
        tip(seed, "controls.seed.tip");
        tip(initBox, "controls.initialisation.tip");
        tip(activationBox, "controls.activation.tip");
        tip(headActivationBox, "controls.headActivation.tip");
    }

    private Parent createGrid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("controls-grid");
        grid.setHgap(10);
        grid.setVgap(8);
        int row = 0;
        grid.add(sectionLabel("controls.sizes"), 0, row++, 2, 1);
        row = field(grid, row, "controls.timesteps", timesteps);
        row = field(grid, row, "controls.inputFeatures", inputFeatures);
        row = field(grid, row, "controls.units", units);
        row = field(grid, row, "controls.outputs", outputSize);
        grid.add(sectionLabel("controls.numbers"), 0, row++, 2, 1);
        numbersFrom.setId("numbersFromLabel");
        numbersFrom.setWrapText(true);
        grid.add(numbersFrom, 0, row++, 2, 1);
        int firstRecipeRow = row;
        row = field(grid, row, "controls.seed", seed);
        row = field(grid, row, "controls.initialisation", initBox);
        for (Node child : grid.getChildren()) {
            if (GridPane.getRowIndex(child) >= firstRecipeRow) {
                recipeRows.add(child);
            }
        }
        grid.add(sectionLabel("controls.activations"), 0, row++, 2, 1);
        row = field(grid, row, "controls.activation", activationBox);
        field(grid, row, "controls.headActivation", headActivationBox);

        VBox box = new VBox(14, grid);
        box.getStyleClass().add("controls");
        box.setPadding(new Insets(14, 14, 14, 16));
        box.setPrefWidth(320);
        return box;
    }

    /** What the lesson asked for shows, as {@code part} of it. */
    private <T> ObservableValue<T> shown(Function<LessonSource, T> part) {
        return model.requestedSourceProperty().map(part);
    }

    /** A spinner showing a number of the lesson's recipe; a committed number edits the recipe. */
    private void linkRecipe(Spinner<Long> spinner, Function<LessonSource, Number> part,
                            LongFunction<UnaryOperator<LessonSpec>> edit) {
        ControlSync.link(spinner.getValueFactory().valueProperty(), shown(s -> part.apply(s).longValue()),
                v -> model.changeRecipe(edit.apply(v)));
    }

    private <E> void choices(ComboBox<E> box, String id, E[] values, Function<E, String> key,
                             Function<LessonSource, E> part, Consumer<E> choose) {
        box.setId(id);
        box.getItems().setAll(Arrays.asList(values));
        box.setConverter(ControlSync.shownAs(box.getItems(), key));
        box.setMaxWidth(Double.MAX_VALUE);
        ControlSync.link(box.valueProperty(), shown(part), chosen -> {
            if (chosen != null) {
                choose.accept(chosen);
            }
        });
    }

    /**
     * Weights from a file have no recipe: their sizes are what the file says, and in place of a seed
     * and an initialisation the panel names the files; a lesson without outputs has no head activation.
     */
    private void enableFor(LessonSource source) {
        headActivationBox.setDisable(!source.dimensions().hasHead());
        boolean seeded = source instanceof LessonSource.Seeded;
        for (Control c : new Control[] {timesteps, inputFeatures, units, outputSize, seed, initBox}) {
            c.setDisable(!seeded);
        }
        // a seed and an initialisation the numbers never came from would mislead: the files are named instead
        for (Node n : recipeRows) {
            n.setVisible(seeded);
            n.setManaged(seeded);
        }
        numbersFrom.setVisible(!seeded);
        numbersFrom.setManaged(!seeded);
        numbersFrom.setText(source instanceof LessonSource.Explicit explicit ? numbersFrom(explicit) : "");
    }

    /** Where explicit numbers came from: "Numbers from w.npz and x.npy", or from the Keras model the lesson was made from. */
    private String numbersFrom(LessonSource.Explicit source) {
        LessonDocument shown = model.getDocument();
        if (source.origin() == null && shown != null && shown.lesson().model() != null && shown.source().equals(source)) {
            return Words.get("controls.numbersFrom", shown.lesson().model().file());
        }
        return source.origin() == null ? Words.get("controls.numbersFromNoFile")
                : Words.get("controls.numbersFrom", source.origin().describe());
    }

    /** The preset whose lesson this is, or null for one of the user's own. */
    private static Preset presetOf(LessonSource source) {
        return Arrays.stream(Preset.values()).filter(p -> LessonSource.of(p.spec()).equals(source)).findFirst().orElse(null);
    }

    private static Label sectionLabel(String key) {
        Label label = Words.label(new Label(), key);
        label.getStyleClass().add("section");
        return label;
    }

    private static int field(GridPane grid, int row, String key, Control control) {
        Label label = Words.label(new Label(), key);
        label.setLabelFor(control);
        label.setMinWidth(Region.USE_PREF_SIZE);
        grid.add(label, 0, row);
        grid.add(control, 1, row);
        control.setMaxWidth(Double.MAX_VALUE);
        GridPane.setHgrow(control, Priority.ALWAYS);
        return row + 1;
    }

    private static void tip(Control control, String key) {
        control.setTooltip(Words.tooltip(key));
    }
}
