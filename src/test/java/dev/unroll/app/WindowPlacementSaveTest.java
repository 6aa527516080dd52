package dev.unroll.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.app.WindowPlacement.Bounds;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What a closing window remembers of its place, on a real stage in a preferences node of the test's own. */
@ExtendWith(ApplicationExtension.class)
class WindowPlacementSaveTest {

    private static final Bounds EARLIER = new Bounds(100, 50, 900, 600, false);

    private final Preferences prefs = WindowTesting.freshPreferences();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Pane(), 800, 500));
        stage.setX(60);
        stage.setY(40);
        stage.show();
        prefs.putDouble("window.x", EARLIER.x());
        prefs.putDouble("window.y", EARLIER.y());
        prefs.putDouble("window.width", EARLIER.width());
        prefs.putDouble("window.height", EARLIER.height());
    }

    @AfterEach
    void tidyUp() throws Exception {
        prefs.removeNode();
    }

    @Test
    void aWindowClosedInFullScreenKeepsTheBoundsItHadBefore() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setFullScreen(true);
            WindowPlacement.save(stage, prefs);
        }).get();

        assertTrue(WaitForAsyncUtils.asyncFx(stage::isFullScreen).get());
        assertEquals(Optional.of(EARLIER), WindowPlacement.read(prefs));
    }

    @Test
    void aWindowClosedInAWindowRemembersItsBounds() throws Exception {
        Bounds shown = WaitForAsyncUtils.asyncFx(() -> {
            WindowPlacement.save(stage, prefs);
            return new Bounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        }).get();

        assertEquals(60, shown.x());
        assertEquals(Optional.of(shown), WindowPlacement.read(prefs));
    }
}
