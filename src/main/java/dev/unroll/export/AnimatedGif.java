package dev.unroll.export;

import dev.unroll.diagram.Drawing;
import dev.unroll.files.AtomicFiles;
import dev.unroll.render.Java2DRenderer;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Writes a run as an animated GIF that loops forever (the NETSCAPE2.0 application extension with a
 * loop count of 0): one frame per picture of {@link RunFrames}, each shown for the same time. Every
 * frame has the same size, the largest of the run's pictures at the scale, each picture drawn from
 * the top left on the paper. The frames are painted with the PNG export's renderer, mapped onto a
 * fixed {@link GifPalette} and compressed by {@link GifEncoder}. The file is replaced atomically.
 */
public final class AnimatedGif {

    /** How long a frame shows unless told otherwise. */
    public static final int DEFAULT_FRAME_MS = 500;
    /** The shortest frame time: browsers show anything shorter for 100 ms. */
    public static final int MIN_FRAME_MS = 20;
    /** The longest frame time, a minute. */
    public static final int MAX_FRAME_MS = 60_000;
    /** The most frames a GIF may have: beyond it the file and the time to write it grow out of reach. */
    public static final int MAX_FRAMES = 10_000;

    /**
     * Hears how many frames are written, after each one. It may stop the writing by throwing an
     * unchecked exception, which the writer passes on; the file is then untouched.
     */
    @FunctionalInterface
    public interface Progress {
        void framesWritten(long done, long total);
    }

    private AnimatedGif() {
    }

    /**
     * The size in pixels, {width, height}, of every frame of {@code frames} at {@code scale}: the
     * largest width and the largest height among its pictures.
     */
    public static int[] size(RunFrames frames, double scale) {
        requireFrameCount(frames);
        int width = 0;
        int height = 0;
        for (int i = 0; i < frames.count(); i++) {
            int[] size = Java2DRenderer.size(frames.frame(i), scale);
            width = Math.max(width, size[0]);
            height = Math.max(height, size[1]);
        }
        if ((long) width * height > Java2DRenderer.MAX_PIXELS) {
            throw new IllegalArgumentException(String.format("a %,d × %,d image is too large; use a smaller scale", width, height));
        }
        return new int[] {width, height};
    }

    /**
     * Writes {@code frames} to {@code out} at {@code scale}, each frame shown {@code frameMs}
     * milliseconds (rounded to the hundredths of a second a GIF stores), and returns the frames' size
     * in pixels, {width, height}, as {@link #size} gives it.
     *
     * @throws IllegalArgumentException when the frame time, the scale or the frame count is out of range
     * @throws IOException              naming the file when it cannot be written; an earlier file is then untouched
     */
    public static int[] write(RunFrames frames, Path out, double scale, int frameMs) throws IOException {
        return write(frames, out, scale, frameMs, (done, total) -> { });
    }

    /** {@link #write(RunFrames, Path, double, int)}, telling {@code progress} after each frame. */
    public static int[] write(RunFrames frames, Path out, double scale, int frameMs, Progress progress) throws IOException {
        requireFrameMs(frameMs);
        SnapshotExporter.requireScale(scale);
        int[] size = size(frames, scale);
        AtomicFiles.write(out, stream -> encode(frames, scale, frameMs, size, stream, progress));
        return size;
    }

    /** @throws IllegalArgumentException unless {@code frameMs} lies in [{@value #MIN_FRAME_MS}, {@value #MAX_FRAME_MS}] */
    public static void requireFrameMs(int frameMs) {
        if (frameMs < MIN_FRAME_MS || frameMs > MAX_FRAME_MS) {
            throw new IllegalArgumentException("a frame's time must be between " + MIN_FRAME_MS + " and " + MAX_FRAME_MS
                    + " ms, got " + frameMs);
        }
    }

    private static void requireFrameCount(RunFrames frames) {
        requireFrameCount(frames.count(), frames.stages());
    }

    /**
     * Refuses a GIF of {@code count} frames, more than {@value #MAX_FRAMES}, before anything is computed.
     *
     * @throws IllegalArgumentException saying how to make it fit
     */
    public static void requireFrameCount(long count, boolean stages) {
        if (count > MAX_FRAMES) {
            throw new IllegalArgumentException(String.format("a GIF of this run would have %,d frames, more than the %,d "
                    + "it may have; use fewer timesteps%s", count, MAX_FRAMES, stages ? " or no --stages" : ""));
        }
    }

    private static void encode(RunFrames frames, double scale, int frameMs, int[] size, OutputStream out, Progress progress)
            throws IOException {
        int width = size[0];
        int height = size[1];
        Drawing first = frames.frame(0);
        int paper = first.background().isVisible() ? first.background().rgb() : 0xFFFFFF;
        GifPalette palette = GifPalette.of(frames.theme(), paper);
        byte[] indices = new byte[width * height];
        GifEncoder gif = new GifEncoder(out, width, height, palette.colours(), Math.round(frameMs / 10f));
        PaintAhead.run((int) frames.count(), () -> new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB),
                (i, image) -> Java2DRenderer.paint(i == 0 ? first : frames.frame(i), scale, false, image, 0),
                (i, image) -> {
                    palette.map(((DataBufferInt) image.getRaster().getDataBuffer()).getData(), indices.length, indices);
                    gif.frame(indices);
                    progress.framesWritten(i + 1, frames.count());
                });
        gif.finish();
    }
}
