package dev.unroll.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Where the main window opens: the size and place it last had when that still fits a screen, else
 * a comfortable size centred on the primary screen. The decision is {@link #placement}, a pure
 * function of the saved bounds and the screens; the rest reads and writes the preferences and
 * applies the decision to a stage.
 */
final class WindowPlacement {

    /** The share of the screen's free area a first window takes, in each direction. */
    static final double SHARE_OF_SCREEN = 0.85;
    /** The size below which the diagram, the controls and the side panels start to crowd each other. */
    static final double COMFORTABLE_WIDTH = 1024;
    static final double COMFORTABLE_HEIGHT = 700;
    /**
     * Saved sizes below this are not worth restoring; they are what a window manager left behind
     * when it shrank the window to GTK's default 200 × 200.
     */
    static final double SMALLEST_SAVED_WIDTH = 400;
    static final double SMALLEST_SAVED_HEIGHT = 300;
    /** How far a saved window may overhang a screen's free area and still count as on it: a frame's border. */
    static final double OVERHANG = 16;

    private static final Logger LOG = Logger.getLogger(WindowPlacement.class.getName());

    private static final String X = "window.x";
    private static final String Y = "window.y";
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String MAXIMIZED = "window.maximized";

    /** A window's outer bounds, as {@link Stage} counts them (frame included), and whether it is maximised. */
    record Bounds(double x, double y, double width, double height, boolean maximized) {
    }

    private WindowPlacement() {
    }

    /**
     * Where the window opens.
     *
     * @param saved   the bounds it had when it last closed, if any
     * @param screens the visual bounds (without task bars) of the screens there now, the primary first
     * @return the saved bounds when they fit one of the screens, else {@link #firstStart} on the
     *         primary screen; a saved maximised state is kept either way
     */
    static Bounds placement(Optional<Bounds> saved, List<Rectangle2D> screens) {
        if (screens.isEmpty()) {
            throw new IllegalArgumentException("no screens");
        }
        if (saved.isPresent() && fitsOneOf(saved.get(), screens)) {
            return saved.get();
        }
        Bounds fresh = firstStart(screens.get(0));
        boolean maximized = saved.map(Bounds::maximized).orElse(false);
        return new Bounds(fresh.x(), fresh.y(), fresh.width(), fresh.height(), maximized);
    }

    /**
     * The first window on {@code screen} (its visual bounds): 85 % of it in each direction, but at
     * least the comfortable 1024 × 700 where the screen has room for that, and never more than the
     * screen; centred.
     */
    static Bounds firstStart(Rectangle2D screen) {
        double width = firstSize(screen.getWidth(), COMFORTABLE_WIDTH);
        double height = firstSize(screen.getHeight(), COMFORTABLE_HEIGHT);
        // centred: equal margins on both sides
        double x = screen.getMinX() + Math.floor((screen.getWidth() - width) / 2);
        double y = screen.getMinY() + Math.floor((screen.getHeight() - height) / 2);
        return new Bounds(x, y, width, height, false);
    }

    /** min(screen, max(0.85 · screen, comfortable)), in whole pixels. */
    private static double firstSize(double screen, double comfortable) {
        return Math.floor(Math.min(screen, Math.max(SHARE_OF_SCREEN * screen, comfortable)));
    }

    private static boolean fitsOneOf(Bounds saved, List<Rectangle2D> screens) {
        if (!(saved.width() >= SMALLEST_SAVED_WIDTH && saved.height() >= SMALLEST_SAVED_HEIGHT)) {
            return false;
        }
        for (Rectangle2D screen : screens) {
            boolean inside = saved.x() >= screen.getMinX() - OVERHANG
                    && saved.y() >= screen.getMinY() - OVERHANG
                    && saved.x() + saved.width() <= screen.getMaxX() + OVERHANG
                    && saved.y() + saved.height() <= screen.getMaxY() + OVERHANG;
            if (inside) {
                return true;
            }
        }
        return false;
    }

    /** The bounds saved in {@code prefs}, if a whole set of them is there. */
    static Optional<Bounds> read(Preferences prefs) {
        double x = prefs.getDouble(X, Double.NaN);
        double y = prefs.getDouble(Y, Double.NaN);
        double width = prefs.getDouble(WIDTH, Double.NaN);
        double height = prefs.getDouble(HEIGHT, Double.NaN);
        if (Double.isNaN(x) || Double.isNaN(y) || Double.isNaN(width) || Double.isNaN(height)) {
            return Optional.empty();
        }
        return Optional.of(new Bounds(x, y, width, height, prefs.getBoolean(MAXIMIZED, false)));
    }

    /**
     * Opens the stage where {@link #placement} says, given what {@code prefs} remember and the
     * screens there now, and remembers its bounds in {@code prefs} when it closes. Call before
     * {@link Stage#show()}.
     */
    static void restore(Stage stage, Preferences prefs) {
        Optional<Bounds> saved = read(prefs);
        List<Rectangle2D> screens = visualBoundsPrimaryFirst();
        Bounds bounds = placement(saved, screens);
        LOG.info(() -> "screens " + screens + "; saved " + saved.map(Bounds::toString).orElse("none") + "; opening at " + bounds);
        apply(stage, bounds);
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, event -> save(stage, prefs));
    }

    /** Puts the stage where a first start would, as after the preferences were reset: not maximised, centred. */
    static void toFirstPlace(Stage stage) {
        stage.setMaximized(false);
        setBounds(stage, placement(Optional.empty(), visualBoundsPrimaryFirst()));
    }

    private static List<Rectangle2D> visualBoundsPrimaryFirst() {
        Screen primary = Screen.getPrimary();
        List<Rectangle2D> screens = new ArrayList<>();
        screens.add(primary.getVisualBounds());
        for (Screen screen : Screen.getScreens()) {
            if (!screen.equals(primary)) {
                screens.add(screen.getVisualBounds());
            }
        }
        return screens;
    }

    /**
     * Sets the stage's bounds so that they survive the window manager. JavaFX 21 on Linux creates
     * the native window at GTK's default 200 × 200 before the stage's size reaches it; a window
     * manager that maps the window at that size (openbox does) reports 200 × 200 back, and the
     * stage takes it. A minimum size equal to the wanted size makes the window manager map the
     * window at the wanted size. Once it is shown the minimum goes back to what it was, and the
     * bounds are set once more, so that GTK asks for them rather than for its default should the
     * window manager look at the size hints again.
     */
    private static void apply(Stage stage, Bounds bounds) {
        double minWidth = stage.getMinWidth();
        double minHeight = stage.getMinHeight();
        stage.setMinWidth(bounds.width());
        stage.setMinHeight(bounds.height());
        setBounds(stage, bounds);
        stage.setMaximized(bounds.maximized());
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, new EventHandler<>() {
            @Override
            public void handle(WindowEvent event) {
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                Platform.runLater(() -> {
                    stage.setMinWidth(minWidth);
                    stage.setMinHeight(minHeight);
                    if (!stage.isMaximized()) {
                        setBounds(stage, bounds);
                    }
                });
            }
        });
    }

    private static void setBounds(Stage stage, Bounds bounds) {
        stage.setX(bounds.x());
        stage.setY(bounds.y());
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
    }

    /**
     * Remembers the stage's bounds and whether it is maximised. A maximised or full-screen window keeps
     * the bounds it had before: a full-screen one (closed while presenting) would otherwise open the
     * next start as a window the size of the screen.
     */
    static void save(Stage stage, Preferences prefs) {
        prefs.putBoolean(MAXIMIZED, stage.isMaximized());
        if (!stage.isMaximized() && !stage.isFullScreen()) {
            prefs.putDouble(X, stage.getX());
            prefs.putDouble(Y, stage.getY());
            prefs.putDouble(WIDTH, stage.getWidth());
            prefs.putDouble(HEIGHT, stage.getHeight());
        }
    }
}
