package dev.unroll.app;

import dev.unroll.diagram.ColourScales;
import dev.unroll.diagram.DivergingPalette;
import dev.unroll.diagram.Paint;
import dev.unroll.diagram.Theme;
import dev.unroll.diagram.TickMarks;
import dev.unroll.diagram.ValueFormat;
import dev.unroll.render.CanvasRenderer;
import dev.unroll.rnn.Trace;
import java.util.ArrayList;
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
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

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
 */
public final class HeatmapView extends CanvasRegion {

    private static final double LEFT = 76;
    private static final double RIGHT = 150;
    private static final double TOP = 64;
    private static final double BOTTOM = 56;
    private static final double MAX_CELL = 110;
    private static final double MIN_CELL_FOR_NUMBERS_W = 46;
    private static final double MIN_CELL_FOR_NUMBERS_H = 26;
    /** Cells at least this large are drawn one by one, with gaps between them. */
    private static final double MIN_CELL_FOR_GRID = 10;
    private static final double CURSOR_OVERHANG = 8;
    private static final Theme THEME = Theme.LIGHT;
    private static final Color INK = colour(THEME.ink());
    private static final Color MUTED = colour(THEME.muted());
    private static final Color FAINT = colour(THEME.faint());
    private static final Color ACCENT = colour(THEME.accent());
    private static final Color PAPER = CanvasRenderer.color(THEME.paper());
    private static final Color INK_ON_DARK = colour(THEME.inkOnDark());

    private final ObjectProperty<Trace> trace = new SimpleObjectProperty<>(this, "trace");
    private final IntegerProperty t = new SimpleIntegerProperty(this, "t", 0);
    private final DoubleProperty phase = new SimpleDoubleProperty(this, "phase", 1);
    private final ReadOnlyStringWrapper hoverText = new ReadOnlyStringWrapper(this, "hoverText", "");
    private final DivergingPalette palette = DivergingPalette.BLUE_WHITE_RED;

    /** Where the cells were last drawn, for hit-testing the mouse. */
    private double plotX;
    private double plotY;
    private double cellWidth;
    private double cellHeight;
    private int shownColumns;
    private int shownRows;
    /** What the last paint showed: the timesteps of the coloured columns and the step the cursor marks (0: none). */
    private List<Integer> revealedColumns = List.of();
    private int cursorStep;
    /** Where the mouse is over the canvas, NaN when it is elsewhere; the hover text follows the step under it. */
    private double mouseX = Double.NaN;
    private double mouseY = Double.NaN;

    public HeatmapView() {
        getStyleClass().add("heatmap");
        trace.addListener((obs, old, now) -> redraw());
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
        return revealedColumns;
    }

    /** The step whose column the last paint marked with the cursor, or 0 when there was none (t = 0, or no trace). */
    public int cursorStep() {
        return cursorStep;
    }

    /** The centre of the cell of {@code step} and {@code unit} as last drawn, in this view's coordinates. */
    Point2D cellCentre(int step, int unit) {
        Trace run = trace.get();
        double x = plotX + (step - 0.5) * cellWidth * shownColumns / run.timesteps();
        double y = plotY + (unit + 0.5) * cellHeight * shownRows / run.units();
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
        g.setFill(PAPER);
        g.fillRect(0, 0, w, h);
        Trace run = trace.get();
        double plotW = w - LEFT - RIGHT;
        double plotH = h - TOP - BOTTOM;
        if (run == null || plotW < 20 || plotH < 20) {
            drawNothing(g, run == null ? Words.get("equation.computing") : "", w, h);
            return;
        }
        int steps = run.timesteps();
        int units = run.units();
        layOutCells(steps, units, plotW, plotH);
        double drawnW = cellWidth * shownColumns;
        double drawnH = cellHeight * shownRows;
        double scale = ColourScales.of(run).h();
        int computed = computedSteps(steps);
        cursorStep = Math.max(0, Math.min(t.get(), steps));

        drawCells(g, run, scale, computed);
        drawNumbersIfRoom(g, run, scale, computed);
        drawAxes(g, steps, units, drawnW, drawnH);
        drawCursor(g, steps, drawnW, drawnH);
        drawLegend(g, scale, plotX + drawnW + 28, plotY, drawnH);
        drawTitle(g, steps, units);
        hover();
    }

