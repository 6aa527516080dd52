package dev.unroll.app;

import dev.unroll.diagram.ColourScales;
import dev.unroll.diagram.HeatmapPicture;
import dev.unroll.diagram.Theme;
import dev.unroll.diagram.ValueFormat;
import dev.unroll.render.CanvasRenderer;
import dev.unroll.rnn.Trace;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;

/**
 * h_t over time: one row per unit (0 at the top, numbered from 0 like h's components), one column per timestep
 * t = 1 … T, with a colour legend. Time is respected: only the steps computed by the current position are coloured,
 * later columns are drawn hollow (as the diagram draws steps not yet reached), and a cursor marks column t. When there
 * are more timesteps or units than pixels, each pixel shows the step or unit under its centre — for a run kept at
 * checkpoints, the held step nearest it ({@link Trace#heldStepNear(int)}), so that sampling a million steps reads
 * no more than what is held and recomputes nothing. Hovering a computed cell names its value and its step; hovering
 * a later one says that it is not computed yet.
 *
 * <p>The colour scale is the lesson's, the one the diagram uses ({@link ColourScales#h()}): ±1 under a bounded
 * activation, otherwise the largest |h| of the whole run. It stays fixed while the class steps through, so a colour
 * means the same number at every step and in both views; a scale taken from the steps so far would recolour the past
 * at every step. It is a property of the scale, not a value: no cell is coloured or numbered before its step.
 *
 * <p>The picture is a {@link HeatmapPicture}, the one the exports write; this view paints it and answers the
 * pointer from its grid.
 */
public final class HeatmapView extends CanvasRegion {

    private final ObjectProperty<Trace> trace = new SimpleObjectProperty<>(this, "trace");
    private final IntegerProperty t = new SimpleIntegerProperty(this, "t", 0);
    private final DoubleProperty phase = new SimpleDoubleProperty(this, "phase", 1);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final ReadOnlyStringWrapper hoverText = new ReadOnlyStringWrapper(this, "hoverText", "");
    private final CanvasRenderer renderer = new CanvasRenderer();

    /** What the last paint showed; null before there was a trace to show. */
    private HeatmapPicture picture;
    /** Where the mouse is over the canvas, NaN when it is elsewhere; the hover text follows the step under it. */
    private double mouseX = Double.NaN;
    private double mouseY = Double.NaN;

    public HeatmapView() {
        getStyleClass().add("heatmap");
        trace.addListener((obs, old, now) -> redraw());
        theme.addListener((obs, old, now) -> redraw());
        t.addListener((obs, old, now) -> redraw());
        Words.follow(this, this::redraw);
        // the picture changes only when a step completes or starts to flow, not at every frame of the flow
        phase.addListener((obs, old, now) -> {
            if (old.doubleValue() >= 1 || now.doubleValue() >= 1) {
                redraw();
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            mouseX = e.getX();
            mouseY = e.getY();
            hover();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            mouseX = Double.NaN;
            mouseY = Double.NaN;
            hover();
        });
    }

    /** The trace drawn; null draws a "computing" note. */
    public ObjectProperty<Trace> traceProperty() {
        return trace;
    }

    /** The current step t, 0 … T: the cursor's column. Steps after it are drawn hollow. */
    public IntegerProperty tProperty() {
        return t;
    }

    /** How far step t has flowed, in [0, 1]: below 1 its h_t is not revealed yet, so its column is still hollow. */
    public DoubleProperty phaseProperty() {
        return phase;
    }

    /** What the mouse is over, for example {@code h₃[2] = 0.728811   (t = 3, unit 2)}, or the empty string. */
    public ReadOnlyStringProperty hoverTextProperty() {
        return hoverText.getReadOnlyProperty();
    }

    /** The colours the heatmap is drawn in. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** The number of rows: the units N of the trace shown, 0 before there is one. */
    public int getRowCount() {
        return trace.get() == null ? 0 : trace.get().units();
    }

    /** The number of columns: the timesteps T of the trace shown, 0 before there is one. */
    public int getColumnCount() {
        return trace.get() == null ? 0 : trace.get().timesteps();
    }

    /** The timesteps of the columns the last paint coloured, left to right; every other column was drawn hollow. */
    public List<Integer> revealedColumns() {
        return picture == null ? List.of() : picture.revealedColumns();
    }

    /** The step whose column the last paint marked with the cursor, or 0 when there was none (t = 0, or no trace). */
    public int cursorStep() {
        return picture == null ? 0 : picture.cursorStep();
    }

    /** The centre of the cell of {@code step} and {@code unit} as last drawn, in this view's coordinates. */
    Point2D cellCentre(int step, int unit) {
        Trace run = trace.get();
        HeatmapPicture.Grid grid = picture.grid();
        double x = grid.x() + (step - 0.5) * grid.cellWidth() * grid.columns() / run.timesteps();
        double y = grid.y() + (unit + 0.5) * grid.cellHeight() * grid.rows() / run.units();
        return new Point2D(x, y);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 760;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 520;
    }

    @Override
    protected void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        Trace run = trace.get();
        if (run == null) {
            picture = null;
            paintNote(theme.get(), Words.get("equation.computing"));
        } else {
            picture = HeatmapPicture.draw(run, t.get(), computedSteps(run.timesteps()), w, h, theme.get());
            renderer.render(g, picture.drawing());
        }
        hover();
    }

    /** The steps whose h_t is revealed: those complete at the position followed, within the run. */
    private int computedSteps(int steps) {
        return Math.max(0, Math.min(DiagramViewState.stepsComplete(t.get(), phase.get()), steps));
    }

    /** Names the cell under the mouse: its value once its step is computed, otherwise only that it is not yet. */
    private void hover() {
        Trace run = trace.get();
        HeatmapPicture.Grid grid = picture == null ? null : picture.grid();
        if (run == null || grid == null || grid.columns() == 0 || Double.isNaN(mouseX)) {
            hoverText.set("");
            return;
        }
        int c = (int) Math.floor((mouseX - grid.x()) / grid.cellWidth());
        int r = (int) Math.floor((mouseY - grid.y()) / grid.cellHeight());
        if (c < 0 || r < 0 || c >= grid.columns() || r >= grid.rows()) {
            hoverText.set("");
            return;
        }
        int step = picture.columnToStep(c);
        int unit = picture.rowToUnit(r);
        String name = "h" + ValueFormat.subscript(step) + "[" + unit + "]";
        if (step <= picture.computedSteps()) {
            hoverText.set(Words.get("heatmap.hover.value", name, ValueFormat.sixDigits(run.state(step, unit)), step, unit));
        } else if (step == picture.cursorStep()) {
            hoverText.set(Words.get("heatmap.hover.flowing", name, step));
        } else {
            hoverText.set(Words.get("heatmap.hover.later", name, picture.cursorStep()));
        }
    }
}
