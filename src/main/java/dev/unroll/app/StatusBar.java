package dev.unroll.app;

import dev.unroll.diagram.Theme;
import dev.unroll.diagram.ValueFormat;
import dev.unroll.io.LessonSource;
import dev.unroll.rnn.Activation;
import dev.unroll.rnn.Dimensions;
import dev.unroll.rnn.Initialisation;
import dev.unroll.rnn.KerasSummary;
import dev.unroll.rnn.Trace;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The bottom line: the parameter count worked out, the indicators (saturation so far, with a way to
 * try Keras's initialisation when the seed's uniform weights saturate everything; the spectral radius
 * of U and what it means; ‖h_t‖ over time as a sparkline), a quiet notice (such as why the last
 * lesson did not reopen), what the pointer is over, and progress.
 */
final class StatusBar {

    private static final double SPARK_WIDTH = 140;
    private static final double SPARK_HEIGHT = 22;

    private final LessonViewModel model;
    private final DiagramViewState state;
    private final Label params = new Label();
    private final Label saturation = new Label();
    /** Why a high share of saturation matters, beside it; the first text to give way on a narrow screen. */
    private final Label saturationWhy = Words.label(new Label(), "status.saturationWhy");
    private final Button tryKeras = Words.label(new Button(), "status.tryKeras");
    private final Label spectral = new Label();
    private final Label shapes = new Label();
    private final Tooltip paramsTip = new Tooltip();
    private final Tooltip saturationTip = new Tooltip();
    private final Tooltip spectralTip = new Tooltip();
    private final Tooltip shapesTip = new Tooltip();
    private final NormSparkline sparkline = new NormSparkline(SPARK_WIDTH, SPARK_HEIGHT);
    private final Label notice = new Label();
    private final HBox root;

    /**
     * @param fileProgress the progress and Cancel of long file work, shown beside the computation's
     */
    /** The colours of the sparkline. */
    ObjectProperty<Theme> themeProperty() {
        return sparkline.themeProperty();
    }