    /** How many columns and rows fit in the plot, how large each cell is, and where the cells start. */
    private void layOutCells(int steps, int units, double plotW, double plotH) {
        shownColumns = (int) Math.min(steps, Math.floor(plotW));
        shownRows = (int) Math.min(units, Math.floor(plotH));
        cellWidth = Math.min(MAX_CELL, plotW / shownColumns);
        cellHeight = Math.min(MAX_CELL, plotH / shownRows);
        // the legend sits just right of the cells, inside the right margin, so the two are centred together
        plotX = LEFT + (plotW - cellWidth * shownColumns) / 2;
        plotY = TOP + (plotH - cellHeight * shownRows) / 2;
    }

    /** No cells: a note in the middle (none when there is a trace but no room), and nothing to hover. */
    private void drawNothing(GraphicsContext g, String note, double w, double h) {
        shownColumns = 0;
        revealedColumns = List.of();
        cursorStep = 0;
        g.setFill(MUTED);
        g.setFont(Font.font(14));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(note, w / 2, h / 2);
        hover();
    }

    /** "hₜ over time" above the cells, with the sizes and whether they were sampled to fit. */
    private void drawTitle(GraphicsContext g, int steps, int units) {
        double titleY = Math.max(TOP / 3, plotY - 42);
        g.setFill(INK);
        g.setFont(Font.font(null, FontWeight.BOLD, 15));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(Words.get("heatmap.title"), plotX, titleY);
        g.setFont(Font.font(13));
        g.setFill(MUTED);
        String note = Words.get(units == 1 ? "heatmap.unit" : "heatmap.units", ValueFormat.count(units)) + " \u00D7 "
                + Words.get(steps == 1 ? "heatmap.timestep" : "heatmap.timesteps", ValueFormat.count(steps))
                + (shownColumns < steps || shownRows < units ? Words.get("heatmap.sampled") : "");
        g.fillText(note, plotX + 110, titleY);
    }

    /** The steps whose h_t is revealed: those complete at the position followed, within the run. */
    private int computedSteps(int steps) {
        return Math.max(0, Math.min(DiagramViewState.stepsComplete(t.get(), phase.get()), steps));
    }

    private void drawCells(GraphicsContext g, Trace run, double scale, int computed) {
        WritableImage image = new WritableImage(shownColumns, shownRows);
        int firstHollow = paintCells(image.getPixelWriter(), run, scale, computed);
        g.setImageSmoothing(false);
        g.drawImage(image, plotX, plotY, cellWidth * shownColumns, cellHeight * shownRows);
        outlineCells(g, firstHollow);
    }

    /**
     * One pixel per shown cell: the palette's colour for a computed step, paper for a later one. Notes
     * the revealed columns, and returns the first hollow column ({@link #shownColumns} when none is).
     */
    private int paintCells(PixelWriter pixels, Trace run, double scale, int computed) {
        int paper = 0xFF00_0000 | THEME.paper().rgb();
        List<Integer> revealed = new ArrayList<>();
        int firstHollow = shownColumns;
        for (int c = 0; c < shownColumns; c++) {
            int step = columnToStep(c, run);
            boolean known = step <= computed;
            if (known) {
                revealed.add(step);
            } else {
                firstHollow = Math.min(firstHollow, c);
            }
            for (int r = 0; r < shownRows; r++) {
                int argb = known ? 0xFF00_0000 | palette.rgb(run.state(step, rowToUnit(r, run.units())), scale) : paper;
                pixels.setArgb(c, r, argb);
            }
        }
        revealedColumns = List.copyOf(revealed);
        return firstHollow;
    }

