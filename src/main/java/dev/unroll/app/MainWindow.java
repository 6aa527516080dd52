package dev.unroll.app;

import dev.unroll.diagram.Notation;
import dev.unroll.diagram.ValueFormat;
import dev.unroll.diagram.ViewKind;
import dev.unroll.rnn.Activation;
import dev.unroll.rnn.Dimensions;
import dev.unroll.rnn.KerasSummary;
import dev.unroll.rnn.NumpyRandom;
import dev.unroll.rnn.Preset;
import dev.unroll.rnn.Trace;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The window's content: menus and the diagram's toolbar on top, the lesson's controls on the left,
 * the diagram (and h over time, in a second tab) in the centre, and a status bar below. It binds to
 * a {@link LessonViewModel} and a {@link DiagramViewState} and changes them only through their commands.
 */
public final class MainWindow {

    private final LessonViewModel model;
    private final DiagramViewState diagramState = new DiagramViewState();
    private final BorderPane root = new BorderPane();
    private final DiagramView diagram = new DiagramView();
    private final HeatmapView heatmap = new HeatmapView();
    private final LessonControls controls;
    private final SnapshotExport export;

    public MainWindow(LessonViewModel model, Executor background) {
        this.model = model;
        this.controls = new LessonControls(model);
        this.export = new SnapshotExport(this::window, model::getTrace, diagramState::options, background);

        diagram.setId("diagram");
        diagram.traceProperty().bind(model.traceProperty());
        diagram.optionsProperty().bind(diagramState.optionsBinding());
        heatmap.setId("heatmap");
        heatmap.traceProperty().bind(model.traceProperty());
        model.traceProperty().addListener((obs, old, now) -> {
            if (now != null) {
                boolean sameLength = old != null && old.timesteps() == now.timesteps();
                diagramState.lessonChanged(now.timesteps(), sameLength);
                // a lesson without outputs has no head to draw; one that gains outputs shows them
                if (now.outputs() == 0) {
                    diagramState.setHead(false);
                } else if (old == null || old.outputs() == 0) {
                    diagramState.setHead(true);
                }
            }
        });
        if (model.getTrace() != null) {
            diagramState.lessonChanged(model.getTrace().timesteps(), false);
        }

        Tab diagramTab = new Tab("Diagram", diagram);
        diagramTab.setId("diagramTab");
        Tab heatmapTab = new Tab("h over time", heatmap);
        heatmapTab.setId("heatmapTab");
        TabPane tabs = new TabPane(diagramTab, heatmapTab);
        tabs.setId("centreTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        DiagramToolbar toolbar = new DiagramToolbar(diagramState, this::ensureOutputs, diagram);
        root.getStyleClass().add("unroll");
        root.setTop(new VBox(menuBar(), toolbar.root()));
        root.setLeft(controls.root());
        VBox centre = new VBox(problemBanner(), tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        BorderPane.setMargin(centre, new Insets(6, 8, 0, 6));
        root.setCenter(centre);
        root.setBottom(statusBar());
    }

    /** The root node, to put in a scene. */
    public Parent root() {
        return root;
    }

    /** How the diagram is shown. */
    public DiagramViewState diagramState() {
        return diagramState;
    }

    /** The export action, so tests can give it a file without the system's file chooser. */
    SnapshotExport snapshotExport() {
        return export;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** The head needs outputs: a lesson without them gets two, drawn after the other weights, so h is unchanged. */
    private void ensureOutputs() {
        model.change(s -> s.dimensions().hasHead() ? s : s.withDimensions(s.dimensions().withOutputSize(2)));
    }

    private MenuBar menuBar() {
        MenuItem exportItem = item("Export snapshot\u2026", "exportItem", KeyCode.E, export::run);
        MenuItem quit = item("Quit", "quitItem", KeyCode.Q, Platform::exit);
        Menu file = new Menu("_File", null, exportItem, new SeparatorMenuItem(), quit);

        ToggleGroup views = new ToggleGroup();
        Menu view = new Menu("_View");
        KeyCode[] viewKeys = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3};
        for (ViewKind kind : ViewKind.values()) {
            RadioMenuItem choice = new RadioMenuItem(kind == ViewKind.BOTH ? "Folded and unrolled"
                    : kind.key().substring(0, 1).toUpperCase(Locale.ROOT) + kind.key().substring(1));
            choice.setToggleGroup(views);
            choice.setAccelerator(new KeyCodeCombination(viewKeys[kind.ordinal()], KeyCombination.SHORTCUT_DOWN));
            choice.setSelected(diagramState.viewProperty().get() == kind);
            choice.setOnAction(e -> diagramState.setView(kind));
            diagramState.viewProperty().addListener((obs, old, now) -> choice.setSelected(now == kind));
            view.getItems().add(choice);
        }
        CheckMenuItem head = new CheckMenuItem("Output head");
        head.setAccelerator(new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN));
        head.setSelected(diagramState.headProperty().get());
        head.setOnAction(e -> {
            diagramState.setHead(head.isSelected());
            if (head.isSelected()) {
                ensureOutputs();
            }
        });
        diagramState.headProperty().addListener((obs, old, now) -> head.setSelected(now));
        CheckMenuItem goodfellow = new CheckMenuItem("Goodfellow letters (U in, W loop)");
        goodfellow.setAccelerator(new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN));
        goodfellow.setOnAction(e -> diagramState.setNotation(goodfellow.isSelected() ? Notation.GOODFELLOW : Notation.KERAS));
        diagramState.notationProperty().addListener((obs, old, now) -> goodfellow.setSelected(now == Notation.GOODFELLOW));
        CheckMenuItem shapes = new CheckMenuItem("Shapes");
        shapes.setAccelerator(new KeyCodeCombination(KeyCode.J, KeyCombination.SHORTCUT_DOWN));
        shapes.setOnAction(e -> diagramState.setShapes(shapes.isSelected()));
        diagramState.shapesProperty().addListener((obs, old, now) -> shapes.setSelected(now));
        view.getItems().addAll(new SeparatorMenuItem(), head, goodfellow, shapes, new SeparatorMenuItem(),
                item("Zoom in", "zoomInItem", KeyCode.EQUALS, () -> diagram.zoomBy(1.25)),
                item("Zoom out", "zoomOutItem", KeyCode.MINUS, () -> diagram.zoomBy(1 / 1.25)),
                item("Fit to window", "fitItem", KeyCode.DIGIT0, diagram::fit));

        Menu lesson = new Menu("_Lesson");
        for (Preset preset : Preset.values()) {
            MenuItem presetItem = new MenuItem(preset.title());
            presetItem.setOnAction(e -> controls.edit(s -> preset.spec()));
            lesson.getItems().add(presetItem);
        }
        lesson.getItems().add(item("Next seed", "nextSeedItem", KeyCode.N,
                () -> controls.edit(s -> s.withSeed((s.seed() + 1) % (NumpyRandom.MAX_SEED + 1)))));

        MenuItem about = new MenuItem("About Unroll");
        about.setId("aboutItem");
        about.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        about.setOnAction(e -> showAbout());
        Menu help = new Menu("_Help", null, about);
        return new MenuBar(file, view, lesson, help);
    }

