package dev.unroll.app;

import static dev.unroll.app.WindowTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.diagram.Paint;
import dev.unroll.diagram.Theme;
import dev.unroll.render.SvgDocument;
import dev.unroll.rnn.Preset;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * File → Export snapshot from the window: the format dialog answered with the mouse, the file chosen
 * by the test, the file written on the window's background thread, and failures and cancels that
 * leave the disk as it was.
 */
@ExtendWith(ApplicationExtension.class)
class SnapshotExportWindowTest {

    /** The eight bytes every PNG file starts with. */
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final ExecutorService executor = WindowTesting.computeThread();
    private final ExecutorService exportThread = WindowTesting.computeThread();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    /** Shut, the window's background work waits; a test shuts it to see what waits for it. */
    private volatile CountDownLatch gate = new CountDownLatch(0);
    private final AtomicInteger waiting = new AtomicInteger();
    /** Whether each piece of background work ran on the FX thread. */
    private final List<Boolean> ranOnFxThread = new CopyOnWriteArrayList<>();
    private LessonViewModel model;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        model = new LessonViewModel(Preset.TINY.spec(), executor);
        Executor background = task -> {
            waiting.incrementAndGet();
            CountDownLatch shut = gate;
            exportThread.execute(() -> {
                try {
                    shut.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                waiting.decrementAndGet();
                ranOnFxThread.add(Platform.isFxApplicationThread());
                task.run();
            });
        };
        WindowTesting.show(stage, model, background, dialogs);
    }

    @AfterEach
    void stopExecutors() {
        executor.shutdownNow();
        exportThread.shutdownNow();
    }

    private void atStep(FxRobot robot, int t) throws Exception {
        waitUntil(() -> model.getTrace() != null);
        robot.clickOn("#diagram").type(KeyCode.HOME).type(KeyCode.RIGHT, t);
    }

    /** Ctrl+E, then the format and scale chosen in the dialog as a user would. */
    private void openExportDialog(FxRobot robot, String format, int scaleClicks) throws Exception {
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#exportFormat").tryQuery().isPresent());
        if (!format.equals(robot.lookup("#exportFormat").queryAs(ChoiceBox.class).getValue())) {
            robot.clickOn("#exportFormat");
            robot.clickOn(robot.lookup(".menu-item .label").match((Label l) -> format.equals(l.getText())).queryAs(Label.class));
        }
        for (int i = 0; i < scaleClicks; i++) {
            robot.clickOn("#exportScale .increment-arrow-button");
        }
    }

