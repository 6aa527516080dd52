package dev.unroll.app;

import dev.unroll.io.LessonFile;
import dev.unroll.io.LessonSource;
import dev.unroll.rnn.Preset;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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

    /** How long quitting waits for a save or an export still being written. */
    private static final long WRITES_GRACE_SECONDS = 30;

    private final ExecutorService computing = worker("unroll-compute");
    /**
     * Reads and writes of files, apart from the computing: a save never queues behind a long trace,
     * and quitting lets a save in progress finish rather than cut it short.
     */
    private final ExecutorService files = worker("unroll-files");

    private static ExecutorService worker(String name) {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Opens the window; returns when it closes. */
    public static void launchWindow(String[] args) {
        // before launch, so that JavaFX's own start-up messages go to the log file too
        AppLog.install();
        Application.launch(UnrollApp.class, args);
    }

    /** A scene holding a fresh window on the default lesson, computed on {@code executor}. */
    static Scene createScene(java.util.concurrent.Executor executor) {
        return createScene(createWindow(executor));
    }

    /** A fresh window on the default lesson. */
    static MainWindow createWindow(java.util.concurrent.Executor executor) {
        return createWindow(executor, executor);
    }

    /** A fresh window on the default lesson, computed on {@code computing}, reading and writing files on {@code files}. */
    static MainWindow createWindow(java.util.concurrent.Executor computing, java.util.concurrent.Executor files) {
        return new MainWindow(new LessonViewModel(defaultLesson(), computing), files);
    }

    /** The lesson the window opens on when no other is named or remembered: the tiny classroom lesson. */
    static LessonFile defaultLesson() {
        return LessonFile.of(Preset.TINY.title(), LessonSource.of(Preset.TINY.spec()));
    }

    /** A scene holding {@code window}, {@code width} × {@code height}, with the window's style. */
    static Scene createScene(MainWindow window, double width, double height) {
        Scene scene = new Scene(window.root(), width, height);
        scene.getStylesheets().add(STYLESHEET);
        return scene;
    }

    /** A scene holding {@code window}, sized for the screen. */
    static Scene createScene(MainWindow window) {
        // a comfortable first size, but never larger than the screen (a 1366 × 768 laptop on a projector)
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        return createScene(window, Math.min(1360, screen.getWidth()), Math.min(820, screen.getHeight()));
    }

    @Override
    public void start(Stage stage) {
        ErrorReporter.install(ErrorDialog.alert(() -> stage));
        MainWindow window = createWindow(computing, files);
        stage.titleProperty().bind(window.titleBinding());
        AppIcon.setOnLater(stage);
        stage.setScene(createScene(window));
        WindowPlacement.restore(stage, Preferences.userNodeForPackage(UnrollApp.class));
        stage.show();
        // a lesson named on the command line opens over the default one; a bad file says why in the usual dialog.
        // Without one, the last lesson opened or saved comes back; if it cannot, the status bar says so quietly
        lessonToOpen(getParameters().getRaw()).ifPresentOrElse(window.files()::openFile, window::reopenLastLesson);
    }

    /** The lesson file named on the command line, if one is. */
    static Optional<Path> lessonToOpen(List<String> arguments) {
        return arguments.size() == 1 && !arguments.get(0).isBlank() ? Optional.of(Path.of(arguments.get(0)))
                : Optional.empty();
    }

    @Override
    public void stop() throws InterruptedException {
        computing.shutdownNow();
        files.shutdown();
        files.awaitTermination(WRITES_GRACE_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
    }
}
