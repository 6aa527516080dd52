package dev.unroll.app;

import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Remembers a window's size, place and maximised state between runs. */
final class WindowPlacement {

    private static final String X = "window.x";
    private static final String Y = "window.y";
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String MAXIMIZED = "window.maximized";

    private WindowPlacement() {
    }

    /** Puts the stage where it was last closed, if that place is still on a screen, and saves it when it closes. */
    static void restore(Stage stage, Preferences prefs) {
        double w = prefs.getDouble(WIDTH, 0);
        double h = prefs.getDouble(HEIGHT, 0);
        double x = prefs.getDouble(X, Double.NaN);
        double y = prefs.getDouble(Y, Double.NaN);
        if (w >= 400 && h >= 300) {
            stage.setWidth(w);
            stage.setHeight(h);
        }
        if (!Double.isNaN(x) && !Double.isNaN(y)
                && !Screen.getScreensForRectangle(new Rectangle2D(x, y, Math.max(w, 100), Math.max(h, 100))).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(prefs.getBoolean(MAXIMIZED, false));
        stage.setOnHiding(e -> {
            prefs.putBoolean(MAXIMIZED, stage.isMaximized());
            if (!stage.isMaximized()) {
                prefs.putDouble(X, stage.getX());
                prefs.putDouble(Y, stage.getY());
                prefs.putDouble(WIDTH, stage.getWidth());
                prefs.putDouble(HEIGHT, stage.getHeight());
            }
        });
    }
}
