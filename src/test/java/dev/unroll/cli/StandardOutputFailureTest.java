package dev.unroll.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every command notices when standard output cannot be written: a full disk ends it with exit
 * status 2 and one line naming standard output and the reason; a reader that went away ends it
 * quietly with the status a Unix tool stopped by SIGPIPE has.
 */
class StandardOutputFailureTest {

    private static final String DISK_FULL = "unroll: could not write to standard output: no space left on device";

    @TempDir
    Path dir;

    private record Run(int status, String err, FailingWriter out) {
    }

    private static Run run(FailingWriter out, String... args) {
        StringWriter err = new StringWriter();
        PrintWriter errWriter = new PrintWriter(err);
        int status = UnrollCommand.run(out, errWriter, args);
        errWriter.flush();
        return new Run(status, err.toString(), out);
    }

    private static void assertDiskFullReported(Run run, String what) {
        assertEquals(UnrollCommand.BAD_ARGUMENTS, run.status(), what + ": status; err was " + run.err());
        assertEquals(List.of(DISK_FULL), run.err().lines().toList(), what);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 100, 8_192, 20_000})
    void aTraceThatFillsTheDiskEndsWithStatusTwoAndOneLineNamingStandardOutput(int room) {
        Run run = run(FailingWriter.fullAfter(room), "trace", "--preset", "seed-numpy");
        assertDiskFullReported(run, "trace with room for " + room);
        assertTrue(run.out().written().length() <= room);
    }

    @Test
    void aSummaryThatCannotBeWrittenEndsWithStatusTwo() {
        assertDiskFullReported(run(FailingWriter.fullAfter(10), "summary", "--input-features", "3", "--units", "4"),
                "summary");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "--version", "trace --help", "summary --version", "export --help", "lesson --help"})
    void helpAndVersionThatCannotBeWrittenEndWithStatusTwo(String args) {
        assertDiskFullReported(run(FailingWriter.fullAfter(0), args.split(" ")), args);
    }

    @Test
    void anExportWhoseReportCannotBeWrittenEndsWithStatusTwo() {
        Path png = dir.resolve("tiny.png");
        Run run = run(FailingWriter.fullAfter(0), "export", "--out", png.toString());
        assertDiskFullReported(run, "export");
        assertTrue(png.toFile().isFile(), "the picture itself was written");
    }

    @Test
    void aLessonSaveWhoseReportCannotBeWrittenEndsWithStatusTwo() {
        Path lesson = dir.resolve("tiny.unroll.json");
        Run run = run(FailingWriter.fullAfter(3), "lesson", "--save", lesson.toString());
        assertDiskFullReported(run, "lesson");
        assertTrue(lesson.toFile().isFile(), "the lesson itself was saved");
    }

    @Test
    void aReaderThatGoesAwayEndsTheTraceQuietlyAsSigpipeWould() {
        Run run = run(FailingWriter.pipeClosedAfter(200), "trace", "--preset", "seed-numpy");
        assertEquals(UnrollCommand.READER_WENT_AWAY, run.status(), run.err());
        assertEquals("", run.err());
    }

    @Test
    void aCompleteTraceStillEndsWithStatusZero() {
        Run run = run(FailingWriter.fullAfter(Integer.MAX_VALUE), "trace", "--preset", "seed-numpy");
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err());
        assertEquals(100, run.out().written().lines().count());
    }
}
