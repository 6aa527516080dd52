package dev.unroll.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * Catches what nothing else caught, on the JavaFX thread or any other: logs it, and tells the user
 * in one dialog that the window keeps running. An error that repeats (a drawing bug fails on every
 * frame) is shown once and counted in the log. One dialog is open at a time; a different error
 * arriving meanwhile waits its turn.
 */
final class ErrorReporter implements Thread.UncaughtExceptionHandler {

    /** How many different errors are remembered, to be recognised when they repeat. */
    static final int REMEMBERED_KINDS = 200;
    /** How many different errors may wait for the open dialog to close; more are only logged. */
    static final int WAITING_REPORTS = 3;

    private static final Logger LOG = Logger.getLogger(ErrorReporter.class.getName());

    private final ErrorDialog dialog;
    /** Times each kind of error was seen, by {@link #kindOf}; guarded by itself. */
    private final Map<String, Integer> seen = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
            return size() > REMEMBERED_KINDS;
        }
    };
    /** Reports waiting for the open dialog to close; JavaFX thread only. */
    private final Deque<Pending> waiting = new ArrayDeque<>();
    /** Whether a dialog is open; JavaFX thread only. */
    private boolean showing;

    private record Pending(String kind, ErrorReport report) {
    }

    ErrorReporter(ErrorDialog dialog) {
        this.dialog = dialog;
    }

    /**
     * Makes {@code dialog} the way every thread's uncaught errors are shown. Call on the JavaFX
     * thread, which hands what its runnables and event handlers throw to its own handler.
     */
    static ErrorReporter install(ErrorDialog dialog) {
        ErrorReporter reporter = new ErrorReporter(dialog);
        Thread.setDefaultUncaughtExceptionHandler(reporter);
        if (Platform.isFxApplicationThread()) {
            Thread.currentThread().setUncaughtExceptionHandler(reporter);
        }
        return reporter;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        try {
            report(thread, error);
        } catch (RuntimeException | LinkageError reportingFailed) {
            // a handler that throws would have the thread's group print to the console; the log is the last word
            LOG.log(Level.SEVERE, "Could not report an error", reportingFailed);
        }
    }

    /** Logs {@code error}; shows it unless the same error was shown before. */
    void report(Thread thread, Throwable error) {
        String kind = kindOf(error);
        int times;
        synchronized (seen) {
            times = seen.merge(kind, 1, Integer::sum);
        }
        if (times == 1) {
            LOG.log(Level.SEVERE, "Uncaught on thread \"" + thread.getName() + "\"", error);
            ErrorReport report = ErrorReport.of(thread, error);
            try {
                Platform.runLater(() -> offer(new Pending(kind, report)));
            } catch (IllegalStateException toolkitNotRunning) {
                LOG.fine("No window to show the error in");
            }
        } else if (isPowerOfTen(times)) {
            LOG.severe(() -> "The same error again (" + error + "): " + times + " times so far");
        }
    }

    /** How many times an error of the same kind as {@code error} was seen. */
    int timesSeen(Throwable error) {
        synchronized (seen) {
            return seen.getOrDefault(kindOf(error), 0);
        }
    }

    private void offer(Pending pending) {
        if (!showing) {
            show(pending);
        } else if (waiting.size() < WAITING_REPORTS) {
            waiting.add(pending);
        }
    }

    private void show(Pending pending) {
        showing = true;
        try {
            dialog.show(pending.report(), () -> closed(pending));
        } catch (RuntimeException dialogFailed) {
            // the same failure each time would otherwise come back here as a new error, and again
            LOG.log(Level.SEVERE, "Could not show the error dialog", dialogFailed);
            showing = false;
        }
    }

    private void closed(Pending pending) {
        int times;
        synchronized (seen) {
            times = seen.getOrDefault(pending.kind(), 1);
        }
        if (times > 1) {
            LOG.info(() -> "Error dialog closed; the error it showed happened " + times + " times");
        }
        showing = false;
        Pending next = waiting.poll();
        if (next != null) {
            show(next);
        }
    }

    /**
     * Errors are the same kind when they have the same classes thrown from the same places, causes
     * included. Messages are left out: "index 37 out of bounds" on one frame and "index 38" on the
     * next are one bug.
     */
    static String kindOf(Throwable error) {
        StringBuilder kind = new StringBuilder();
        int depth = 0;
        for (Throwable t = error; t != null && depth < 8; t = t.getCause(), depth++) {
            kind.append(t.getClass().getName()).append('\n');
            for (StackTraceElement frame : t.getStackTrace()) {
                kind.append(frame).append('\n');
            }
        }
        return kind.toString();
    }

    private static boolean isPowerOfTen(int n) {
        int m = n;
        while (m % 10 == 0) {
            m /= 10;
        }
        return m == 1;
    }
}
