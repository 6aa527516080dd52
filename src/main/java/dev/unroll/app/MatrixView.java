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
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.ejml.data.DMatrixRMaj;

/** A matrix as a heatmap: one cell per entry, row and column indices, the value under the pointer. */
final class MatrixView extends CanvasRegion {

    private static final double MARGIN = 28;
    private final ReadOnlyStringWrapper readout = new ReadOnlyStringWrapper(this, "readout", "");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private DMatrixRMaj matrix;
    /** The matrix's colours, made once per matrix shown. */
    private WritableImage image;
    private String name = "";
    private double cell;

    MatrixView() {
        setMinHeight(120);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> readout.set(""));
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
        matrix = m;
        image = null;
        name = letter;
        readout.set("");
        requestLayout();
        redraw();
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
        return MARGIN + matrix.numRows * c + 8;
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
        double scale = 0;
        for (double v : matrix.data) {
            scale = Math.max(scale, Math.abs(v));
        }
        if (image == null) {
            image = paintEntries(scale);
        }
        g.setImageSmoothing(false);
        g.drawImage(image, MARGIN, MARGIN, cell * matrix.numCols, cell * matrix.numRows);
        if (cell >= 26 && matrix.numCols <= 10) {
            drawEntries(g, scale);
        }
        drawIndices(g);
    }

    /** One pixel per entry, scaled up without smoothing: a 1,024 × 1,024 matrix is one image, not a million rectangles. */
    private WritableImage paintEntries(double scale) {
        WritableImage painted = new WritableImage(matrix.numCols, matrix.numRows);
        PixelWriter pixels = painted.getPixelWriter();
        for (int r = 0; r < matrix.numRows; r++) {
            for (int c = 0; c < matrix.numCols; c++) {
                pixels.setArgb(c, r, 0xFF00_0000 | theme.get().values().rgb(matrix.get(r, c), scale));
            }
        }
        return painted;
    }

    /** Small matrices print their entries, as the diagram's small vectors do. */
    private void drawEntries(GraphicsContext g, double scale) {
        g.setFont(Font.font(10));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (int r = 0; r < matrix.numRows; r++) {
            for (int c = 0; c < matrix.numCols; c++) {
                int rgb = theme.get().values().rgb(matrix.get(r, c), scale);
                g.setFill(CanvasRenderer.color(theme.get().inkOn(rgb)));
                g.fillText(ValueFormat.threeDigits(matrix.get(r, c)), MARGIN + (c + 0.5) * cell, MARGIN + (r + 0.5) * cell);
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
        for (int r = 0; r < matrix.numRows; r += rowStep) {
            g.fillText(Integer.toString(r), MARGIN - 5, MARGIN + (r + 0.5) * cell);
        }
    }

    private void hover(double x, double y) {
        if (matrix == null || cell <= 0) {
            return;
        }
        int c = (int) Math.floor((x - MARGIN) / cell);
        int r = (int) Math.floor((y - MARGIN) / cell);
        if (r < 0 || c < 0 || r >= matrix.numRows || c >= matrix.numCols) {
            readout.set("");
            return;
        }
        readout.set(name + "[" + r + ", " + c + "] = " + ValueFormat.sixDigits(matrix.get(r, c)));
    }
}
