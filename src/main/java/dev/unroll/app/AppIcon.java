package dev.unroll.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;

/**
 * The application's icon, the folded cell with its loop, at every size drawn in {@code assets/icon}
 * (the build copies them into the jar): the window system picks the size it shows in a title bar, a
 * task bar or a switcher, so none of them is scaled from another.
 */
final class AppIcon {

    /** The edge lengths, in pixels, of the drawn sizes. */
    static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 128, 256);

    private AppIcon() {
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
