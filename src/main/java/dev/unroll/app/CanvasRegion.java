package dev.unroll.app;

import dev.unroll.diagram.Theme;
import dev.unroll.render.CanvasRenderer;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

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

    /** Paints the canvas paper-coloured with {@code note} in its middle: what stands there until there is a picture. */
    protected void paintNote(Theme theme, String note) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(CanvasRenderer.color(theme.paper()));
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.setFill(CanvasRenderer.color(theme.muted()));
        g.setFont(Font.font(14));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(note, canvas.getWidth() / 2, canvas.getHeight() / 2);
    }
}
