package dev.unroll.app;

import dev.unroll.diagram.Notation;
import dev.unroll.diagram.Part;
import dev.unroll.diagram.PartKind;
import dev.unroll.diagram.ViewKind;
import dev.unroll.rnn.NumpyRandom;
import dev.unroll.rnn.Preset;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The window's content: menus and the toolbar on top; the diagram (and h over time in a second tab)
 * with the playback bar under it in the centre; the Inspector, Equation, Code, Glossary and Model
 * tabs on the right; the status bar with the indicators below. It binds to a {@link LessonViewModel}
 * and a {@link DiagramViewState} and changes them only through their commands; every action has a key.
 */
public final class MainWindow {

    private final LessonViewModel model;
    private final DiagramViewState diagramState = new DiagramViewState();
    private final StepPlayer player = new StepPlayer(diagramState);
    private final BorderPane root = new BorderPane();
    private final DiagramView diagram = new DiagramView();
    private final HeatmapView heatmap = new HeatmapView();
    private final LessonControls controls;
    private final SnapshotExport export;
    private final LessonFileActions files;
    private final TabPane panels = new TabPane();
    private final InspectorPanel inspector;
    private final EquationPanel equation;
    private final CodePanel code;
    private final ModelPanel modelPanel;

    public MainWindow(LessonViewModel model, Executor background) {
        this(model, background, Preferences.userNodeForPackage(MainWindow.class));
    }

