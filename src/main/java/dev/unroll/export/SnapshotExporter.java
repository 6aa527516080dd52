package dev.unroll.export;

import dev.unroll.diagram.Drawing;
import dev.unroll.diagram.Paint;
import dev.unroll.files.AtomicFiles;
import dev.unroll.render.Java2DRenderer;
import dev.unroll.render.SvgRenderer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

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
    /** About how many pixels a PNG band holds (16 MB): few bands, since each band draws the whole display list again. */
    private static final int BAND_PIXELS = 1 << 22;

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
        switch (format) {
            case SVG -> AtomicFiles.write(out, SvgRenderer.render(transparent ? withoutBackground(drawing) : drawing)
                    .getBytes(StandardCharsets.UTF_8));
            case PNG -> {
                // sized before the file is touched, so a picture too large fails without a temporary file
                int[] size = Java2DRenderer.size(drawing, scale);
                AtomicFiles.write(out, stream -> png(drawing, scale, transparent, size, stream));
            }
            case GIF -> throw new IllegalArgumentException("cannot write " + out + " as one picture: a .gif is an "
                    + "animation of the whole run");
        }
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

    /**
     * Paints and encodes the picture a band of rows at a time, several bands at once on as many threads
     * as there are processors (up to four), and writes them in order: a 4× export of a wide diagram is
     * tens of millions of pixels, which painted whole would first have to be allocated and cleared, and
     * then wait for one thread to filter and deflate them all.
     */
    private static void png(Drawing drawing, double scale, boolean transparent, int[] size, OutputStream out)
            throws IOException {
        int width = size[0];
        int height = size[1];
        int type = Java2DRenderer.imageType(drawing, transparent);
        boolean alpha = type != BufferedImage.TYPE_INT_RGB;
        int bandRows = Math.max(1, Math.min(height, BAND_PIXELS / width));
        int bands = (height + bandRows - 1) / bandRows;
        PngEncoder encoder = new PngEncoder(out, width, height, alpha);
        InOrderWork.run(bands, InOrderWork.threads(), () -> new BufferedImage(width, bandRows, type), (band, image) -> {
            int top = band * bandRows;
            Java2DRenderer.paint(drawing, scale, transparent, image, top);
            return PngEncoder.encode(image, Math.min(bandRows, height - top), alpha, band == bands - 1);
        }, encoder::append);
        encoder.finish();
    }
}
