package dev.unroll.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * Finds the file a save really writes and refuses the places it must not write. Paths are resolved
 * as the operating system resolves them, never by text: {@code link/../out.json} lies beside the
 * link's target, not beside the link, so nothing is normalised before the file system has followed
 * the links.
 */
final class WriteTarget {

    /** As Linux's own limit on links followed in one path (ELOOP). */
    private static final int MAX_LINKS = 40;
    private static final String REGULAR_OR_NEW = "a regular file or a new file name";

    private WriteTarget() {
    }

    /**
     * The real path to write for {@code target}: links are followed one at a time to the file they
     * finally name, so that a symbolic link stays a link and that file gets the new content (or is
     * created, as the shell's {@code > link} creates it), and the folder is taken by its real path.
     *
     * @throws RefusedTargetException for a folder, a device, a pipe, a socket, a loop of links, or a
     *                                link to a running program's open file such as /dev/stdout
     * @throws IOException            naming the target when its folder does not exist or cannot be reached
     */
    static Path resolve(Path target) throws IOException {
        Path path = target.toAbsolutePath();
        for (int links = 0; ; links++) {
            requireNotOpenFile(target, path);
            if (!Files.isSymbolicLink(path)) {
                break;
            }
            if (links == MAX_LINKS) {
                throw new RefusedTargetException(target, "is a symbolic link that leads round in a loop", REGULAR_OR_NEW);
            }
            path = path.resolveSibling(readLink(target, path));
        }
        Path file = inRealFolder(target, path);
        requireNotOpenFile(target, file);
        BasicFileAttributes attributes = attributes(target, file);
        if (attributes != null) {
            requireRegular(target, file, attributes);
        }
        return file;
    }

    /**
     * Refuses to replace a file the user may not write, or to create one in a folder that forbids it.
     * The rename of a temporary file needs only the folder's permission, so without this check a save
     * would replace a read-only lesson in a shared folder.
     */
    static void requireWritable(Path target, Path file) throws RefusedTargetException {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isWritable(file)) {
            throw new RefusedTargetException(target, "is read-only" + permissions(file), "a file you may write, or a new file name");
        }
        Path folder = file.getParent();
        if (!Files.isWritable(folder)) {
            Path shown = target.toAbsolutePath().getParent();
            throw new RefusedTargetException(target, "the folder " + (shown != null ? shown : folder)
                    + " does not let you create files", "a folder you may write to");
        }
    }

    /**
     * Refuses a target that is one of the command's own input files, through links and hard links:
     * the save would replace the numbers it was made from.
     *
     * @param inputs each input file by the option that named it, for example "--weights" → w.npz or
     *               "--weights W=" → w.csv
     */
    static void requireNotInput(Path target, Map<String, Path> inputs) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        for (Map.Entry<String, Path> input : inputs.entrySet()) {
            if (Files.exists(input.getValue()) && Files.isSameFile(target, input.getValue())) {
                throw new RefusedTargetException(target, "is also this command's input (" + input.getKey()
                        + (input.getKey().endsWith("=") ? "" : " ") + input.getValue() + ")",
                        "a different file to save to, so that the input is kept");
            }
        }
    }

    private static BasicFileAttributes attributes(Path target, Path file) throws IOException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new IOException("cannot write " + target + ": " + AtomicFiles.reason(e), e);
        }
    }

    /**
     * Refuses /dev/stdout, /dev/fd/N and /proc/PID/fd/N: they name whatever a running program has
     * open, and replacing that would swap a shell's redirection file (or fail on a pipe) rather than
     * write a file the user named. Unroll writes lessons and pictures to files only.
     */
    private static void requireNotOpenFile(Path target, Path path) throws RefusedTargetException {
        String text = path.toString();
        if (text.startsWith("/dev/fd/") || text.startsWith("/proc/") && text.contains("/fd/")) {
            throw new RefusedTargetException(target, "leads to a running program's open file (standard output or the like), "
                    + "not a regular file", REGULAR_OR_NEW);
        }
    }

    private static void requireRegular(Path target, Path path, BasicFileAttributes attributes) throws RefusedTargetException {
        if (attributes.isDirectory()) {
            throw new RefusedTargetException(target, "is a folder, not a file", REGULAR_OR_NEW);
        }
        if (!attributes.isRegularFile()) {
            throw new RefusedTargetException(target, "is " + special(path) + ", not a regular file", REGULAR_OR_NEW);
        }
    }

    /** What kind of special file: the file type bits of st_mode, where the platform reports them. */
    private static String special(Path path) {
        try {
            int type = (Integer) Files.getAttribute(path, "unix:mode") & 0170000;
            return switch (type) {
                case 0010000 -> "a named pipe (FIFO)";
                case 0020000, 0060000 -> "a device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a special file";
        }
    }

    private static Path inRealFolder(Path target, Path path) throws IOException {
        Path folder = path.getParent();
        Path name = path.getFileName();
        if (folder == null || name == null) {
            throw new IOException("cannot write " + target + ": it is not a file name");
        }
        Path realFolder;
        try {
            realFolder = folder.toRealPath();
        } catch (NoSuchFileException e) {
            throw new IOException("cannot write " + target + ": the folder " + folder + " does not exist", e);
        } catch (IOException e) {
            throw new IOException("cannot write " + target + ": the folder " + folder + " cannot be reached ("
                    + AtomicFiles.reason(e) + ")", e);
        }
        if (!Files.isDirectory(realFolder)) {
            throw new IOException("cannot write " + target + ": " + folder + " is not a folder");
        }
        return realFolder.resolve(name);
    }

    private static Path readLink(Path target, Path link) throws IOException {
        try {
            return Files.readSymbolicLink(link);
        } catch (IOException e) {
            throw new IOException("cannot write " + target + ": its link cannot be read (" + AtomicFiles.reason(e) + ")", e);
        }
    }

    private static String permissions(Path file) {
        try {
            return " (" + PosixFilePermissions.toString(Files.getPosixFilePermissions(file)) + ")";
        } catch (IOException | UnsupportedOperationException e) {
            return "";
        }
    }
}
