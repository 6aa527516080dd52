package dev.unroll.app;

import dev.unroll.diagram.Notation;
import dev.unroll.diagram.Part;
import dev.unroll.diagram.PartKind;
import dev.unroll.diagram.PictureKind;
import dev.unroll.diagram.ViewKind;
import dev.unroll.io.LessonSource;
import dev.unroll.rnn.Preset;
import dev.unroll.text.Vocabulary;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
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
import javafx.stage.WindowEvent;

/**
 * The window's content: menus and the toolbar on top; the diagram (and h over time in a second tab)
 * with the playback bar under it in the centre; the Inspector, Equation, Code, Glossary, Model, Notes
 * and Gradients tabs on the right; the status bar with the indicators below. It binds to a {@link LessonViewModel}
 * and a {@link DiagramViewState} and changes them only through their commands; every action has a key.
 */
public final class MainWindow {

    /** The menu commands whose keys work while presenting: Save, Undo, Redo and Quit. */
    private static final Set<String> KEPT_WHILE_PRESENTING = Set.of("saveItem", "undoItem", "redoItem", "quitItem");

    private final LessonViewModel model;
    private final DiagramViewState diagramState = new DiagramViewState();
    private final StepPlayer player = new StepPlayer(diagramState);
    private final MorphClock morphClock = new MorphClock(diagramState);
    private final BorderPane root = new BorderPane();
    private final DiagramView diagram = new DiagramView();
    private final HeatmapView heatmap = new HeatmapView();
    private final LessonControls controls;
    private final SnapshotExport export;
    private final PictureCopy pictureCopy;
    private final NumbersExport numbersExport;
    private final LessonFileActions files;
    private final ModelFileActions modelFiles;
    private final TabPane panels = new TabPane();
    private final InspectorPanel inspector;
    private final BackwardViewModel gradients;
    private final FileWork fileWork;
    private final PanelExport panelExport;
    private final SplitPane split;
    private final RememberedSettings remembered;
    private final StatusBar statusBar;
    private final MenuBar menuBar;
    private final PresentationMode presentation;
    private final EditHistory history;
    private final SentenceBar sentence;
    private final LanguageMenu languages;
    private final Appearance appearance = new Appearance();
    private final AppearanceMenu appearanceMenu;
    private final GradientWork gradientWork;
    private GradientPanel gradientPanel;
    /** The diagram, h over time and the Gradients panel, in tabs. */
    private TabPane pictures;
    private final TrainViewModel training;
    private CheckMenuItem sidePanelItem;
    private DialogService dialogs = DialogService.system();
    /** The scene whose keys and looks this window has set up. */
    private Scene setUpScene;

    public MainWindow(LessonViewModel model, Executor background) {
        this(model, background, Preferences.userNodeForPackage(MainWindow.class));
    }