    /** Why the last change was refused, across the top of the picture until the next change or Dismiss. */
    private Parent problemBanner() {
        Label problem = new Label();
        problem.setId("problemLabel");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        Button dismiss = new Button("Dismiss");
        dismiss.setId("dismissProblemButton");
        dismiss.setOnAction(e -> model.dismissProblem());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox banner = new HBox(12, new Label("\u26A0"), problem, gap, dismiss);
        banner.getStyleClass().add("problem-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.setPadding(new Insets(8, 12, 8, 12));
        banner.visibleProperty().bind(model.problemProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private static MenuItem item(String text, String id, KeyCode key, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN));
        item.setOnAction(e -> action.run());
        return item;
    }

    private Parent statusBar() {
        Label params = new Label();
        params.setId("paramsLabel");
        Label saturation = new Label();
        saturation.setId("saturationLabel");
        Label hover = new Label();
        hover.setId("hoverLabel");
        hover.textProperty().bind(javafx.beans.binding.Bindings.when(diagram.hoverTextProperty().isEmpty())
                .then(heatmap.hoverTextProperty()).otherwise(diagram.hoverTextProperty()));
        hover.setMaxWidth(560);
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
        HBox bar = new HBox(18, params, saturation, spacer, hover, working);
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
        if (trace.firstNonFiniteStep() > 0) {
            saturation.setText("h overflows to \u221E at t = " + trace.firstNonFiniteStep());
            saturation.setTooltip(new Tooltip(trace.lesson().activation().key() + " does not bound h: with these weights"
                    + " it grows every step until it passes the largest number a double holds.\n"
                    + "Try tanh, or Keras's initialisation."));
        } else if (trace.lesson().activation() == Activation.TANH) {
            double saturated = trace.saturatedFraction();
            saturation.setText(String.format(Locale.ROOT, "Saturated (|h| \u2265 0.99): %.1f %%", 100 * saturated));
            saturation.setTooltip(new Tooltip("Where tanh is flat its gradient is nearly 0: a saturated cell barely learns.\n"
                    + "Uniform [0, 1) weights saturate almost every value; Keras's initialisation does not."));
        } else {
            saturation.setText("max |h| = " + ValueFormat.threeDigits(trace.maxAbsState()));
            saturation.setTooltip(null);
        }
    }

    private void showAbout() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(window());
        alert.setTitle("About Unroll");
        alert.setHeaderText("Unroll 0.1.0");
        alert.setContentText("A recurrent neural network made concrete: every step computed with real matrices,\n"
                + "h\u209C = tanh(W\u00B7x\u209C + U\u00B7h\u209C\u208B\u2081 + b), shown as it happens.\n\n"
                + "A seed S draws the same numbers as numpy after np.random.seed(S).");
        alert.showAndWait();
    }

}
