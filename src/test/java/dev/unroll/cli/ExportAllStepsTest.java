package dev.unroll.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.export.SnapshotFormat;
import dev.unroll.export.StepFiles;
import dev.unroll.files.FailedWrite;
import dev.unroll.rnn.Preset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code unroll export --all-steps}: one picture per timestep in a folder, each the same as a single export at that step. */
class ExportAllStepsTest {

    private static final int TINY_T = Preset.TINY.spec().dimensions().timesteps();

    @TempDir
    Path dir;

    @Test
    void theTinyLessonGetsOnePngPerTimestepFromZeroToTAndOneLineSayingSo() throws IOException {
        Path steps = Files.createDirectory(dir.resolve("steps"));
        CommandLineRun run = CommandLineRun.of("export", "--preset", "tiny", "--all-steps", "--out", steps + "/");
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err());
        List<String> expected = IntStream.rangeClosed(0, TINY_T).mapToObj(t -> String.format("step-%03d.png", t)).toList();
        assertEquals(expected, names(steps));
        assertEquals(List.of("wrote " + (TINY_T + 1) + " PNG files in " + steps + ": step-000.png ... step-"
                + String.format("%03d", TINY_T) + ".png"), run.outLines());
    }

    @Test
    void theFileForStepThreeHasTheBytesOfASingleExportAtStepThreeWithTheSameOptions() throws IOException {
        Path steps = Files.createDirectory(dir.resolve("steps"));
        String[] options = {"--preset", "tiny", "--view", "unrolled", "--scale", "2", "--notation", "goodfellow"};
        for (String format : List.of("png", "svg")) {
            Path single = dir.resolve("single." + format);
            assertEquals(0, CommandLineRun.of(CommandLineRun.concat(CommandLineRun.concat(new String[] {"export"}, options),
                    "--t", "3", "--out", single.toString())).status());
            CommandLineRun all = CommandLineRun.of(CommandLineRun.concat(CommandLineRun.concat(new String[] {"export"}, options),
                    "--all-steps", "--format", format, "--out", steps.toString()));
            assertEquals(0, all.status(), all.err());
            assertArrayEquals(Files.readAllBytes(single), Files.readAllBytes(steps.resolve("step-003." + format)), format);
        }
    }

    @Test
    void aLongRunPadsEveryStepNumberToTheDigitsOfT() {
        List<Path> files = StepFiles.files(dir, 1234, SnapshotFormat.SVG);
        assertEquals(1235, files.size());
        assertEquals(dir.resolve("step-0000.svg"), files.get(0));
        assertEquals(dir.resolve("step-0042.svg"), files.get(42));
        assertEquals(dir.resolve("step-1234.svg"), files.get(1234));
    }

    @Test
    void aMissingFolderIsRefusedWithTheUsualLineAndExitTwo() throws IOException {
        Path missing = dir.resolve("no-such-folder");
        CommandLineRun run = CommandLineRun.of("export", "--all-steps", "--out", missing + "/");
        run.assertRejectedWithOneLine("--all-steps into a missing folder");
        assertEquals("unroll: cannot write " + missing.resolve("step-000.png") + ": the folder " + missing
                + " does not exist; expected " + FailedWrite.MISSING_FOLDER, run.err().strip());
        assertEquals(List.of(), names(dir));
    }

    @Test
    void aTimestepAGifAndAFormatWithoutAllStepsAreEachRefusedWithOneLine() throws IOException {
        Path steps = Files.createDirectory(dir.resolve("steps"));
        String[][] cases = {
            {"export --all-steps --t 3 --out " + steps, "unroll: --t picks one timestep, and --all-steps writes them all; "
                    + "leave --t out"},
            {"export --all-steps --out " + dir.resolve("run.gif"), "unroll: --all-steps writes one .png or .svg a step, and a "
                    + ".gif is one animation of them all; expected --out DIR/ with --format png or svg, or a .gif without --all-steps"},
            {"export --format svg --out " + dir.resolve("one.png"), "unroll: --format is for --all-steps; one picture's format "
                    + "comes from the name of --out (.svg, .png or .gif)"},
        };
        for (String[] c : cases) {
            CommandLineRun run = CommandLineRun.of(c[0].split(" "));
            run.assertRejectedWithOneLine(c[0]);
            assertEquals(c[1], run.err().strip(), c[0]);
        }
        assertEquals(List.of("steps"), names(dir));
        assertTrue(names(steps).isEmpty());
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
