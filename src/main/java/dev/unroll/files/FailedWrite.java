package dev.unroll.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Completes the message of a file that could not be written (a lesson saved or a snapshot exported,
 * from the command line or the window) with what was expected, so that it reads as every other refusal does: the
 * file, what is wrong, and what would have worked. What went wrong is read from the file system as
 * it stands after the failure and from the system's reason, not from the message's wording.
 */
public final class FailedWrite {

    /** Expected when the target's folder does not exist. */
    public static final String MISSING_FOLDER = "a file in a folder that exists: create the folder first, or name another one";
    /** Expected when the target is itself a folder. */
    private static final String NOT_A_FOLDER = "the name of a file to write, not of a folder";
    /** Expected when the disk (or the user's quota) has no room left. */
    public static final String DISK_FULL = "room for the file on its disk: free some space or write it elsewhere; any earlier file is unchanged";
    /** Expected when the folder may not be written. */
    private static final String NOT_PERMITTED = "a folder you may write in";
    /** Expected when the file system is mounted read-only. */
    private static final String READ_ONLY = "a folder on a disk that can be written";
    /** Expected for any other failure. */
    private static final String WRITABLE = "a file that can be written there; any earlier file is unchanged";

    private FailedWrite() {
    }

    /** {@code failure} with "; expected …" after its first line, unless it already says what was expected. */
    public static IOException explain(Path target, IOException failure) {
        String first = failure.getMessage() == null ? "cannot write " + target
                : failure.getMessage().lines().findFirst().orElse("cannot write " + target);
        if (first.contains("expected")) {
            return failure;
        }
        return new IOException(first + "; expected " + expected(target, failure), failure);
    }

    private static String expected(Path target, IOException failure) {
        Path file = target.toAbsolutePath().normalize();
        if (Files.isDirectory(file)) {
            return NOT_A_FOLDER;
        }
        Path folder = file.getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            return MISSING_FOLDER;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String reason = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (reason.contains("no space left") || reason.contains("quota exceeded")) {
                return DISK_FULL;
            }
            if (reason.contains("read-only file system")) {
                return READ_ONLY;
            }
            if (t instanceof AccessDeniedException || reason.contains("permission denied")) {
                return NOT_PERMITTED;
            }
        }
        return WRITABLE;
    }
}
