package dev.unroll.diagram;

import static dev.unroll.diagram.Marks.centred;
import static dev.unroll.diagram.Marks.line;
import static dev.unroll.diagram.Marks.text;

import dev.unroll.diagram.Element.Anchor;
import dev.unroll.diagram.Element.Stroke;
import dev.unroll.i18n.Text;
import dev.unroll.rnn.Trace;
import java.util.ArrayList;
import java.util.List;

/**
 * h_t over time as a {@link Drawing}: one row per unit (0 at the top), one column per timestep
 * t = 1 … T, a cursor on column t, a colour legend. Only the steps computed so far are coloured; later
 * columns are drawn hollow. When there are more timesteps or units than pixels, each pixel shows the
 * step or unit under its centre — for a run kept at checkpoints, the held step nearest it
 * ({@link Trace#heldStepNear(int)}), so that sampling a million steps recomputes nothing. The colour
 * scale is the lesson's ({@link ColourScales#h()}), fixed for the whole run. The Heatmap panel draws
 * this picture and answers the pointer from its grid; the exports write the same picture.
 */
public final class HeatmapPicture {

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
    /** An exported heatmap gives each step and unit a cell at least this large, room for its number when few. */
    private static final double EXPORT_CELL_WIDTH = 60;
    private static final double EXPORT_CELL_HEIGHT = 28;
    /** An exported heatmap's cells stay within this, sampled beyond it as the panel does. */
    private static final double EXPORT_MAX_PLOT_WIDTH = 1200;
    private static final double EXPORT_MAX_PLOT_HEIGHT = 800;
    private static final double EXPORT_MIN_PLOT_WIDTH = 240;
    private static final double EXPORT_MIN_PLOT_HEIGHT = 160;
    /** Where a line of text sits on its baseline, as shares of its size: centred, hanging from the top, standing on the bottom. */
    private static final double TOP_DROP = 0.8;
    private static final double BOTTOM_RISE = 0.22;

    /** The words the picture writes, kept together for translation. */

    /**
     * Where the cells lie and how many are shown, for answering the pointer.
     *
     * @param x            the left edge of the cells
     * @param y            the top edge of the cells
     * @param cellWidth    one shown column's width
     * @param cellHeight   one shown row's height
     * @param columns      the columns shown: T, or fewer sampled from them
     * @param rows         the rows shown: N, or fewer sampled from them
     */
    public record Grid(double x, double y, double cellWidth, double cellHeight, int columns, int rows) {
    }

    private final Trace trace;
    private final Theme theme;
    private final DivergingPalette palette;
    private final List<Element> out = new ArrayList<>();
    private final Grid grid;
    private final int computed;
    private final int cursorStep;
    private final List<Integer> revealedColumns;
    private final Drawing drawing;

    private HeatmapPicture(Trace trace, int t, int computed, double width, double height, Theme theme) {
        this.trace = trace;
        this.theme = theme;
        this.palette = theme.values();
        int steps = trace.timesteps();
        int units = trace.units();
        double plotW = width - LEFT - RIGHT;
        double plotH = height - TOP - BOTTOM;
        if (plotW < 20 || plotH < 20) {
            grid = new Grid(LEFT, TOP, 0, 0, 0, 0);
            this.computed = 0;
            cursorStep = 0;
            revealedColumns = List.of();
        } else {
            int columns = (int) Math.min(steps, Math.floor(plotW));
            int rows = (int) Math.min(units, Math.floor(plotH));
            double cellWidth = Math.min(MAX_CELL, plotW / columns);
            double cellHeight = Math.min(MAX_CELL, plotH / rows);
            // the legend sits just right of the cells, inside the right margin, so the two are centred together
            grid = new Grid(LEFT + (plotW - cellWidth * columns) / 2, TOP + (plotH - cellHeight * rows) / 2,
                    cellWidth, cellHeight, columns, rows);
            this.computed = Math.max(0, Math.min(computed, steps));
            cursorStep = Math.max(0, Math.min(t, steps));
            revealedColumns = paint();
        }
        drawing = new Drawing(0, 0, width, height, theme.paper(), out);
    }

