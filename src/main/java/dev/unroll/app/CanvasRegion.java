package dev.unroll.app;

import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;

/** A region filled by one canvas that is repainted whenever the region changes size. */
abstract class CanvasRegion extends Region {

    /** The canvas, as large as the region. */
    protected final Canvas canvas = new Canvas();

    CanvasRegion() {
        getChildren().add(canvas);
    }

    /** Paints the whole canvas again. */
    protected abstract void redraw();

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            redraw();
        }
    }
}
