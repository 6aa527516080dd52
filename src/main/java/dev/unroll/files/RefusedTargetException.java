package dev.unroll.files;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A save or export that was refused before anything was written, because of where it would write:
 * a device or pipe, a read-only file, a folder that forbids new files, a loop of links, one of the
 * command's own input files. Its message is one line that names the target as the user gave it, says
 * what is wrong and what was expected, for example
 * {@code /dev/null: is a device, not a regular file; expected a regular file or a new file name}. The
 * command line reports it with exit status 2, as for any bad argument; the window shows the message.
 */
public final class RefusedTargetException extends IOException {

    private static final long serialVersionUID = 1L;

    /**
     * @param target   the file as the user named it
     * @param problem  what is wrong with writing there
     * @param expected what would have been right
     */
    public RefusedTargetException(Path target, String problem, String expected) {
        super(oneLine(String.valueOf(target)) + ": " + oneLine(problem) + "; expected " + oneLine(expected));
    }

    /** Messages are printed as one line on the command line, so no control character in a file name may break them. */
    private static String oneLine(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(c -> sb.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return sb.toString();
    }
}
