package dev.unroll.perf;

import dev.unroll.Main;
import dev.unroll.app.UnrollApp;
import dev.unroll.cli.UnrollCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * The run the build lists the classes of ({@code -XX:DumpLoadedClassList}) to make the class-data
 * sharing archive {@code target/unroll.jsa} from ({@code -Xshare:dump}) when the jar is packaged, so
 * that later starts map those classes, the JDK's among them, from the archive instead of reading,
 * parsing and verifying them. It opens the window (headless, on Monocle), waits for its first painted
 * frame, writes a small PNG, and ends through the command line's own entry point with an SVG export:
 * the window's classes, the command line's, the drawing's and both renderers'. Only the build runs it.
 */
public final class ClassDataTraining {

    /** Far beyond a first paint's time on a slow machine: a window that has not painted by then never will. */
    private static final long TIMEOUT_SECONDS = 120;

    private ClassDataTraining() {
    }

    /** Trains in the folder {@code args[0]}, which receives the export. */
    public static void main(String[] args) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(Path.of(args[0]));
        CountDownLatch painted = new CountDownLatch(1);
        FirstPaintProbe.onFirstFrame(painted::countDown);
        Thread window = new Thread(() -> UnrollApp.launchWindow(new String[0]), "training-window");
        window.setDaemon(true);
        window.start();
        if (!painted.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            Platform.exit();
            throw new IllegalStateException("the window painted no frame in " + TIMEOUT_SECONDS + " s; no archive is made");
        }
        int status = UnrollCommand.run(List.of(), "export", "--preset", "seed-numpy", "--out", dir.resolve("seed.png").toString());
        if (status != 0) {
            throw new IllegalStateException("the PNG export the archive is trained on failed with status " + status);
        }
        Main.main(new String[] {"export", "--preset", "seed-numpy", "--out", dir.resolve("seed.svg").toString()});
    }
}
