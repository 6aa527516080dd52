package dev.unroll.export;

import dev.unroll.rnn.Keys;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The kinds of file a diagram can be written as, told apart by the file name's extension: a snapshot
 * as SVG or PNG, a whole run as an animated GIF.
 */
public enum SnapshotFormat {
    /** A vector picture with real text and named parts. */
    SVG("svg"),
    /** A raster picture at a chosen scale. */
    PNG("png"),
    /** An animation of the whole run, written by {@link AnimatedGif}. */
    GIF("gif");

    private final String extension;

    SnapshotFormat(String extension) {
        this.extension = extension;
    }

    /** The extension, lower case and without the dot. */
    public String extension() {
        return extension;
    }

    /**
     * The format {@code file}'s extension names, ignoring case.
     *
     * @throws IllegalArgumentException naming the file and the extensions that are understood
     */
    public static SnapshotFormat of(Path file) {
        Path name = file.getFileName();
        String text = name == null ? "" : name.toString();
        int dot = text.lastIndexOf('.');
        String extension = dot < 0 ? "" : text.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Keys.find(values(), SnapshotFormat::extension, extension::equals).orElseThrow(() -> new IllegalArgumentException(
                "cannot tell the format of " + file + ": its name should end in .svg, .png or .gif"));
    }
}
