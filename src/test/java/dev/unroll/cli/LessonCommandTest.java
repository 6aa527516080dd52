package dev.unroll.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.io.LessonFile;
import dev.unroll.io.LessonFiles;
import dev.unroll.io.LessonSource;
import dev.unroll.io.ViewSettings;
import dev.unroll.rnn.Activation;
import dev.unroll.rnn.LessonSpec;
import dev.unroll.rnn.Preset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code unroll lesson --save}: seeded lesson files from the model options. */
class LessonCommandTest {

    @TempDir
    Path dir;

    @Test
    void presetIsSavedAsItsSeededRecipeUnderItsTitle() {
        Path file = dir.resolve("seed.unroll.json");
        CommandLineRun run = CommandLineRun.of("lesson", "--save", file.toString(), "--preset", "seed-numpy");
        assertEquals(0, run.status(), run.err());
        assertEquals("wrote " + file + ": seeded lesson 'The seed's numpy example', T 100, M 32, N 64, K 0", run.out().strip());
        LessonFile lesson = LessonFiles.read(file);
        assertEquals(new LessonSource.Seeded(Preset.SEED_NUMPY.spec()), lesson.source());
        assertEquals("The seed's numpy example", lesson.title());
        assertEquals("", lesson.notes());
        assertEquals(ViewSettings.NONE, lesson.view());
    }

    @Test
    void optionsTitleAndNotesAreSaved() {
        Path file = dir.resolve("custom.unroll.json");
        CommandLineRun run = CommandLineRun.of("lesson", "--save", file.toString(), "--units", "6", "--seed", "9",
                "--activation", "sigmoid", "--title", "Week 3", "--notes", "Ask for h_2 first.");
        assertEquals(0, run.status(), run.err());
        LessonFile lesson = LessonFiles.read(file);
        assertEquals("Week 3", lesson.title());
        assertEquals("Ask for h_2 first.", lesson.notes());
        LessonSource.Seeded seeded = (LessonSource.Seeded) lesson.source();
        assertEquals(Preset.TINY.spec().withDimensions(Preset.TINY.spec().dimensions().withUnits(6)).withSeed(9)
                .withActivation(Activation.SIGMOID), seeded.spec());
    }

    @Test
    void stepNotesAreSavedByStep() {
        Path file = dir.resolve("noted.unroll.json");
        CommandLineRun run = CommandLineRun.of("lesson", "--save", file.toString(), "--timesteps", "4",
                "--step-note", "0=Start from zeros.", "--step-note", "3=Which unit is largest now?");
        assertEquals(0, run.status(), run.err());
        LessonFile lesson = LessonFiles.read(file);
        assertEquals("Start from zeros.", lesson.stepNote(0));
        assertEquals("Which unit is largest now?", lesson.stepNote(3));
        assertEquals("", lesson.stepNote(1));
    }

