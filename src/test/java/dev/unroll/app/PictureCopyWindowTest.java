package dev.unroll.app;

import static dev.unroll.app.WindowTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.diagram.DiagramOptions;
import dev.unroll.diagram.StillPicture;
import dev.unroll.diagram.Theme;
import dev.unroll.diagram.ViewKind;
import dev.unroll.export.SnapshotExporter;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Copy picture: Ctrl+C on the diagram, or View → Copy picture, puts the diagram as shown on the
 * system clipboard as an image, the same pixels a PNG snapshot export at scale 2 writes.
 */
@ExtendWith(ApplicationExtension.class)
class PictureCopyWindowTest {

    @RegisterExtension
    final TinyLessonWindow tiny = new TinyLessonWindow();

    @TempDir
    Path folder;

    @BeforeEach
    void emptyClipboard(FxRobot robot) {
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
    }

    /** The unrolled chain alone at t = 2, so the copy is not simply the window's first picture. */
    private void showUnrolledAtStepTwo(FxRobot robot) throws Exception {
        waitUntil(() -> tiny.model().getTrace() != null && tiny.window().diagramState().timestepsProperty().get() == 5);
        robot.interact(() -> {
            tiny.window().diagramState().setView(ViewKind.UNROLLED);
            tiny.window().diagramState().setT(2);
        });
    }

    /** What File → Export snapshot writes for the view as shown, as PNG at scale 2, read back. */
    private BufferedImage exportedPng() throws Exception {
        DiagramOptions shown = onFx(() -> tiny.window().diagramState().options());
        Path png = folder.resolve("snapshot.png");
        SnapshotExporter.write(StillPicture.draw(tiny.model().getTrace(), shown, Theme.LIGHT), png, PictureCopy.SCALE, false);
        return ImageIO.read(png.toFile());
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    private static void assertSamePixels(BufferedImage expected, Image copied) {
        assertEquals(expected.getWidth(), (int) copied.getWidth(), "width");
        assertEquals(expected.getHeight(), (int) copied.getHeight(), "height");
        int w = expected.getWidth();
        int h = expected.getHeight();
        int[] want = expected.getRGB(0, 0, w, h, null, 0, w);
        int[] got = new int[w * h];
        copied.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), got, 0, w);
        assertArrayEquals(want, got, "the copy has the export's pixels");
    }

    @Test
    void ctrlCOnTheDiagramPutsTheExportsPictureOnTheClipboardAndSaysSo(FxRobot robot) throws Exception {
        showUnrolledAtStepTwo(robot);
        assertFalse(onFx(() -> Clipboard.getSystemClipboard().hasImage()));
        robot.interact(() -> tiny.window().root().lookup("#diagram").requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        waitUntil(() -> Clipboard.getSystemClipboard().hasImage());
        Image copied = onFx(() -> Clipboard.getSystemClipboard().getImage());
        BufferedImage expected = exportedPng();
        assertSamePixels(expected, copied);
        String notice = robot.lookup("#statusNotice").queryAs(Label.class).getText();
        assertEquals("Picture copied: the diagram at t = 2, " + expected.getWidth() + " \u00d7 " + expected.getHeight() + " px",
                notice);
    }

    @Test
    void theViewMenusCopyPictureCopiesTheSamePicture(FxRobot robot) throws Exception {
        showUnrolledAtStepTwo(robot);
        robot.clickOn("View").clickOn("Copy picture");
        waitUntil(() -> Clipboard.getSystemClipboard().hasImage());
        assertSamePixels(exportedPng(), onFx(() -> Clipboard.getSystemClipboard().getImage()));
        assertTrue(robot.lookup("#statusNotice").queryAs(Label.class).getText().startsWith("Picture copied"));
    }
}
