package dev.unroll.perf;

import com.sun.javafx.perf.PerformanceTracker;
import dev.unroll.app.UnrollApp;
import dev.unroll.files.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * The {@code first-paint} figure's child process: starts the real window as {@code java -jar unroll.jar}
 * does, and when the render thread reports the window's first finished frame, writes the wall-clock
 * time of that frame (milliseconds since the epoch) to the file named by its one argument and ends
 * the process. The bench subtracts the time it launched the process, read from the same clock. Only
 * the bench runs it; the window itself holds no measuring code.
 *
 * <p>The process does not measure from its own start time: on Linux that is reckoned from the boot
 * time in {@code /proc/stat}, which the kernel gives in whole seconds, so it comes out up to a second
 * early — by the same amount for every process until the machine restarts — and the figure with it.
 *
 * <p>A frame is counted when JavaFX's scene tracker is told it was rendered: that call comes from
 * the render thread after the frame's pixels were painted and presented, not when the scene graph
 * was merely laid out.
 */
public final class FirstPaintProbe {

    private static final AtomicBoolean REPORTED = new AtomicBoolean();

    private FirstPaintProbe() {
    }

    /** Opens the window and reports its first painted frame to the file {@code args[0]}. */
    public static void main(String[] args) {
        Path result = Path.of(args[0]);
        onFirstFrame(() -> report(result));
        UnrollApp.launchWindow(new String[0]);
    }

    /**
     * Runs {@code action} on the render thread once the first window of this process has painted its
     * first frame; call it before the window is launched.
     */
    static void onFirstFrame(Runnable action) {
        Runnable once = () -> {
            if (REPORTED.compareAndSet(false, true)) {
                action.run();
            }
        };
        Thread watcher = new Thread(() -> watchForWindows(once), "first-frame-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    /**
     * Waits until the toolkit runs, then listens for windows on the JavaFX thread: the listener is in
     * place before the application's start method shows the stage, so no frame is missed.
     */
    private static void watchForWindows(Runnable action) {
        while (true) {
            try {
                Platform.runLater(() -> {
                    Window.getWindows().addListener((ListChangeListener<Window>) change -> {
                        while (change.next()) {
                            change.getAddedSubList().forEach(window -> track(window, action));
                        }
                    });
                    Window.getWindows().forEach(window -> track(window, action));
                });
                return;
            } catch (IllegalStateException toolkitNotYetStarted) {
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static void track(Window window, Runnable action) {
        if (window.getScene() != null) {
            track(window.getScene(), action);
        }
        window.sceneProperty().addListener((property, old, scene) -> {
            if (scene != null) {
                track(scene, action);
            }
        });
    }

    private static void track(Scene scene, Runnable action) {
        PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(action);
    }

    private static void report(Path result) {
        try {
            AtomicFiles.writeString(result, Long.toString(System.currentTimeMillis()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // the figure is taken: the window's shutdown is not part of it, and nothing is left to save
        Runtime.getRuntime().halt(0);
    }
}
