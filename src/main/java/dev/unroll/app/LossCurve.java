package dev.unroll.app;

import dev.unroll.diagram.Theme;
import dev.unroll.render.CanvasRenderer;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A training run's loss against the step, on a logarithmic scale: the axis spans steps 1 … N of the
 * run asked for, so the line grows left to right as it trains, and the height spans the decades
 * between the smallest and the largest loss so far. At most one point per pixel column is drawn (the
 * last of the steps that fall in it), so a run of any length costs the same to paint.
 */
final class LossCurve extends CanvasRegion {

    private static final double LEFT = 40;
    private static final double PAD = 8;
    private final ObjectProperty<LossHistory> history = new SimpleObjectProperty<>(this, "history", LossHistory.EMPTY);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);

    LossCurve() {
        setMinHeight(110);
        setPrefHeight(150);
        history.addListener((obs, old, now) -> redraw());
        theme.addListener((obs, old, now) -> redraw());
    }

    /** The points drawn. */
    ObjectProperty<LossHistory> historyProperty() {
        return history;
    }

    /** The colours the curve is drawn in. */
    ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 320;
    }

    @Override
    protected void redraw() {
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, width, height);
        if (width <= LEFT + PAD || height <= 2 * PAD) {
            return;
        }
        Theme colours = theme.get();
        g.setStroke(CanvasRenderer.color(colours.faint()));
        g.setLineWidth(1);
        g.strokeLine(LEFT, PAD, LEFT, height - PAD);
        g.strokeLine(LEFT, height - PAD, width - PAD, height - PAD);
        LossHistory h = history.get();
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < h.size(); i++) {
            double loss = h.loss(i);
            if (loss > 0 && Double.isFinite(loss)) {
                low = Math.min(low, Math.log10(loss));
                high = Math.max(high, Math.log10(loss));
            }
        }
        if (low > high) {
            return;
        }
        // whole decades, at least one apart, so the labels read 1e-3, 1e-2, …
        double bottom = Math.floor(low);
        double top = Math.max(Math.ceil(high), bottom + 1);
        drawDecades(g, colours, bottom, top, height);
        g.setStroke(CanvasRenderer.color(colours.accent()));
        g.setLineWidth(1.6);
        g.beginPath();
        boolean started = false;
        double lastX = Double.NaN;
        for (int i = 0; i < h.size(); i++) {
            double loss = h.loss(i);
            if (!(loss > 0) || !Double.isFinite(loss)) {
                continue;
            }
            double x = x(h.step(i), h.totalSteps(), width);
            boolean lastInColumn = i + 1 == h.size() || (int) x(h.step(i + 1), h.totalSteps(), width) != (int) x;
            if (!lastInColumn && x == lastX) {
                continue;
            }
            double y = PAD + (top - Math.log10(loss)) / (top - bottom) * (height - 2 * PAD);
            if (started) {
                g.lineTo(x, y);
            } else {
                g.moveTo(x, y);
                started = true;
            }
            lastX = x;
        }
        g.stroke();
    }

    /** A faint line and a label at each decade from {@code bottom} to {@code top}. */
    private void drawDecades(GraphicsContext g, Theme colours, double bottom, double top, double height) {
        g.setFont(Font.font(10));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        int step = (int) Math.ceil((top - bottom) / 4);
        for (double d = bottom; d <= top; d += step) {
            double y = PAD + (top - d) / (top - bottom) * (height - 2 * PAD);
            g.setFill(CanvasRenderer.color(colours.muted()));
            g.fillText(String.format(Locale.ROOT, "1e%d", (int) d), LEFT - 4, y);
            g.setStroke(CanvasRenderer.color(colours.faint()));
            g.setLineWidth(0.5);
            g.strokeLine(LEFT, y, canvas.getWidth() - PAD, y);
        }
    }

    /** Step s of 1 … N on the axis from the left margin to the right edge. */
    private static double x(int step, int total, double width) {
        return LEFT + (total <= 1 ? 0 : (double) (step - 1) / (total - 1)) * (width - LEFT - PAD);
    }
}
