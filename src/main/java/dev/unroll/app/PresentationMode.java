package dev.unroll.app;

import dev.unroll.diagram.DiagramLayout;
import dev.unroll.diagram.PartKind;
import dev.unroll.diagram.Stage;
import dev.unroll.diagram.Typography;
import dev.unroll.diagram.ViewKind;
import dev.unroll.rnn.Trace;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * Presentation mode, for a teacher in front of a projector: full screen, the diagram alone under one
 * heads-up line, its type at least {@link #typeSize} pixels high, a disc that follows the mouse, and
 * the keys a clicker sends. It puts a scene of its own in the window (the window's panels, bars and
 * menus wait untouched) and keeps its own zoom and view, so leaving it gives the window back exactly
 * as it was and entering again gives the presentation back as it was.
 */
final class PresentationMode {

    /** The least sizes, in pixels, that a value's type may take on screen: Ctrl+= and Ctrl+− go between them. */
    static final List<Integer> TYPE_SIZES = List.of(24, 32, 40);
    private static final String TYPE_SIZE_KEY = "presentationTypeSize";
    /** Room kept round the boxes followed, in diagram units. */
    private static final double ROW_ROOM = 12;

    private final Parent windowRoot;
    private final DiagramView diagram;
    private final DiagramViewState state;
    private final StepPlayer player;
    private final Preferences prefs;
    /** Runs a view switch of the presentation's own, which the undo history does not record. */
    private final Consumer<Runnable> unrecorded;
    private final HeadsUpLine headsUp;
    private final PointerHighlight pointer = new PointerHighlight();
    private final Region blank = new Region();
    private final StackPane picture = new StackPane();
    private final StackPane root;
    private final BorderPane frame;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active", false);
    private final ReadOnlyIntegerWrapper typeSize = new ReadOnlyIntegerWrapper(this, "typeSize");
    /** The window as it was before presenting, to go back to. */
    private Remembered window;
    /** The presentation as it was when last left; null before the first. */
    private Remembered presentation;
    /** Where the diagram lives in the window: its tab. */
    private Tab diagramTab;
    private Stage lastStage;

    PresentationMode(Parent windowRoot, DiagramView diagram, DiagramViewState state, StepPlayer player,
                     ObservableValue<Trace> trace, Preferences prefs, Consumer<Runnable> unrecorded) {
        this.windowRoot = windowRoot;
        this.diagram = diagram;
        this.state = state;
        this.player = player;
        this.prefs = prefs;
        this.unrecorded = unrecorded;
        this.headsUp = new HeadsUpLine(state, trace, active.getReadOnlyProperty());
        int stored = prefs.getInt(TYPE_SIZE_KEY, TYPE_SIZES.get(0));
        typeSize.set(TYPE_SIZES.contains(stored) ? stored : TYPE_SIZES.get(0));
        blank.setId("blankScreen");
        blank.getStyleClass().add("blank-screen");
        blank.setVisible(false);
        blank.setOnMouseClicked(e -> blank.setVisible(false));
        picture.getChildren().add(pointer.root());
        pointer.follow(picture);
        frame = new BorderPane(picture);
        frame.setTop(headsUp.root());
        root = new StackPane(frame, blank);
        root.setId("presentationRoot");
        root.getStyleClass().addAll("unroll", "presentation");
        state.tProperty().addListener((obs, old, now) -> followStep());
        state.phaseProperty().addListener((obs, old, now) -> {
            if (state.stageInFlight() != lastStage) {
                followStep();
            }
        });
        state.viewProperty().addListener((obs, old, now) -> followStep());
        diagram.setOnFitted(this::followStep);
        diagram.layoutProperty().addListener((obs, old, now) -> {
            if (old == null || now == null || old.writesAnyValues() != now.writesAnyValues()) {
                applyTypeSize();
            }
        });
        applyTypeSize();
    }

    /** Puts {@code caption} under the diagram, which gives it the room it takes. */
    void setCaption(Node caption) {
        frame.setBottom(caption);
    }

    /** Whether the presentation is on screen. */
    ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** The least size, in pixels, of a value's type on screen. */
    ReadOnlyIntegerProperty typeSizeProperty() {
        return typeSize.getReadOnlyProperty();
    }

    /** Whether the screen is blanked to black. */
    boolean isBlanked() {
        return blank.isVisible();
    }

    /** The disc that follows the mouse. */
    PointerHighlight pointer() {
        return pointer;
    }

    /** View → Presentation mode, F5. */
    MenuItem menuItem() {
        MenuItem item = Words.item(new MenuItem(), "presentation.item");
        item.setId("presentItem");
        item.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        item.setOnAction(e -> toggle());
        return item;
    }

    /** The toolbar's button. */
    Button button() {
        // a projection screen on its stand: narrow enough to stay in the bar on a 1366-pixel screen
        return iconButton("M1 1H17V11H1Z M9 11V15 M5 16H13", "presentButton", "presentation.item", "presentation.tip", this::toggle);
    }

    /**
     * A toolbar button that is a line drawing: {@code path} in SVG's path syntax, drawn as the
     * presentation button is; a screen reader says message {@code nameKey}, the tooltip {@code tipKey}.
     */
    static Button iconButton(String path, String id, String nameKey, String tipKey, Runnable action) {
        javafx.scene.shape.SVGPath icon = new javafx.scene.shape.SVGPath();
        icon.setContent(path);
        icon.getStyleClass().add("present-icon");
        Button button = new Button(null, icon);
        button.setId(id);
        button.accessibleTextProperty().bind(Words.of(nameKey));
        button.setTooltip(Words.tooltip(tipKey));
        button.setOnAction(e -> action.run());
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    /** Enters the presentation, or leaves it. */
    void toggle() {
        if (active.get()) {
            leave();
        } else {
            enter();
        }
    }

    /** Puts the presentation on screen, full screen, with the view and zoom it had when last left. */
    void enter() {
        Scene scene = windowRoot.getScene();
        if (active.get() || scene == null) {
            return;
        }
        javafx.stage.Stage stage = scene.getWindow() instanceof javafx.stage.Stage s ? s : null;
        window = new Remembered(state.viewProperty().get(), diagram.viewpoint(), stage != null && stage.isFullScreen(),
                stage == null ? null : stage.getFullScreenExitKeyCombination(), stage == null ? null : stage.getFullScreenExitHint());
        diagramTab = tabHolding(diagram);
        active.set(true);
        if (presentation != null) {
            unrecorded.accept(() -> state.setView(presentation.view()));
        }
        picture.getChildren().add(0, diagram);
        scene.setRoot(root);
        applyTypeSize();
        if (presentation != null) {
            diagram.restore(presentation.viewpoint());
        }
        if (stage != null) {
            // Esc is the presentation's own key: it leaves the presentation, full screen and all
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreenExitHint("");
            stage.setFullScreen(true);
        }
        followStep();
        diagram.requestFocus();
    }

    /** Gives the window back as it was before presenting: its panels, view, zoom and full-screen state. */
    void leave() {
        Scene scene = root.getScene();
        if (!active.get() || scene == null) {
            return;
        }
        presentation = new Remembered(state.viewProperty().get(), diagram.viewpoint(), true, null, null);
        blank.setVisible(false);
        pointer.hide();
        active.set(false);
        scene.setRoot(windowRoot);
        picture.getChildren().remove(diagram);
        if (diagramTab != null) {
            diagramTab.setContent(null);
            diagramTab.setContent(diagram);
        }
        diagram.setNormalFitZooms();
        unrecorded.accept(() -> state.setView(window.view()));
        diagram.restore(window.viewpoint());
        if (scene.getWindow() instanceof javafx.stage.Stage stage) {
            stage.setFullScreen(window.fullScreen());
            stage.setFullScreenExitKeyCombination(window.exitKeys());
            stage.setFullScreenExitHint(window.exitHint());
        }
        diagram.requestFocus();
    }

    /**
     * The presentation's keys, while it is on screen; returns whether the key was taken. Any key
     * brings a blanked screen back. Page Down, Space and Page Up step; B blanks; Ctrl+= and Ctrl+−
     * change the least type size; F5 and Esc leave. The other keys (←, →, Home, End, F, U) act as
     * in the window.
     */
    boolean key(KeyEvent e) {
        if (!active.get()) {
            return false;
        }
        if (blank.isVisible()) {
            blank.setVisible(false);
            return true;
        }
        if (e.isShortcutDown()) {
            return switch (e.getCode()) {
                case EQUALS, PLUS, ADD -> changeTypeSize(1);
                case MINUS, SUBTRACT -> changeTypeSize(-1);
                default -> false;
            };
        }
        if (e.isAltDown()) {
            return false;
        }
        switch (e.getCode()) {
            case F5, ESCAPE -> leave();
            case PAGE_DOWN, SPACE -> step(state::stepForward);
            case PAGE_UP -> step(state::stepBack);
            case B -> blank.setVisible(true);
            case P -> player.toggle();
            default -> {
                return false;
            }
        }
        return true;
    }

    private void step(Runnable move) {
        player.pause();
        move.run();
    }

    /** One size up ({@code direction} 1) or down (−1) the list of least type sizes; true, the key is taken. */
    private boolean changeTypeSize(int direction) {
        int at = TYPE_SIZES.indexOf(typeSize.get());
        int next = Math.max(0, Math.min(TYPE_SIZES.size() - 1, at + direction));
        if (next != at) {
            typeSize.set(TYPE_SIZES.get(next));
            prefs.putInt(TYPE_SIZE_KEY, typeSize.get());
            applyTypeSize();
            followStep();
        }
        return true;
    }

    /**
     * Fits the diagram so a value's type is at least the chosen size; the heads-up line and the disc grow
     * with it. A picture that writes no value (every vector longer than a few components shows colour
     * only) has no value type to enlarge: it fits the screen whole, as large as it goes.
     */
    private void applyTypeSize() {
        headsUp.setTypeSize(typeSize.get() * 0.9);
        pointer.setRadius(typeSize.get() * 1.4);
        if (active.get()) {
            DiagramLayout shown = diagram.layoutProperty().get();
            boolean values = shown == null || shown.writesAnyValues();
            diagram.setFitZooms(values ? leastZoom(typeSize.get()) : 0, DiagramView.MAX_ZOOM);
        }
    }

    /** The zoom at which a value, drawn at {@link Typography#SMALL_SIZE}, is {@code pixels} high on screen. */
    static double leastZoom(int pixels) {
        return pixels / Typography.SMALL_SIZE;
    }

    /**
     * Keeps what the step is doing in view when the picture is taller than the screen: x_t (with its
     * word, for a lesson with an Embedding) and h_t while x_t comes in, h_t's row while it forms, h_t and o_t while the head works and once the
     * step is complete.
     */
    private void followStep() {
        lastStage = state.stageInFlight();
        DiagramLayout shown = diagram.layoutProperty().get();
        if (!active.get() || shown == null) {
            return;
        }
        Set<PartKind> stateRow = EnumSet.of(PartKind.H, PartKind.A, PartKind.B);
        Set<PartKind> rows = EnumSet.copyOf(stateRow);
        if (lastStage == Stage.INPUT) {
            rows.add(PartKind.X);
        } else if (lastStage == null || lastStage == Stage.OUTPUT) {
            rows.addAll(EnumSet.of(PartKind.O, PartKind.C, PartKind.Y));
        }
        double[] wanted = rowsOf(shown, rows);
        double[] needed = rowsOf(shown, stateRow);
        if (wanted[0] < wanted[1] && needed[0] < needed[1]) {
            diagram.showRows(wanted[0], wanted[1], needed[0], needed[1]);
        }
    }

    /**
     * From the top of the highest to the bottom of the lowest box of {@code kinds}, with a little room
     * round them for their labels' edges and the arrows' heads; top above bottom when there are none.
     */
    private static double[] rowsOf(DiagramLayout shown, Set<PartKind> kinds) {
        double top = Double.POSITIVE_INFINITY;
        double bottom = Double.NEGATIVE_INFINITY;
        for (DiagramLayout.Node node : shown.nodes()) {
            if (kinds.contains(node.part().kind())) {
                top = Math.min(top, node.box().y() - ROW_ROOM);
                bottom = Math.max(bottom, node.box().bottom() + ROW_ROOM);
            }
        }
        if (kinds.contains(PartKind.X)) {
            // x_t comes in from its word: the row of words under x stays in view with it
            for (DiagramLayout.Word word : shown.words()) {
                bottom = Math.max(bottom, word.box().bottom() + ROW_ROOM);
            }
        }
        return new double[] {top, bottom};
    }

    /** The tab whose content {@code node} is, found from the node up; null if it lies in none. */
    private static Tab tabHolding(Node node) {
        for (Parent up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof TabPane tabs) {
                return tabs.getTabs().stream().filter(t -> t.getContent() == node).findFirst().orElse(null);
            }
        }
        return null;
    }

    /** A view to go back to: its view kind, zoom and pan, and the window's full-screen state and exit keys. */
    private record Remembered(ViewKind view, DiagramView.Viewpoint viewpoint, boolean fullScreen, KeyCombination exitKeys,
                              String exitHint) {
    }
}