    /**
     * The heatmap of {@code trace} on a page of {@code width} × {@code height}, with the cursor on step
     * {@code t} and the first {@code computed} steps coloured; a page too small for cells is blank.
     */
    public static HeatmapPicture draw(Trace trace, int t, int computed, double width, double height, Theme theme) {
        return new HeatmapPicture(trace, t, computed, width, height, theme);
    }

    /**
     * The heatmap as an export draws it at step {@code t} with {@code computed} steps complete: a cell for
     * each step and unit, large enough for its number in a small lesson, the page within a size that fits
     * a slide (sampled beyond).
     */
    public static HeatmapPicture forExport(Trace trace, int t, int computed, Theme theme) {
        double plotW = Math.max(EXPORT_MIN_PLOT_WIDTH, Math.min(EXPORT_MAX_PLOT_WIDTH, trace.timesteps() * EXPORT_CELL_WIDTH));
        double plotH = Math.max(EXPORT_MIN_PLOT_HEIGHT, Math.min(EXPORT_MAX_PLOT_HEIGHT, trace.units() * EXPORT_CELL_HEIGHT));
        return draw(trace, t, computed, LEFT + plotW + RIGHT, TOP + plotH + BOTTOM, theme);
    }

    /** The picture. */
    public Drawing drawing() {
        return drawing;
    }

    /** Where the cells lie; no columns when the page had no room for them. */
    public Grid grid() {
        return grid;
    }

    /** The timesteps of the coloured columns, left to right; every other column is hollow. */
    public List<Integer> revealedColumns() {
        return revealedColumns;
    }

    /** The step whose column the cursor marks, or 0 when there is none (t = 0, or no room). */
    public int cursorStep() {
        return cursorStep;
    }

    /** How many steps are coloured: those complete. */
    public int computedSteps() {
        return computed;
    }

    /**
     * The timestep (1 … T) shown column c shows: the one under its centre, or, when a column stands for
     * several steps, the held step nearest that one (the same step for a trace that holds every state).
     */
    public int columnToStep(int c) {
        int steps = trace.timesteps();
        int step = 1 + (int) Math.min(steps - 1, Math.floor((c + 0.5) * steps / grid.columns()));
        if (grid.columns() == steps) {
            return step;
        }
        int held = trace.heldStepNear(step);
        return held >= 1 ? held : step;
    }

    /** The unit index (0 … N − 1) under the centre of shown row r. */
    public int rowToUnit(int r) {
        return (int) Math.min(trace.units() - 1, Math.floor((r + 0.5) * trace.units() / grid.rows()));
    }

    private List<Integer> paint() {
        int steps = trace.timesteps();
        int units = trace.units();
        double drawnW = grid.cellWidth() * grid.columns();
        double drawnH = grid.cellHeight() * grid.rows();
        double scale = ColourScales.of(trace).h();
        List<Integer> revealed = new ArrayList<>();
        int firstHollow = cells(scale, revealed);
        outlineCells(firstHollow);
        numbersIfRoom(scale);
        axes(steps, units, drawnW, drawnH);
        cursor(steps, drawnW, drawnH);
        legend(scale, grid.x() + drawnW + 28, grid.y(), drawnH);
        title(steps, units);
        return List.copyOf(revealed);
    }

    /**
     * One cell per shown step and unit: the palette's colour for a computed step, paper for a later one.
     * Notes the revealed columns, and returns the first hollow column (all columns when none is).
     */
    private int cells(double scale, List<Integer> revealed) {
        int columns = grid.columns();
        int rows = grid.rows();
        int[] rgb = new int[columns * rows];
        int paper = theme.paper().rgb();
        int firstHollow = columns;
        for (int c = 0; c < columns; c++) {
            int step = columnToStep(c);
            boolean known = step <= computed;
            if (known) {
                revealed.add(step);
            } else {
                firstHollow = Math.min(firstHollow, c);
            }
            for (int r = 0; r < rows; r++) {
                rgb[r * columns + c] = known ? palette.rgb(trace.state(step, rowToUnit(r)), scale) : paper;
            }
        }
        out.add(new Element.Cells(grid.x(), grid.y(), grid.cellWidth(), grid.cellHeight(), columns, rows, rgb));
        return firstHollow;
    }

