package dev.unroll.app;

import dev.unroll.diagram.Theme;
import dev.unroll.render.CanvasRenderer;
import dev.unroll.rnn.Trace;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;

/**
 * ‖h_t‖ over time as a small line: the axis spans t = 1 … T, the line runs only up to the shown step, so it grows
 * left to right as the lesson is stepped through, and a cursor marks the shown step. Steps after it are the future the
 * network is meant to predict: nothing about them is drawn, not even how high the line will climb, so the height is
 * fixed by the activation's bound where there is one (‖h‖ ≤ √N when every |h_i| ≤ 1) and otherwise by the largest
 * ‖h_t‖ drawn so far. At most one step is sampled per pixel column, so painting costs the same for any T.
 */
public final class NormSparkline extends Canvas {

    private final ObjectProperty<Trace> trace = new SimpleObjectProperty<>(this, "trace");
    private final IntegerProperty shownStep = new SimpleIntegerProperty(this, "shownStep", 0);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private int lastDrawnStep;

    /** A sparkline {@code width} × {@code height} pixels. */
    public NormSparkline(double width, double height) {
        super(width, height);
        trace.addListener((obs, old, now) -> redraw());
        shownStep.addListener((obs, old, now) -> redraw());
        theme.addListener((obs, old, now) -> redraw());
        redraw();
    }

    /** The colours the line is drawn in. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** The run whose ‖h_t‖ is drawn; null draws nothing. */
    public ObjectProperty<Trace> traceProperty() {
        return trace;
    }

    /** The last step whose h_t is revealed, 0 … T: the line stops and the cursor stands there. */
    public IntegerProperty shownStepProperty() {
        return shownStep;
    }

    /** The step at the right end of the line the last paint drew (and of its cursor), or 0 when no line was drawn. */
    public int lastDrawnStep() {
        return lastDrawnStep;
    }

    private void redraw() {
        double width = getWidth();
        double height = getHeight();
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, width, height);
        lastDrawnStep = 0;
        Trace run = trace.get();
        if (run == null) {
            return;
        }
        int steps = run.timesteps();
        int shown = Math.max(0, Math.min(shownStep.get(), steps));
        g.setStroke(CanvasRenderer.color(theme.get().faint()));
        g.setLineWidth(1);
        g.strokeLine(1, height - 1.5, width - 1, height - 1.5);
        if (shown == 0) {
            return;
        }
        drawLine(g, run, sampledSteps(steps, shown, width));
        double cursorX = x(shown, steps);
        g.setStroke(CanvasRenderer.color(theme.get().accent()));
        g.setLineWidth(2);
        g.strokeLine(cursorX, 1, cursorX, height - 1);
        lastDrawnStep = shown;
    }

    /** One step per pixel column at most, and the shown step itself, so the line ends exactly at the cursor. */
    private static int[] sampledSteps(int steps, int shown, double width) {
        int samples = (int) Math.min(steps, width);
        int[] drawn = new int[samples + 1];
        int count = 0;
        for (int k = 0; k < samples; k++) {
            int step = 1 + (int) ((long) k * steps / samples);
            if (step >= shown) {
                break;
            }
            drawn[count++] = step;
        }
        drawn[count++] = shown;
        return java.util.Arrays.copyOf(drawn, count);
    }

    /** ‖h_t‖ at each of the drawn steps, on a scale fixed by the activation's bound or by the largest drawn. */
    private void drawLine(GraphicsContext g, Trace run, int[] drawn) {
        double height = getHeight();
        boolean bounded = run.lesson().activation().isBounded();
        double[] norms = new double[drawn.length];
        double top = bounded ? Math.sqrt(run.units()) : 0;
        for (int k = 0; k < drawn.length; k++) {
            norms[k] = run.stateNorm(drawn[k]);
            if (!bounded && Double.isFinite(norms[k])) {
                top = Math.max(top, norms[k]);
            }
        }
        g.setStroke(CanvasRenderer.color(theme.get().muted()));
        g.setLineWidth(1.2);
        g.beginPath();
        for (int k = 0; k < drawn.length; k++) {
            // an overflowed norm is drawn at the top: larger than anything the scale holds
            double value = Double.isFinite(norms[k]) ? norms[k] : top;
            double y = height - 2 - (top > 0 ? value / top : 0) * (height - 4);
            if (k == 0) {
                g.moveTo(x(drawn[k], run.timesteps()), y);
            } else {
                g.lineTo(x(drawn[k], run.timesteps()), y);
            }
        }
        g.stroke();
    }

    /** Step s of 1 … T on an axis that spans the whole width less a pixel each side; a single step sits in the middle. */
    private double x(int step, int steps) {
        double width = getWidth();
        return steps == 1 ? width / 2 : (double) (step - 1) / (steps - 1) * (width - 2) + 1;
    }
}
