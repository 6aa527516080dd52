package dev.unroll.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.io.LessonFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where {@code lesson --save} and {@code export --out} may write: never over a device, a pipe or the
 * command's own input, never a lesson under a data file's extension, and through links as the shell
 * resolves them. Each refusal is exit status 2 and one line naming the target.
 */
class LessonSaveTargetTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"/dev/null", "/dev/full"})
    void saveOverADeviceIsRefusedAndTheDeviceKept(String device) {
        Assumptions.assumeTrue(Files.exists(Path.of(device)), device + " is missing on this system");
        CommandLineRun run = CommandLineRun.of("lesson", "--save", device);
        run.assertRejectedWithOneLine("lesson --save " + device);
        assertEquals("unroll: " + device + ": is a device, not a regular file; expected a regular file or a new file name",
                run.err().strip());
        assertFalse(Files.isRegularFile(Path.of(device)), device + " is still a device");
    }

    @Test
    void saveToStandardOutputsLinkIsRefusedWhateverStandardOutputIs() {
        Assumptions.assumeTrue(Files.exists(Path.of("/dev/stdout")), "/dev/stdout is missing on this system");
        CommandLineRun run = CommandLineRun.of("lesson", "--save", "/dev/stdout");
        run.assertRejectedWithOneLine("lesson --save /dev/stdout");
        assertEquals("unroll: /dev/stdout: leads to a running program's open file (standard output or the like), "
                + "not a regular file; expected a regular file or a new file name", run.err().strip());
        assertTrue(Files.isSymbolicLink(Path.of("/dev/stdout")));
    }

    @Test
    void saveIntoAFifoIsRefusedAndTheFifoKept() throws Exception {
        Path fifo = dir.resolve("pipe.unroll.json");
        mkfifo(fifo);
        CommandLineRun run = CommandLineRun.of("lesson", "--save", fifo.toString());
        run.assertRejectedWithOneLine("lesson --save FIFO");
        assertEquals("unroll: " + fifo + ": is a named pipe (FIFO), not a regular file; expected a regular file or a new file name",
                run.err().strip());
        assertFalse(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void exportOverADeviceIsRefused() {
        Path link = dir.resolve("shot.svg");
        CommandLineRun run;
        try {
            Files.createSymbolicLink(link, Path.of("/dev/null"));
            run = CommandLineRun.of("export", "--out", link.toString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        run.assertRejectedWithOneLine("export --out link to /dev/null");
        assertEquals("unroll: " + link + ": is a device, not a regular file; expected a regular file or a new file name",
                run.err().strip());
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void dashIsRefusedBecauseLessonsAreWrittenOnlyToFiles() {
        CommandLineRun run = CommandLineRun.of("lesson", "--save", "-");
        run.assertRejectedWithOneLine("lesson --save -");
        assertEquals("unroll: --save -: Unroll writes lessons to files, not to standard output; "
                + "expected a file name (./- for a file named '-')", run.err().strip());
        assertFalse(Files.exists(Path.of("-")));
    }

    @Test
    void saveOverItsOwnWeightsIsRefusedAndTheNpzKept() throws IOException {
        Path npz = Files.copy(Path.of(TraceWeightsCommandTest.fixture("unroll_names.npz")), dir.resolve("mine.npz"));
        byte[] before = Files.readAllBytes(npz);
        CommandLineRun run = CommandLineRun.of("lesson", "--save", npz.toString(), "--weights", npz.toString());
        run.assertRejectedWithOneLine("lesson --save mine --weights mine");
        assertEquals("unroll: " + npz + ": is also this command's input (--weights " + npz + "); "
                + "expected a different file to save to, so that the input is kept", run.err().strip());
        assertArrayEquals(before, Files.readAllBytes(npz));
    }

    @Test
    void saveOverItsOwnInputsThroughALinkIsRefused() throws IOException {
        Path npz = Files.copy(Path.of(TraceWeightsCommandTest.fixture("unroll_names.npz")), dir.resolve("w.npz"));
        Path inputs = Files.writeString(dir.resolve("x.csv"), "1,2,3\n4,5,6\n", StandardCharsets.UTF_8);
        Path link = Files.createSymbolicLink(dir.resolve("x.unroll.json"), inputs);
        CommandLineRun run = CommandLineRun.of("lesson", "--save", link.toString(), "--weights", npz.toString(),
                "--inputs", inputs.toString());
        run.assertRejectedWithOneLine("lesson --save link-to-inputs");
        assertTrue(run.err().contains("is also this command's input (--inputs " + inputs + ")"), run.err());
        assertEquals("1,2,3\n4,5,6\n", Files.readString(inputs));
    }

    @Test
    void saveOverItsOwnLessonIsRefused() throws IOException {
        Path lesson = dir.resolve("week3.unroll.json");
        assertEquals(0, CommandLineRun.of("lesson", "--save", lesson.toString()).status());
        byte[] before = Files.readAllBytes(lesson);
        CommandLineRun run = CommandLineRun.of("lesson", "--save", lesson.toString(), "--lesson", lesson.toString(),
                "--title", "new");
        run.assertRejectedWithOneLine("lesson --save L --lesson L");
        assertTrue(run.err().contains("is also this command's input (--lesson " + lesson + ")"), run.err());
        assertArrayEquals(before, Files.readAllBytes(lesson));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mine.npz", "x.NPY", "inputs.csv"})
    void lessonUnderADataExtensionIsRefusedAndNothingWritten(String name) {
        Path file = dir.resolve(name);
        CommandLineRun run = CommandLineRun.of("lesson", "--save", file.toString());
        run.assertRejectedWithOneLine("lesson --save " + name);
        String stem = name.substring(0, name.lastIndexOf('.'));
        assertEquals("unroll: " + file + ": a lesson is saved as JSON, and " + name.substring(name.lastIndexOf('.'))
                + " is the extension of a data file; expected a name ending in .json, for example " + stem
                + LessonFiles.EXTENSION, run.err().strip());
        assertFalse(Files.exists(file));
    }

    @Test
    void dotDotAfterALinkSavesWhereTheShellWould() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("sub/inner"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), sub);
        String target = link + "/../out.unroll.json";
        CommandLineRun run = CommandLineRun.of("lesson", "--save", target, "--title", "through the link");
        assertEquals(0, run.status(), run.err());
        assertEquals("through the link", LessonFiles.read(dir.resolve("sub/out.unroll.json")).title());
        assertFalse(Files.exists(dir.resolve("out.unroll.json")));
        CommandLineRun trace = CommandLineRun.of("trace", "--lesson", target);
        assertEquals(0, trace.status(), "trace --lesson reads the same path back: " + trace.err());
        assertEquals("", trace.err());
    }

    private static void mkfifo(Path path) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("mkfifo is not available here: " + e.getMessage());
            return;
        }
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "mkfifo did not finish");
        Assumptions.assumeTrue(process.exitValue() == 0, "mkfifo failed here");
    }
}
