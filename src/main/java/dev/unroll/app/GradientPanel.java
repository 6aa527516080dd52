package dev.unroll.app;

import dev.unroll.diagram.GradientPicture;
import dev.unroll.diagram.Theme;
import dev.unroll.grad.GradientComparison;
import dev.unroll.render.CanvasRenderer;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Vanishing and exploding gradients: ‖∂L/∂h_t‖ and each step's Jacobian norm on log scales, for the
 * lesson on screen beside the same sizes drawn with the other initialisation ({@link GradientPicture}).
 * While it is shown the panel follows the lesson and asks {@link GradientWork} for each new one (a
 * hidden panel leaves the work for when it is shown again, so that a lesson changing every frame, as
 * training does, is not worked out behind the user's back); while that works, a progress bar and Cancel stand above the plot, and a failure or a cancel is
 * said there in one line.
 */
final class GradientPanel {

    private final GradientWork work;
    private final ObservableValue<Theme> theme;
    private final PlotView plot = new PlotView();
    private final VBox root;

    /**
     * @param shown whether the panel is in sight: its tab is the selected one
     */
    GradientPanel(GradientWork work, ObservableValue<LessonDocument> document, ObservableValue<Boolean> shown,
            ObservableValue<Theme> theme) {
        this.work = work;
        this.theme = theme;
        ProgressBar progress = new ProgressBar();
        progress.setId("gradientProgress");
        progress.progressProperty().bind(work.progressProperty());
        Button cancel = Words.label(new Button(), "button.cancel");
        cancel.setId("gradientCancel");
        cancel.setOnAction(e -> work.cancel());
        Label computing = Words.label(new Label(), "gradients.computing");
        HBox working = new HBox(8, progress, computing, cancel);
        working.setAlignment(Pos.CENTER_LEFT);
        working.visibleProperty().bind(work.busyProperty());
        working.managedProperty().bind(working.visibleProperty());
        Label problem = new Label();
        problem.setId("gradientProblem");
        problem.setWrapText(true);
        problem.textProperty().bind(work.problemProperty());
        problem.visibleProperty().bind(work.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Button again = Words.label(new Button(), "gradients.again");
        again.setId("gradientAgain");
        again.setOnAction(e -> work.compute(document.getValue()));
        again.visibleProperty().bind(problem.visibleProperty());
        again.managedProperty().bind(again.visibleProperty());
        HBox trouble = new HBox(8, problem, again);
        trouble.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(problem, Priority.ALWAYS);
        plot.setId("gradientPlot");
        root = new VBox(6, working, trouble, plot);
        root.setId("gradientPanel");
        root.setPadding(new Insets(4, 0, 0, 0));
        VBox.setVgrow(plot, Priority.ALWAYS);
        work.comparisonProperty().addListener((obs, old, now) -> plot.redraw());
        work.busyProperty().addListener((obs, old, now) -> plot.redraw());
        theme.addListener((obs, old, now) -> plot.redraw());
        Words.follow(root, plot::redraw);
        // the panel follows the lesson on its own while it is in sight, and catches up when it comes back
        document.addListener((obs, old, now) -> {
            if (Boolean.TRUE.equals(shown.getValue())) {
                work.compute(now);
            }
        });
        shown.addListener((obs, old, now) -> {
            if (Boolean.TRUE.equals(now)) {
                work.compute(document.getValue());
            }
        });
        if (Boolean.TRUE.equals(shown.getValue())) {
            work.compute(document.getValue());
        }
    }

    Parent root() {
        return root;
    }

    /** What the plot last painted, null when there was no comparison to paint. */
    GradientPicture picture() {
        return plot.picture;
    }

    /** The picture on a canvas as large as the panel leaves it, or a line saying it is being worked out. */
    private final class PlotView extends CanvasRegion {
        private final CanvasRenderer renderer = new CanvasRenderer();
        private GradientPicture picture;

        @Override
        protected double computePrefWidth(double height) {
            return 440;
        }

        @Override
        protected double computePrefHeight(double width) {
            return 560;
        }

        @Override
        protected void redraw() {
            double w = canvas.getWidth();
            double h = canvas.getHeight();
            GradientComparison shown = work.comparisonProperty().get();
            Theme colours = theme.getValue();
            if (shown == null || w < 1 || h < 1) {
                picture = null;
                paintNote(colours, work.busyProperty().get() ? Words.get("equation.computing") : "");
                return;
            }
            picture = GradientPicture.draw(shown, w, h, colours);
            renderer.render(canvas.getGraphicsContext2D(), picture.drawing());
        }
    }
}
