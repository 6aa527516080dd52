package dev.unroll.perf;

import dev.unroll.Main;
import dev.unroll.app.UnrollApp;
import dev.unroll.diagram.DiagramLook;
import dev.unroll.diagram.DiagramOptions;
import dev.unroll.diagram.Drawing;
import dev.unroll.diagram.StillPicture;
import dev.unroll.diagram.Theme;
import dev.unroll.export.AnimatedGif;
import dev.unroll.export.RunFrames;
import dev.unroll.export.SnapshotExporter;
import dev.unroll.rnn.Preset;
import dev.unroll.rnn.Trace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * The run the build records a class-data sharing archive from ({@code target/unroll.jsa}, made with
 * {@code -XX:ArchiveClassesAtExit} when the jar is packaged): it loads what a user's first minutes
 * load, so that later starts map those classes from the archive instead of reading, parsing and
 * verifying them. It opens the window (headless, on Monocle) and waits for its first painted frame,
 * writes each kind of picture, and ends through the command line's own entry point with an export,
 * whose exit writes the archive. Only the build runs it.
 */
public final class ClassDataTraining {

    /** Far beyond a first paint's time on a slow machine: a window that has not painted by then never will. */
    private static final long TIMEOUT_SECONDS = 120;

    private ClassDataTraining() {
    }

    /** Trains in the folder {@code args[0]}, which receives the pictures. */
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
        Trace tiny = Trace.run(Preset.TINY.spec().build());
        Drawing drawing = StillPicture.draw(tiny, DiagramOptions.defaults(tiny.timesteps()), Theme.LIGHT);
        SnapshotExporter.write(drawing, dir.resolve("tiny.svg"), 1, false);
        SnapshotExporter.write(drawing, dir.resolve("tiny.png"), 2, false);
        AnimatedGif.write(new RunFrames(tiny, DiagramLook.DEFAULT, false, Theme.LIGHT), dir.resolve("tiny.gif"), 1, 100);
        Main.main(new String[] {"export", "--preset", "seed-numpy", "--scale", "2", "--out", dir.resolve("seed.png").toString()});
    }
}
