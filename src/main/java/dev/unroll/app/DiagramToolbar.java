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
import javafx.scene.control.Tooltip;
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
        Button zoomOut = zoomButton("\u2212", "zoomOutButton", "Zoom out (Ctrl+\u2212)", () -> view.zoomBy(1 / 1.25));
        Button fit = zoomButton("Fit", "fitButton", "Fit the picture to the window (Ctrl+0)", view::fit);
        Button zoomIn = zoomButton("+", "zoomInButton", "Zoom in (Ctrl+=)", () -> view.zoomBy(1.25));

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
                ViewKind.FOLDED, viewButton("Folded", "viewFolded", "The cell with its loop, at the current step"),
                ViewKind.UNROLLED, viewButton("Unrolled", "viewUnrolled", "One column per timestep, from h\u2080"),
                ViewKind.BOTH, viewButton("Both", "viewBoth", "Folded and unrolled side by side: the same network"));
        viewButtons.forEach((kind, button) -> button.setOnAction(e -> {
            state.switchView(kind);
            button.setSelected(true);
        }));
        state.viewProperty().addListener((obs, old, now) -> viewButtons.get(now).setSelected(true));
        viewButtons.get(state.viewProperty().get()).setSelected(true);
        return viewButtons;
    }

    private static ToggleSwitch createHeadSwitch(DiagramViewState state, java.util.function.Consumer<Boolean> setHead) {
        ToggleSwitch head = new ToggleSwitch("Output head");
        head.setId("headSwitch");
        head.setTooltip(new Tooltip("On: o\u209C = V\u00B7h\u209C + c above every h\u209C (the left picture).\n"
                + "Off: x, h and the loop only (the right picture). Same weights, same h."));
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
        notation.setConverter(new StringConverter<>() {
            @Override
            public String toString(Notation n) {
                return n == null ? "" : n == Notation.KERAS ? "Keras: W in, U loop" : "Goodfellow: U in, W loop";
            }

            @Override
            public Notation fromString(String s) {
                return null;
            }
        });
        notation.setTooltip(new Tooltip("The books swap W and U: Keras and the seed's code use W for the input,\n"
                + "the Goodfellow book uses U. This relabels the diagram and every export."));
        ControlSync.link(notation.valueProperty(), state.notationProperty(), state::setNotation);
        return notation;
    }

    private static CheckBox createShapesBox(DiagramViewState state) {
        CheckBox shapes = new CheckBox("Shapes");
        shapes.setId("shapesBox");
        shapes.setTooltip(new Tooltip("Write each vector's and matrix's shape: x\u209C (M,), W (N, M), \u2026"));
        ControlSync.link(shapes.selectedProperty(), state.shapesProperty(), state::setShapes);
        return shapes;
    }

    /** Adds {@code item} at the bar's end, after a separator. */
    void addAtEnd(Node item) {
        root.getItems().addAll(separator(), item);
    }

    /** The bar. */
    Parent root() {
        return root;
    }

    private static ToggleButton viewButton(String text, String id, String tip) {
        ToggleButton button = new ToggleButton(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        return button;
    }

    private static Button zoomButton(String text, String id, String tip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        button.setFocusTraversable(true);
        return button;
    }

    private static Node separator() {
        return new Separator(Orientation.VERTICAL);
    }
}
