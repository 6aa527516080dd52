package dev.unroll.app;

import dev.unroll.diagram.Stage;
import dev.unroll.diagram.StepEquation;
import dev.unroll.rnn.Trace;
import javafx.beans.Observable;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The one line presentation mode keeps above the diagram: t / T, the stage in flight in words, and
 * the current step's equation for the unit the Equation tab shows, with its numbers. The position and
 * the stage keep their width; the equation gives way with an ellipsis on a narrow screen.
 */
final class HeadsUpLine {

    private final DiagramViewState state;
    private final ObservableValue<Trace> trace;
    private final ObservableValue<Boolean> presenting;
    /** The stage in flight when the line was last written: the phase moves every frame, the line only when this does. */
    private Stage lastStage;
    private final Label position = new Label();
    private final Label stage = new Label();
    private final Label equation = new Label();
    private final HBox root;

    /** A line following {@code state} and {@code trace}, written only while {@code presenting} holds. */
    HeadsUpLine(DiagramViewState state, ObservableValue<Trace> trace, ObservableValue<Boolean> presenting) {
        this.state = state;
        this.trace = trace;
        this.presenting = presenting;
        position.setId("headsUpPosition");
        stage.setId("headsUpStage");
        stage.getStyleClass().add("stage-label");
        equation.setId("headsUpEquation");
        equation.getStyleClass().add("heads-up-equation");
        position.setMinWidth(Region.USE_PREF_SIZE);
        stage.setMinWidth(Region.USE_PREF_SIZE);
        equation.setMinWidth(0);
        // cut short from its start, so that the result at its end stays in sight
        equation.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
        HBox.setHgrow(equation, Priority.ALWAYS);
        root = new HBox(32, position, stage, equation);
        // on a narrow screen the stage in words steps aside first: the equation's question marks tell it too
        root.widthProperty().addListener((obs, old, width) -> makeRoom());
        stage.textProperty().addListener((obs, old, now) -> makeRoom());
        equation.textProperty().addListener((obs, old, now) -> makeRoom());
        root.setId("headsUpLine");
        root.getStyleClass().add("heads-up-line");
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(4, 16, 4, 16));
        root.setMinWidth(0);
        for (Observable source : new Observable[] {state.tProperty(), state.timestepsProperty(), state.unitProperty(),
                state.headProperty(), state.notationProperty(), trace, presenting, Words.languageProperty()}) {
            source.addListener(o -> refresh());
        }
        state.phaseProperty().addListener(o -> {
            if (state.stageInFlight() != lastStage) {
                refresh();
            }
        });
        refresh();
    }

    Parent root() {
        return root;
    }

    /** Shows the stage only where the whole line fits beside it. */
    private void makeRoom() {
        double natural = root.getInsets().getLeft() + root.getInsets().getRight() + 2 * root.getSpacing()
                + position.prefWidth(-1) + stage.prefWidth(-1) + equation.prefWidth(-1);
        boolean room = root.getWidth() <= 0 || root.getWidth() >= natural;
        stage.setVisible(room);
        stage.setManaged(room);
    }

    /** Sets the line's type size in pixels. */
    void setTypeSize(double pixels) {
        root.setStyle("-fx-font-size: " + pixels + "px;");
    }

    private void refresh() {
        if (!Boolean.TRUE.equals(presenting.getValue())) {
            return;
        }
        lastStage = state.stageInFlight();
        int t = state.tProperty().get();
        position.setText("t = " + t + " / " + state.timestepsProperty().get());
        stage.setText(PlaybackBar.describe(state));
        Trace current = trace.getValue();
        if (current == null || t < 1 || t > current.timesteps()) {
            equation.setText("");
            return;
        }
        int unit = Math.min(state.unitProperty().get(), current.lesson().dimensions().units() - 1);
        equation.setText(StepEquation.of(current, t, unit, lastStage).oneLine());
    }
}