    /** The outline round the coloured cells, the gaps between cells when they are large enough, and the hollow ones. */
    private void outlineCells(int firstHollow) {
        double x = grid.x();
        double y = grid.y();
        double drawnW = grid.cellWidth() * grid.columns();
        double drawnH = grid.cellHeight() * grid.rows();
        double knownRight = x + firstHollow * grid.cellWidth();
        Stroke faint = Stroke.solid(theme.faint(), 1);
        // an outline round the coloured cells, so those near 0 (almost the paper's colour) still read as part of the grid
        if (firstHollow > 0) {
            out.add(Element.Rect.plain(x - 0.5, y - 0.5, knownRight - x + 1, drawnH + 1, 0, Paint.NONE, faint));
        }
        if (grid.cellWidth() >= MIN_CELL_FOR_GRID && grid.cellHeight() >= MIN_CELL_FOR_GRID) {
            gaps(firstHollow, knownRight, drawnH, faint);
        } else if (firstHollow < grid.columns()) {
            // too small for single cells: one faint block for the steps not computed yet
            out.add(Element.Rect.plain(knownRight + 0.5, y + 0.5, x + drawnW - knownRight - 1, drawnH - 1, 0, Paint.NONE, faint));
        }
    }

    private void gaps(int firstHollow, double knownRight, double drawnH, Stroke faint) {
        Stroke gap = new Stroke(theme.paper(), 1.5, new double[0]);
        double x = grid.x();
        double y = grid.y();
        for (int c = 1; c < firstHollow; c++) {
            out.add(line(x + c * grid.cellWidth(), y, x + c * grid.cellWidth(), y + drawnH, gap));
        }
        for (int r = 1; r < grid.rows(); r++) {
            out.add(line(x, y + r * grid.cellHeight(), knownRight, y + r * grid.cellHeight(), gap));
        }
        // hollow cells: paper inside a faint outline, the gaps between them as wide as the coloured cells' gaps
        for (int c = firstHollow; c < grid.columns(); c++) {
            for (int r = 0; r < grid.rows(); r++) {
                out.add(Element.Rect.plain(x + c * grid.cellWidth() + 1.5, y + r * grid.cellHeight() + 1.5,
                        grid.cellWidth() - 3, grid.cellHeight() - 3, 0, Paint.NONE, faint));
            }
        }
    }

    private void numbersIfRoom(double scale) {
        if (grid.cellWidth() < MIN_CELL_FOR_NUMBERS_W || grid.cellHeight() < MIN_CELL_FOR_NUMBERS_H
                || grid.columns() < trace.timesteps() || grid.rows() < trace.units()) {
            return;
        }
        double size = Math.min(14, grid.cellHeight() * 0.45);
        for (int c = 0; c < computed; c++) {
            for (int r = 0; r < grid.rows(); r++) {
                double value = trace.state(c + 1, r);
                int rgb = palette.rgb(value, scale);
                int ink = theme.inkOn(rgb);
                out.add(centred(grid.x() + (c + 0.5) * grid.cellWidth(), grid.y() + (r + 0.5) * grid.cellHeight(),
                        ValueFormat.threeDigits(value), size, false, ink, Anchor.MIDDLE));
            }
        }
    }