    /** The outline round the coloured cells, the gaps between cells when they are large enough, and the hollow ones. */
    private void outlineCells(GraphicsContext g, int firstHollow) {
        double drawnW = cellWidth * shownColumns;
        double drawnH = cellHeight * shownRows;
        double knownRight = plotX + firstHollow * cellWidth;
        // an outline round the coloured cells, so those near 0 (almost the paper's colour) still read as part of the grid
        g.setStroke(FAINT);
        g.setLineWidth(1);
        if (firstHollow > 0) {
            g.strokeRect(plotX - 0.5, plotY - 0.5, knownRight - plotX + 1, drawnH + 1);
        }
        boolean grid = cellWidth >= MIN_CELL_FOR_GRID && cellHeight >= MIN_CELL_FOR_GRID;
        if (grid) {
            drawGrid(g, firstHollow, knownRight, drawnH);
        } else if (firstHollow < shownColumns) {
            // too small for single cells: one faint block for the steps not computed yet
            g.setStroke(FAINT);
            g.setLineWidth(1);
            g.strokeRect(knownRight + 0.5, plotY + 0.5, plotX + drawnW - knownRight - 1, drawnH - 1);
        }
    }

    private void drawGrid(GraphicsContext g, int firstHollow, double knownRight, double drawnH) {
        g.setStroke(PAPER);
        g.setLineWidth(1.5);
        for (int c = 1; c < firstHollow; c++) {
            g.strokeLine(plotX + c * cellWidth, plotY, plotX + c * cellWidth, plotY + drawnH);
        }
        for (int r = 1; r < shownRows; r++) {
            g.strokeLine(plotX, plotY + r * cellHeight, knownRight, plotY + r * cellHeight);
        }
        // hollow cells: paper inside a faint outline, the gaps between them as wide as the coloured cells' gaps
        g.setStroke(FAINT);
        g.setLineWidth(1);
        for (int c = firstHollow; c < shownColumns; c++) {
            for (int r = 0; r < shownRows; r++) {
                g.strokeRect(plotX + c * cellWidth + 1.5, plotY + r * cellHeight + 1.5, cellWidth - 3, cellHeight - 3);
            }
        }
    }

    private void drawNumbersIfRoom(GraphicsContext g, Trace run, double scale, int computed) {
        if (cellWidth < MIN_CELL_FOR_NUMBERS_W || cellHeight < MIN_CELL_FOR_NUMBERS_H
                || shownColumns < run.timesteps() || shownRows < run.units()) {
            return;
        }
        g.setFont(Font.font(Math.min(14, cellHeight * 0.45)));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (int c = 0; c < computed; c++) {
            for (int r = 0; r < shownRows; r++) {
                double value = run.state(c + 1, r);
                int rgb = palette.rgb(value, scale);
                g.setFill(DivergingPalette.prefersDarkText(rgb) ? INK : INK_ON_DARK);
                g.fillText(ValueFormat.threeDigits(value), plotX + (c + 0.5) * cellWidth, plotY + (r + 0.5) * cellHeight);
            }
        }
    }

    /**
     * A frame around column t reaching past the grid, and "t = …" above it; a column too narrow to frame gets a line
     * through its centre instead. The step's column spans [t − 1, t]·drawnW / T from the grid's left edge.
     */
    private void drawCursor(GraphicsContext g, int steps, double drawnW, double drawnH) {
        if (cursorStep == 0) {
            return;
        }
        double left = plotX + (cursorStep - 1) * drawnW / steps;
        double right = plotX + cursorStep * drawnW / steps;
        double top = plotY - CURSOR_OVERHANG;
        g.setStroke(ACCENT);
        g.setLineWidth(2.5);
        if (right - left >= 6) {
            g.strokeRect(left - 1.25, top, right - left + 2.5, drawnH + 2 * CURSOR_OVERHANG);
        } else {
            double x = (left + right) / 2;
            g.strokeLine(x, top, x, plotY + drawnH + CURSOR_OVERHANG);
        }
        g.setFill(ACCENT);
        g.setFont(Font.font(null, FontWeight.BOLD, 13));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText("t = " + ValueFormat.count(cursorStep), (left + right) / 2, top - 3);
    }

