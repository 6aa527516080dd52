package dev.unroll.io;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file Unroll was asked to read is missing, unreadable, malformed, hostile or does not fit: the one
 * exception every reader in this package throws for bad input. Its message is one line that names
 * the file, says what is wrong and, where it helps, what was expected, for example
 * {@code w.npz: U (4, 5) does not fit W (4, 3); expected U (4, 4)}. The window shows it in a dialog
 * as it is; the command line prints it and exits with status 2, as for any bad argument, which is
 * why it is an {@link IllegalArgumentException}.
 */
public final class BadInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    /** Names longer than this are shortened in messages: a hostile archive can name an entry with a megabyte. */
    private static final int MAX_NAME = 120;

    private final String source;
    private final String problem;
    private final String expected;

    /**
     * @param source   the file, as the user named it, or for an entry of an archive "entry in file"
     * @param problem  what is wrong
     * @param expected what would have been right, or null when the problem says it already
     */
    public BadInputException(String source, String problem, String expected) {
        this(source, problem, expected, null);
    }

    /** As {@link #BadInputException(String, String, String)}, keeping the low-level failure as the cause. */
    public BadInputException(String source, String problem, String expected, Throwable cause) {
        super(message(source, problem, expected), cause);
        this.source = oneLine(Objects.requireNonNull(source, "source"));
        this.problem = oneLine(Objects.requireNonNull(problem, "problem"));
        this.expected = expected == null ? null : oneLine(expected);
    }

    /** The file (or "entry in file") that is bad. */
    public String source() {
        return source;
    }

    /** What is wrong with it. */
    public String problem() {
        return problem;
    }

    /** What was expected instead, or null. */
    public String expected() {
        return expected;
    }

    /** A path as messages show it: as the user gave it, shortened if absurdly long. */
    public static String name(Path path) {
        return shorten(String.valueOf(path));
    }

    /** A name from inside a file (an archive entry, a JSON key) as messages show it: quoted and shortened. */
    public static String quoted(String name) {
        return "'" + shorten(name) + "'";
    }

    /** A text from inside a file as messages show it: on one line, and shortened if absurdly long. */
    public static String shorten(String text) {
        String line = oneLine(text);
        return line.length() <= MAX_NAME ? line : line.substring(0, MAX_NAME) + "…";
    }

    private static String message(String source, String problem, String expected) {
        String text = oneLine(source) + ": " + oneLine(problem);
        return expected == null ? text : text + "; expected " + oneLine(expected);
    }

    /** Messages are printed as one line on the command line, so no control character may break them. */
    private static String oneLine(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            sb.append(Character.isISOControl(ch) ? ' ' : ch);
        }
        return sb.toString();
    }
}