    /** A window that remembers its recent files, last lesson and last export in {@code prefs}. */
    public MainWindow(LessonViewModel model, Executor background, Preferences prefs) {
        this.model = model;
        this.remembered = new RememberedSettings(prefs);
        this.fileWork = new FileWork(this::window, background, () -> dialogs);
        this.files = new LessonFileActions(fileWork, model, diagramState, prefs);
        this.modelFiles = new ModelFileActions(fileWork, model, files);
        this.controls = new LessonControls(model, files::openPreset);
        // read when a notice is given: the bar is built before the status bar
        this.sentence = new SentenceBar(model, this::notice);
        // exports name token ids in the vocabulary the window names them in
        Supplier<Vocabulary> words = () -> sentence.vocabularyProperty().get();
        this.export = new SnapshotExport(fileWork, model::getTrace, diagramState::options, appearance::theme, words, remembered);
        this.panelExport = new PanelExport(fileWork, model::getTrace, diagramState::options, () -> diagramState.unitProperty().get(),
                appearance::theme, words, remembered,
                () -> model.getSource() instanceof LessonSource.Seeded seeded ? seeded.spec() : null);
        this.gradientWork = new GradientWork(background);
        this.numbersExport = new NumbersExport(fileWork, () -> model.getTrace() == null ? null : model.getTrace().lesson());
        this.gradients = new BackwardViewModel(model.traceProperty(), diagramState.returnSequencesProperty(), background);
        gradients.activeProperty().bind(diagramState.backwardProperty());
        this.inspector = new InspectorPanel(diagramState, model.traceProperty(), gradients.gradientsProperty());
        export.drawGradientsFrom(gradients.gradientsProperty()::get);
        this.history = new EditHistory(model, diagramState);
        // read when a notice is given: the menu is built before the status bar
        this.languages = new LanguageMenu(remembered, this::notice);
        this.appearanceMenu = new AppearanceMenu(appearance, remembered);
        this.training = new TrainViewModel(model);

        setUpDiagram();
        setUpHeatmap();
        model.documentProperty().addListener((obs, old, now) -> documentArrived(old, now));
        diagramState.tProperty().addListener((obs, old, now) -> diagram.showStep(now.intValue()));
        setUpSidePanels();
        split = createSplit(createCentre(), panels);
        presentation = new PresentationMode(root, diagram, diagramState, player, model.traceProperty(), prefs,
                history::withoutRecording);

        DiagramToolbar toolbar = new DiagramToolbar(diagramState, this::setHead, diagram, controls.presets());
        toolbar.addAfterViews(DiagramToolbar.backwardControls(diagramState, gradients));
        // presenting comes first: on a narrow window the last buttons give way to the toolbar's overflow menu,
        // and the two panels are a menu item and a key away as well
        toolbar.addAtEnd(presentation.button());
        toolbar.addAtEnd(gradientsButton());
        toolbar.addAtEnd(trainButton());
        presentation.setCaption(NarrationCaption.presented(diagramState, model.documentProperty(),
                presentation.typeSizeProperty()).root());
        root.getStyleClass().add("unroll");
        menuBar = menuBar();
        root.setTop(new VBox(menuBar, toolbar.root()));
        root.setCenter(split);
        statusBar = new StatusBar(model, diagramState, fileWork.progressView(), Bindings.when(diagram.hoverTextProperty().isEmpty())
                .then(heatmap.hoverTextProperty()).otherwise(diagram.hoverTextProperty()));
        root.setBottom(statusBar.root());
        statusBar.linkSpectralRadius(this::showGradients);
        pictureCopy = new PictureCopy(model::getTrace, diagramState::options, appearance::theme, words, statusBar::setNotice,
                background);
        pictureCopy.copyOnKeys(diagram);
        pictureCopy.drawGradientsFrom(gradients.gradientsProperty()::get);
        root.sceneProperty().addListener((obs, old, scene) -> {
            // presentation mode takes the root out of its scene and puts it back: the scene is set up once
            if (scene != null && scene != setUpScene) {
                setUpScene = scene;
                sceneArrived(scene);
            }
        });
        if (model.getDocument() != null) {
            documentArrived(null, model.getDocument());
        }
        followTheme();
        history.start();
        languages.start();
        appearanceMenu.start();
    }

    /** Every canvas draws in the theme chosen; the controls take its colours from the stylesheet once the window is in a scene. */
    private void followTheme() {
        diagram.themeProperty().bind(appearance.themeProperty());
        diagram.vocabularyProperty().bind(sentence.vocabularyProperty());
        inspector.vocabularyProperty().bind(sentence.vocabularyProperty());
        heatmap.themeProperty().bind(appearance.themeProperty());
        inspector.themeProperty().bind(appearance.themeProperty());
        statusBar.themeProperty().bind(appearance.themeProperty());
    }

    private void setUpDiagram() {
        diagram.setId("diagram");
        diagram.optionsProperty().bind(diagramState.optionsBinding());
        diagram.backwardProperty().bind(gradients.gradientsProperty());
        diagram.morphFromProperty().bind(diagramState.morphFromProperty());
        diagram.morphPhaseProperty().bind(diagramState.morphPhaseProperty());
        diagram.setOnPartClicked((part, component) -> {
            diagramState.select(part, component);
            if (part != null) {
                panels.getSelectionModel().select(0);
            }
        });
        diagram.setOnCycle(this::selectNeighbour);
    }

    private void setUpHeatmap() {
        heatmap.setId("heatmap");
        heatmap.traceProperty().bind(model.traceProperty());
        heatmap.tProperty().bind(diagramState.tProperty());
        heatmap.phaseProperty().bind(diagramState.phaseProperty());
    }

