package dev.unroll.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code unroll export --weights / --inputs / --lesson}: a user's own numbers drawn as a recipe's are. */
class ExportLessonFilesTest {

    @TempDir
    Path dir;

    @Test
    void weightsFileDrawsTheSamePictureAsThePresetItCameFrom() throws IOException {
        Path npz = dir.resolve("tiny.npz");
        assertEquals(0, CommandLineRun.of("weights", "--preset", "tiny", "--names", "keras", "--out", npz.toString()).status());
        byte[] preset = export("preset.svg", "--preset", "tiny", "--t", "3");
        byte[] weights = export("weights.svg", "--weights", npz.toString(), "--t", "3");
        assertArrayEquals(preset, weights);
    }

    @Test
    void weightsWithSeparateInputsAndALessonFileDrawAsTheirRecipe() throws IOException {
        String[] recipe = {"--preset", "seed-numpy", "--seed", "3", "--timesteps", "8", "--units", "6"};
        Path folder = Files.createDirectory(dir.resolve("csv"));
        Path lesson = dir.resolve("embedded.unroll.json");
        assertEquals(0, CommandLineRun.of(CommandLineRun.concat(new String[] {"weights", "--out", folder + "/"}, recipe)).status());
        assertEquals(0, CommandLineRun.of(CommandLineRun.concat(
                new String[] {"lesson", "--save", lesson.toString(), "--embed-numbers"}, recipe)).status());
        byte[] fromRecipe = export("recipe.svg", CommandLineRun.concat(new String[] {"--view", "unrolled"}, recipe));
        byte[] fromCsv = export("csv.svg", "--view", "unrolled", "--weights", "W=" + folder.resolve("W.csv"),
                "--weights", "U=" + folder.resolve("U.csv"), "--weights", "b=" + folder.resolve("b.csv"),
                "--inputs", folder.resolve("x.csv").toString());
        byte[] fromLesson = export("lesson.svg", "--view", "unrolled", "--lesson", lesson.toString());
        assertArrayEquals(fromRecipe, fromCsv);
        assertArrayEquals(fromRecipe, fromLesson);
    }

    @Test
    void aHeadTheWeightsDoNotHaveIsRefusedInOneLineAndNothingIsWritten() throws IOException {
        Path npz = dir.resolve("seed.npz");
        assertEquals(0, CommandLineRun.of("weights", "--preset", "seed-numpy", "--out", npz.toString()).status());
        Path out = dir.resolve("head.svg");
        CommandLineRun run = CommandLineRun.of("export", "--weights", npz.toString(), "--head", "--out", out.toString());
        run.assertRejectedWithOneLine("--head on weights without one");
        assertEquals("unroll: --head draws the output head, and the lesson's numbers have none; expected weights with V and c "
                + "(Keras: dense_kernel and dense_bias), or no --head", run.err().strip());
        assertFalse(Files.exists(out));
    }

    @Test
    void recipeOptionsBesideWeightsAreRefused() throws IOException {
        Path npz = dir.resolve("tiny.npz");
        assertEquals(0, CommandLineRun.of("weights", "--out", npz.toString()).status());
        CommandLineRun run = CommandLineRun.of("export", "--weights", npz.toString(), "--units", "8",
                "--out", dir.resolve("x.svg").toString());
        run.assertRejectedWithOneLine("--units with --weights");
        assertEquals("unroll: --units cannot be combined with --weights: the sizes and numbers come from the files",
                run.err().strip());
    }

    private byte[] export(String name, String... options) throws IOException {
        Path out = dir.resolve(name);
        CommandLineRun run = CommandLineRun.of(CommandLineRun.concat(new String[] {"export", "--out", out.toString()}, options));
        assertEquals(0, run.status(), run.err());
        return Files.readAllBytes(out);
    }
}
