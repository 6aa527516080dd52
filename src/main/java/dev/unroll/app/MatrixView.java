package dev.unroll.app;

import dev.unroll.diagram.Theme;
import dev.unroll.diagram.ValueFormat;
import dev.unroll.render.CanvasRenderer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.ejml.data.DMatrixRMaj;

/**
 * A matrix as a heatmap: one cell per entry, row and column indices, the value under the pointer. A matrix
 * of more than {@value #MAX_SHOWN_ROWS} rows, such as an Embedding's table of 10,000, shows a window of that
 * many rows, centred on the row asked for and moved by the mouse wheel: only the rows in view are painted,
 * so a table of any size costs the same. One row may be marked, the row an Embedding looked up.
 */
final class MatrixView extends CanvasRegion {

    private static final double MARGIN = 28;
    /** The most rows drawn at once; a taller matrix is seen through a window of this many rows. */
    static final int MAX_SHOWN_ROWS = 40;
    /** How many rows one notch of the mouse wheel moves the window. */
    private static final int ROWS_PER_NOTCH = 3;
    private final ReadOnlyStringWrapper readout = new ReadOnlyStringWrapper(this, "readout", "");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private DMatrixRMaj matrix;
    /** The matrix's colours, made once per matrix shown. */
    private WritableImage image;
    private String name = "";
    private double cell;
    /** The first row in view, and how many are. */
    private int firstRow;
    private int shownRows;
    /** The row marked with the accent, or −1. */
    private int markedRow = -1;
    /** The largest |entry| of the whole matrix: the colours do not change as the window moves. */
    private double scale;