    private void press(FxRobot robot, String button) throws Exception {
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> button.equals(b.getText())).queryAs(Button.class));
        waitUntil(() -> robot.lookup("#exportFormat").tryQuery().isEmpty());
    }

    /** Exports the picture as {@code format}, choosing the file {@code chosen}, and waits until {@code written} is there. */
    private void export(FxRobot robot, String format, int scaleClicks, Path chosen, Path written) throws Exception {
        dialogs.pick(chosen);
        openExportDialog(robot, format, scaleClicks);
        press(robot, "OK");
        waitUntil(() -> Files.exists(written) && waiting.get() == 0);
    }

    private static SvgDocument svg(Path file) throws Exception {
        return SvgDocument.parse(Files.readAllBytes(file));
    }

    private static String titleOf(SvgDocument doc, String view, String kind, int t) {
        return doc.parts(view, kind).stream().filter(g -> Integer.toString(t).equals(g.getAttribute("data-t")))
                .map(SvgDocument::title).findFirst().orElseThrow(() -> new AssertionError("no " + kind + "_" + t));
    }

    @Test
    void anSvgExportHoldsEveryPartOfTheLessonAtTheStepShown(FxRobot robot) throws Exception {
        atStep(robot, 3);
        Path file = folder.resolve("tiny-at-3.svg");

        export(robot, "SVG", 0, file, file);

        SvgDocument doc = svg(file);
        // T 5: h_0 to h_5 and x_1 to x_5 in the chain, with the head o_1 to o_5
        assertEquals(6, doc.parts("unrolled", "h").size());
        assertEquals(5, doc.parts("unrolled", "x").size());
        assertEquals(5, doc.parts("unrolled", "o").size());
        // numpy's h_3 in tiny_seed0.txt is (0.7168…, 0.9640…, 0.5700…, 0.1404…)
        assertEquals("h_3 (4,), state: [0.717, 0.964, 0.570, 0.140]", titleOf(doc, "unrolled", "h", 3));
        assertEquals("h_4 (4,), state: not computed yet", titleOf(doc, "unrolled", "h", 4));
        assertEquals(List.of("Export snapshot as SVG"), dialogs.fileDialogs);
        assertEquals(List.of(false), ranOnFxThread);
    }

    @Test
    void aTransparentExportForADarkSlideIsDrawnInInkThatReadsThere(FxRobot robot) throws Exception {
        atStep(robot, 5);
        Path file = folder.resolve("for-a-dark-slide.svg");
        dialogs.pick(file);
        openExportDialog(robot, "SVG", 0);
        assertTrue(robot.lookup("#exportDarkSlide").query().isDisabled(), "only a picture without paper has a slide");
        robot.clickOn("#exportTransparent").clickOn("#exportDarkSlide");
        press(robot, "OK");
        waitUntil(() -> Files.exists(file) && waiting.get() == 0);

        String svg = Files.readString(file);
        assertFalse(svg.contains(Theme.LIGHT.paper().hex()), "no paper");
        assertTrue(svg.contains("fill=\"" + Paint.of(Theme.DARK.ink()).hex() + "\""), "the dark theme's light ink");
        assertFalse(svg.contains("fill=\"" + Paint.of(Theme.LIGHT.ink()).hex() + "\""), "no dark ink to vanish into the slide");
    }

    @Test
    void aPngExportIsARealPngOfThePicturesSizeTimesTheChosenScale(FxRobot robot) throws Exception {
        atStep(robot, 2);
        Path svg = folder.resolve("size.svg");
        export(robot, "SVG", 0, svg, svg);
        double width = Double.parseDouble(svg(svg).root().getAttribute("width"));
        double height = Double.parseDouble(svg(svg).root().getAttribute("height"));

        // the name without its extension: the chosen format adds it
        Path png = folder.resolve("tiny-at-2.png");
        export(robot, "PNG", 1, folder.resolve("tiny-at-2"), png);

        byte[] bytes = Files.readAllBytes(png);
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(bytes, 8));
        BufferedImage image = ImageIO.read(png.toFile());
        // the scale starts at 2 and was raised once: 3 pixels per unit of the picture, whole pixels rounded up
        assertEquals((int) Math.ceil(3 * width), image.getWidth());
        assertEquals((int) Math.ceil(3 * height), image.getHeight());
        assertTrue(width > 300 && height > 200, "a whole diagram, not a stub: " + width + " \u00D7 " + height);
    }

    @Test
    void theFileIsWrittenOnTheBackgroundThreadWhileTheWindowGoesOn(FxRobot robot) throws Exception {
        atStep(robot, 3);
        gate = new CountDownLatch(1);
        Path file = folder.resolve("held.svg");
        dialogs.pick(file);
        openExportDialog(robot, "SVG", 0);
        press(robot, "OK");

        waitUntil(() -> waiting.get() == 1);
        assertFalse(Files.exists(file), "nothing is written before the background thread runs");
        robot.clickOn("#stepForwardButton");
        assertEquals("t = 4 / 5", robot.lookup("#timestepLabel").queryAs(Label.class).getText(),
                "the window steps on while the export waits");

        gate.countDown();
        waitUntil(() -> Files.exists(file) && waiting.get() == 0);
        assertEquals(List.of(false), ranOnFxThread);
        assertEquals("h_4 (4,), state: not computed yet", titleOf(svg(file), "unrolled", "h", 4),
                "the picture is the step shown when Export was chosen");
    }

    @Test
    void exportingIntoAMissingFolderSaysWhatWasExpectedAndWritesNothing(FxRobot robot) throws Exception {
        atStep(robot, 3);
        Path nowhere = folder.resolve("no-such-folder").resolve("snap.png");
        dialogs.pick(nowhere);
        openExportDialog(robot, "PNG", 0);
        press(robot, "OK");

        waitUntil(() -> !dialogs.failures.isEmpty());
        assertEquals("export snap.png: cannot write " + nowhere + ": the folder " + nowhere.getParent()
                + " does not exist; expected " + dev.unroll.files.FailedWrite.MISSING_FOLDER, dialogs.failures.get(0));
        assertFalse(Files.exists(nowhere.getParent()));
    }

    @Test
    void exportingOverAFileThisUserMayNotWriteIsRefusedAndTheFileKept(FxRobot robot) throws Exception {
        atStep(robot, 3);
        Path kept = folder.resolve("kept.png");
        byte[] before = {1, 2, 3};
        Files.write(kept, before);
        try (AutoCloseable undo = unwritable(kept)) {
            dialogs.pick(kept);
            openExportDialog(robot, "PNG", 0);
            press(robot, "OK");

            waitUntil(() -> !dialogs.failures.isEmpty());
            assertEquals("export kept.png: " + kept + ": is read-only (r--r--r--); expected a file you may write, "
                    + "or a new file name", dialogs.failures.get(0));
            assertArrayEquals(before, Files.readAllBytes(kept));
        }
    }

    /**
     * Makes {@code file} read-only; root may write that all the same, so for root it is made immutable
     * as well, which the returned action undoes (the test's folder could not be removed otherwise).
     */
    private static AutoCloseable unwritable(Path file) throws Exception {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        if (!Files.isWritable(file)) {
            return () -> { };
        }
        boolean immutable;
        try {
            Process chattr = new ProcessBuilder("chattr", "+i", file.toString()).redirectErrorStream(true).start();
            immutable = chattr.waitFor(30, TimeUnit.SECONDS) && chattr.exitValue() == 0;
        } catch (java.io.IOException e) {
            immutable = false;
        }
        AutoCloseable undo = () -> new ProcessBuilder("chattr", "-i", file.toString()).start().waitFor(30, TimeUnit.SECONDS);
        if (!immutable || Files.isWritable(file)) {
            undo.close();
            Assumptions.abort("this user may write a read-only file here, and chattr +i is not available");
        }
        return undo;
    }

    @Test
    void cancellingTheFileChooserOrTheDialogWritesNothing(FxRobot robot) throws Exception {
        atStep(robot, 3);
        dialogs.pick(null);
        openExportDialog(robot, "PNG", 0);
        press(robot, "OK");
        assertEquals(List.of("Export snapshot as PNG"), dialogs.fileDialogs);

        openExportDialog(robot, "SVG", 0);
        press(robot, "Cancel");
        assertEquals(List.of("Export snapshot as PNG"), dialogs.fileDialogs, "a cancelled dialog asks for no file");

        assertEquals(0, waiting.get());
        assertEquals(List.of(), ranOnFxThread, "no background work was started");
        try (var files = Files.list(folder)) {
            assertEquals(List.of(), files.toList());
        }
        assertEquals(List.of(), dialogs.failures);
    }

    /** The frames of the GIF {@code file}, decoded with ImageIO's own GIF reader. */
    private static List<BufferedImage> gifFrames(Path file) throws Exception {
        javax.imageio.ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (javax.imageio.stream.ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(in);
            List<BufferedImage> frames = new java.util.ArrayList<>();
            for (int i = 0; i < reader.getNumImages(true); i++) {
                frames.add(reader.read(i));
            }
            return frames;
        } finally {
            reader.dispose();
        }
    }

    @Test
    void anAnimatedGifOfTheRunHasTPlusOneFramesAndTheCommandLinesBytes(FxRobot robot) throws Exception {
        atStep(robot, 3);
        Path gif = folder.resolve("run.gif");
        export(robot, SnapshotExport.gifLabel(), 0, folder.resolve("run"), gif);

        List<BufferedImage> frames = gifFrames(gif);
        // the tiny lesson's T = 5: h_0, then one frame a step, whatever step the window shows
        assertEquals(6, frames.size());
        Path fromCommandLine = folder.resolve("command-line.gif");
        assertEquals(0, dev.unroll.cli.UnrollCommand.run(java.io.Writer.nullWriter(),
                new java.io.PrintWriter(java.io.Writer.nullWriter()), "export", "--preset", "tiny", "--scale", "2",
                "--out", fromCommandLine.toString()));
        assertArrayEquals(Files.readAllBytes(fromCommandLine), Files.readAllBytes(gif),
                "the window's GIF is the command line's with the same options (scale 2, 500 ms)");
        assertEquals(List.of(false), ranOnFxThread);
    }

    /** Whether the status bar shows the file work's progress and Cancel, which it shows only while the work runs. */
    private static boolean fileWorkShown(FxRobot robot) {
        return robot.lookup("#fileWorkCancel").queryButton().getParent().isVisible();
    }

    @Test
    void cancellingAGifWritesNothingAndLeavesAnOlderFileAsItWas(FxRobot robot) throws Exception {
        atStep(robot, 3);
        Path old = Files.writeString(folder.resolve("old.gif"), "an older file");
        for (Path file : List.of(folder.resolve("new.gif"), old)) {
            gate = new CountDownLatch(1);
            dialogs.pick(file);
            openExportDialog(robot, SnapshotExport.gifLabel(), 0);
            press(robot, "OK");
            waitUntil(() -> waiting.get() == 1 && fileWorkShown(robot));

            // fired rather than clicked: the status bar may lie below the headless screen's edge
            robot.interact(() -> robot.lookup("#fileWorkCancel").queryButton().fire());
            gate.countDown();
            waitUntil(() -> waiting.get() == 0 && !fileWorkShown(robot));
        }
        assertEquals("an older file", Files.readString(old));
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(old), files.toList(), "no new file and no temporary file");
        }
        assertTrue(dialogs.failures.isEmpty(), "a cancel is no failure: " + dialogs.failures);
    }
}
