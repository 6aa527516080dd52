package dev.unroll.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes whole files so that a reader sees either the old file or the complete new one, never half
 * of one: the bytes go to a temporary file in the same folder (a rename is only atomic within one
 * file system), which then replaces the target in one move. Any failure removes the temporary file
 * and leaves an existing target as it was.
 */
public final class AtomicFiles {

    /** Produces a file's content; it may throw, and then nothing is written. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final int MAX_PREFIX_NAME = 64;

    private AtomicFiles() {
    }

    /** Replaces {@code target} with {@code bytes}. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /** Replaces {@code target} with {@code text} in UTF-8. */
    public static void writeString(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Replaces {@code target} with what {@code content} writes.
     *
     * @throws IOException naming the file, when the folder is missing or not writable, the disk is
     *                     full, or {@code content} fails; the target is then untouched
     */
    public static void write(Path target, Content content) throws IOException {
        Path file = target.toAbsolutePath().normalize();
        Path dir = file.getParent();
        if (dir == null || file.getFileName() == null) {
            throw new IOException("cannot write " + target + ": it is not a file name");
        }
        if (!Files.isDirectory(dir)) {
            throw new IOException("cannot write " + target + ": the folder " + dir + " does not exist");
        }
        if (Files.isDirectory(file)) {
            throw new IOException("cannot write " + target + ": it is a folder");
        }
        Path temp = createTemp(target, dir, file.getFileName().toString());
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 65_536)) {
                content.writeTo(out);
                out.flush();
                // on disk before the rename, or a crash just after it could leave an empty file in the old one's place
                channel.force(true);
            }
            move(temp, file);
            moved = true;
        } catch (IOException e) {
            throw new IOException("cannot write " + target + ": " + reason(e), e);
        } finally {
            if (!moved) {
                deleteQuietly(temp);
            }
        }
    }

    private static Path createTemp(Path target, Path dir, String name) throws IOException {
        String shortName = name.length() > MAX_PREFIX_NAME ? name.substring(0, MAX_PREFIX_NAME) : name;
        try {
            return Files.createTempFile(dir, "." + shortName + "-", ".tmp", permissions());
        } catch (IOException e) {
            throw new IOException("cannot write " + target + ": cannot create a file in " + dir + " (" + reason(e) + ")", e);
        }
    }

    /**
     * Temporary files are private (rw-------) by default, and the rename would pass that on to the
     * export; asking for rw-rw-rw- lets the umask decide, as for any newly created file.
     */
    private static FileAttribute<?>[] permissions() {
        if (!java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-rw-rw-"))};
    }

    private static void move(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // some file systems (certain network shares) cannot rename atomically; replacing is the best they offer
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // the original failure is what the user needs to hear about; a stray hidden .tmp file is harmless
        }
    }

    /**
     * A short human reason for a failed file operation: the JDK's file exceptions carry only the path
     * as their message. Shared by everything that reads or writes the user's files.
     */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