    @Test
    void stepNotePastTheLastStepIsRefusedInOneLine() {
        Path file = dir.resolve("late.unroll.json");
        CommandLineRun run = CommandLineRun.of("lesson", "--save", file.toString(), "--timesteps", "4", "--step-note", "9=late");
        assertEquals(UnrollCommand.BAD_ARGUMENTS, run.status(), run.err());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains("the lesson has steps 0 to 4"), run.err());
        assertFalse(Files.exists(file));
    }

    @Test
    void stepNoteWithoutAStepNumberSaysWhatIsExpected() {
        Path file = dir.resolve("shapeless.unroll.json");
        CommandLineRun run = CommandLineRun.of("lesson", "--save", file.toString(), "--step-note", "first=hello");
        assertEquals(UnrollCommand.BAD_ARGUMENTS, run.status(), run.err());
        assertEquals(List.of("unroll: --step-note first=hello: expected T=TEXT, a step number, '=' and the note"), run.errLines());
        assertFalse(Files.exists(file));
    }

    @Test
    void aLaterNoteForTheSameStepReplacesTheEarlierOne() {
        Path file = dir.resolve("twice.unroll.json");
        CommandLineRun run = CommandLineRun.of("lesson", "--save", file.toString(),
                "--step-note", "2=first", "--step-note", "2=second=with equals");
        assertEquals(0, run.status(), run.err());
        assertEquals("second=with equals", LessonFiles.read(file).stepNote(2));
    }

    @Test
    void saveIntoAMissingFolderFailsInOneLineAndWritesNothing() {
        Path file = dir.resolve("no/such/lesson.json");
        CommandLineRun run = CommandLineRun.of("lesson", "--save", file.toString());
        assertEquals(UnrollCommand.BAD_ARGUMENTS, run.status(), run.err());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains("cannot write " + file + ": the folder"), run.err());
        assertFalse(Files.exists(file));
    }

    @Test
    void saveReplacesAnEarlierFileWhole() throws IOException {
        Path file = Files.writeString(dir.resolve("old.json"), "old content that is longer than nothing");
        CommandLineRun run = CommandLineRun.of("lesson", "--save", file.toString(), "--title", "new");
        assertEquals(0, run.status(), run.err());
        assertEquals("new", LessonFiles.read(file).title());
    }

    @Test
    void missingSaveOptionIsABadArgument() {
        CommandLineRun run = CommandLineRun.of("lesson", "--preset", "tiny");
        run.assertRejectedWithOneLine("lesson without --save");
        assertTrue(run.err().contains("--save"), run.err());
    }
    @Test
    void titleTooLongToOpenAgainIsRefusedThroughAnArgumentFileAndNothingIsSaved() throws IOException {
        Path args = Files.writeString(dir.resolve("args.txt"), "--title\n" + "a".repeat(1_000_001) + "\n");
        Path file = dir.resolve("long.unroll.json");
        CommandLineRun run = CommandLineRun.of("lesson", "--save", file.toString(), "@" + args);
        run.assertRejectedWithOneLine("a title of 1,000,001 characters");
        assertEquals("unroll: " + file + ": title is longer than 1,000,000 characters; expected at most 1,000,000 characters",
                run.err().strip());
        assertFalse(Files.exists(file));
    }

    @Test
    void weightsWithNoFileAfterTheEqualsSignAreRefusedSayingSo() {
        CommandLineRun run = CommandLineRun.of("lesson", "--save", dir.resolve("w.unroll.json").toString(), "--weights", "W=");
        run.assertRejectedWithOneLine("--weights W=");
        assertEquals("unroll: --weights W= names no file after the '='; expected NAME=FILE, for example --weights W=w.csv",
                run.err().strip());
    }

    @Test
    void embeddedNumbersAreTheSeedsOwnAndTraceBitForBitAsTheRecipe() throws IOException {
        Path file = dir.resolve("embedded.unroll.json");
        String[] recipe = {"--preset", "sentiment", "--seed", "11", "--timesteps", "6"};
        String[] save = {"lesson", "--save", file.toString(), "--embed-numbers"};
        CommandLineRun saved = CommandLineRun.of(CommandLineRun.concat(save, recipe));
        assertEquals(0, saved.status(), saved.err());
        assertEquals("wrote " + file + ": explicit lesson 'T 6, M 32, N 32, K 1, keras seed 11', T 6, M 32, N 32, K 1",
                saved.out().strip());
        assertTrue(Files.readString(file).contains("\"weights\""));
        assertFalse(Files.readString(file).contains("\"seeded\""));

        LessonSource source = LessonFiles.read(file).source();
        LessonSpec sentiment = Preset.SENTIMENT.spec();
        LessonSpec spec = sentiment.withDimensions(sentiment.dimensions().withTimesteps(6)).withSeed(11);
        assertEquals(LessonSource.of(spec.build()), source);

        CommandLineRun direct = CommandLineRun.of(CommandLineRun.concat(new String[] {"trace", "--values", "y"}, recipe));
        CommandLineRun opened = CommandLineRun.of("trace", "--lesson", file.toString(), "--values", "y");
        assertEquals(0, opened.status(), opened.err());
        assertEquals(6, opened.outLines().size());
        assertEquals(direct.out(), opened.out());
    }
}