    /** A window that keeps its recent files in {@code prefs}. */
    public MainWindow(LessonViewModel model, Executor background, Preferences prefs) {
        this.model = model;
        this.files = new LessonFileActions(this::window, model, diagramState, background, prefs);
        this.controls = new LessonControls(model);
        this.export = new SnapshotExport(this::window, model::getTrace, diagramState::options, background);
        this.inspector = new InspectorPanel(diagramState, model::getTrace);
        this.equation = new EquationPanel(diagramState, model::getTrace);
        this.code = new CodePanel(diagramState, model::getTrace);
        this.modelPanel = new ModelPanel(diagramState, model::getTrace, controls.root());

        diagram.setId("diagram");
        diagram.optionsProperty().bind(diagramState.optionsBinding());
        diagram.setOnPartClicked((part, component) -> {
            diagramState.select(part, component);
            if (part != null) {
                panels.getSelectionModel().select(0);
            }
        });
        diagram.setOnCycle(this::selectNeighbour);
        heatmap.setId("heatmap");
        heatmap.traceProperty().bind(model.traceProperty());
        heatmap.tProperty().bind(diagramState.tProperty());
        heatmap.phaseProperty().bind(diagramState.phaseProperty());
        model.traceProperty().addListener((obs, old, now) -> lessonArrived(old, now));
        diagramState.tProperty().addListener((obs, old, now) -> diagram.showStep(now.intValue()));

        Tab diagramTab = new Tab("Diagram", diagram);
        diagramTab.setId("diagramTab");
        Tab heatmapTab = new Tab("h over time", heatmap);
        heatmapTab.setId("heatmapTab");
        TabPane pictures = new TabPane(diagramTab, heatmapTab);
        pictures.setId("centreTabs");
        pictures.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox centre = new VBox(problemBanner(), pictures, new PlaybackBar(diagramState, player).root());
        VBox.setVgrow(pictures, Priority.ALWAYS);

        panels.setId("sidePanels");
        panels.getTabs().setAll(tab("Inspector", "inspectorTab", inspector.root()), tab("Equation", "equationTab", equation.root()),
                tab("Code", "codeTab", code.root()), tab("Glossary", "glossaryTab", new GlossaryPanel(diagramState).root()),
                tab("Model", "modelTab", modelPanel.root()));
        panels.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        panels.setMinWidth(300);
        panels.setPrefWidth(440);

        SplitPane split = new SplitPane(centre, panels);
        split.setDividerPositions(0.67);
        SplitPane.setResizableWithParent(panels, false);
        BorderPane.setMargin(split, new Insets(4, 6, 0, 6));

        DiagramToolbar toolbar = new DiagramToolbar(diagramState, this::setHead, diagram, controls.presets());
        root.getStyleClass().add("unroll");
        root.setTop(new VBox(menuBar(), toolbar.root()));
        root.setCenter(split);
        root.setBottom(new StatusBar(model, diagramState, Bindings.when(diagram.hoverTextProperty().isEmpty())
                .then(heatmap.hoverTextProperty()).otherwise(diagram.hoverTextProperty())).root());
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
                // the lesson's keys work from the first moment: the diagram, not the preset list, has the focus
                Platform.runLater(diagram::requestFocus);
            }
        });
        if (model.getTrace() != null) {
            lessonArrived(null, model.getTrace());
        }
    }

    /** The root node, to put in a scene. */
    public Parent root() {
        return root;
    }

    /** How the diagram is shown. */
    public DiagramViewState diagramState() {
        return diagramState;
    }

    /** The lesson's player. */
    public StepPlayer player() {
        return player;
    }

    /** The window's title: the lesson's name, with a dot while it has unsaved changes. */
    public javafx.beans.binding.StringExpression titleBinding() {
        return Bindings.createStringBinding(() -> {
            String name = files.titleProperty().get().isEmpty() && files.fileProperty().get() == null ? ""
                    : " \u2014 " + (files.titleProperty().get().isEmpty() ? files.fileProperty().get().getFileName().toString()
                    : files.titleProperty().get());
            return "Unroll" + name + (files.dirtyProperty().get() && files.fileProperty().get() != null ? " \u2022" : "");
        }, files.titleProperty(), files.fileProperty(), files.dirtyProperty());
    }

    /** Open, save and import, so tests can give them files without the system's file chooser. */
    LessonFileActions files() {
        return files;
    }

    private void lessonArrived(dev.unroll.rnn.Trace old, dev.unroll.rnn.Trace now) {
        if (now == null) {
            return;
        }
        player.pause();
        boolean sameLength = old != null && old.timesteps() == now.timesteps();
        diagramState.lessonChanged(now.timesteps(), now.units(), sameLength);
        // the diagram takes the new lesson only once the view state fits it (t ≤ T, unit < N)
        diagram.traceProperty().set(now);
        // a lesson without outputs has no head to draw; one that gains outputs shows them
        if (now.outputs() == 0) {
            diagramState.setHead(false);
        } else if (old == null || old.outputs() == 0) {
            diagramState.setHead(true);
        }
        inspector.refresh();
        equation.refresh();
        code.refresh();
        modelPanel.refresh();
    }

    private static Tab tab(String title, String id, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /**
     * The output head on or off, from the switch, the menu or the key. A head needs outputs: a lesson
     * without them gets two, drawn after the other weights, so h is unchanged.
     */
    private void setHead(boolean on) {
        diagramState.setHead(on);
        if (on && !model.getRequestedSource().dimensions().hasHead()) {
            model.changeRecipe(s -> s.withDimensions(s.dimensions().withOutputSize(2)));
        }
    }

    /**
     * The window's keys. A plain key acts on the lesson unless the focused control needs it (typing a
     * number never steps the lesson, Space still presses a focused button); the modified ones
     * (Ctrl+E, …) are menu accelerators.
     */
    private void key(KeyEvent e) {
        Scene scene = root.getScene();
        Node focus = scene == null ? null : scene.getFocusOwner();
        if (e.isShortcutDown() || e.isAltDown() || focusedControlOwns(focus, e.getCode())) {
            return;
        }
        boolean handled = true;
        switch (e.getCode()) {
            case SPACE -> player.toggle();
            case RIGHT -> step(e.isShiftDown() ? diagramState::stageForward : diagramState::stepForward);
            case LEFT -> step(e.isShiftDown() ? diagramState::stageBack : diagramState::stepBack);
            case HOME -> step(diagramState::toStart);
            case END -> step(diagramState::toEnd);
            case F -> diagramState.setView(ViewKind.FOLDED);
            case U -> diagramState.setView(ViewKind.UNROLLED);
            case B -> diagramState.setView(ViewKind.BOTH);
            case O -> setHead(!diagramState.headProperty().get());
            case N -> diagramState.setNotation(diagramState.notationProperty().get() == Notation.KERAS
                    ? Notation.GOODFELLOW : Notation.KERAS);
            case ENTER -> handled = selectCurrentState();
            default -> handled = "?".equals(e.getText()) && showShortcuts();
        }
        if (handled) {
            e.consume();
        }
    }

    /**
     * Whether the focused control needs this key itself: text fields and number fields every key,
     * buttons Space and Enter, an open drop-down its keys. Arrows always step the lesson: a closed
     * drop-down that kept the focus must not change the lesson under a teacher's hand.
     */
    private static boolean focusedControlOwns(Node focus, KeyCode code) {
        boolean pressKey = code == KeyCode.SPACE || code == KeyCode.ENTER;
        return focus instanceof TextInputControl || focus instanceof javafx.scene.control.Spinner<?>
                || (focus instanceof ButtonBase || focus instanceof org.controlsfx.control.ToggleSwitch) && pressKey
                || focus instanceof ComboBoxBase<?> box && (box.isShowing() || pressKey)
                || focus instanceof Slider && (code == KeyCode.HOME || code == KeyCode.END);
    }

    private void step(Runnable move) {
        player.pause();
        move.run();
    }

    /**
     * ↑ / ↓ on the diagram: the previous or next part of the picture, in drawing order (folded cell,
     * then the chain), goes to the Inspector; a keyboard user reaches every box and arrow this way.
     */
    private void selectNeighbour(int direction) {
        var layout = diagram.layoutProperty().get();
        if (layout == null) {
            return;
        }
        java.util.List<Part> parts = new java.util.ArrayList<>();
        layout.nodes().forEach(n -> parts.add(n.part()));
        layout.edges().forEach(e -> parts.add(e.part()));
        parts.sort(java.util.Comparator.comparing((Part p) -> !p.folded()).thenComparingInt(Part::t)
                .thenComparing(Part::kind));
        if (parts.isEmpty()) {
            return;
        }
        int at = parts.indexOf(diagramState.selectedProperty().get());
        int next = at < 0 ? (direction > 0 ? 0 : parts.size() - 1) : Math.floorMod(at + direction, parts.size());
        diagramState.select(parts.get(next), -1);
        panels.getSelectionModel().select(0);
    }

    /** Enter on the diagram: the current step's state goes to the Inspector. */
    private boolean selectCurrentState() {
        diagramState.select(new Part(false, PartKind.H, diagramState.tProperty().get()), -1);
        panels.getSelectionModel().select(0);
        return true;
    }

    private boolean showShortcuts() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(window());
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Everything works from the keyboard");
        String[][] rows = {
            {"Space", "play or pause"},
            {"\u2190 / \u2192", "one step back or on"},
            {"Shift+\u2190 / \u2192", "one stage of the step back or on"},
            {"Home / End", "only h\u2080 / every step"},
            {"F / U / B", "folded, unrolled, both"},
            {"O", "output head on or off"},
            {"N", "Keras or Goodfellow letters"},
            {"Enter", "inspect the current h"},
            {"\u2191 / \u2193", "inspect the previous / next part (on the diagram)"},
            {"0, +, \u2212", "fit, zoom (on the diagram)"},
            {"Ctrl+O / Ctrl+S", "open / save a lesson"},
            {"Ctrl+I", "import weights"},
            {"Ctrl+E", "export a snapshot"},
            {"Ctrl+N", "next seed"},
            {"F11", "full screen"},
            {"?", "this list"},
        };
        javafx.scene.layout.GridPane keys = new javafx.scene.layout.GridPane();
        keys.setHgap(18);
        keys.setVgap(4);
        keys.setId("shortcutsList");
        for (int i = 0; i < rows.length; i++) {
            Label key = new Label(rows[i][0]);
            key.getStyleClass().add("shortcut-key");
            keys.addRow(i, key, new Label(rows[i][1]));
        }
        alert.getDialogPane().setContent(keys);
        alert.show();
        return true;
    }

    private MenuBar menuBar() {
        MenuItem exportItem = item("Export snapshot\u2026", "exportItem", KeyCode.E, export::run);
        MenuItem quit = item("Quit", "quitItem", KeyCode.Q, Platform::exit);
        MenuItem openItem = item("Open lesson\u2026", "openItem", KeyCode.O, files::open);
        Menu recent = new Menu("Open recent");
        recent.setId("recentMenu");
        recent.getItems().add(new MenuItem("(none yet)"));
        recent.setOnShowing(e -> {
            var items = files.recentItems();
            recent.getItems().setAll(items.isEmpty() ? java.util.List.of(new MenuItem("(none yet)")) : items);
        });
        MenuItem saveItem = item("Save lesson", "saveItem", KeyCode.S, files::save);
        MenuItem saveAsItem = new MenuItem("Save lesson as\u2026");
        saveAsItem.setId("saveAsItem");
        saveAsItem.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        saveAsItem.setOnAction(e -> files.saveAs());
        MenuItem importItem = item("Import weights\u2026", "importItem", KeyCode.I, () -> files.importWeights(false));
        MenuItem importBothItem = new MenuItem("Import weights and inputs\u2026");
        importBothItem.setId("importBothItem");
        importBothItem.setOnAction(e -> files.importWeights(true));
        Menu file = new Menu("_File", null, openItem, recent, saveItem, saveAsItem, new SeparatorMenuItem(), importItem,
                importBothItem, new SeparatorMenuItem(), exportItem, new SeparatorMenuItem(), quit);

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
        head.setOnAction(e -> setHead(head.isSelected()));
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

        MenuItem shortcuts = new MenuItem("Keyboard shortcuts  (?)");
        shortcuts.setId("shortcutsItem");
        shortcuts.setOnAction(e -> showShortcuts());
        MenuItem fullScreen = new MenuItem("Full screen");
        fullScreen.setId("fullScreenItem");
        fullScreen.setAccelerator(new KeyCodeCombination(KeyCode.F11));
        fullScreen.setOnAction(e -> {
            if (window() instanceof Stage stage) {
                stage.setFullScreen(!stage.isFullScreen());
            }
        });
        view.getItems().addAll(new SeparatorMenuItem(), fullScreen);

        Menu lesson = new Menu("_Lesson");
        for (Preset preset : Preset.values()) {
            MenuItem presetItem = new MenuItem(preset.title());
            presetItem.setOnAction(e -> controls.openPreset(preset));
            lesson.getItems().add(presetItem);
        }
        lesson.getItems().add(item("Next seed", "nextSeedItem", KeyCode.N,
                () -> controls.edit(s -> s.withSeed((s.seed() + 1) % (NumpyRandom.MAX_SEED + 1)))));

        MenuItem about = new MenuItem("About Unroll");
        about.setId("aboutItem");
        about.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        about.setOnAction(e -> showAbout());
        Menu help = new Menu("_Help", null, shortcuts, about);
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
