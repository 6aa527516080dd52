package dev.unroll.app;

import dev.unroll.code.LineRole;
import dev.unroll.code.NumpyProgram;
import dev.unroll.diagram.Stage;
import dev.unroll.diagram.ValueFormat;
import dev.unroll.files.AtomicFiles;
import dev.unroll.rnn.ValueKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The lesson as code beside the picture: the seed's pseudocode loop, and a numpy program generated
 * from the lesson on screen — its seed and initialisation or the files its numbers came from, its
 * activations, the chosen book's letters — that prints the h_t the picture shows. The line being run
 * is lit as the lesson steps, and the program can be copied or saved as a .py file.
 */
final class CodePanel {

    /** The seed's pseudocode, line by line. */
    private enum PseudoLine {
        INITIAL_STATE("state_t = 0"),
        LOOP("for input_t in input_sequence:"),
        STEP("    output_t = f(input_t, state_t)"),
        CARRY("    state_t = output_t");

        private final String text;

        PseudoLine(String text) {
            this.text = text;
        }

        /** The pseudocode line that does what a program line of {@code role} does. */
        static PseudoLine doing(LineRole role) {
            return switch (role) {
                case SETUP, INITIAL_STATE -> INITIAL_STATE;
                case LOOP -> LOOP;
                case PRE_ACTIVATION, ACTIVATION, OUTPUT, HEAD_ACTIVATION, COLLECT -> STEP;
                // once the loop is done the pseudocode has nothing after its last line, which stays lit
                case STATE_UPDATE, RESULT -> CARRY;
            };
        }
    }

    private final DiagramViewState state;
    private final ObservableValue<LessonDocument> document;
    private final FileWork files;
    private final Map<PseudoLine, Label> pseudo = new EnumMap<>(PseudoLine.class);
    private final List<Label> programLines = new ArrayList<>();
    private final VBox programBox = new VBox();
    private final Label unavailable = new Label();
    private final Label variables = new Label();
    private final Button copy = Words.label(new Button(), "code.copy");
    private final Button save = Words.label(new Button(), "code.save");
    private final ScrollPane scroller;
    private final BorderPane root;
    private NumpyProgram program;
    /** Whether the lesson on screen starts from h₀ = 0, as every seeded lesson and most imported ones do. */
    private boolean startsFromZeros = true;
    /** The role last lit and the pass it was lit in, so the animation's every frame restyles only on a change. */
    private LineRole shownRole;
    private int shownStep = -1;

    CodePanel(DiagramViewState state, ObservableValue<LessonDocument> document, FileWork files) {
        this.state = state;
        this.document = document;
        this.files = files;
        Label note = createNote();
        VBox content = new VBox(10, heading("code.pseudocode"), createPseudocode(),
                heading("code.numpy"), unavailable, programBox, variables, note);
        content.setPadding(new Insets(12));
        scroller = new ScrollPane(content);
        // the actions stay in view above the listing, however far it is scrolled
        HBox actions = createActions();
        actions.setPadding(new Insets(8, 12, 8, 12));
        root = new BorderPane(scroller, actions, null, null, null);
        // prose wraps at the visible width; only code, which must not wrap, scrolls sideways
        for (Label prose : List.of(variables, unavailable, note)) {
            prose.maxWidthProperty().bind(scroller.viewportBoundsProperty().map(b -> b.getWidth() - 24));
        }
        // code is not wrapped: a long line scrolls sideways rather than being cut off
        scroller.setFitToWidth(false);
        content.setPrefWidth(560);
        // a hidden tab is not laid out: its lit line is brought into view when the tab is shown
        root.visibleProperty().addListener((obs, old, now) -> {
            if (now) {
                Platform.runLater(this::revealLit);
            }
        });
        state.tProperty().addListener((obs, old, now) -> highlight());
        state.phaseProperty().addListener((obs, old, now) -> highlight());
        state.headProperty().addListener((obs, old, now) -> highlight());
        state.notationProperty().addListener((obs, old, now) -> refresh());
        // the panel follows the lesson on its own, whatever else changes with it and in whichever order
        document.addListener((obs, old, now) -> refresh());
        Words.follow(root, this::refresh);
        refresh();
    }

    Parent root() {
        return root;
    }

    private VBox createPseudocode() {
        VBox box = new VBox();
        for (PseudoLine line : PseudoLine.values()) {
            Label l = codeLine(line.text);
            l.setId("pseudoLine" + line.ordinal());
            pseudo.put(line, l);
            box.getChildren().add(l);
        }
        return box;
    }

    private HBox createActions() {
        copy.setId("copyCode");
        copy.setTooltip(Words.tooltip("code.copy.tip"));
        copy.setOnAction(e -> {
            ClipboardContent text = new ClipboardContent();
            text.putString(program.text());
            Clipboard.getSystemClipboard().setContent(text);
        });
        save.setId("saveCode");
        save.setTooltip(Words.tooltip("code.save.tip"));
        save.setOnAction(e -> askAndSave());
        variables.setId("codeVariables");
        variables.setWrapText(true);
        unavailable.setId("codeUnavailable");
        unavailable.setWrapText(true);
        unavailable.getStyleClass().add("note");
        return new HBox(8, copy, save);
    }

