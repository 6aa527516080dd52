package dev.unroll.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;

/**
 * Standard output as the commands write it: a writer that turns the first failed write into a
 * {@link Failed} exception. {@link java.io.PrintStream} and {@link PrintWriter} swallow their
 * errors, so without this a full disk would cut a trace mid-row and still end with status 0; with
 * it the command stops at the failure instead of computing on into a stream nobody can read.
 */
final class StandardOutput extends Writer {

    /** Standard output could not be written; unchecked so that it passes through PrintWriter and picocli. */
    static final class Failed extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private Failed(String reason, IOException cause) {
            super(reason, cause);
        }

        /** Whether the reader of a pipe went away ({@code unroll trace | head -1}) rather than the write failing. */
        boolean readerWentAway() {
            return "broken pipe".equalsIgnoreCase(getMessage());
        }

        /** The one line that says what went wrong, for standard error. */
        String line() {
            String reason = getMessage();
            if (reason == null || reason.isBlank()) {
                reason = "the write failed";
            } else if ("bad file descriptor".equalsIgnoreCase(reason)) {
                reason = "it is closed";
            } else {
                reason = reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
            }
            return "unroll: could not write to standard output: " + reason;
        }
    }

    private final Writer target;

    StandardOutput(Writer target) {
        this.target = target;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        try {
            target.write(chars, offset, length);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void write(String text, int offset, int length) {
        try {
            target.write(text, offset, length);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void flush() {
        try {
            target.flush();
        } catch (IOException e) {
            throw failed(e);
        }
        // a PrintWriter handed in by a caller never throws; its error flag is all it keeps
        if (target instanceof PrintWriter printer && printer.checkError()) {
            throw new Failed(null, null);
        }
    }

    /** Flushes; standard output itself stays open for whatever the process writes after the command. */
    @Override
    public void close() {
        flush();
    }

    private static Failed failed(IOException e) {
        return new Failed(e.getMessage(), e);
    }
}