    /** The problem banner, the diagram, h over time and the Gradients panel in tabs, and the playback bar under them. */
    private Parent createCentre() {
        Tab diagramTab = tab("tab.diagram", "diagramTab", diagram);
        Tab heatmapTab = tab("tab.heatmap", "heatmapTab", panelExport.around(heatmap, PictureKind.HEATMAP));
        // the Gradients panel's two plots are pictures of the whole run, as h over time is, and want the
        // centre's width; the side panel keeps to what goes with the diagram (and would not hold eight tabs)
        Tab gradientsTab = lazyTab("tab.gradients", "gradientsTab", () -> {
            ObservableValue<Boolean> shown = pictures.getSelectionModel().selectedItemProperty()
                    .map(tab -> "gradientsTab".equals(tab.getId()));
            gradientPanel = new GradientPanel(gradientWork, model.documentProperty(), shown, appearance.themeProperty());
            return panelExport.around(gradientPanel.root(), PictureKind.GRADIENTS);
        });
        pictures = new TabPane(diagramTab, heatmapTab, gradientsTab);
        pictures.setId("centreTabs");
        pictures.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox centre = new VBox(problemBanner(), sentence.root(), pictures, new NarrationCaption(diagramState, model.documentProperty()).root(),
                new PlaybackBar(diagramState, player).root());
        VBox.setVgrow(pictures, Priority.ALWAYS);
        return centre;
    }

    private void setUpSidePanels() {
        panels.setId("sidePanels");
        panels.getTabs().setAll(tab("tab.inspector", "inspectorTab", inspector.root()),
                lazyTab("tab.equation", "equationTab", () -> panelExport.around(new EquationPanel(diagramState, model.traceProperty(),
                        sentence.vocabularyProperty(), gradients.gradientsProperty()).root(),
                        PictureKind.EQUATION)),
                lazyTab("tab.code", "codeTab", () -> new CodePanel(diagramState, model.documentProperty(), fileWork).root()),
                lazyTab("tab.glossary", "glossaryTab", () -> new GlossaryPanel(diagramState).root()),
                lazyTab("tab.model", "modelTab", () -> new ModelPanel(diagramState, model.documentProperty(), controls.root()).root()),
                lazyTab("tab.notes", "notesTab", () -> new NotesPanel(model, diagramState).root()),
                lazyTab("tab.train", "trainTab", () -> new TrainPanel(training, model.traceProperty(), appearance.themeProperty()).root()));
        panels.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // wide enough for every tab header side by side: none hides in an overflow menu
        panels.setMinWidth(440);
        panels.setPrefWidth(540);
    }

    /** The Gradients panel, a tab beside the diagram and h over time. */
    void showGradients() {
        pictures.getSelectionModel().select(pictures.getTabs().stream().filter(t -> "gradientsTab".equals(t.getId())).findFirst()
                .orElseThrow());
    }

    /** The Gradients panel once it has been shown, else null. */
    GradientPanel gradientPanel() {
        return gradientPanel;
    }

