package dev.unroll.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.io.LessonFile;
import dev.unroll.io.LessonFiles;
import dev.unroll.io.ViewSettings;
import dev.unroll.rnn.HeadActivation;
import dev.unroll.rnn.Lesson;
import dev.unroll.rnn.Preset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code unroll train}: step,loss lines as documented, a trained lesson file others open, and one line for bad input. */
class TrainCommandTest {

    private static final String[] ECHO = {"train", "--task", "echo", "--input-features", "1", "--output-size", "1",
        "--units", "8", "--timesteps", "10"};

    @TempDir
    Path dir;

    @Test
    void echoPrintsAboutTwentyStepLossLinesAndTheLossFallsByMoreThanHalf() {
        Path out = dir.resolve("echo.unroll.json");
        CommandLineRun run = CommandLineRun.of(CommandLineRun.concat(ECHO, "--steps", "100", "--out", out.toString()));
        assertEquals(0, run.status(), run.err());
        List<String> lines = run.outLines();
        assertEquals("step,loss", lines.get(0));
        List<String> rows = lines.subList(1, lines.size() - 1);
        // step 1, then every ⌈100 / 20⌉ = 5 steps
        assertEquals("1", rows.get(0).split(",")[0]);
        assertEquals("5", rows.get(1).split(",")[0]);
        assertEquals("100", rows.get(rows.size() - 1).split(",")[0]);
        assertEquals(21, rows.size());
        double first = Double.parseDouble(rows.get(0).split(",")[1]);
        double last = Double.parseDouble(rows.get(rows.size() - 1).split(",")[1]);
        assertTrue(last < first / 2, first + " → " + last);
        assertTrue(lines.get(lines.size() - 1).startsWith("wrote " + out + ": loss "), lines.get(lines.size() - 1));
    }

    @Test
    void theTrainedLessonOpensInTraceWithTheTasksHeadAndNewWeights() {
        Path out = dir.resolve("sine.unroll.json");
        String[] sine = {"train", "--task", "sine", "--input-features", "1", "--output-size", "1", "--head-activation", "sigmoid",
            "--steps", "30", "--optimizer", "sgd", "--lr", "0.1", "--clip", "1", "--out", out.toString()};
        assertEquals(0, CommandLineRun.of(sine).status());
        LessonFile file = LessonFiles.read(out);
        Lesson trained = file.lesson();
        assertEquals(HeadActivation.LINEAR, trained.headActivation(), "the task's head, not the option's");
        assertTrue(file.notes().contains("30 steps of sgd, learning rate 0.1, clipped to a global norm of 1.0"), file.notes());
        Lesson untrained = Preset.TINY.spec().withDimensions(trained.dimensions()).build();
        assertFalse(java.util.Arrays.equals(untrained.u().data, trained.u().data), "U moved");
        CommandLineRun trace = CommandLineRun.of("trace", "--lesson", out.toString(), "--values", "y");
        assertEquals(0, trace.status(), trace.err());
        assertEquals(trained.dimensions().timesteps(), trace.outLines().size());
    }