    MatrixView() {
        setMinHeight(120);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> readout.set(""));
        canvas.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (matrix != null && matrix.numRows > shownRows && e.getDeltaY() != 0) {
                scrollTo(firstRow - (int) Math.signum(e.getDeltaY()) * ROWS_PER_NOTCH);
                e.consume();
            }
        });
        theme.addListener((obs, old, now) -> {
            image = null;
            redraw();
        });
    }

    /** The colours the matrix is drawn in. */
    ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** The entry under the pointer, for example {@code W[2, 0] = 0.413}. */
    ReadOnlyStringProperty readoutProperty() {
        return readout.getReadOnlyProperty();
    }

    /** Shows {@code m} under the letter {@code letter}; null shows nothing. */
    void show(DMatrixRMaj m, String letter) {
        show(m, letter, -1);
    }

    /**
     * Shows {@code m} under {@code letter} with row {@code marked} outlined and in view (−1 for none). The
     * matrix is kept, not copied: the caller hands over one nobody changes.
     */
    void show(DMatrixRMaj m, String letter, int marked) {
        matrix = m;
        image = null;
        name = letter;
        markedRow = m == null || marked >= m.numRows ? -1 : marked;
        shownRows = m == null ? 0 : Math.min(m.numRows, MAX_SHOWN_ROWS);
        scale = 0;
        if (m != null) {
            for (int i = 0; i < m.getNumElements(); i++) {
                scale = Math.max(scale, Math.abs(m.data[i]));
            }
        }
        firstRow = 0;
        readout.set("");
        scrollTo(markedRow < 0 ? 0 : markedRow - shownRows / 2);
        requestLayout();
    }

    /** Moves the window so that it starts at {@code row}, or as near as the matrix allows. */
    void scrollTo(int row) {
        int last = matrix == null ? 0 : matrix.numRows - shownRows;
        int first = Math.max(0, Math.min(row, last));
        if (first != firstRow || image == null) {
            firstRow = first;
            image = null;
            redraw();
        }
    }

    /** The first row in view. */
    int firstRow() {
        return firstRow;
    }

    /** How many rows are in view. */
    int shownRows() {
        return shownRows;
    }

    /** The row outlined, or −1. */
    int markedRow() {
        return markedRow;
    }

    @Override
    public Orientation getContentBias() {
        // the height follows the width: cells stay square
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 320;
    }

    @Override
    protected double computePrefHeight(double width) {
        if (matrix == null) {
            return 120;
        }
        double c = cellFor(width > 0 ? width : Math.max(getWidth(), 320));
        return MARGIN + shownRows * c + 8;
    }

    private double cellFor(double width) {
        return Math.max(2, Math.min(44, (width - MARGIN - 8) / matrix.numCols));
    }

    @Override
    protected void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (matrix == null || canvas.getWidth() <= MARGIN) {
            return;
        }
        cell = cellFor(canvas.getWidth());
        if (image == null) {
            image = paintEntries();
        }
        g.setImageSmoothing(false);
        g.drawImage(image, MARGIN, MARGIN, cell * matrix.numCols, cell * shownRows);
        if (cell >= 26 && matrix.numCols <= 10) {
            drawEntries(g);
        }
        drawIndices(g);
        if (markedRow >= firstRow && markedRow < firstRow + shownRows) {
            g.setStroke(CanvasRenderer.color(theme.get().accent()));
            g.setLineWidth(2);
            g.strokeRect(MARGIN - 1, MARGIN + (markedRow - firstRow) * cell - 1, cell * matrix.numCols + 2, cell + 2);
        }
    }

    /**
     * One pixel per entry of the rows in view, scaled up without smoothing: a 1,024 × 1,024 matrix is one
     * image, not a million rectangles.
     */
    private WritableImage paintEntries() {
        WritableImage painted = new WritableImage(matrix.numCols, shownRows);
        PixelWriter pixels = painted.getPixelWriter();
        for (int r = 0; r < shownRows; r++) {
            for (int c = 0; c < matrix.numCols; c++) {
                pixels.setArgb(c, r, 0xFF00_0000 | theme.get().values().rgb(matrix.get(firstRow + r, c), scale));
            }
        }
        return painted;
    }

    /** Small matrices print their entries, as the diagram's small vectors do. */
    private void drawEntries(GraphicsContext g) {
        g.setFont(Font.font(10));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (int r = 0; r < shownRows; r++) {
            for (int c = 0; c < matrix.numCols; c++) {
                double v = matrix.get(firstRow + r, c);
                int rgb = theme.get().values().rgb(v, scale);
                g.setFill(CanvasRenderer.color(theme.get().inkOn(rgb)));
                g.fillText(ValueFormat.threeDigits(v), MARGIN + (c + 0.5) * cell, MARGIN + (r + 0.5) * cell);
            }
        }
    }

    /** Column numbers above and row numbers left of the entries, as many as fit without overlapping. */
    private void drawIndices(GraphicsContext g) {
        g.setFill(CanvasRenderer.color(theme.get().muted()));
        g.setFont(Font.font(11));
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.CENTER);
        int colStep = Math.max(1, (int) Math.ceil(18 / cell));
        for (int c = 0; c < matrix.numCols; c += colStep) {
            g.fillText(Integer.toString(c), MARGIN + (c + 0.5) * cell, MARGIN - 9);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        int rowStep = Math.max(1, (int) Math.ceil(14 / cell));
        boolean marked = markedRow >= firstRow && markedRow < firstRow + shownRows;
        for (int r = 0; r < shownRows; r += rowStep) {
            // the marked row is always numbered; the numbers too near it give way
            if (!marked || Math.abs(firstRow + r - markedRow) >= rowStep) {
                g.fillText(Integer.toString(firstRow + r), MARGIN - 5, MARGIN + (r + 0.5) * cell);
            }
        }
        if (marked) {
            g.fillText(Integer.toString(markedRow), MARGIN - 5, MARGIN + (markedRow - firstRow + 0.5) * cell);
        }
    }

    private void hover(double x, double y) {
        if (matrix == null || cell <= 0) {
            return;
        }
        int c = (int) Math.floor((x - MARGIN) / cell);
        int r = (int) Math.floor((y - MARGIN) / cell) + firstRow;
        if (r < firstRow || c < 0 || r >= firstRow + shownRows || c >= matrix.numCols) {
            readout.set("");
            return;
        }
        readout.set(name + "[" + r + ", " + c + "] = " + ValueFormat.sixDigits(matrix.get(r, c)));
    }
}
