package dev.unroll.io;

import dev.unroll.files.AtomicFiles;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CancellationException;

/** The checks every reader makes before it opens a file, and the one way a failed read is reported. */
final class InputFiles {

    /** The most links followed in a chain, as Linux's own limit of 40. */
    private static final int MAX_LINKS = 40;

    private InputFiles() {
    }

    /**
     * Checks that {@code path} names a readable regular file of at most {@code maxBytes}, and returns its size.
     *
     * @param expected what the caller reads, for the message, for example "an .npz file"
     * @throws BadInputException when it does not exist, is a folder or something else that is not a
     *                           file (a pipe would block the read forever), cannot be read, or is too big
     */
    static long check(Path path, long maxBytes, String expected) {
        String source = BadInputException.name(path);
        if (source.isEmpty()) {
            // an empty name would otherwise be the current folder, reported as ": is a folder"
            throw new BadInputException("''", "is an empty file name", expected);
        }
        if (Files.isDirectory(path)) {
            throw new BadInputException(source, "is a folder, not a file", expected);
        }
        if (!Files.exists(path)) {
            throw new BadInputException(source, missing(path), expected);
        }
        if (!Files.isRegularFile(path)) {
            throw new BadInputException(source, "is not a regular file", expected);
        }
        if (!Files.isReadable(path)) {
            throw new BadInputException(source, "cannot be read (permission denied)", expected);
        }
        long size;
        try {
            size = Files.size(path);
        } catch (IOException e) {
            throw unreadable(source, e);
        }
        if (size > maxBytes) {
            throw new BadInputException(source, "is " + count(size) + " bytes, past the limit of " + count(maxBytes),
                    expected + " of at most " + count(maxBytes) + " bytes");
        }
        return size;
    }

    /**
     * Why a path that does not lead to a file is missing: a link to nothing, links that lead round
     * in a loop, or nothing at all. All three are "does not exist" to the JDK.
     */
    private static String missing(Path path) {
        if (!Files.isSymbolicLink(path)) {
            try {
                path.toRealPath();
            } catch (NoSuchFileException e) {
                return "does not exist";
            } catch (IOException e) {
                // a folder on the way is a link loop, or cannot be searched
                return "cannot be reached (" + AtomicFiles.reason(e) + ")";
            }
            return "does not exist";
        }
        Set<Path> seen = new HashSet<>();
        Path current = path.toAbsolutePath().normalize();
        while (Files.isSymbolicLink(current)) {
            if (!seen.add(current) || seen.size() > MAX_LINKS) {
                return "is a symbolic link that leads round in a loop of links, never to a file";
            }
            Path target;
            try {
                target = Files.readSymbolicLink(current);
            } catch (IOException e) {
                return "is a symbolic link that cannot be read (" + AtomicFiles.reason(e) + ")";
            }
            current = current.resolveSibling(target).normalize();
        }
        return "is a symbolic link to " + BadInputException.name(current) + ", which does not exist";
    }

    /** Opens a checked file. */
    static InputStream open(Path path) {
        try {
            return Files.newInputStream(path);
        } catch (IOException e) {
            throw unreadable(BadInputException.name(path), e);
        }
    }

    /**
     * A read that failed part-way (a disk error, a file removed meanwhile) or could not start; or,
     * when the reading thread was interrupted (a cancelled background task), a cancellation.
     */
    static RuntimeException unreadable(String source, IOException e) {
        if (e instanceof ClosedByInterruptException) {
            CancellationException cancelled = new CancellationException("reading " + source + " was cancelled");
            cancelled.initCause(e);
            return cancelled;
        }
        return new BadInputException(source, "cannot be read (" + AtomicFiles.reason(e) + ")", null, e);
    }

    /**
     * Stops a long read when its thread has been interrupted, as a JavaFX {@code Task.cancel()}
     * does; the interrupt stays set for the caller to see.
     *
     * @throws CancellationException if the current thread is interrupted
     */
    static void checkCancelled(String source) {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("reading " + source + " was cancelled");
        }
    }

    /** A number with thousands separators, as every message writes sizes. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /**
     * Passes at most {@code limit} bytes through and fails on the next: a compressed entry can claim
     * any size and inflate to far more, so the bytes are counted as they arrive rather than trusted.
     */
    static final class Limited extends FilterInputStream {
        private final long limit;
        private final String source;
        private final String problem;
        private long count;

        /** @param problem what to say once the limit is passed, for example "unpacks to more than it declares" */
        Limited(InputStream in, long limit, String source, String problem) {
            super(in);
            this.limit = limit;
            this.source = source;
            this.problem = problem;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            if (skipped > 0) {
                add(skipped);
            }
            return skipped;
        }

        private void add(long n) {
            count += n;
            if (count > limit) {
                throw new BadInputException(source, problem,
                        "at most " + count(limit) + " bytes (a zip bomb is stopped before it fills memory)");
            }
        }
    }
}
