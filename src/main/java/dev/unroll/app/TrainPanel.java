package dev.unroll.app;

import dev.unroll.diagram.Theme;
import dev.unroll.rnn.Trace;
import dev.unroll.train.Optimizer;
import dev.unroll.train.TrainingSettings;
import dev.unroll.train.TrainingTask;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.ejml.data.DMatrixRMaj;

/**
 * The Train tab: the task, the optimiser and its settings, Start / Pause / Resume / Reset, the step
 * and the loss, the loss curve on a log scale, and one weight matrix as a heatmap. Everything shown
 * follows the {@link TrainViewModel} and the lesson on screen, which the run replaces as it learns.
 */
final class TrainPanel {

    private final TrainViewModel run;
    private final ComboBox<TrainingTask> task = new ComboBox<>();
    private final ComboBox<Optimizer> optimizer = new ComboBox<>();
    private final TextField learningRate = new TextField();
    private final TextField clip = new TextField();
    private final Spinner<Long> steps = Spinners.whole("trainStepsSpinner", 1, 1_000_000);
    private final Spinner<Long> seed = Spinners.whole("trainSeedSpinner", 0, 4_294_967_295L);
    private final CheckBox freeze = Words.label(new CheckBox(), "train.freeze");
    private final Label progress = new Label();
    private final Label loss = new Label();
    private final Label notice = new Label();
    private final LossCurve curve = new LossCurve();
    private final ComboBox<String> matrixChoice = new ComboBox<>();
    private final MatrixView matrix = new MatrixView();
    private final ScrollPane root;

