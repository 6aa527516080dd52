package dev.unroll.export;

import dev.unroll.diagram.Drawing;
import dev.unroll.diagram.Paint;
import dev.unroll.files.AtomicFiles;
import dev.unroll.render.Java2DRenderer;
import dev.unroll.render.SvgRenderer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writes a {@link Drawing} to an SVG or PNG file, the format chosen by the file's extension. The
 * file is replaced atomically: a failed export leaves any earlier file as it was. Needs no display
 * and no JavaFX, so the command line and the window's background task can both call it.
 */
public final class SnapshotExporter {

    /** The smallest scale: one image pixel per drawing unit. */
    public static final double MIN_SCALE = 1;
    /** The largest scale, enough for print and high-density slides. */
    public static final double MAX_SCALE = 4;

    private SnapshotExporter() {
    }

    /**
     * Writes {@code drawing} to {@code out}. A PNG has {@link Java2DRenderer#pixels pixels(width, scale)}
     * × {@code pixels(height, scale)} pixels; an SVG is vector and keeps the drawing's own size.
     * With {@code transparent} neither has a background.
     *
     * @throws IllegalArgumentException if the extension is neither .svg nor .png or the scale is outside [1, 4]
     * @throws IOException              naming the file when it cannot be written
     */
    public static void write(Drawing drawing, Path out, double scale, boolean transparent) throws IOException {
        requireScale(scale);
        SnapshotFormat format = SnapshotFormat.of(out);
        byte[] bytes = switch (format) {
            case SVG -> SvgRenderer.render(transparent ? withoutBackground(drawing) : drawing)
                    .getBytes(StandardCharsets.UTF_8);
            case PNG -> png(Java2DRenderer.render(drawing, scale, transparent));
        };
        AtomicFiles.write(out, bytes);
    }

    /**
     * @throws IllegalArgumentException unless {@code scale} lies in [{@value #MIN_SCALE}, {@value #MAX_SCALE}]
     */
    public static void requireScale(double scale) {
        if (!(scale >= MIN_SCALE && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException("scale must be between 1 and 4, got " + formatScale(scale));
        }
    }

    private static String formatScale(double scale) {
        return scale == Math.rint(scale) && !Double.isInfinite(scale) ? Long.toString((long) scale) : Double.toString(scale);
    }

    private static Drawing withoutBackground(Drawing d) {
        return new Drawing(d.x(), d.y(), d.width(), d.height(), Paint.NONE, d.elements());
    }

    /** The image as PNG bytes, encoded in memory: ImageIO would otherwise cache through a temporary file. */
    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(image.getWidth() * image.getHeight() / 4 + 1024);
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(bytes)) {
            if (!ImageIO.write(image, "png", stream)) {
                throw new IOException("this Java runtime has no PNG writer");
            }
        }
        return bytes.toByteArray();
    }
}
