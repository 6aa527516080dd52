package dev.unroll.app;

import dev.unroll.diagram.Notation;
import dev.unroll.diagram.ViewKind;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.geometry.Orientation;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.ToggleSwitch;

/**
 * The controls along the top: the lesson preset, then the diagram's view, output head, notation,
 * shapes and zoom. Each control shows a {@link DiagramViewState} property and sets
 * it through the state's commands; the head goes through the window's one head command.
 */
final class DiagramToolbar {

    private final ToolBar root = new ToolBar();

    DiagramToolbar(DiagramViewState state, java.util.function.Consumer<Boolean> setHead, DiagramView view, Node presets) {
        Map<ViewKind, ToggleButton> viewButtons = createViewButtons(state);
        SegmentedButton views = new SegmentedButton(viewButtons.get(ViewKind.FOLDED), viewButtons.get(ViewKind.UNROLLED),
                viewButtons.get(ViewKind.BOTH));
        Button zoomOut = zoomButton(new Button("\u2212"), "zoomOutButton", "toolbar.zoomOut.tip", () -> view.zoomBy(1 / 1.25));
        Button fit = zoomButton(Words.label(new Button(), "toolbar.fit"), "fitButton", "toolbar.fit.tip", view::fit);
        Button zoomIn = zoomButton(new Button("+"), "zoomInButton", "toolbar.zoomIn.tip", () -> view.zoomBy(1.25));

        root.getItems().addAll(presets, separator(), views, separator(), createHeadSwitch(state, setHead),
                createNotationBox(state), createShapesBox(state), separator(), zoomOut, fit, zoomIn);
        // nothing in the bar is squeezed into an ellipsis; what does not fit goes into the bar's overflow menu
        root.getItems().forEach(n -> {
            if (n instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        });
        viewButtons.values().forEach(b -> b.setMinWidth(Region.USE_PREF_SIZE));
        root.setPadding(new Insets(6, 10, 6, 10));
        root.getStyleClass().add("diagram-toolbar");
    }

    private static Map<ViewKind, ToggleButton> createViewButtons(DiagramViewState state) {
        Map<ViewKind, ToggleButton> viewButtons = Map.of(
                ViewKind.FOLDED, viewButton("toolbar.folded", "viewFolded"),
                ViewKind.UNROLLED, viewButton("toolbar.unrolled", "viewUnrolled"),
                ViewKind.BOTH, viewButton("toolbar.both", "viewBoth"));
        viewButtons.forEach((kind, button) -> button.setOnAction(e -> {
            state.switchView(kind);
            button.setSelected(true);
        }));
        state.viewProperty().addListener((obs, old, now) -> viewButtons.get(now).setSelected(true));
        viewButtons.get(state.viewProperty().get()).setSelected(true);
        return viewButtons;
    }

    private static ToggleSwitch createHeadSwitch(DiagramViewState state, java.util.function.Consumer<Boolean> setHead) {
        ToggleSwitch head = Words.label(new ToggleSwitch(), "toolbar.head");
        head.setId("headSwitch");
        head.setTooltip(Words.tooltip("toolbar.head.tip"));
        ControlSync.link(head.selectedProperty(), state.headProperty(), setHead);
        // the switch has no keys of its own: Space or Enter on it flips it, as on a check box
        head.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.SPACE || e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                head.setSelected(!head.isSelected());
                e.consume();
            }
        });
        return head;
    }

    private static ComboBox<Notation> createNotationBox(DiagramViewState state) {
        ComboBox<Notation> notation = new ComboBox<>();
        notation.setId("notationBox");
        notation.getItems().setAll(Notation.values());
        showNotationNames(notation);
        // new cells say the choices again in the language now in use: a new converter alone leaves the shown one as it was
        Words.follow(notation, () -> showNotationNames(notation));
        notation.setTooltip(Words.tooltip("toolbar.notation.tip"));
        ControlSync.link(notation.valueProperty(), state.notationProperty(), state::setNotation);
        return notation;
    }

    private static CheckBox createShapesBox(DiagramViewState state) {
        CheckBox shapes = Words.label(new CheckBox(), "toolbar.shapes");
        shapes.setId("shapesBox");
        shapes.setTooltip(Words.tooltip("toolbar.shapes.tip"));
        ControlSync.link(shapes.selectedProperty(), state.shapesProperty(), state::setShapes);
        return shapes;
    }

    /**
     * The backward mode's toggle, {@code #backwardToggle}, and while its gradients are computed their
     * progress and a Cancel button, {@code #gradientProgress} and {@code #gradientCancel}.
     */
    static Node backwardControls(DiagramViewState state, BackwardViewModel gradients) {
        ToggleButton toggle = Words.label(new ToggleButton(), "toolbar.backward");
        toggle.setId("backwardToggle");
        toggle.setTooltip(Words.tooltip("toolbar.backward.tip"));
        toggle.setMinWidth(Region.USE_PREF_SIZE);
        ControlSync.link(toggle.selectedProperty(), state.backwardProperty(), state::setBackward);
        javafx.scene.control.ProgressBar progress = new javafx.scene.control.ProgressBar();
        progress.setId("gradientProgress");
        progress.setPrefWidth(60);
        progress.progressProperty().bind(gradients.progressProperty());
        Button cancel = Words.label(new Button(), "button.cancel");
        cancel.setId("gradientCancel");
        cancel.setOnAction(e -> gradients.cancel());
        javafx.scene.layout.HBox working = new javafx.scene.layout.HBox(4, progress, cancel);
        working.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        working.visibleProperty().bind(gradients.busyProperty());
        working.managedProperty().bind(gradients.busyProperty());
        javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(6, toggle, working);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    /**
     * Puts {@code item} right after the view buttons, with a separator: a mode a class switches often
     * stays in sight on a narrow screen, where the bar's end goes into its overflow menu.
     */
    void addAfterViews(Node item) {
        int views = root.getItems().indexOf(root.getItems().stream().filter(n -> n instanceof SegmentedButton).findFirst()
                .orElseThrow());
        root.getItems().addAll(views + 1, java.util.List.of(separator(), item));
    }

    /** Adds {@code item} at the bar's end, after a separator. */
    void addAtEnd(Node item) {
        root.getItems().addAll(separator(), item);
    }

    /** The bar. */
    Parent root() {
        return root;
    }

    private static void showNotationNames(ComboBox<Notation> notation) {
        notation.setConverter(notationNames());
        notation.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Notation item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? "" : notationNames().toString(item));
            }
        });
    }

    private static StringConverter<Notation> notationNames() {
        return new StringConverter<>() {
            @Override
            public String toString(Notation n) {
                return n == null ? "" : Words.get(n == Notation.KERAS ? "toolbar.notation.keras" : "toolbar.notation.goodfellow");
            }

            @Override
            public Notation fromString(String s) {
                return null;
            }
        };
    }

    /** The button for one view: its text message {@code key}, its tooltip message {@code key}.tip. */
    private static ToggleButton viewButton(String key, String id) {
        ToggleButton button = Words.label(new ToggleButton(), key);
        button.setId(id);
        button.setTooltip(Words.tooltip(key + ".tip"));
        return button;
    }

    private static Button zoomButton(Button button, String id, String tipKey, Runnable action) {
        button.setId(id);
        button.setTooltip(Words.tooltip(tipKey));
        button.setOnAction(e -> action.run());
        button.setFocusTraversable(true);
        return button;
    }

    private static Node separator() {
        return new Separator(Orientation.VERTICAL);
    }
}