    private void drawAxes(GraphicsContext g, int steps, int units, double drawnW, double drawnH) {
        g.setFill(MUTED);
        g.setFont(Font.font(12));
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        for (int step : TickMarks.over(steps, (int) Math.max(2, drawnW / 72))) {
            double x = plotX + (step - 0.5) * drawnW / steps;
            g.fillText(ValueFormat.count(step), x, plotY + drawnH + CURSOR_OVERHANG + 4);
        }
        g.setFont(Font.font(13));
        g.fillText(Words.get("heatmap.axis.t"), plotX + drawnW / 2, plotY + drawnH + CURSOR_OVERHANG + 24);
        g.setFont(Font.font(12));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (int unit : TickMarks.fromZero(units, (int) Math.max(2, drawnH / 22))) {
            double y = plotY + (unit + 0.5) * drawnH / units;
            g.fillText(ValueFormat.count(unit), plotX - 8, y);
        }
        g.save();
        g.translate(plotX - 50, plotY + drawnH / 2);
        g.rotate(-90);
        g.setFont(Font.font(13));
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(Words.get("heatmap.axis.unit"), 0, 0);
        g.restore();
    }

    private void drawLegend(GraphicsContext g, double scale, double barX, double top, double height) {
        double barW = 16;
        double barH = Math.max(60, Math.min(height, 260));
        double barY = top + (height - barH) / 2;
        int steps = (int) barH;
        for (int i = 0; i < steps; i++) {
            double value = scale * (1 - 2.0 * i / (steps - 1));
            g.setFill(colour(palette.rgb(value, scale)));
            g.fillRect(barX, barY + i, barW, 1.5);
        }
        g.setStroke(MUTED);
        g.setLineWidth(0.8);
        g.strokeRect(barX, barY, barW, barH);
        g.setFill(INK);
        g.setFont(Font.font(12));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText("+" + ValueFormat.threeDigits(scale), barX + barW + 6, barY);
        g.fillText("0", barX + barW + 6, barY + barH / 2);
        g.fillText(ValueFormat.threeDigits(-scale), barX + barW + 6, barY + barH);
        // the range is the lesson's colour scale, fixed for the whole run, not a value of any step
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(Words.get("heatmap.scale"), barX, barY - 8);
    }

    /** Names the cell under the mouse: its value once its step is computed, otherwise only that it is not yet. */
    private void hover() {
        Trace run = trace.get();
        if (run == null || shownColumns == 0 || Double.isNaN(mouseX)) {
            hoverText.set("");
            return;
        }
        int c = (int) Math.floor((mouseX - plotX) / cellWidth);
        int r = (int) Math.floor((mouseY - plotY) / cellHeight);
        if (c < 0 || r < 0 || c >= shownColumns || r >= shownRows) {
            hoverText.set("");
            return;
        }
        int step = columnToStep(c, run);
        int unit = rowToUnit(r, run.units());
        String name = "h" + ValueFormat.subscript(step) + "[" + unit + "]";
        if (step <= computedSteps(run.timesteps())) {
            hoverText.set(Words.get("heatmap.hover.value", name, ValueFormat.sixDigits(run.state(step, unit)), step, unit));
        } else if (step == cursorStep) {
            hoverText.set(Words.get("heatmap.hover.flowing", name, step));
        } else {
            hoverText.set(Words.get("heatmap.hover.later", name, cursorStep));
        }
    }

    private static Color colour(int rgb) {
        return CanvasRenderer.color(Paint.of(rgb));
    }

    /**
     * The timestep (1 … T) pixel column c shows: the one under its centre, or, when a column stands for several
     * steps, the held step nearest that one (the same step for a trace that holds every state).
     */
    private int columnToStep(int c, Trace run) {
        int steps = run.timesteps();
        int step = 1 + (int) Math.min(steps - 1, Math.floor((c + 0.5) * steps / shownColumns));
        if (shownColumns == steps) {
            return step;
        }
        int held = run.heldStepNear(step);
        return held >= 1 ? held : step;
    }

    /** The unit index (0 … N − 1) under the centre of pixel row r. */
    private int rowToUnit(int r, int units) {
        return (int) Math.min(units - 1, Math.floor((r + 0.5) * units / shownRows));
    }
}