    TrainPanel(TrainViewModel run, ObservableValue<Trace> shown, ObservableValue<Theme> theme) {
        this.run = run;
        task.setId("trainTaskChoice");
        task.getItems().setAll(TrainingTask.values());
        named(task, t -> Words.get("train.task." + t.key()));
        task.valueProperty().addListener((obs, old, now) -> defaults(now));
        optimizer.setId("trainOptimizerChoice");
        optimizer.getItems().setAll(Optimizer.values());
        named(optimizer, o -> Words.get("train.optimizer." + o.key()));
        optimizer.setValue(Optimizer.ADAM);
        learningRate.setId("trainLearningRateField");
        learningRate.setPrefColumnCount(6);
        clip.setId("trainClipField");
        clip.setPrefColumnCount(6);
        clip.promptTextProperty().bind(Words.of("train.clip.none"));
        freeze.setId("trainFreezeCheck");
        task.setValue(TrainingTask.ECHO);
        steps.valueProperty().addListener((obs, old, now) -> showProgress());

        GridPane settings = new GridPane();
        settings.setHgap(8);
        settings.setVgap(6);
        settings.addRow(0, label("train.task"), task);
        settings.addRow(1, label("train.optimizer"), optimizer);
        settings.addRow(2, label("train.learningRate"), learningRate);
        settings.addRow(3, label("train.clip"), clip);
        settings.addRow(4, label("train.steps"), steps);
        settings.addRow(5, label("train.seed"), seed);
        settings.add(freeze, 1, 6);
        freeze.setTooltip(Words.tooltip("train.freeze.tip"));

        Button start = button("train.start", "trainStartButton", this::start);
        Button pause = button("train.pause", "trainPauseButton", run::pause);
        Button resume = button("train.resume", "trainResumeButton", run::resume);
        Button reset = button("train.reset", "trainResetButton", run::reset);
        var state = run.stateProperty();
        start.disableProperty().bind(state.isEqualTo(TrainViewModel.State.RUNNING));
        pause.disableProperty().bind(state.isNotEqualTo(TrainViewModel.State.RUNNING));
        resume.disableProperty().bind(state.isNotEqualTo(TrainViewModel.State.PAUSED));
        reset.disableProperty().bind(state.isEqualTo(TrainViewModel.State.IDLE));
        FlowPane buttons = new FlowPane(6, 6, start, pause, resume, reset);

        progress.setId("trainStepLabel");
        loss.setId("trainLossLabel");
        loss.getStyleClass().add("train-loss");
        notice.setId("trainNoticeLabel");
        notice.setWrapText(true);
        notice.textProperty().bind(run.noticeProperty());
        notice.visibleProperty().bind(run.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        run.stepProperty().addListener((obs, old, now) -> showProgress());
        run.historyProperty().addListener((obs, old, now) -> showProgress());
        Words.follow(loss, this::showProgress);
        showProgress();

        curve.setId("trainLossCurve");
        curve.historyProperty().bind(run.historyProperty());
        curve.themeProperty().bind(theme);

        matrixChoice.setId("trainMatrixChoice");
        matrixChoice.getItems().setAll("U", "W", "V");
        matrixChoice.setValue("U");
        matrix.setId("trainMatrixView");
        matrix.themeProperty().bind(theme);
        matrix.setMaxWidth(260);
        matrixChoice.valueProperty().addListener((obs, old, now) -> showMatrix(shown.getValue()));
        shown.addListener((obs, old, now) -> showMatrix(now));
        showMatrix(shown.getValue());
        Label readout = new Label();
        readout.textProperty().bind(matrix.readoutProperty());

        VBox content = new VBox(8, Words.label(heading(), "train.heading"), settings, buttons, new HBox(16, progress, loss), notice,
                label("train.curve"), curve, new HBox(8, label("train.weights"), matrixChoice), matrix, readout);
        content.setPadding(new Insets(10));
        content.setFillWidth(true);
        root = new ScrollPane(content);
        root.setId("trainPanel");
        root.setFitToWidth(true);
    }

    Parent root() {
        return root;
    }

    /** The task's own steps and learning rate, put in the fields when the task is chosen. */
    private void defaults(TrainingTask t) {
        if (t != null) {
            learningRate.setText(Double.toString(t.defaultLearningRate()));
            steps.getValueFactory().setValue((long) t.defaultSteps());
        }
    }

    private void start() {
        TrainingSettings settings = settings();
        if (settings != null) {
            run.start(settings);
        }
    }

    /** The settings in the fields, or null after saying which one is not a positive number. */
    private TrainingSettings settings() {
        steps.commitValue();
        seed.commitValue();
        double eta = positive(learningRate.getText());
        if (!(eta > 0)) {
            learningRate.requestFocus();
            learningRate.selectAll();
            loss.setText(Words.get("train.badNumber", Words.get("train.learningRate")));
            return null;
        }
        double c = clip.getText().isBlank() ? TrainingSettings.NO_CLIP : positive(clip.getText());
        if (!(c > 0)) {
            clip.requestFocus();
            clip.selectAll();
            loss.setText(Words.get("train.badNumber", Words.get("train.clip")));
            return null;
        }
        long n = Math.max(1, Math.min(steps.getValue(), 1_000_000));
        return new TrainingSettings(task.getValue(), optimizer.getValue(), eta, c, (int) n, seed.getValue(), !freeze.isSelected());
    }

    /** The number typed, or NaN when it is not a positive finite number. */
    private static double positive(String text) {
        try {
            double value = Double.parseDouble(text.trim());
            return value > 0 && Double.isFinite(value) ? value : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private void showProgress() {
        LossHistory h = run.historyProperty().get();
        // before a run, the steps it would take
        long total = h == LossHistory.EMPTY ? steps.getValue() : h.totalSteps();
        progress.setText(Words.get("train.progress", Integer.toString(run.stepProperty().get()), Long.toString(total)));
        loss.setText(h.size() == 0 ? Words.get("train.lossNone") : Words.get("train.loss", TrainViewModel.format(h.last())));
    }

    private void showMatrix(Trace trace) {
        if (trace == null) {
            matrix.show(null, "");
            return;
        }
        String letter = matrixChoice.getValue();
        DMatrixRMaj m = switch (letter) {
            case "W" -> trace.lesson().w();
            case "V" -> trace.lesson().v();
            default -> trace.lesson().u();
        };
        matrix.show(m, letter);
    }

    private static <T> void named(ComboBox<T> box, java.util.function.Function<T, String> name) {
        StringConverter<T> names = new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : name.apply(item);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
        box.setConverter(names);
        box.setButtonCell(cell(names));
        // the names follow the language chosen: a new cell says the chosen one again, the list is made when shown
        Words.follow(box, () -> box.setButtonCell(cell(names)));
    }

    private static <T> ListCell<T> cell(StringConverter<T> names) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : names.toString(item));
            }
        };
    }

    private static Label heading() {
        Label heading = new Label();
        heading.getStyleClass().add("panel-title");
        return heading;
    }

    private static Node label(String key) {
        return Words.label(new Label(), key);
    }

    private static Button button(String key, String id, Runnable action) {
        Button button = Words.label(new Button(), key);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }
}
