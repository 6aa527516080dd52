package dev.unroll.app;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * What the user is told about an unexpected error: one plain sentence, and the details (the thread
 * and the stack trace) to copy into a message to whoever maintains their copy of Unroll.
 *
 * @param summary what went wrong and that nothing is lost, in plain words
 * @param details the thread and the full stack trace
 */
record ErrorReport(String summary, String details) {

    /** The report for {@code error}, thrown and not caught on {@code thread}. */
    static ErrorReport of(Thread thread, Throwable error) {
        String what = error.getMessage() != null && !error.getMessage().isBlank()
                ? error.getMessage().strip()
                : error.getClass().getSimpleName();
        String summary = Words.get("error.summary", what);
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        String details = "Unroll, Java " + System.getProperty("java.version") + ", "
                + System.getProperty("os.name") + ", thread \"" + thread.getName() + "\"" + System.lineSeparator()
                + trace;
        return new ErrorReport(summary, details);
    }
}
