package dev.unroll.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window's icon comes from the jar at every drawn size, each as large as its name says, and reaches the stage. */
@ExtendWith(ApplicationExtension.class)
class AppIconTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        // the toolkit must be running to decode images; no window needs to show
        this.stage = stage;
    }

    @Test
    void theStageReceivesEverySizeFromTheLoadingThread() throws TimeoutException {
        WaitForAsyncUtils.asyncFx(() -> AppIcon.setOnLater(stage));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getIcons().size() == AppIcon.SIZES.size());
        assertEquals((double) AppIcon.SIZES.get(0), stage.getIcons().get(0).getWidth());
        assertEquals((double) AppIcon.SIZES.get(AppIcon.SIZES.size() - 1), stage.getIcons().get(AppIcon.SIZES.size() - 1).getWidth());
    }

    @Test
    void everyDrawnSizeLoadsAtItsOwnSize() {
        List<Image> images = AppIcon.images();
        assertEquals(AppIcon.SIZES.size(), images.size());
        for (int i = 0; i < images.size(); i++) {
            Image image = images.get(i);
            int size = AppIcon.SIZES.get(i);
            assertFalse(image.isError(), "icon " + size);
            assertEquals(size, image.getWidth(), "width of icon " + size);
            assertEquals(size, image.getHeight(), "height of icon " + size);
        }
    }

    @Test
    void theLargestIsTheAccentTileWithTransparentCorners() {
        Image largest = AppIcon.images().get(AppIcon.SIZES.size() - 1);
        // the tile's rounded corner leaves the image's corner clear; left of the cell it is the accent blue
        assertEquals(0.0, largest.getPixelReader().getColor(0, 0).getOpacity());
        assertEquals(Color.web("#2166ac"), largest.getPixelReader().getColor(20, 128));
    }
}