    @Test
    void theSameSeedWritesTheSameBytesAndAnotherSeedOthers() throws IOException {
        Path a = dir.resolve("a.unroll.json");
        Path b = dir.resolve("b.unroll.json");
        Path c = dir.resolve("c.unroll.json");
        assertEquals(0, CommandLineRun.of(CommandLineRun.concat(ECHO, "--steps", "20", "--seed", "4", "--out", a.toString())).status());
        assertEquals(0, CommandLineRun.of(CommandLineRun.concat(ECHO, "--steps", "20", "--seed", "4", "--out", b.toString())).status());
        assertEquals(0, CommandLineRun.of(CommandLineRun.concat(ECHO, "--steps", "20", "--seed", "5", "--out", c.toString())).status());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(c)));
    }

    @Test
    void sentimentTrainsTheEmbeddingUnlessItIsFrozen() {
        Path trained = dir.resolve("trained.unroll.json");
        Path frozen = dir.resolve("frozen.unroll.json");
        String[] sentiment = {"train", "--task", "sentiment", "--preset", "sentiment", "--units", "4", "--steps", "3"};
        assertEquals(0, CommandLineRun.of(CommandLineRun.concat(sentiment, "--out", trained.toString())).status());
        assertEquals(0, CommandLineRun.of(CommandLineRun.concat(sentiment, "--freeze-embedding", "--out", frozen.toString())).status());
        double[] drawn = Preset.SENTIMENT.spec().withDimensions(Preset.SENTIMENT.spec().dimensions().withUnits(4)).build()
                .embedding().table().data;
        LessonFile file = LessonFiles.read(trained);
        assertFalse(java.util.Arrays.equals(drawn, file.lesson().embedding().table().data), "E moved");
        assertArrayEquals(drawn, LessonFiles.read(frozen).lesson().embedding().table().data, 0.0, "E kept");
        assertEquals(java.util.Optional.of(false), file.view().get(ViewSettings.RETURN_SEQUENCES), "only the last step counts");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "--task nonsense", "--steps 0", "--steps -3", "--lr 0", "--lr -0.1", "--lr NaN", "--lr Infinity", "--clip 0",
        "--clip -1", "--clip NaN"})
    void badSettingsGetOneLineAndStatusTwo(String bad) {
        String[] args = bad.startsWith("--task") ? CommandLineRun.concat(new String[] {"train"}, bad.split(" "))
                : CommandLineRun.concat(ECHO, bad.split(" "));
        args = CommandLineRun.concat(args, "--out", dir.resolve("x.unroll.json").toString());
        CommandLineRun.of(args).assertRejectedWithOneLine(bad);
        assertFalse(Files.exists(dir.resolve("x.unroll.json")));
    }

    @Test
    void aLessonTheTaskCannotUseIsRefusedSayingWhatItNeeds() {
        Path out = dir.resolve("x.unroll.json");
        CommandLineRun tiny = CommandLineRun.of("train", "--task", "echo", "--out", out.toString());
        tiny.assertRejectedWithOneLine("tiny");
        assertTrue(tiny.err().contains("M = 3, K = 2; expected --input-features 1 --output-size 1"), tiny.err());
        CommandLineRun shortRun = CommandLineRun.of("train", "--task", "echo", "--input-features", "1", "--output-size", "1",
                "--timesteps", "2", "--out", out.toString());
        shortRun.assertRejectedWithOneLine("short");
        assertTrue(shortRun.err().contains("expected --timesteps 3 or more"), shortRun.err());
        CommandLineRun words = CommandLineRun.of("train", "--task", "sentiment", "--out", out.toString());
        words.assertRejectedWithOneLine("sentiment");
        assertTrue(words.err().contains("expected --preset sentiment"), words.err());
    }

    @Test
    void aLossThatOverflowsStopsTheRunAndWritesNothing() {
        Path out = dir.resolve("x.unroll.json");
        CommandLineRun run = CommandLineRun.of(CommandLineRun.concat(ECHO, "--optimizer", "sgd", "--lr", "1e200", "--steps", "50",
                "--out", out.toString()));
        assertEquals(1, run.status(), run.err());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains("the loss became") && run.err().contains("expected a smaller --lr"), run.err());
        String lastRow = run.outLines().get(run.outLines().size() - 1);
        assertFalse(Double.isFinite(Double.parseDouble(lastRow.split(",")[1])), "the last row shows the loss that stopped it");
        assertFalse(Files.exists(out));
    }

    @Test
    void aDataFileNameIsRefusedForTheTrainedLesson() {
        CommandLineRun.of(CommandLineRun.concat(ECHO, "--out", dir.resolve("w.npz").toString())).assertRejectedWithOneLine("npz");
    }
}
