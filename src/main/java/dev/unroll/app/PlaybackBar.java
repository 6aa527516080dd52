package dev.unroll.app;

import dev.unroll.diagram.BackwardStage;
import dev.unroll.diagram.Stage;
import dev.unroll.diagram.ValueFormat;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/**
 * The controls under the diagram that never scroll away: to start, step back, play or pause, step
 * forward, to end, the timestep slider with "t = 3 / 5" and the stage in flight, speed, reduced motion.
 */
final class PlaybackBar {

    private final HBox root = new HBox(8);

    PlaybackBar(DiagramViewState state, StepPlayer player) {
        CheckBox calm = createReducedMotionBox(state);
        root.getChildren().addAll(createStepButtons(state, player));
        root.getChildren().addAll(createPositionLabel(state), createSlider(state, player), createStageLabel(state),
                createSpeedBox(player), calm);
        stepAsideWhenNarrow(calm);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(6, 10, 6, 10));
        root.getStyleClass().add("playback-bar");
    }

    private static Button[] createStepButtons(DiagramViewState state, StepPlayer player) {
        Button toStart = button("\u21E4", "toStartButton", "playback.toStart.tip", paused(player, state::toStart));
        Button back = button("\u2190", "stepBackButton", "playback.back.tip", paused(player, state::stepBack));
        Button play = button("\u25B6", "playButton", "playback.play.tip", player::toggle);
        play.textProperty().bind(Bindings.when(player.playingProperty()).then("\u275A\u275A").otherwise("\u25B6"));
        play.setMinWidth(44);
        Button forward = button("\u2192", "stepForwardButton", "playback.forward.tip", paused(player, state::stepForward));
        Button toEnd = button("\u21E5", "toEndButton", "playback.toEnd.tip", paused(player, state::toEnd));
        return new Button[] {toStart, back, play, forward, toEnd};
    }

    private static Slider createSlider(DiagramViewState state, StepPlayer player) {
        Slider slider = new Slider(0, 1, 0);
        slider.setId("timestepSlider");
        slider.setBlockIncrement(1);
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setSnapToTicks(true);
        slider.setFocusTraversable(false);
        slider.setTooltip(Words.tooltip("playback.slider.tip"));
        slider.maxProperty().bind(state.timestepsProperty());
        // a position between two ticks means the nearer step: only a step other than the current one moves
        ControlSync.link(slider.valueProperty(), state.tProperty(), t -> t.doubleValue(),
                v -> (int) Math.round(v.doubleValue()), paused(player, t -> state.setT(t.intValue())));
        HBox.setHgrow(slider, Priority.ALWAYS);
        slider.setMaxWidth(Double.MAX_VALUE);
        slider.setMinWidth(80);
        return slider;
    }

    private static Label createPositionLabel(DiagramViewState state) {
        Label position = new Label();
        position.setId("timestepLabel");
        position.textProperty().bind(state.tProperty().asString("t = %d").concat(state.timestepsProperty().asString(" / %d")));
        position.setMinWidth(Region.USE_PREF_SIZE);
        return position;
    }

    private static Label createStageLabel(DiagramViewState state) {
        Label stage = new Label();
        stage.setId("stageLabel");
        stage.getStyleClass().add("stage-label");
        // the stage in words gives way first on a narrow screen; the buttons and the slider stay
        stage.setMinWidth(0);
        stage.setPrefWidth(230);
        stage.textProperty().bind(Bindings.createStringBinding(() -> describe(state),
                state.tProperty(), state.phaseProperty(), state.headProperty(), state.notationProperty(),
                state.backwardProperty(), Words.languageProperty()));
        return stage;
    }

    private static ComboBox<Double> createSpeedBox(StepPlayer player) {
        ComboBox<Double> speed = new ComboBox<>();
        speed.setId("speedBox");
        for (double s : StepPlayer.SPEEDS) {
            speed.getItems().add(s);
        }
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double s) {
                return s == null ? "" : (s == Math.rint(s) ? String.format(Locale.ROOT, "%.0f\u00D7", s)
                        : String.format(Locale.ROOT, "%s\u00D7", s));
            }

            @Override
            public Double fromString(String text) {
                return null;
            }
        });
        ControlSync.link(speed.valueProperty(), player.speedProperty(), Number::doubleValue, v -> v,
                v -> player.setSpeed(v.doubleValue()));
        speed.setTooltip(Words.tooltip("playback.speed.tip", String.valueOf(StepPlayer.SECONDS_PER_STEP)));
        speed.setFocusTraversable(true);
        speed.setMinWidth(Region.USE_PREF_SIZE);
        return speed;
    }

    private static CheckBox createReducedMotionBox(DiagramViewState state) {
        CheckBox calm = Words.label(new CheckBox(), "playback.reducedMotion");
        calm.setId("reducedMotionBox");
        calm.setTooltip(Words.tooltip("playback.reducedMotion.tip"));
        // never widens the bar: it shows only where everything fits at its natural width (below)
        calm.setMinWidth(0);
        ControlSync.link(calm.selectedProperty(), state.reducedMotionProperty(), state::setReducedMotion);
        return calm;
    }

    /**
     * On a narrow screen the check box steps aside (View → Reduced motion has it too) rather than be
     * squeezed or cut off at the bar's edge.
     */
    private void stepAsideWhenNarrow(CheckBox calm) {
        root.widthProperty().addListener((obs, old, width) -> {
            double natural = root.getInsets().getLeft() + root.getInsets().getRight()
                    + root.getSpacing() * (root.getChildren().size() - 1);
            for (javafx.scene.Node n : root.getChildren()) {
                natural += n.prefWidth(-1);
            }
            boolean room = width.doubleValue() >= natural;
            calm.setVisible(room);
            calm.setManaged(room);
        });
    }

    /** The bar. */
    Parent root() {
        return root;
    }

    /** What the flow is doing now, in words: "W·x₃ forming", "h₃ filling", "h₃ done". */
    static String describe(DiagramViewState state) {
        int t = state.tProperty().get();
        if (state.backwardProperty().get()) {
            return describeBackward(state, t);
        }
        if (t == 0) {
            return Words.get("flow.start");
        }
        if (state.phaseProperty().get() >= 1) {
            return Words.get("flow.done", t);
        }
        Stage.Flow flow = Stage.at(state.phaseProperty().get(), state.headProperty().get());
        String sub = ValueFormat.subscript(t);
        String before = ValueFormat.subscript(t - 1);
        String in = state.notationProperty().get().inputMatrix();
        String loop = state.notationProperty().get().recurrentMatrix();
        return switch (flow.stage()) {
            case INPUT -> Words.get("flow.input", sub, in);
            case RECURRENT -> Words.get("flow.recurrent", before, loop);
            case SUM -> "a" + sub + " = " + in + "\u00B7x + " + loop + "\u00B7h + b";
            case ACTIVATE -> Words.get("flow.activate", sub);
            case OUTPUT -> "o" + sub + " = V\u00B7h" + sub + " + c";
        };
    }

    /** What the gradient's flow back through step t is doing: "Uᵀ·δa₉₈ coming back", "∂L/∂h₉₇ done". */
    private static String describeBackward(DiagramViewState state, int t) {
        String sub = ValueFormat.subscript(t);
        double phase = state.phaseProperty().get();
        if (phase >= 1) {
            return Words.get("flow.backDone", sub);
        }
        if (phase <= 0 && t == state.timestepsProperty().get()) {
            return Words.get("flow.backStart", sub);
        }
        String loop = state.notationProperty().get().recurrentMatrix();
        boolean head = state.headProperty().get();
        return switch (BackwardStage.at(phase, head).stage()) {
            case LOSS -> head ? "\u03B4o" + sub + " = \u2202L/\u2202o" + sub : "\u2202\u2113" + sub + "/\u2202h" + sub;
            case OUTPUT -> "V\u1D40\u00B7\u03B4o" + sub;
            case RECURRENT -> loop + "\u1D40\u00B7\u03B4a" + ValueFormat.subscript(t + 1);
            case STATE -> "\u03B4h" + sub + " = \u2202L/\u2202h" + sub;
            case SUM -> "\u03B4a" + sub + " = \u03B4h" + sub + " \u2299 act\u2032(a" + sub + ")";
        };
    }

    /** A move made by hand stops the playing, as the same key does. */
    private static Runnable paused(StepPlayer player, Runnable move) {
        return () -> {
            player.pause();
            move.run();
        };
    }

    /** A step chosen by hand stops the playing first. */
    private static <T> Consumer<T> paused(StepPlayer player, Consumer<T> move) {
        return value -> {
            player.pause();
            move.accept(value);
        };
    }

    private static Button button(String text, String id, String tipKey, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(Words.tooltip(tipKey));
        button.setOnAction(e -> action.run());
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }
}
