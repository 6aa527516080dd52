package dev.unroll.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.unroll.files.FailedWrite;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that cannot be written ends {@code lesson} and {@code export} as any bad argument does:
 * exit status 2 and one line naming the file, saying what is wrong and what was expected.
 */
class FailedWriteTest {

    @TempDir
    Path dir;

    private static void assertOneCompleteLine(CommandLineRun run, Path file, String problem, String expected) {
        run.assertRejectedWithOneLine(String.valueOf(file));
        String line = run.errLines().get(0);
        assertTrue(line.startsWith("unroll: cannot write " + file + ": "), line);
        assertTrue(line.contains(problem), line);
        assertTrue(line.endsWith("; expected " + expected), line);
    }

    @Test
    void anExportIntoAMissingFolderEndsWithStatusTwoAndSaysWhatWasExpected() {
        Path out = dir.resolve("no-such-folder").resolve("d.png");
        assertOneCompleteLine(CommandLineRun.of("export", "--out", out.toString()), out, "does not exist",
                FailedWrite.MISSING_FOLDER);
        assertFalse(Files.exists(out.getParent()));
    }

    @Test
    void aLessonSavedIntoAMissingFolderEndsWithStatusTwoAndSaysWhatWasExpected() {
        Path file = dir.resolve("no/such/lesson.json");
        assertOneCompleteLine(CommandLineRun.of("lesson", "--save", file.toString()), file, "does not exist",
                FailedWrite.MISSING_FOLDER);
    }

    @Test
    void aLessonSavedOverAFolderEndsWithStatusTwoAndSaysWhatWasExpected() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("week3.unroll.json"));
        assertRefusedAsAFolder(CommandLineRun.of("lesson", "--save", folder.toString()), folder);
        assertTrue(Files.isDirectory(folder));
    }

    @Test
    void anExportOverAFolderEndsWithStatusTwoAndSaysWhatWasExpected() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("picture.svg"));
        assertRefusedAsAFolder(CommandLineRun.of("export", "--out", folder.toString()), folder);
    }

    /** A folder is refused before anything is written, as every target that is not a regular file is. */
    private static void assertRefusedAsAFolder(CommandLineRun run, Path folder) {
        run.assertRejectedWithOneLine(String.valueOf(folder));
        assertEquals("unroll: " + folder + ": is a folder, not a file; expected a regular file or a new file name",
                run.errLines().get(0));
    }

    @Test
    void aFullDiskSaysTheFileTheReasonAndWhatWasExpected() throws IOException {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.isWritable(full), "this system has no /dev/full to fill");
        IOException reason = null;
        try (FileOutputStream out = new FileOutputStream(full.toFile())) {
            out.write(new byte[] {'{'});
        } catch (IOException e) {
            reason = e;
        }
        assumeTrue(reason != null, "/dev/full took a write");
        Path target = dir.resolve("lesson.unroll.json");
        // the shape of a failed save: the file's name and the system's reason, the reason as its cause
        IOException failure = FailedWrite.explain(target,
                new IOException("cannot write " + target + ": " + reason.getMessage(), reason));
        assertEquals("cannot write " + target + ": No space left on device; expected " + FailedWrite.DISK_FULL,
                failure.getMessage());
    }

    @Test
    void aMessageThatAlreadySaysWhatWasExpectedIsLeftAsItIs() {
        Path target = dir.resolve("x.png");
        IOException failure = new IOException("cannot write " + target + ": it is a device; expected a regular file");
        assertEquals(failure.getMessage(), FailedWrite.explain(target, failure).getMessage());
    }
}
