package dev.unroll.app;

import dev.unroll.rnn.Preset;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The Unroll window: opens on the tiny classroom lesson, at the size and place it last had. */
public final class UnrollApp extends Application {

    private static final String STYLESHEET = UnrollApp.class.getResource("unroll.css").toExternalForm();

    private final ExecutorService computing = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "unroll-compute");
        thread.setDaemon(true);
        return thread;
    });

    /** Opens the window; returns when it closes. */
    public static void launchWindow(String[] args) {
        // JavaFX warns on every start that it runs from the class path, which is how the jar is meant to run
        java.util.logging.Logger.getLogger("javafx").setLevel(java.util.logging.Level.SEVERE);
        Application.launch(UnrollApp.class, args);
    }

    /** A scene holding a fresh window on the default lesson, computed on {@code executor}. */
    static Scene createScene(java.util.concurrent.Executor executor) {
        return createScene(createWindow(executor));
    }

    /** A fresh window on the default lesson. */
    static MainWindow createWindow(java.util.concurrent.Executor executor) {
        return new MainWindow(new LessonViewModel(Preset.TINY.spec(), executor), executor);
    }

    /** A scene holding {@code window}, sized for the screen. */
    static Scene createScene(MainWindow window) {
        // a comfortable first size, but never larger than the screen (a 1366 × 768 laptop on a projector)
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        return createScene(window, Math.min(1360, screen.getWidth()), Math.min(820, screen.getHeight()));
    }

    /** A scene of the given size holding {@code window}, styled as the app's. */
    static Scene createScene(MainWindow window, double width, double height) {
        Scene scene = new Scene(window.root(), width, height);
        scene.getStylesheets().add(STYLESHEET);
        return scene;
    }

    @Override
    public void start(Stage stage) {
        MainWindow window = createWindow(computing);
        stage.titleProperty().bind(window.titleBinding());
        stage.setScene(createScene(window));
        WindowPlacement.restore(stage, Preferences.userNodeForPackage(UnrollApp.class));
        stage.show();
    }

    @Override
    public void stop() {
        computing.shutdownNow();
    }
}
