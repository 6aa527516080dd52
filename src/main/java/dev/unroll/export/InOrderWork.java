package dev.unroll.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Runs the work on pictures 0 to count − 1 on a few threads at once, each thread painting into an
 * image of its own, and hands the results to the calling thread in order. No more pictures are in
 * flight than there are threads, so the memory is one image and one result a thread.
 */
final class InOrderWork {

    /** The work on picture {@code i}, painted into {@code image}, which the next picture of this thread paints over. */
    @FunctionalInterface
    interface Task<T> {
        T run(int i, BufferedImage image) throws IOException;
    }

    /** Takes the result of each picture, in order, on the calling thread. */
    @FunctionalInterface
    interface Sink<T> {
        void accept(T result) throws IOException;
    }

    private InOrderWork() {
    }

    /** The threads a machine's processors keep busy, up to four: more would only hold more images. */
    static int threads() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /** Runs {@code task} on pictures 0 to {@code count − 1} and gives each result to {@code sink} in order; a failure ends the run with it. */
    static <T> void run(int count, int threads, Supplier<BufferedImage> newImage, Task<T> task, Sink<T> sink) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "unroll-export-work");
            thread.setDaemon(true);
            return thread;
        });
        // each of the pool's threads makes its image on its first picture; they go with the threads
        ThreadLocal<BufferedImage> images = ThreadLocal.withInitial(newImage);
        try {
            Deque<Future<T>> inFlight = new ArrayDeque<>(threads);
            for (int i = 0; i < count; i++) {
                if (inFlight.size() == threads) {
                    sink.accept(await(inFlight.poll()));
                }
                int picture = i;
                inFlight.add(pool.submit(() -> task.run(picture, images.get())));
            }
            while (!inFlight.isEmpty()) {
                sink.accept(await(inFlight.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The result of {@code work}, its failure thrown as it was thrown on the other thread. */
    static <T> T await(Future<T> work) throws IOException {
        try {
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while painting", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause);
        }
    }
}