    /** The toolbar's way to the Gradients panel. */
    private Button gradientsButton() {
        Button button = Words.label(new Button(), "toolbar.gradients");
        button.setId("gradientsButton");
        button.setTooltip(Words.tooltip("toolbar.gradients.tip"));
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> showGradients());
        return button;
    }

    private static SplitPane createSplit(Parent centre, TabPane panels) {
        SplitPane split = new SplitPane(centre, panels);
        split.setId("mainSplit");
        split.setDividerPositions(0.67);
        SplitPane.setResizableWithParent(panels, false);
        BorderPane.setMargin(split, new Insets(4, 6, 0, 6));
        return split;
    }

    /** The window's keys, and quitting on close, from the moment the window is in a scene. */
    private void sceneArrived(Scene scene) {
        appearance.style(scene);
        appearance.styleDialogs(scene);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        scene.getAccelerators().put(EditHistory.REDO_ALSO, history::redo);
        scene.windowProperty().addListener((o, oldWindow, window) -> {
            if (window != null) {
                // closing the window is quitting: unsaved work is asked about first
                window.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, e -> {
                    e.consume();
                    quit();
                });
            } else {
                // the scene has left its window: a run still training would change a lesson nobody sees
                training.close();
            }
        });
        // the lesson's keys work from the first moment: the diagram, not the preset list, has the focus
        Platform.runLater(diagram::requestFocus);
    }

    /** The root node, to put in a scene. */
    public Parent root() {
        return root;
    }

    /** The gradients of the lesson on screen, computed while the backward mode (or another reader) wants them. */
    public BackwardViewModel gradients() {
        return gradients;
    }

    /** How the diagram is shown. */
    public DiagramViewState diagramState() {
        return diagramState;
    }

    /** The Train panel's run. */
    TrainViewModel training() {
        return training;
    }

    /** Presentation mode. */
    PresentationMode presentation() {
        return presentation;
    }

    /** The clock of the morph between the folded and the unrolled picture. */
    MorphClock morphClock() {
        return morphClock;
    }

    /** The lesson's player. */
    public StepPlayer player() {
        return player;
    }

    /**
     * The window's title: the lesson's name, the file it belongs to when its name is not the file's,
     * and a dot while it has unsaved changes.
     */
    public javafx.beans.binding.StringExpression titleBinding() {
        return Bindings.createStringBinding(() -> {
            LessonDocument shown = model.getDocument();
            if (shown == null) {
                return "Unroll";
            }
            String file = shown.file() == null || shown.name().equals(LessonDocument.stem(shown.file())) ? ""
                    : " (" + shown.file().getFileName() + ")";
            return "Unroll \u2014 " + shown.name() + file + (files.unsavedProperty().get() ? " \u2022" : "");
        }, model.documentProperty(), files.unsavedProperty());
    }

    /** Open, save and import, so tests can give them files without the system's file chooser. */
    LessonFileActions files() {
        return files;
    }

    /**
     * At start: reopens the lesson file last opened or saved; one that is gone or no longer reads
     * leaves the default lesson on screen with a quiet notice in the status bar. Returns the read,
     * for tests; null when none was started.
     */
    public javafx.concurrent.Task<dev.unroll.io.LessonFile> reopenLastLesson() {
        return files.reopenLastLesson(statusBar::setNotice);
    }

    /** View → Reset preferences…: after the user confirms, forgets everything remembered and says so. */
    void resetPreferences() {
        if (!dialogs.confirmReset(window())) {
            return;
        }
        if (!remembered.reset()) {
            statusBar.setNotice(Words.get("notice.resetFailed"));
            return;
        }
        // the window takes its first-start place now, so that closing it does not remember the old one again
        if (window() instanceof Stage stage) {
            WindowPlacement.toFirstPlace(stage);
        }
        languages.resetToSystem();
        appearanceMenu.reset();
        statusBar.setNotice(Words.get("notice.resetDone"));
    }

    private void notice(String text) {
        statusBar.setNotice(text);
    }

    /** Replaces the window's dialogs, so that a test can answer them. */
    void setDialogs(DialogService replacement) {
        dialogs = replacement;
    }

    /** File → Quit and closing the window: the window closes once unsaved work is safe. */
    void quit() {
        files.whenSafe(() -> {
            Window shown = window();
            if (shown != null) {
                shown.hide();
            }
        });
    }

    /**
     * Follows a new document. A lesson opened, chosen or imported brings its own view (step, view,
     * head, notation, shapes); an edit keeps the view on screen, with the head following the outputs.
     */
    private void documentArrived(LessonDocument old, LessonDocument now) {
        if (now == null) {
            return;
        }
        player.pause();
        boolean fresh = old == null || old.id() != now.id();
        if (fresh && now.file() != null) {
            // a lesson opened or saved: a notice about the last lesson or a reset is old news
            statusBar.setNotice("");
        }
        if (now.file() != null && (fresh || !now.file().equals(old.file()))) {
            // remembered only once it is on screen: a file cancelled or failed while computing is not reopened
            remembered.rememberLastLesson(now.file());
        }
        dev.unroll.rnn.Trace trace = now.trace();
        boolean sameLength = !fresh && old.trace().timesteps() == trace.timesteps();
        diagramState.lessonChanged(trace.timesteps(), trace.units(), sameLength);
        // the diagram takes the new lesson only once the view state fits it (t ≤ T, unit < N)
        diagram.traceProperty().set(trace);
        if (fresh) {
            diagramState.show(now.storedView());
        } else if (trace.outputs() == 0) {
            // a lesson without outputs has no head to draw; one that gains outputs shows them
            diagramState.setHead(false);
        } else if (old.trace().outputs() == 0) {
            diagramState.setHead(true);
        }
    }

    /** Folds the side panel away, giving its width to the diagram, or brings it back where it was. */
    private void showSidePanel(boolean shown) {
        if (shown && !split.getItems().contains(panels)) {
            split.getItems().add(panels);
            split.setDividerPositions(0.67);
        } else if (!shown) {
            split.getItems().remove(panels);
        }
    }

    /** A tab titled message {@code key}. */
    private static Tab tab(String key, String id, Node content) {
        Tab tab = Words.tab(new Tab(null, content), key);
        tab.setId(id);
        return tab;
    }

    /**
     * A tab whose content is made the first time it is shown. A hidden tab's content would otherwise be
     * styled, skinned and laid out before the window's first frame, which shows none of it; each panel
     * follows the lesson from the moment it is made, so it shows the same whenever that is.
     */
    private static Tab lazyTab(String key, String id, Supplier<Node> content) {
        Tab tab = tab(key, id, null);
        tab.selectedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> selected, Boolean was, Boolean now) {
                if (now) {
                    tab.selectedProperty().removeListener(this);
                    tab.setContent(content.get());
                }
            }
        });
        return tab;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /**
     * The output head on or off, from the switch, the menu or the key. A head needs outputs: a lesson
     * without them gets the engine's {@link dev.unroll.rnn.Dimensions#withHeadOn()}, drawn after the
     * other weights, so h is unchanged.
     */
    private void setHead(boolean on) {
        // the recipe changes first, so that the head and the outputs it needs are one edit to undo
        if (on && !model.getRequestedSource().dimensions().hasHead()) {
            model.changeRecipe(s -> s.withDimensions(s.dimensions().withHeadOn()));
        }
        diagramState.setHead(on);
    }

    /**
     * The window's keys. A plain key acts on the lesson unless the focused control needs it (typing a
     * number never steps the lesson); the modified ones
     * (Ctrl+E, …) are menu accelerators.
     */
    private void key(KeyEvent e) {
        Scene scene = root.getScene();
        Node focus = scene == null ? null : scene.getFocusOwner();
        if (presentation.key(e) || presentation.activeProperty().get() && fireKeptCommand(e)) {
            e.consume();
            return;
        }
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
            case F -> diagramState.switchView(ViewKind.FOLDED);
            case U -> diagramState.switchView(ViewKind.UNROLLED);
            case B -> diagramState.switchView(ViewKind.BOTH);
            case O -> setHead(!diagramState.headProperty().get());
            case Q -> diagramState.setQuiz(!diagramState.quizProperty().get());
            case G -> diagramState.setBackward(!diagramState.backwardProperty().get());
            case N -> diagramState.setNotation(diagramState.notationProperty().get() == Notation.KERAS
                    ? Notation.GOODFELLOW : Notation.KERAS);
            case ENTER -> {
                if (focus instanceof ButtonBase button) {
                    button.fire();
                } else {
                    selectCurrentState();
                }
            }
            default -> handled = "?".equals(e.getText()) && showShortcuts();
        }
        if (handled) {
            e.consume();
        }
    }

    /**
     * Fires the menu command whose accelerator {@code e} is, among those a presenter still needs: the
     * menu bar is out of the scene while presenting, and its accelerators with it.
     */
    private boolean fireKeptCommand(KeyEvent e) {
        for (Menu menu : menuBar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (item.getId() != null && KEPT_WHILE_PRESENTING.contains(item.getId()) && item.getAccelerator() != null
                        && item.getAccelerator().match(e) && !item.isDisable()) {
                    item.fire();
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the focused control needs this key itself. Only text (a text field, a number field, an
     * open drop-down) takes the lesson's keys: Space, the arrows, Home and End mean the same wherever
     * else the focus is, so a button clicked a moment ago never swallows them. Enter presses a focused
     * button, as Space would in other apps.
     */
    private static boolean focusedControlOwns(Node focus, KeyCode code) {
        return focus instanceof TextInputControl || focus instanceof javafx.scene.control.Spinner<?>
                || focus instanceof ComboBoxBase<?> box && (box.isShowing() || code == KeyCode.ENTER)
                || focus instanceof org.controlsfx.control.ToggleSwitch && code == KeyCode.ENTER;
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
    private void selectCurrentState() {
        diagramState.select(new Part(false, PartKind.H, diagramState.tProperty().get()), -1);
        panels.getSelectionModel().select(0);
    }

    private boolean showShortcuts() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(window());
        alert.setTitle(Words.get("shortcuts.title"));
        alert.setHeaderText(Words.get("shortcuts.header"));
        // each key as the keyboard names it, beside the message that says what it does
        String[][] rows = {
            {"Space", "shortcut.play"},
            {"\u2190 / \u2192", "shortcut.step"},
            {"Shift+\u2190 / \u2192", "shortcut.stage"},
            {"Home / End", "shortcut.ends"},
            {"F / U / B", "shortcut.views"},
            {"O", "shortcut.head"},
            {"N", "shortcut.notation"},
            {"Q", "shortcut.quiz"},
            {"G", "shortcut.backward"},
            {"Enter", "shortcut.inspect"},
            {"\u2191 / \u2193", "shortcut.parts"},
            {"0, +, \u2212", "shortcut.zoom"},
            {"Ctrl+Z / Ctrl+Shift+Z", "shortcut.undo"},
            {"Ctrl+O / Ctrl+S", "shortcut.openSave"},
            {"Ctrl+Alt+S", "shortcut.saveNumbers"},
            {"Ctrl+I", "shortcut.import"},
            {"Ctrl+E", "shortcut.export"},
            {"Ctrl+Shift+E", "shortcut.exportNumbers"},
            {"Ctrl+C", "shortcut.copy"},
            {"Ctrl+N", "shortcut.nextSeed"},
            {"Ctrl+Shift+N", "shortcut.newLesson"},
            {"Ctrl+B", "shortcut.sidePanel"},
            {"Ctrl+Shift+V", "shortcut.gradients"},
            {"Ctrl+T", "shortcut.train"},
            {"F11", "shortcut.fullScreen"},
            {"F5", "shortcut.presentation"},
            {"Page Down / Page Up", "shortcut.pages"},
            {"B", "shortcut.blank"},
            {"Ctrl+= / Ctrl+\u2212", "shortcut.typeSize"},
            {"?", "shortcut.list"},
        };
        alert.getDialogPane().setContent(shortcutsList(rows));
        alert.show();
        return true;
    }

    /** Each key beside what it does. */
    private static Node shortcutsList(String[][] rows) {
        javafx.scene.layout.GridPane keys = new javafx.scene.layout.GridPane();
        keys.setHgap(18);
        keys.setVgap(4);
        keys.setId("shortcutsList");
        for (int i = 0; i < rows.length; i++) {
            Label key = new Label(rows[i][0]);
            key.getStyleClass().add("shortcut-key");
            keys.addRow(i, key, new Label(Words.get(rows[i][1])));
        }
        return keys;
    }

    private MenuBar menuBar() {
        return new MenuBar(createFileMenu(), history.menu(), createViewMenu(), createLessonMenu(), createHelpMenu());
    }

    private Menu createFileMenu() {
        MenuItem newItem = item("menu.file.new", "newItem",
                new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), files::newLesson);
        MenuItem openItem = item("menu.file.open", "openItem", KeyCode.O, files::open);
        MenuItem openModelItem = item("menu.file.openModel", "openModelItem",
                new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), modelFiles::open);
        MenuItem saveItem = item("menu.file.save", "saveItem", KeyCode.S, files::save);
        // nothing to save until the first lesson is on screen
        saveItem.disableProperty().bind(model.documentProperty().isNull());
        MenuItem saveAsItem = item("menu.file.saveAs", "saveAsItem",
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), files::saveAs);
        saveAsItem.disableProperty().bind(model.documentProperty().isNull());
        MenuItem saveNumbersItem = item("menu.file.saveWithNumbers", "saveWithNumbersItem",
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN), files::saveCopyWithNumbers);
        MenuItem importItem = item("menu.file.import", "importItem", KeyCode.I, () -> files.importWeights(false));
        MenuItem importBothItem = item("menu.file.importBoth", "importBothItem", (KeyCombination) null,
                () -> files.importWeights(true));
        MenuItem exportItem = item("menu.file.export", "exportItem", KeyCode.E, export::run);
        MenuItem exportNumbersItem = item("menu.file.exportNumbers", "exportNumbersItem",
                new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), numbersExport::run);
        MenuItem quit = item("menu.file.quit", "quitItem", KeyCode.Q, this::quit);
        return Words.item(new Menu(null, null, newItem, openItem, openModelItem, createRecentMenu(), saveItem, saveAsItem, saveNumbersItem, new SeparatorMenuItem(),
                importItem, importBothItem, new SeparatorMenuItem(), exportItem, exportNumbersItem,
                new SeparatorMenuItem(), quit), "menu.file");
    }

    private Menu createRecentMenu() {
        Menu recent = Words.item(new Menu(), "menu.file.recent");
        recent.setId("recentMenu");
        recent.getItems().add(Words.item(new MenuItem(), "menu.file.recent.none"));
        recent.setOnShowing(e -> {
            var items = files.recentItems();
            recent.getItems().setAll(items.isEmpty() ? java.util.List.of(Words.item(new MenuItem(), "menu.file.recent.none")) : items);
        });
        return recent;
    }

    private Menu createViewMenu() {
        Menu view = Words.item(new Menu(), "menu.view");
        view.getItems().addAll(createViewChoices());
        view.getItems().addAll(new SeparatorMenuItem(),
                check("menu.view.head", null, KeyCode.H, diagramState.headProperty(), this::setHead),
                check("menu.view.goodfellow", null, KeyCode.G,
                        diagramState.notationProperty().map(n -> n == Notation.GOODFELLOW),
                        on -> diagramState.setNotation(on ? Notation.GOODFELLOW : Notation.KERAS)),
                check("menu.view.shapes", null, KeyCode.J, diagramState.shapesProperty(), diagramState::setShapes),
                check("menu.view.quiz", "quizItem", null, diagramState.quizProperty(), diagramState::setQuiz),
                check("menu.view.backward", "backwardItem", null, diagramState.backwardProperty(), diagramState::setBackward),
                new SeparatorMenuItem(),
                item("menu.view.zoomIn", "zoomInItem", KeyCode.EQUALS, () -> diagram.zoomBy(1.25)),
                item("menu.view.zoomOut", "zoomOutItem", KeyCode.MINUS, () -> diagram.zoomBy(1 / 1.25)),
                item("menu.view.fit", "fitItem", KeyCode.DIGIT0, diagram::fit),
                // read when chosen: the menu is built before the status bar the copy reports to
                item("menu.view.copyPicture", "copyPictureItem", (KeyCombination) null, () -> pictureCopy.copy()));
        view.getItems().addAll(new SeparatorMenuItem(),
                check("menu.view.reducedMotion", "reducedMotionItem", null, diagramState.reducedMotionProperty(),
                        diagramState::setReducedMotion),
                createSidePanelItem(),
                item("menu.view.gradients", "gradientsItem",
                        new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), this::showGradients),
                item("menu.view.train", "trainItem", KeyCode.T, this::showTrainPanel),
                createFullScreenItem(), presentation.menuItem(),
                new SeparatorMenuItem(), appearanceMenu.themeMenu(), appearanceMenu.paletteMenu(), languages.menu(),
                new SeparatorMenuItem(),
                item("menu.view.resetPreferences", "resetPreferencesItem", (KeyCombination) null, this::resetPreferences));
        return view;
    }

    /** Folded, unrolled, or both: one of the three, Ctrl+1 to Ctrl+3. */
    private java.util.List<MenuItem> createViewChoices() {
        ToggleGroup views = new ToggleGroup();
        KeyCode[] viewKeys = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3};
        java.util.List<MenuItem> choices = new java.util.ArrayList<>();
        for (ViewKind kind : ViewKind.values()) {
            RadioMenuItem choice = Words.item(new RadioMenuItem(), "menu.view." + kind.key());
            choice.setToggleGroup(views);
            choice.setAccelerator(new KeyCodeCombination(viewKeys[kind.ordinal()], KeyCombination.SHORTCUT_DOWN));
            choice.setSelected(diagramState.viewProperty().get() == kind);
            choice.setOnAction(e -> diagramState.switchView(kind));
            diagramState.viewProperty().addListener((obs, old, now) -> choice.setSelected(now == kind));
            choices.add(choice);
        }
        return choices;
    }

    /** A check item that shows {@code shown} and changes it through {@code command}. */
    private static CheckMenuItem check(String key, String id, KeyCode keys, javafx.beans.value.ObservableValue<Boolean> shown,
                                       java.util.function.Consumer<Boolean> command) {
        CheckMenuItem check = Words.item(new CheckMenuItem(), key);
        check.setId(id);
        if (keys != null) {
            check.setAccelerator(new KeyCodeCombination(keys, KeyCombination.SHORTCUT_DOWN));
        }
        ControlSync.link(check.selectedProperty(), shown, command);
        return check;
    }

    private CheckMenuItem createSidePanelItem() {
        CheckMenuItem sidePanel = Words.item(new CheckMenuItem(), "menu.view.sidePanel");
        sidePanel.setId("sidePanelItem");
        sidePanel.setAccelerator(new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN));
        sidePanel.setSelected(true);
        sidePanel.selectedProperty().addListener((obs, old, shown) -> showSidePanel(shown));
        sidePanelItem = sidePanel;
        return sidePanel;
    }

    /** View → Train panel and the toolbar's button: the side panel, shown if it was folded away, on its Train tab. */
    private void showTrainPanel() {
        sidePanelItem.setSelected(true);
        panels.getTabs().stream().filter(t -> "trainTab".equals(t.getId())).findFirst()
                .ifPresent(t -> panels.getSelectionModel().select(t));
    }

    /** A falling line on axes, as a loss curve falls: narrow enough to stay in the bar. */
    private Button trainButton() {
        return PresentationMode.iconButton("M1 1V15H17 M3 3C6 10 9 12 16 13", "trainButton", "menu.view.train", "toolbar.train.tip",
                this::showTrainPanel);
    }

    private MenuItem createFullScreenItem() {
        return item("menu.view.fullScreen", "fullScreenItem", new KeyCodeCombination(KeyCode.F11), () -> {
            if (window() instanceof Stage stage) {
                stage.setFullScreen(!stage.isFullScreen());
            }
        });
    }

    private Menu createLessonMenu() {
        Menu lesson = Words.item(new Menu(), "menu.lesson");
        for (Preset preset : Preset.values()) {
            MenuItem presetItem = Words.item(new MenuItem(), "preset." + preset.key());
            presetItem.setOnAction(e -> files.openPreset(preset));
            lesson.getItems().add(presetItem);
        }
        lesson.getItems().add(item("menu.lesson.nextSeed", "nextSeedItem", KeyCode.N, files::nextSeed));
        return lesson;
    }

    private Menu createHelpMenu() {
        MenuItem shortcuts = item("menu.help.shortcuts", "shortcutsItem", (KeyCombination) null, this::showShortcuts);
        MenuItem about = item("menu.help.about", "aboutItem", new KeyCodeCombination(KeyCode.F1), () -> AboutDialog.show(window()));
        return Words.item(new Menu(null, null, shortcuts, about), "menu.help");
    }

    /** Why the last change was refused, across the top of the picture until the next change or Dismiss. */
    private Parent problemBanner() {
        Label problem = new Label();
        problem.setId("problemLabel");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        Button dismiss = Words.label(new Button(), "problem.dismiss");
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

    private static MenuItem item(String key, String id, KeyCode keys, Runnable action) {
        return item(key, id, new KeyCodeCombination(keys, KeyCombination.SHORTCUT_DOWN), action);
    }

    /** A menu item saying message {@code key}; {@code keys} may be null for one reached only through its menu. */
    private static MenuItem item(String key, String id, KeyCombination keys, Runnable action) {
        MenuItem item = Words.item(new MenuItem(), key);
        item.setId(id);
        item.setAccelerator(keys);
        item.setOnAction(e -> action.run());
        return item;
    }
}