    StatusBar(LessonViewModel model, DiagramViewState state, Node fileProgress, ObservableStringValue hoverText) {
        this.model = model;
        this.state = state;
        setUpIndicators();
        refreshOnChange();
        refresh();

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // progress and Cancel come first, so that no text can push them out of the window
        HBox saturationBox = new HBox(saturation, saturationWhy);
        saturationBox.setAlignment(Pos.CENTER_LEFT);
        Label hover = createHoverLabel(hoverText);
        setUpNotice();
        root = new HBox(16, createWorking(), fileProgress, params, spectral, saturationBox, tryKeras, sparkline, shapes, spacer, notice, hover);
        root.getStyleClass().add("status-bar");
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(5, 12, 5, 12));
        // the bar never widens the window: the explanations give way (with an ellipsis, the whole
        // text in their tooltip) down to nothing; the numbers, the buttons, the sparkline and the
        // progress keep their size, and fit side by side on a 1024-pixel screen
        for (Label label : new Label[] {saturationWhy, shapes, notice, hover}) {
            label.setMinWidth(0);
            label.setTextOverrun(OverrunStyle.ELLIPSIS);
        }
        for (Label label : new Label[] {params, saturation, spectral}) {
            label.setMinWidth(Region.USE_PREF_SIZE);
        }
        tryKeras.setMinWidth(Region.USE_PREF_SIZE);
        root.setMinWidth(0);
        Words.follow(root, this::refresh);
    }

    private void setUpIndicators() {
        params.setId("paramsLabel");
        saturation.setId("saturationLabel");
        tryKeras.setId("tryKerasButton");
        tryKeras.setTooltip(Words.tooltip("status.tryKeras.tip"));
        tryKeras.setOnAction(e -> model.changeRecipe(s -> s.withInitialisation(Initialisation.KERAS)));
        spectral.setId("spectralLabel");
        shapes.setId("shapesLabel");
        params.setTooltip(paramsTip);
        saturation.setTooltip(saturationTip);
        saturationWhy.setTooltip(saturationTip);
        saturationWhy.getStyleClass().add("warning");
        spectral.setTooltip(spectralTip);
        shapes.setTooltip(shapesTip);
        sparkline.setId("normSparkline");
        Tooltip.install(sparkline, Words.tooltip("status.sparkline.tip"));
    }

    /** The notice, shown only while there is one, cut short on a narrow screen and whole in its tooltip. */
    private void setUpNotice() {
        notice.setId("statusNotice");
        notice.getStyleClass().add("status-notice");
        notice.visibleProperty().bind(notice.textProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        Tooltip noticeTip = new Tooltip();
        noticeTip.textProperty().bind(notice.textProperty());
        notice.setTooltip(noticeTip);
    }

    /** Shows {@code text} as the quiet notice until the next one; empty to take it away. */
    void setNotice(String text) {
        notice.setText(text);
    }

    /** What the pointer is over, cut short on a narrow screen and whole in its tooltip. */
    private static Label createHoverLabel(ObservableStringValue hoverText) {
        Label hover = new Label();
        hover.setId("hoverLabel");
        hover.textProperty().bind(hoverText);
        hover.setMaxWidth(520);
        Tooltip hoverTip = new Tooltip();
        hoverTip.textProperty().bind(hoverText);
        hover.setTooltip(hoverTip);
        return hover;
    }

    /** The progress of a computation and its Cancel button, shown only while one runs. */
    private HBox createWorking() {
        ProgressBar progress = new ProgressBar();
        progress.setId("progressBar");
        progress.progressProperty().bind(model.progressProperty());
        progress.setMinWidth(60);
        Button cancel = Words.label(new Button(), "button.cancel");
        cancel.setId("cancelButton");
        cancel.setOnAction(e -> model.cancel());
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        HBox working = new HBox(6, progress, cancel);
        working.setAlignment(Pos.CENTER_LEFT);
        working.visibleProperty().bind(model.busyProperty());
        working.managedProperty().bind(model.busyProperty());
        working.setMinWidth(Region.USE_PREF_SIZE);
        return working;
    }

    private void refreshOnChange() {
        // the document carries the trace and its source together: one refresh for a new lesson
        model.documentProperty().addListener((obs, old, now) -> refresh());
        model.spectralRadiusProperty().addListener((obs, old, now) -> refresh());
        state.tProperty().addListener((obs, old, now) -> refresh());
        state.phaseProperty().addListener((obs, old, now) -> {
            if (old.doubleValue() >= 1 || now.doubleValue() >= 1) {
                refresh();
            }
        });
        state.headProperty().addListener((obs, old, now) -> refresh());
        state.notationProperty().addListener((obs, old, now) -> refresh());
    }

    Parent root() {
        return root;
    }

    private void refresh() {
        Trace trace = model.getTrace();
        if (trace == null) {
            return;
        }
        Dimensions d = trace.lesson().dimensions();
        showParams(d, d.hasHead() && state.headProperty().get(), trace.lesson());
        shapes.setText(dev.unroll.rnn.Shapes.oneStep(d));
        // a step still flowing has not filled h_t yet: count the steps that are done
        int t = Math.max(0, Math.min(state.stepsComplete(), trace.timesteps()));
        boolean saturating = showSaturation(trace, t);
        boolean offerKeras = saturating && model.getSource() instanceof LessonSource.Seeded seeded
                && seeded.spec().initialisation() != Initialisation.KERAS;
        tryKeras.setVisible(offerKeras);
        tryKeras.setManaged(offerKeras);
        showSpectralRadius();
        // a text cut short by a narrow window is there in full in its tooltip
        paramsTip.setText(params.getText() + "\n" + paramsTip.getText());
        saturationTip.setText(saturation.getText() + (saturating ? saturationWhy.getText() : "") + "\n"
                + saturationTip.getText());
        spectralTip.setText(spectral.getText() + "\n" + spectralTip.getText());
        shapesTip.setText(shapes.getText() + "\n" + Words.get("status.shapes.tip"));
        sparkline.traceProperty().set(trace);
        sparkline.shownStepProperty().set(t);
    }

    /**
     * The parameters as Keras counts them: the Embedding's table (V × D) too, when the lesson looks its inputs
     * up in one, and every Dense layer between h_t and the head.
     */
    private void showParams(Dimensions d, boolean head, dev.unroll.rnn.Lesson lesson) {
        dev.unroll.rnn.Embedding embedding = lesson.embedding();
        long table = embedding == null ? 0 : (long) embedding.rows() * embedding.width();
        long count = table + KerasSummary.simpleRnnParams(d.inputFeatures(), d.units());
        StringBuilder tip = new StringBuilder(embedding == null ? "" : "Embedding " + embedding.rows() + " \u00D7 "
                + embedding.width() + " = " + ValueFormat.count(table) + "\n");
        tip.append("SimpleRNN ").append(KerasSummary.simpleRnnArithmetic(d.inputFeatures(), d.units()));
        if (head) {
            int read = d.units();
            for (dev.unroll.rnn.Dense layer : lesson.denseLayers()) {
                count += KerasSummary.denseParams(read, layer.outputs());
                tip.append("\nDense ").append(KerasSummary.denseArithmetic(read, layer.outputs()));
                read = layer.outputs();
            }
            count += KerasSummary.denseParams(read, d.outputSize());
            tip.append("\nDense ").append(KerasSummary.denseArithmetic(read, d.outputSize()));
        }
        params.setText(Words.get("status.params", ValueFormat.count(count)));
        paramsTip.setText(tip.toString());
    }

    /** Saturation up to step t, or what stands in for it without tanh; whether most of h is saturated. */
    private boolean showSaturation(Trace trace, int t) {
        boolean saturating = false;
        if (trace.firstNonFiniteStep() > 0) {
            saturation.setText(Words.get("status.overflow", trace.firstNonFiniteStep()));
            saturationTip.setText(Words.get("status.overflow.tip", trace.lesson().activation().key()));
        } else if (trace.lesson().activation() == Activation.TANH) {
            double share = trace.saturatedFractionUpTo(t);
            saturating = share >= 0.9;
            // the one-line reason stands beside the number when it matters, not only in a tooltip
            saturation.setText(Words.get("status.saturated", String.format(Locale.ROOT, "%.0f", 100 * share)));
            saturationTip.setText(Words.get("status.saturated.tip", t));
        } else {
            saturation.setText("max |h| = " + ValueFormat.threeDigits(trace.maxAbsState()));
            saturationTip.setText(Words.get("status.maxState.tip", trace.lesson().activation().key()));
        }
        saturationWhy.setVisible(saturating);
        saturationWhy.setManaged(saturating);
        saturation.getStyleClass().remove("warning");
        if (saturating) {
            saturation.getStyleClass().add("warning");
        }
        return saturating;
    }

    private void showSpectralRadius() {
        double rho = model.spectralRadiusProperty().get();
        String loop = state.notationProperty().get().recurrentMatrix();
        spectral.setText(Double.isNaN(rho) ? "\u03C1(" + loop + ") \u2026" : "\u03C1(" + loop + ") = " + ValueFormat.threeDigits(rho));
        String meaning = Double.isNaN(rho) ? Words.get("status.spectral.pending", LessonViewModel.MAX_UNITS_FOR_SPECTRUM)
                : Math.abs(rho - 1) < 0.005 ? Words.get("status.spectral.one", loop)
                : rho > 1 ? Words.get("status.spectral.above", loop)
                : Words.get("status.spectral.below", loop);
        spectralTip.setText(Words.get("status.spectral.tip", loop) + "\n" + meaning + "\n" + Words.get("status.spectral.link"));
    }

    /** A click on ρ(U) runs {@code open}: the Gradients panel shows what ρ does to the gradient going back. */
    void linkSpectralRadius(Runnable open) {
        spectral.setCursor(Cursor.HAND);
        spectral.setOnMouseClicked(e -> open.run());
    }
}
