package dev.unroll.cli;

import java.io.IOException;
import java.io.Writer;

/** Standard output that takes {@code capacity} characters and then fails as a full disk or a closed pipe does. */
final class FailingWriter extends Writer {

    private final int capacity;
    private final String reason;
    private final StringBuilder written = new StringBuilder();

    FailingWriter(int capacity, String reason) {
        this.capacity = capacity;
        this.reason = reason;
    }

    /** A disk that fills up after {@code capacity} characters. */
    static FailingWriter fullAfter(int capacity) {
        return new FailingWriter(capacity, "No space left on device");
    }

    /** A pipe whose reader goes away after {@code capacity} characters. */
    static FailingWriter pipeClosedAfter(int capacity) {
        return new FailingWriter(capacity, "Broken pipe");
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        int room = capacity - written.length();
        written.append(chars, offset, Math.min(room, length));
        if (length > room) {
            throw new IOException(reason);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /** What got through before the failure. */
    String written() {
        return written.toString();
    }
}
