package dev.unroll.rnn;

/** Lets a caller watch a long forward pass and stop it. */
public interface TraceMonitor {

    /** A monitor that never cancels and ignores progress. */
    TraceMonitor NONE = new TraceMonitor() {
    };

    /** Called now and then with the number of steps done out of {@code total}. */
    default void progress(long done, long total) {
    }

    /** When this returns true the forward pass stops with a {@link java.util.concurrent.CancellationException}. */
    default boolean isCancelled() {
        return false;
    }
}
