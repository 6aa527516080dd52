package dev.unroll.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where and how {@link AtomicFiles} writes: special files are refused, permissions and links are
 * kept, paths are resolved as the operating system resolves them, temporary names never split a
 * character and never appear in a message, and a killed save's temporary files are cleaned up.
 */
class AtomicFilesTargetTest {

    private static final boolean IS_ROOT = "root".equals(System.getProperty("user.name"));

    @TempDir
    Path dir;

    // --- special files -------------------------------------------------------------------------

    @Test
    void fifoIsRefusedAndStaysAFifo() throws Exception {
        Path fifo = dir.resolve("pipe.json");
        make("mkfifo", fifo.toString());
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeString(fifo, "lesson"));
        assertEquals(fifo + ": is a named pipe (FIFO), not a regular file; expected a regular file or a new file name",
                e.getMessage());
        assertTrue(isFifo(fifo), "the FIFO is still a FIFO");
        assertEquals(List.of("pipe.json"), names(dir), "no temporary file left");
    }

    @Test
    void deviceNodeInAFolderIsRefusedAndStaysADevice() throws Exception {
        Assumptions.assumeTrue(IS_ROOT, "making a device node needs root");
        Path device = dir.resolve("null.json");
        make("mknod", device.toString(), "c", "1", "3");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeString(device, "lesson"));
        assertEquals(device + ": is a device, not a regular file; expected a regular file or a new file name", e.getMessage());
        assertEquals(0020000, (Integer) Files.getAttribute(device, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0170000,
                "still a character device");
    }

    @Test
    void devNullAndDevFullAreRefusedAndKeptAsDevices() throws IOException {
        for (String name : List.of("/dev/null", "/dev/full")) {
            Path device = Path.of(name);
            Assumptions.assumeTrue(Files.exists(device), name + " is missing on this system");
            IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeString(device, "lesson"));
            assertEquals(name + ": is a device, not a regular file; expected a regular file or a new file name", e.getMessage());
            assertFalse(Files.isRegularFile(device), name + " is still a device");
        }
    }

    @Test
    void linkToADeviceIsRefusedAndStaysALink() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("out.json"), Path.of("/dev/null"));
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeString(link, "lesson"));
        assertEquals(link + ": is a device, not a regular file; expected a regular file or a new file name", e.getMessage());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(Path.of("/dev/null"), Files.readSymbolicLink(link));
    }

    @Test
    void standardOutputsLinksAreRefusedWhateverStandardOutputIs() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("out.json"), Path.of("/dev/stdout"));
        for (Path target : List.of(link, Path.of("/dev/stdout"), Path.of("/dev/fd/1"), Path.of("/proc/self/fd/1"))) {
            IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeString(target, "lesson"));
            assertEquals(target + ": leads to a running program's open file (standard output or the like), not a regular file; "
                    + "expected a regular file or a new file name", e.getMessage());
        }
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(List.of("out.json"), names(dir));
    }

    // --- permissions and links -----------------------------------------------------------------

    @Test
    void privateFileStaysPrivateAfterASave() throws IOException {
        Path file = Files.writeString(dir.resolve("mine.json"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        AtomicFiles.writeString(file, "new");
        assertEquals("new", Files.readString(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void groupReadableFileKeepsItsExactPermissionsWhateverTheUmask() throws IOException {
        Path file = Files.writeString(dir.resolve("shared.json"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicFiles.writeString(file, "new");
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void readOnlyFileIsRefusedAndKept() throws IOException {
        Assumptions.assumeFalse(IS_ROOT, "root may write any file, so a read-only file cannot refuse it");
        Path file = Files.writeString(dir.resolve("handout.json"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeString(file, "new"));
        assertEquals(file + ": is read-only (r--r--r--); expected a file you may write, or a new file name", e.getMessage());
        assertEquals("old", Files.readString(file));
    }

    @Test
    void newFileInAReadOnlyFolderIsRefused() throws IOException {
        Assumptions.assumeFalse(IS_ROOT, "root may write in any folder, so a read-only folder cannot refuse it");
        Path folder = Files.createDirectory(dir.resolve("shared"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Path file = folder.resolve("new.json");
            IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeString(file, "new"));
            assertEquals(file + ": the folder " + folder + " does not let you create files; expected a folder you may write to",
                    e.getMessage());
            assertFalse(Files.exists(file));
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void symlinkedTargetIsWrittenThroughAndStaysALink() throws IOException {
        Path real = Files.writeString(Files.createDirectory(dir.resolve("real")).resolve("lesson.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("lesson.json"), Path.of("real/lesson.json"));
        AtomicFiles.writeString(link, "new");
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals(Path.of("real/lesson.json"), Files.readSymbolicLink(link));
        assertEquals("new", Files.readString(real));
        assertEquals(List.of("lesson.json"), names(real.getParent()), "no temporary file beside the real file");
        assertEquals(List.of("lesson.json", "real"), names(dir), "no temporary file beside the link");
    }

    @Test
    void chainOfLinksToAMissingFileCreatesTheFinalTarget() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("sub"));
        Files.createSymbolicLink(dir.resolve("second"), Path.of("sub/final.json"));
        Path first = Files.createSymbolicLink(dir.resolve("first.json"), Path.of("second"));
        AtomicFiles.writeString(first, "new");
        assertTrue(Files.isSymbolicLink(first));
        assertTrue(Files.isSymbolicLink(dir.resolve("second")));
        assertEquals("new", Files.readString(sub.resolve("final.json")));
    }

    @Test
    void loopOfLinksIsRefused() throws IOException {
        Path a = Files.createSymbolicLink(dir.resolve("a.json"), Path.of("b.json"));
        Files.createSymbolicLink(dir.resolve("b.json"), Path.of("a.json"));
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeString(a, "new"));
        assertEquals(a + ": is a symbolic link that leads round in a loop; expected a regular file or a new file name",
                e.getMessage());
        assertTrue(Files.isSymbolicLink(a));
    }

    /** The documented choice: an atomic replace gives the saved path a new file; other names keep the old one. */
    @Test
    void hardLinkedTargetGetsANewFileWhileTheOtherNameKeepsTheOldBytes() throws IOException {
        Path file = Files.writeString(dir.resolve("lesson.json"), "old");
        Path other = Files.createLink(dir.resolve("copy.json"), file);
        AtomicFiles.writeString(file, "new");
        assertEquals("new", Files.readString(file));
        assertEquals("old", Files.readString(other));
        assertFalse(Files.isSameFile(file, other));
    }

    // --- paths resolved as the OS does -------------------------------------------------------------

    @Test
    void dotDotAfterALinkGoesToTheParentOfTheLinksTarget() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("sub/inner"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), sub);
        Path target = link.resolve("../out.json");
        AtomicFiles.writeString(target, "new");
        assertEquals("new", Files.readString(dir.resolve("sub/out.json")));
        assertFalse(Files.exists(dir.resolve("out.json"), LinkOption.NOFOLLOW_LINKS), "not beside the link");
    }

    // --- temporary files -------------------------------------------------------------------------

    @Test
    void nameOfEmojiIsSavedWithWholeCharactersInTheTemporaryName() throws IOException {
        String name = "a" + "\uD83D\uDE00".repeat(40) + ".json";
        Path file = dir.resolve(name);
        List<String> seen = new ArrayList<>();
        AtomicFiles.write(file, out -> {
            seen.addAll(names(dir));
            out.write("new".getBytes(StandardCharsets.UTF_8));
        });
        assertEquals("new", Files.readString(file));
        assertEquals(1, seen.size(), "one temporary file while writing: " + seen);
        String temp = seen.get(0);
        assertTrue(temp.getBytes(StandardCharsets.UTF_8).length <= 255, temp);
        assertTrue(temp.codePoints().noneMatch(c -> Character.isSurrogate((char) c) && c < 0x10000), "no half character");
        assertTrue(temp.startsWith(".a\uD83D\uDE00"), temp);
    }

    @Test
    void longestNameTheFileSystemAllowsStillSaves() throws IOException {
        String name = "\u4E2D".repeat(83) + ".json";
        assertEquals(254, name.getBytes(StandardCharsets.UTF_8).length);
        Path file = dir.resolve(name);
        AtomicFiles.writeString(file, "new");
        assertEquals("new", Files.readString(file));
        assertEquals(List.of(name), names(dir));
    }

    @Test
    void failedWriteNamesTheTargetAndNeverTheTemporaryFile() throws IOException {
        Path file = dir.resolve("a" + "\uD83D\uDE00".repeat(40) + ".json");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            throw new java.nio.file.FileSystemException(names(dir).get(0));
        }));
        assertTrue(e.getMessage().startsWith("cannot write " + file + ": "), e.getMessage());
        assertFalse(e.getMessage().contains(".tmp"), e.getMessage());
        assertEquals(List.of(), names(dir));
    }

    @Test
    void staleTemporaryFileOfTheSameTargetIsRemovedByTheNextSave() throws IOException {
        Path file = dir.resolve("lesson.json");
        List<String> temps = new ArrayList<>();
        AtomicFiles.write(file, out -> temps.addAll(names(dir)));
        Path leftover = Files.writeString(dir.resolve(temps.get(0)), "half a lesson");
        Files.setLastModifiedTime(leftover, FileTime.from(Instant.now().minus(Duration.ofMinutes(5))));
        Path legacy = Files.writeString(dir.resolve(".lesson.json-1234567890123.tmp"), "half a lesson");
        Files.setLastModifiedTime(legacy, FileTime.from(Instant.now().minus(Duration.ofMinutes(5))));
        AtomicFiles.writeString(file, "new");
        assertEquals(List.of("lesson.json"), names(dir));
    }

    @Test
    void freshLockedOrOtherTargetsTemporaryFilesAreKept() throws IOException {
        Path file = dir.resolve("lesson.json");
        List<String> temps = new ArrayList<>();
        AtomicFiles.write(file, out -> temps.addAll(names(dir)));
        String ours = temps.get(0);
        String random = ours.substring(ours.lastIndexOf('.', ours.length() - ".unroll.tmp".length() - 1) + 1,
                ours.length() - ".unroll.tmp".length());
        Path fresh = Files.writeString(dir.resolve(ours), "a save still writing");
        Path locked = Files.writeString(dir.resolve(ours.replace(random, "0".repeat(random.length()))), "a slow save");
        Files.setLastModifiedTime(locked, FileTime.from(Instant.now().minus(Duration.ofMinutes(5))));
        Path other = Files.writeString(dir.resolve(ours.replace("lesson.json", "lesson2.json")), "another target's");
        Files.setLastModifiedTime(other, FileTime.from(Instant.now().minus(Duration.ofMinutes(5))));
        Path notOurs = Files.writeString(dir.resolve(".lesson.json.swp"), "an editor's");
        Files.setLastModifiedTime(notOurs, FileTime.from(Instant.now().minus(Duration.ofMinutes(5))));
        try (FileChannel channel = FileChannel.open(locked, StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            AtomicFiles.writeString(file, "new");
        }
        assertEquals("new", Files.readString(file));
        assertTrue(Files.exists(fresh), "younger than a minute: perhaps a save in progress");
        assertTrue(Files.exists(locked), "held by a running save");
        assertTrue(Files.exists(other), "another target's");
        assertArrayEquals("an editor's".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(notOurs));
    }

    private static void make(String... command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort(command[0] + " is not available here: " + e.getMessage());
            return;
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), command[0] + " did not finish");
        Assumptions.assumeTrue(process.exitValue() == 0, command[0] + " failed here: " + output);
    }

    private static boolean isFifo(Path path) throws IOException {
        return ((Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0170000) == 0010000;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
