package dev.unroll.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * Writes whole files so that a reader sees either the old file or the complete new one, never half
 * of one: the bytes go to a temporary file in the same folder (a rename is only atomic within one
 * file system), which then replaces the target in one move. Any failure removes the temporary file
 * and leaves an existing target as it was.
 *
 * <p>Where it writes: the target is resolved as the operating system resolves it (see
 * {@link WriteTarget}). A symbolic link is written through, so the link stays a link and the file it
 * names gets the new content. A folder, a device, a pipe or a socket is refused, as is a file the user
 * may not write or a folder that forbids new files. A replaced file keeps its permissions (and, where
 * the user may set them, its owner and group). A hard-linked file gets a new file under the saved
 * name, as any atomic replace must: its other names keep the old content. Temporary files are named
 * and cleaned up as {@link TemporaryFiles} describes, and messages name the target, never a
 * temporary file.
 */
public final class AtomicFiles {

    /** Produces a file's content; it may throw, and then nothing is written. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

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
     * @throws RefusedTargetException naming the target, when it is a folder, a device, a pipe, a loop
     *                                of links, read-only, or in a folder that forbids new files
     * @throws IOException            naming the target, when the folder is missing, the disk is full,
     *                                or {@code content} fails; the target is then untouched
     */
    public static void write(Path target, Content content) throws IOException {
        try {
            replace(target, content);
        } catch (IOException e) {
            // every failed write says what was expected, whoever asked for it: the command line or the window
            throw FailedWrite.explain(target, e);
        }
    }

    private static void replace(Path target, Content content) throws IOException {
        Path file = WriteTarget.resolve(target);
        WriteTarget.requireWritable(target, file);
        Path dir = file.getParent();
        String name = file.getFileName().toString();
        TemporaryFiles.removeStale(dir, name);
        PosixFileAttributes old = posixAttributes(file);
        TemporaryFiles.Open temp = createTemp(target, dir, name);
        boolean moved = false;
        try {
            try (FileChannel channel = temp.channel();
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 65_536)) {
                content.writeTo(out);
                out.flush();
                if (old != null) {
                    keepPermissions(temp.path(), old);
                }
                // on disk before the rename, or a crash just after it could leave an empty file in the old one's place
                channel.force(true);
            }
            move(temp.path(), file);
            moved = true;
        } catch (IOException e) {
            throw new IOException("cannot write " + target + ": " + reason(e), e);
        } finally {
            if (!moved) {
                deleteQuietly(temp.path());
            }
        }
    }

    /**
     * Makes the checks {@link #write(Path, Content)} makes on the target, without writing: a command
     * calls it first, so a target that would be refused fails before seconds of computing.
     *
     * @throws RefusedTargetException naming the target, as {@link #write(Path, Content)} would
     * @throws IOException            naming the target, when its folder is missing or cannot be reached
     */
    public static void check(Path target) throws IOException {
        try {
            WriteTarget.requireWritable(target, WriteTarget.resolve(target));
        } catch (IOException e) {
            throw FailedWrite.explain(target, e);
        }
    }

    /**
     * Refuses a target that is one of the command's own input files (compared by file, so a link or
     * a hard link to an input is caught as well): the save would replace the numbers it was made from.
     *
     * @param inputs each input file by the option that named it, for example "--weights" → w.npz
     * @throws RefusedTargetException naming the target and the input
     */
    public static void requireNotInput(Path target, Map<String, Path> inputs) throws IOException {
        WriteTarget.requireNotInput(target, inputs);
    }

    private static TemporaryFiles.Open createTemp(Path target, Path dir, String name) throws IOException {
        try {
            return TemporaryFiles.create(dir, name, permissions());
        } catch (IOException e) {
            throw new IOException("cannot write " + target + ": cannot create a file in " + dir + " (" + reason(e) + ")", e);
        } catch (InvalidPathException e) {
            throw new IOException("cannot write " + target + ": its name cannot be written on this system", e);
        }
    }

    /**
     * A new file's permissions: temporary files are private (rw-------) by default, and the rename would
     * pass that on to the export; asking for rw-rw-rw- lets the umask decide, as for any newly created
     * file. A replaced file's own permissions are set once it is written.
     */
    private static FileAttribute<?>[] permissions() {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-rw-rw-"))};
    }

    private static PosixFileAttributes posixAttributes(Path file) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try {
            return Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    /**
     * Gives the new file the old one's permissions exactly (set after creation, so the umask does not
     * narrow them), and its owner and group where the user may: a private lesson stays private, a
     * shared one stays shared.
     */
    private static void keepPermissions(Path temp, PosixFileAttributes old) throws IOException {
        Files.setPosixFilePermissions(temp, old.permissions());
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        try {
            PosixFileAttributes now = view.readAttributes();
            if (!now.group().equals(old.group())) {
                view.setGroup(old.group());
            }
            if (!now.owner().equals(old.owner())) {
                view.setOwner(old.owner());
            }
        } catch (IOException e) {
            // only root may give a file away; everyone else's save is theirs, as with any editor
        }
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
        if (e instanceof FileSystemException f) {
            // without a reason its message is only the file's name, which may be a temporary file's
            return f.getReason() != null ? f.getReason() : "the file system refused";
        }
        return e.getMessage() != null ? e.getMessage() : "input or output failed";
    }
}