    /**
     * A frame around column t reaching past the grid, and "t = …" above it; a column too narrow to frame gets a line
     * through its centre instead. The step's column spans [t − 1, t]·drawnW / T from the grid's left edge.
     */
    private void cursor(int steps, double drawnW, double drawnH) {
        if (cursorStep == 0) {
            return;
        }
        double left = grid.x() + (cursorStep - 1) * drawnW / steps;
        double right = grid.x() + cursorStep * drawnW / steps;
        double top = grid.y() - CURSOR_OVERHANG;
        Stroke accent = Stroke.solid(theme.accent(), 2.5);
        if (right - left >= 6) {
            out.add(Element.Rect.plain(left - 1.25, top, right - left + 2.5, drawnH + 2 * CURSOR_OVERHANG, 0, Paint.NONE, accent));
        } else {
            double x = (left + right) / 2;
            out.add(line(x, top, x, grid.y() + drawnH + CURSOR_OVERHANG, accent));
        }
        out.add(text((left + right) / 2, top - 3 - 13 * BOTTOM_RISE, "t = " + ValueFormat.count(cursorStep), 13, true,
                theme.accent(), Anchor.MIDDLE));
    }

    private void axes(int steps, int units, double drawnW, double drawnH) {
        double x = grid.x();
        double y = grid.y();
        for (int step : TickMarks.over(steps, (int) Math.max(2, drawnW / 72))) {
            out.add(text(x + (step - 0.5) * drawnW / steps, y + drawnH + CURSOR_OVERHANG + 4 + 12 * TOP_DROP,
                    ValueFormat.count(step), 12, false, theme.muted(), Anchor.MIDDLE));
        }
        out.add(text(x + drawnW / 2, y + drawnH + CURSOR_OVERHANG + 24 + 13 * TOP_DROP, Text.get("heatmap.axis.t"), 13, false, theme.muted(),
                Anchor.MIDDLE));
        for (int unit : TickMarks.fromZero(units, (int) Math.max(2, drawnH / 22))) {
            out.add(centred(x - 8, y + (unit + 0.5) * drawnH / units, ValueFormat.count(unit), 12, false, theme.muted(),
                    Anchor.END));
        }
        // above the units' numbers, level with the cursor's label, where a rotated word would need a renderer that turns text
        out.add(text(x - 8, y - CURSOR_OVERHANG - 3 - 13 * BOTTOM_RISE, Text.get("heatmap.axis.unit"), 13, false, theme.muted(), Anchor.END));
    }

    private void legend(double scale, double barX, double top, double height) {
        double barW = 16;
        double barH = Math.max(60, Math.min(height, 260));
        double barY = top + (height - barH) / 2;
        int steps = (int) barH;
        int[] rgb = new int[steps];
        for (int i = 0; i < steps; i++) {
            rgb[i] = palette.rgb(scale * (1 - 2.0 * i / (steps - 1)), scale);
        }
        out.add(new Element.Cells(barX, barY, barW, barH / steps, 1, steps, rgb));
        out.add(Element.Rect.plain(barX, barY, barW, barH, 0, Paint.NONE, Stroke.solid(theme.muted(), 0.8)));
        out.add(centred(barX + barW + 6, barY, "+" + ValueFormat.threeDigits(scale), 12, false, theme.ink(), Anchor.START));
        out.add(centred(barX + barW + 6, barY + barH / 2, "0", 12, false, theme.ink(), Anchor.START));
        out.add(centred(barX + barW + 6, barY + barH, ValueFormat.threeDigits(-scale), 12, false, theme.ink(), Anchor.START));
        // the range is the lesson's colour scale, fixed for the whole run, not a value of any step
        out.add(text(barX, barY - 8 - 12 * BOTTOM_RISE, Text.get("heatmap.scale"), 12, false, theme.ink(), Anchor.START));
    }

    /** "hₜ over time" above the cells, with the sizes and whether they were sampled to fit. */
    private void title(int steps, int units) {
        double titleY = Math.max(TOP / 3, grid.y() - 42);
        out.add(centred(grid.x(), titleY, Text.get("heatmap.title"), 15, true, theme.ink(), Anchor.START));
        String note = Text.get(units == 1 ? "heatmap.unit" : "heatmap.units", ValueFormat.count(units)) + " \u00D7 "
                + Text.get(steps == 1 ? "heatmap.timestep" : "heatmap.timesteps", ValueFormat.count(steps))
                + (grid.columns() < steps || grid.rows() < units ? Text.get("heatmap.sampled") : "");
        out.add(centred(grid.x() + 110, titleY, note, 13, false, theme.muted(), Anchor.START));
    }
}