    private static Label createNote() {
        Label note = Words.label(new Label(), "code.note");
        note.setWrapText(true);
        note.getStyleClass().add("note");
        return note;
    }

    /** Writes the program for the lesson on screen, in the letters of the chosen book. */
    private void refresh() {
        LessonDocument current = document.getValue();
        program = current == null ? null
                : NumpyProgram.of(current.source(), state.notationProperty().get(), ValueKind.H).orElse(null);
        startsFromZeros = current == null || current.trace().lesson().startsFromZero();
        programLines.clear();
        programBox.getChildren().clear();
        shownRole = null;
        if (program != null) {
            for (int i = 0; i < program.lines().size(); i++) {
                Label l = codeLine(program.lines().get(i).text());
                l.setId("numpyLine" + i);
                programLines.add(l);
                programBox.getChildren().add(l);
            }
        }
        boolean shown = program != null;
        boolean stacked = current != null && NumpyProgram.unsupported(current.source()) != null;
        unavailable.setText(shown ? "" : Words.get(stacked ? "code.unavailable.dense" : "code.unavailable"));
        unavailable.setVisible(!shown);
        unavailable.setManaged(!shown);
        copy.setDisable(!shown);
        save.setDisable(!shown);
        highlight();
    }

    /**
     * What the program is doing at the current point of the lesson: setting h_0 before the first
     * pass; within a pass the loop's head while x_t comes in, the sum while W·x_t, U·h_{t−1} and b
     * meet, the activation, then the head; carrying h_t into the state once the pass is done; and
     * the table of states after the last pass.
     */
    private LineRole running() {
        int t = state.tProperty().get();
        double phase = state.phaseProperty().get();
        if (t == 0) {
            return LineRole.INITIAL_STATE;
        }
        if (phase >= 1) {
            return t == state.timestepsProperty().get() ? LineRole.RESULT : LineRole.STATE_UPDATE;
        }
        Stage.Flow flow = Stage.at(phase, state.headProperty().get());
        return switch (flow.stage()) {
            case INPUT -> LineRole.LOOP;
            case RECURRENT, SUM -> LineRole.PRE_ACTIVATION;
            case ACTIVATE -> LineRole.ACTIVATION;
            // the head's stage forms o_t, then y_t from it
            case OUTPUT -> flow.fraction() < 0.5 || program == null || program.firstLine(LineRole.HEAD_ACTIVATION) < 0
                    ? LineRole.OUTPUT : LineRole.HEAD_ACTIVATION;
        };
    }

    private void highlight() {
        LineRole role = running();
        if (role == shownRole && state.tProperty().get() == shownStep) {
            return;
        }
        shownRole = role;
        shownStep = state.tProperty().get();
        int lit = program == null ? -1 : program.firstLine(role);
        for (int i = 0; i < programLines.size(); i++) {
            markRunning(programLines.get(i), i == lit);
        }
        revealLit();
        PseudoLine pseudoLine = PseudoLine.doing(role);
        pseudo.forEach((each, label) -> markRunning(label, each == pseudoLine));
        int t = state.tProperty().get();
        variables.setText(t == 0 ? Words.get(startsFromZeros ? "code.variables.zeros" : "code.variables.loaded")
                : Words.get("code.variables.pass", t, ValueFormat.subscript(t), t - 1, ValueFormat.subscript(t - 1)));
    }

    /** Scrolls the panel, when the lit line is out of view, so that it stands a third of the way down. */
    private void revealLit() {
        int lit = program == null || shownRole == null ? -1 : program.firstLine(shownRole);
        if (lit < 0 || !root.isVisible()) {
            return;
        }
        Label line = programLines.get(lit);
        // lines just written, or a tab just shown, have no place yet until laid out
        scroller.applyCss();
        scroller.layout();
        Node content = scroller.getContent();
        double viewport = scroller.getViewportBounds().getHeight();
        double scrollable = content.getLayoutBounds().getHeight() - viewport;
        if (scrollable <= 0 || line.getScene() == null) {
            return;
        }
        Bounds where = content.sceneToLocal(line.localToScene(line.getLayoutBounds()));
        double top = scroller.getVvalue() * scrollable;
        if (where.getMinY() < top || where.getMaxY() > top + viewport) {
            scroller.setVvalue(Math.max(0, Math.min(1, (where.getMinY() - viewport / 3) / scrollable)));
        }
    }

    /** Save as .py…: asks for a file and writes the program there off the JavaFX thread, replacing a file only once complete. */
    private void askAndSave() {
        Path file = files.chooseToSave(Words.get("code.save.title"), Words.get("code.save.kind"), ".py");
        if (file == null) {
            return;
        }
        String text = program.text();
        files.run("save", file, () -> {
            AtomicFiles.writeString(file, text);
            return file;
        }, written -> files.tellWritten(Words.get("code.saved"), String.valueOf(written.getFileName()),
                written.toAbsolutePath().getParent(), Words.get("code.saved.run", written.getFileName())));
    }

    private static void markRunning(Label label, boolean running) {
        label.getStyleClass().remove("running");
        if (running) {
            label.getStyleClass().add("running");
        }
    }

    private static Label codeLine(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("code-line");
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private static Label heading(String key) {
        Label l = Words.label(new Label(), key);
        l.getStyleClass().add("panel-title");
        return l;
    }
}
