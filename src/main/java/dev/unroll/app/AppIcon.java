package dev.unroll.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The application's icon, the folded cell with its loop, at every size drawn in {@code assets/icon}
 * (the build copies them into the jar): the window system picks the size it shows in a title bar, a
 * task bar or a switcher, so none of them is scaled from another.
 */
final class AppIcon {

    private static final Logger LOG = Logger.getLogger(AppIcon.class.getName());

    /** The edge lengths, in pixels, of the drawn sizes. */
    static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 128, 256);

    private AppIcon() {
    }

    /**
     * Gives {@code stage} the icon at every size, decoded on a thread of its own: decoding the seven
     * PNGs on the JavaFX thread, before the code that reads them is compiled, took about a tenth of the
     * time to the window's first frame, and a window system takes an icon at any moment. An icon that
     * cannot be read leaves the window without one and says why in the log.
     */
    static void setOnLater(Stage stage) {
        Thread loader = new Thread(() -> {
            try {
                List<Image> images = images();
                Platform.runLater(() -> stage.getIcons().setAll(images));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "the window's icon could not be read", e);
            }
        }, "unroll-icon");
        loader.setDaemon(true);
        loader.start();
    }

    /** The icon at each of {@link #SIZES}, smallest first. */
    static List<Image> images() {
        List<Image> images = new ArrayList<>(SIZES.size());
        for (int size : SIZES) {
            String name = "icon/unroll-" + size + ".png";
            try (InputStream png = AppIcon.class.getResourceAsStream(name)) {
                if (png == null) {
                    throw new IllegalStateException("the jar holds no " + name + "; build it with ./mvnw package");
                }
                images.add(new Image(png));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return images;
    }
}
