package dev.unroll.diagram;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One item of a {@link Drawing}. Renderers paint these and nothing else, and reach each kind only
 * through {@link #drawOn}, never by testing the type.
 */
public sealed interface Element {

    /**
     * Hands this element to {@code target}'s method for its kind. Each kind implements this with its
     * own method of {@link DrawingTarget}, so no renderer can leave a kind out.
     */
    void drawOn(DrawingTarget target);

    /** How a line is stroked: paint, width, and a dash pattern (empty for solid). */
    record Stroke(Paint paint, double width, double[] dashes) {
        /** No outline. */
        public static final Stroke NONE = new Stroke(Paint.NONE, 0, new double[0]);

        public static Stroke solid(int rgb, double width) {
            return new Stroke(Paint.of(rgb), width, new double[0]);
        }

        public static Stroke dashed(int rgb, double width, double dash, double gap) {
            return new Stroke(Paint.of(rgb), width, new double[] {dash, gap});
        }

        public boolean isVisible() {
            return paint.isVisible() && width > 0;
        }

        /** Equal when paint, width and dash pattern are: the pattern by its values, as two pictures compare. */
        @Override
        public boolean equals(Object o) {
            return o instanceof Stroke s && paint.equals(s.paint) && Double.compare(width, s.width) == 0
                    && Arrays.equals(dashes, s.dashes);
        }

        @Override
        public int hashCode() {
            return Objects.hash(paint, width, Arrays.hashCode(dashes));
        }

        @Override
        public String toString() {
            return "Stroke[paint=" + paint + ", width=" + width + ", dashes=" + Arrays.toString(dashes) + "]";
        }
    }

    /**
     * A rectangle with rounded corners. {@code cellIndex} ≥ 0 marks component i of a vector
     * (SVG writes {@code class="cell" data-i="i"}); −1 for any other rectangle.
     */
    record Rect(double x, double y, double width, double height, double radius, Paint fill, Stroke stroke,
                int cellIndex) implements Element {
        public static Rect plain(double x, double y, double width, double height, double radius, Paint fill,
                                 Stroke stroke) {
            return new Rect(x, y, width, height, radius, fill, stroke, -1);
        }

        @Override
        public void drawOn(DrawingTarget target) {
            target.rect(this);
        }
    }

    /** A stroked, unfilled path of straight and cubic segments, starting with a move (or empty). */
    record Path(List<PathOp> ops, Stroke stroke) implements Element {
        public Path {
            ops = List.copyOf(ops);
            // every renderer starts a path with its first point: a segment needs one to start from
            if (!ops.isEmpty() && !(ops.get(0) instanceof PathOp.MoveTo)) {
                throw new IllegalArgumentException("a path starts with a move, not " + ops.get(0));
            }
        }

        @Override
        public void drawOn(DrawingTarget target) {
            target.path(this);
        }

        /** Hands each segment, in order, to {@code target}'s method for its kind. */
        public void traceOn(PathTarget target) {
            for (PathOp op : ops) {
                op.traceOn(target);
            }
        }
    }

    /** A filled polygon, used for arrowheads. */
    record Polygon(double[] points, Paint fill) implements Element {
        @Override
        public void drawOn(DrawingTarget target) {
            target.polygon(this);
        }

        /** Equal when the fill and the points are: the points by their values, as two pictures compare. */
        @Override
        public boolean equals(Object o) {
            return o instanceof Polygon p && fill.equals(p.fill) && Arrays.equals(points, p.points);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(points) + fill.hashCode();
        }

        @Override
        public String toString() {
            return "Polygon[points=" + Arrays.toString(points) + ", fill=" + fill + "]";
        }
    }

    /**
     * A block of {@code columns} × {@code rows} coloured cells, each {@code cellWidth} × {@code cellHeight},
     * from ({@code x}, {@code y}): a heatmap's values or a colour legend's bar. {@code rgb} holds each
     * cell's colour 0xRRGGBB row by row. One element rather than a rectangle a cell, so a screen can
     * paint thousands of cells as one image.
     */
    record Cells(double x, double y, double cellWidth, double cellHeight, int columns, int rows, int[] rgb)
            implements Element {
        public Cells {
            if (columns < 0 || rows < 0 || rgb.length != columns * rows) {
                throw new IllegalArgumentException(columns + " x " + rows + " cells need as many colours, got " + rgb.length);
            }
            rgb = rgb.clone();
        }

        /** The colour 0xRRGGBB of the cell in {@code column} and {@code row}. */
        public int rgbAt(int column, int row) {
            return rgb[row * columns + column];
        }

        @Override
        public int[] rgb() {
            return rgb.clone();
        }

        @Override
        public void drawOn(DrawingTarget target) {
            target.cells(this);
        }

        /** Equal when the placement and every colour are: the colours by their values, as two pictures compare. */
        @Override
        public boolean equals(Object o) {
            return o instanceof Cells c && Double.compare(x, c.x) == 0 && Double.compare(y, c.y) == 0
                    && Double.compare(cellWidth, c.cellWidth) == 0 && Double.compare(cellHeight, c.cellHeight) == 0
                    && columns == c.columns && rows == c.rows && Arrays.equals(rgb, c.rgb);
        }

        @Override
        public int hashCode() {
            return Objects.hash(x, y, cellWidth, cellHeight, columns, rows, Arrays.hashCode(rgb));
        }

        @Override
        public String toString() {
            return "Cells[x=" + x + ", y=" + y + ", " + columns + " x " + rows + " of " + cellWidth + " x " + cellHeight + "]";
        }
    }

    /**
     * A line of text whose baseline starts, centres or ends at ({@code x}, {@code y}), made of runs
     * that are either normal or subscript (smaller and lowered).
     */
    record Text(double x, double y, List<TextRun> runs, double size, boolean bold, Paint fill, Anchor anchor)
            implements Element {
        public Text {
            runs = List.copyOf(runs);
        }

        @Override
        public void drawOn(DrawingTarget target) {
            target.text(this);
        }

        /** The font size of a run: the line's, or smaller for a subscript. */
        public double sizeOf(TextRun run) {
            return run.subscript() ? size * Typography.SUBSCRIPT_SCALE : size;
        }

        /**
         * Where each run goes, given how wide each is in the renderer's own font: the anchor applies
         * to the whole line, and a subscript sits lower. Every renderer that measures text uses this.
         */
        public List<PlacedRun> place(java.util.function.ToDoubleFunction<TextRun> width) {
            double[] widths = new double[runs.size()];
            double total = 0;
            for (int i = 0; i < widths.length; i++) {
                widths[i] = width.applyAsDouble(runs.get(i));
                total += widths[i];
            }
            double left = switch (anchor) {
                case START -> x;
                case MIDDLE -> x - total / 2;
                case END -> x - total;
            };
            List<PlacedRun> placed = new java.util.ArrayList<>(widths.length);
            for (int i = 0; i < widths.length; i++) {
                TextRun run = runs.get(i);
                placed.add(new PlacedRun(run, left, y + (run.subscript() ? size * Typography.SUBSCRIPT_DROP : 0), sizeOf(run)));
                left += widths[i];
            }
            return placed;
        }

        /** The text of all runs, without formatting. */
        public String plain() {
            StringBuilder s = new StringBuilder();
            runs.forEach(r -> s.append(r.text()));
            return s.toString();
        }
    }

    /**
     * A named part of the diagram with a title that carries its values, marked when something points
     * at it (a glossary term, the selection); renderers may group or ignore it.
     */
    record Group(Part part, String title, List<Element> children, boolean highlighted) implements Element {
        public Group {
            children = List.copyOf(children);
        }

        /** A part that nothing points at. */
        public Group(Part part, String title, List<Element> children) {
            this(part, title, children, false);
        }

        @Override
        public void drawOn(DrawingTarget target) {
            target.group(this);
        }

        /** Draws every child on {@code target} in painting order, descending into nested groups. */
        public void drawChildrenOn(DrawingTarget target) {
            for (Element child : children) {
                child.drawOn(target);
            }
        }
    }

    /** A run of text at its place: left end of its baseline and its font size. */
    record PlacedRun(TextRun run, double x, double y, double size) {
    }

    /** Where a text's anchor point lies along it. */
    enum Anchor { START, MIDDLE, END }

    /** A piece of text, normal or subscript. */
    record TextRun(String text, boolean subscript) {
        public static TextRun normal(String text) {
            return new TextRun(text, false);
        }

        public static TextRun sub(String text) {
            return new TextRun(text, true);
        }
    }

    /** One segment of a path. Whatever follows a path reaches each kind only through {@link #traceOn}. */
    sealed interface PathOp {

        /**
         * Hands this segment to {@code target}'s method for its kind. Each kind implements this with its
         * own method of {@link PathTarget}, so nothing that traces paths can leave a kind out.
         */
        void traceOn(PathTarget target);

        /** Starts a new subpath at (x, y). */
        record MoveTo(double x, double y) implements PathOp {
            @Override
            public void traceOn(PathTarget target) {
                target.moveTo(this);
            }
        }

        /** A straight line to (x, y). */
        record LineTo(double x, double y) implements PathOp {
            @Override
            public void traceOn(PathTarget target) {
                target.lineTo(this);
            }
        }

        /** A cubic Bézier curve through control points 1 and 2 to (x, y). */
        record CubicTo(double x1, double y1, double x2, double y2, double x, double y) implements PathOp {
            @Override
            public void traceOn(PathTarget target) {
                target.cubicTo(this);
            }
        }
    }
}
