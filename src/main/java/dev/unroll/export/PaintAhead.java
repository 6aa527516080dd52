package dev.unroll.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Paints picture i + 1 on a second thread while the caller encodes picture i, in two images used in
 * turn: painting and encoding each take about half of a raster export's time, so on two cores the
 * export takes about half as long. Painting happens on one thread only, in order.
 */
final class PaintAhead {

    /** Paints picture {@code i} into {@code image}, replacing what it held. */
    @FunctionalInterface
    interface Painter {
        void paint(int i, BufferedImage image) throws IOException;
    }

    /** Encodes picture {@code i}, painted in {@code image}; the image is painted over once this returns. */
    @FunctionalInterface
    interface Encoder {
        void encode(int i, BufferedImage image) throws IOException;
    }

    private PaintAhead() {
    }

    /** Paints and encodes pictures 0 to {@code count − 1}, in order; a failure of either ends the run with it. */
    static void run(int count, Supplier<BufferedImage> newImage, Painter painter, Encoder encoder) throws IOException {
        ExecutorService ahead = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "unroll-export-paint");
            thread.setDaemon(true);
            return thread;
        });
        try {
            BufferedImage[] images = {newImage.get(), count > 1 ? newImage.get() : null};
            Future<Void> next = submit(ahead, painter, 0, images[0]);
            for (int i = 0; i < count; i++) {
                InOrderWork.await(next);
                if (i + 1 < count) {
                    next = submit(ahead, painter, i + 1, images[(i + 1) % 2]);
                }
                encoder.encode(i, images[i % 2]);
            }
        } finally {
            ahead.shutdownNow();
        }
    }

    private static Future<Void> submit(ExecutorService ahead, Painter painter, int i, BufferedImage image) {
        return ahead.submit(() -> {
            painter.paint(i, image);
            return null;
        });
    }
}
