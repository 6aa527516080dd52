package dev.unroll.app;

import dev.unroll.diagram.DivergingPalette;
import dev.unroll.diagram.Paint;
import dev.unroll.render.CanvasRenderer;
import dev.unroll.diagram.TickMarks;
import dev.unroll.diagram.ValueFormat;
import dev.unroll.rnn.Trace;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
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
 * h_t over time: one row per unit (0 at the top, numbered from 0 like h's components), one column per timestep t = 1 … T, each cell
 * coloured on the diverging palette, with a colour legend. When there are more timesteps or units
 * than pixels, each pixel shows the step or unit under its centre. Hovering a cell names its value.
 */
public final class HeatmapView extends CanvasRegion {

    private static final double LEFT = 76;
    private static final double RIGHT = 150;
    private static final double TOP = 44;
    private static final double BOTTOM = 56;
    private static final double MAX_CELL = 110;
    private static final double MIN_CELL_FOR_NUMBERS_W = 46;
    private static final double MIN_CELL_FOR_NUMBERS_H = 26;
    private static final Color INK = Color.web("#1f2933");
    private static final Color MUTED = Color.web("#52606d");
    private static final Color PAPER = Color.web("#fbfbfa");

    private final ObjectProperty<Trace> trace = new SimpleObjectProperty<>(this, "trace");
    private final ReadOnlyStringWrapper hoverText = new ReadOnlyStringWrapper(this, "hoverText", "");
    private final DivergingPalette palette = DivergingPalette.BLUE_WHITE_RED;

    /** Where the cells were last drawn, for hit-testing the mouse. */
    private double plotX;
    private double plotY;
    private double cellWidth;
    private double cellHeight;
    private int shownColumns;
    private int shownRows;

    public HeatmapView() {
        getStyleClass().add("heatmap");
        trace.addListener((obs, old, now) -> {
            hoverText.set("");
            redraw();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hoverText.set(""));
    }

    /** The trace drawn; null draws a "computing" note. */
    public ObjectProperty<Trace> traceProperty() {
        return trace;
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
        Trace t = trace.get();
        double plotW = w - LEFT - RIGHT;
        double plotH = h - TOP - BOTTOM;
        if (t == null || plotW < 20 || plotH < 20) {
            shownColumns = 0;
            g.setFill(MUTED);
            g.setFont(Font.font(14));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(t == null ? "Computing\u2026" : "", w / 2, h / 2);
            return;
        }
        int steps = t.timesteps();
        int units = t.units();
        shownColumns = (int) Math.min(steps, Math.floor(plotW));
        shownRows = (int) Math.min(units, Math.floor(plotH));
        cellWidth = Math.min(MAX_CELL, plotW / shownColumns);
        cellHeight = Math.min(MAX_CELL, plotH / shownRows);
        double drawnW = cellWidth * shownColumns;
        double drawnH = cellHeight * shownRows;
        // the legend sits just right of the cells, inside the right margin, so the two are centred together
        plotX = LEFT + (plotW - drawnW) / 2;
        plotY = TOP + (plotH - drawnH) / 2;
        double scale = DivergingPalette.scaleFor(t.lesson().activation().isBounded(), t.maxAbsState());

        drawCells(g, t, scale);
        drawNumbersIfRoom(g, t);
        drawAxes(g, steps, units, drawnW, drawnH);
        drawLegend(g, scale, plotX + drawnW + 28, plotY, drawnH);
        g.setFill(INK);
        g.setFont(Font.font(null, FontWeight.BOLD, 15));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText("h\u209C over time", plotX, Math.max(TOP / 2, plotY - 22));
        g.setFont(Font.font(13));
        g.setFill(MUTED);
        String note = ValueFormat.count(units) + (units == 1 ? " unit" : " units") + " \u00D7 " + ValueFormat.count(steps)
                + (steps == 1 ? " timestep" : " timesteps")
                + (shownColumns < steps || shownRows < units ? " (sampled to fit)" : "");
        g.fillText(note, plotX + 110, Math.max(TOP / 2, plotY - 22));
    }

    private void drawCells(GraphicsContext g, Trace t, double scale) {
        WritableImage image = new WritableImage(shownColumns, shownRows);
        PixelWriter pixels = image.getPixelWriter();
        for (int c = 0; c < shownColumns; c++) {
            int step = columnToStep(c, t.timesteps());
            for (int r = 0; r < shownRows; r++) {
                int rgb = palette.rgb(t.state(step, rowToUnit(r, t.units())), scale);
                pixels.setArgb(c, r, 0xFF00_0000 | rgb);
            }
        }
        g.setImageSmoothing(false);
        g.drawImage(image, plotX, plotY, cellWidth * shownColumns, cellHeight * shownRows);
        // an outline, so cells near 0 (almost the paper's colour) still read as part of the grid
        g.setStroke(Color.web("#c4cad1"));
        g.setLineWidth(1);
        g.strokeRect(plotX - 0.5, plotY - 0.5, cellWidth * shownColumns + 1, cellHeight * shownRows + 1);
        if (cellWidth >= 10 && cellHeight >= 10) {
            g.setStroke(PAPER);
            g.setLineWidth(1.5);
            for (int c = 1; c < shownColumns; c++) {
                g.strokeLine(plotX + c * cellWidth, plotY, plotX + c * cellWidth, plotY + shownRows * cellHeight);
            }
            for (int r = 1; r < shownRows; r++) {
                g.strokeLine(plotX, plotY + r * cellHeight, plotX + shownColumns * cellWidth, plotY + r * cellHeight);
            }
        }
    }

    private void drawNumbersIfRoom(GraphicsContext g, Trace t) {
        if (cellWidth < MIN_CELL_FOR_NUMBERS_W || cellHeight < MIN_CELL_FOR_NUMBERS_H
                || shownColumns < t.timesteps() || shownRows < t.units()) {
            return;
        }
        double scale = DivergingPalette.scaleFor(t.lesson().activation().isBounded(), t.maxAbsState());
        g.setFont(Font.font(Math.min(14, cellHeight * 0.45)));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (int c = 0; c < shownColumns; c++) {
            for (int r = 0; r < shownRows; r++) {
                double value = t.state(c + 1, r);
                int rgb = palette.rgb(value, scale);
                g.setFill(DivergingPalette.prefersDarkText(rgb) ? INK : Color.WHITE);
                g.fillText(ValueFormat.threeDigits(value), plotX + (c + 0.5) * cellWidth, plotY + (r + 0.5) * cellHeight);
            }
        }
    }

    private void drawAxes(GraphicsContext g, int steps, int units, double drawnW, double drawnH) {
        g.setFill(MUTED);
        g.setFont(Font.font(12));
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        for (int step : TickMarks.over(steps, (int) Math.max(2, drawnW / 72))) {
            double x = plotX + (step - 0.5) * drawnW / steps;
            g.fillText(ValueFormat.count(step), x, plotY + drawnH + 6);
        }
        g.setFont(Font.font(13));
        g.fillText("timestep t", plotX + drawnW / 2, plotY + drawnH + 26);
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
        g.fillText("unit i", 0, 0);
        g.restore();
    }

    private void drawLegend(GraphicsContext g, double scale, double barX, double top, double height) {
        double barW = 16;
        double barH = Math.max(60, Math.min(height, 260));
        double barY = top + (height - barH) / 2;
        int steps = (int) barH;
        for (int i = 0; i < steps; i++) {
            double value = scale * (1 - 2.0 * i / (steps - 1));
            g.setFill(toColor(palette.rgb(value, scale)));
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
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText("value", barX + barW / 2, barY - 8);
    }

    private void hover(double x, double y) {
        Trace t = trace.get();
        if (t == null || shownColumns == 0) {
            hoverText.set("");
            return;
        }
        int c = (int) Math.floor((x - plotX) / cellWidth);
        int r = (int) Math.floor((y - plotY) / cellHeight);
        if (c < 0 || r < 0 || c >= shownColumns || r >= shownRows) {
            hoverText.set("");
            return;
        }
        int step = columnToStep(c, t.timesteps());
        int unit = rowToUnit(r, t.units());
        hoverText.set("h" + ValueFormat.subscript(step) + "[" + unit + "] = " + ValueFormat.sixDigits(t.state(step, unit))
                + "   (t = " + step + ", unit " + unit + ")");
    }

    private static Color toColor(int rgb) {
        return CanvasRenderer.color(Paint.of(rgb));
    }

    /** The timestep (1 … T) under the centre of pixel column c. */
    private int columnToStep(int c, int steps) {
        return 1 + (int) Math.min(steps - 1, Math.floor((c + 0.5) * steps / shownColumns));
    }

    /** The unit index (0 … N − 1) under the centre of pixel row r. */
    private int rowToUnit(int r, int units) {
        return (int) Math.min(units - 1, Math.floor((r + 0.5) * units / shownRows));
    }
}
