package dev.unroll.app;

import dev.unroll.rnn.Preset;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.Scene;
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
        Application.launch(UnrollApp.class, args);
    }

    /** A scene holding a fresh window on the default lesson, computed on {@code executor}. */
    static Scene createScene(java.util.concurrent.Executor executor) {
        MainWindow window = new MainWindow(new LessonViewModel(Preset.TINY.spec(), executor));
        Scene scene = new Scene(window.root(), 1180, 720);
        scene.getStylesheets().add(STYLESHEET);
        return scene;
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Unroll");
        stage.setScene(createScene(computing));
        WindowPlacement.restore(stage, Preferences.userNodeForPackage(UnrollApp.class));
        stage.show();
    }

    @Override
    public void stop() {
        computing.shutdownNow();
    }
}
