package dev.unroll.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.io.CsvMatrixReader;
import dev.unroll.io.NdArray;
import dev.unroll.io.NpzReader;
import dev.unroll.rnn.Lesson;
import dev.unroll.rnn.Preset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code unroll weights}: a lesson's numbers out as .npz or CSV, and back in through {@code trace --weights} to the same bits. */
class WeightsCommandTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "tiny,       unroll, h, ''",
        "tiny,       keras,  y, ''",
        "seed-numpy, unroll, h, ''",
        "seed-numpy, keras,  h, ''",
        "sentiment,  unroll, y, sigmoid",
        "sentiment,  keras,  y, sigmoid",
    })
    void npzHoldsThePresetsNumbersAndTracesAsThePresetDoes(String preset, String names, String values, String head)
            throws IOException {
        Path npz = dir.resolve(preset + "-" + names + ".npz");
        CommandLineRun write = CommandLineRun.of("weights", "--preset", preset, "--names", names, "--out", npz.toString());
        assertEquals(0, write.status(), write.err());

        Map<String, NdArray> back = NpzReader.read(npz);
        assertEquals(expected(preset(preset).spec().build(), names.equals("keras")), back);

        String[] headOption = head.isEmpty() ? new String[0] : new String[] {"--head-activation", head};
        String[] fromPreset = {"trace", "--preset", preset, "--values", values};
        String[] fromFile = {"trace", "--weights", npz.toString(), "--values", values};
        CommandLineRun original = CommandLineRun.of(CommandLineRun.concat(fromPreset, headOption));
        CommandLineRun reread = CommandLineRun.of(CommandLineRun.concat(fromFile, headOption));
        assertEquals(0, reread.status(), reread.err());
        assertEquals(preset(preset).spec().dimensions().timesteps(),
                reread.outLines().size());
        assertEquals(original.out(), reread.out());
    }

    @Test
    void npzReportsWhatItWrote() {
        Path npz = dir.resolve("tiny.npz");
        CommandLineRun run = CommandLineRun.of("weights", "--out", npz.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("wrote " + npz + ": W (4, 3), U (4, 4), b (4,), V (2, 4), c (2,), x (5, 3), h0 (4,)", run.out().strip());
        assertEquals("", run.err());
    }

    @Test
    void csvFolderHoldsOneFilePerArrayAndTracesAsTheRecipe() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("numbers"));
        String[] recipe = {"--preset", "seed-numpy", "--seed", "7", "--timesteps", "9", "--output-size", "3"};
        CommandLineRun write = CommandLineRun.of(CommandLineRun.concat(new String[] {"weights", "--out", folder + "/"}, recipe));
        assertEquals(0, write.status(), write.err());
        assertEquals(List.of("U.csv", "V.csv", "W.csv", "b.csv", "c.csv", "h0.csv", "x.csv"), listing(folder));
        assertEquals("0.0" + ",0.0".repeat(63), Files.readString(folder.resolve("h0.csv")).strip());

        Map<String, NdArray> expected = expected(Preset.SEED_NUMPY.spec().withDimensions(Preset.SEED_NUMPY.spec().dimensions().withTimesteps(9)
                .withOutputSize(3)).withSeed(7).build(), false);
        for (Map.Entry<String, NdArray> e : expected.entrySet()) {
            NdArray csv = CsvMatrixReader.read(folder.resolve(e.getKey() + ".csv"));
            assertArrayEquals(e.getValue().values(), csv.values(), e.getKey());
        }

        List<String> trace = new ArrayList<>(List.of("trace", "--values", "o"));
        for (String name : expected.keySet()) {
            trace.add("--weights");
            trace.add(name + "=" + folder.resolve(name + ".csv"));
        }
        CommandLineRun reread = CommandLineRun.of(trace.toArray(String[]::new));
        assertEquals(0, reread.status(), reread.err());
        assertEquals(9, reread.outLines().size());
        assertEquals(CommandLineRun.of(CommandLineRun.concat(new String[] {"trace", "--values", "o"},
                recipe)).out(), reread.out());
    }

    @Test
    void anExistingFolderWithoutTrailingSlashTakesKerassCsvNames() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("keras"));
        CommandLineRun run = CommandLineRun.of("weights", "--preset", "keras-embedding", "--names", "keras", "--out", folder.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals(List.of("bias.csv", "embeddings.csv", "kernel.csv", "recurrent_kernel.csv", "tokens.csv"), listing(folder));
    }

    @Test
    void importedInitialStateIsKeptUnderUnrollsNamesAndRefusedUnderKerass() throws IOException {
        Path h0 = Files.writeString(dir.resolve("h0.csv"), "0.5,0,0,-0.25\n");
        String[] imported = {"--weights", "W=" + TraceWeightsCommandTest.fixture("csv/W.csv"),
                "--weights", "U=" + TraceWeightsCommandTest.fixture("csv/U.csv"),
                "--weights", "b=" + TraceWeightsCommandTest.fixture("csv/b.csv"), "--weights", "h0=" + h0,
                "--inputs", TraceWeightsCommandTest.fixture("csv/x.txt")};
        Path npz = dir.resolve("with-h0.npz");
        CommandLineRun write = CommandLineRun.of(CommandLineRun.concat(new String[] {"weights", "--out", npz.toString()},
                imported));
        assertEquals(0, write.status(), write.err());
        assertArrayEquals(new double[] {0.5, 0, 0, -0.25}, NpzReader.read(npz).get("h0").values());
        CommandLineRun original = CommandLineRun.of(CommandLineRun.concat(new String[] {"trace"}, imported));
        CommandLineRun reread = CommandLineRun.of("trace", "--weights", npz.toString());
        assertEquals(0, reread.status(), reread.err());
        assertEquals(original.out(), reread.out());

        Path keras = Files.writeString(dir.resolve("keras.npz"), "the old file");
        CommandLineRun refused = CommandLineRun.of(CommandLineRun.concat(new String[] {"weights", "--names", "keras", "--out", keras.toString()},
                imported));
        refused.assertRejectedWithOneLine("--names keras with a non-zero h0");
        assertEquals("unroll: Keras's names have no array for h0, and this lesson starts from h0[0] = 0.5, not from zeros; "
                + "expected Unroll's names W, U, b, whose h0 keeps the initial state", refused.err().strip());
        assertEquals("the old file", Files.readString(keras));
    }

    @Test
    void unwritableTargetsExitTwoWithOneLineAndLeaveOldFilesAsTheyWere() throws IOException {
        Path folderNpz = Files.createDirectory(dir.resolve("folder.npz"));
        Path missing = dir.resolve("no/such/w.npz");
        Path csv = Files.createDirectory(dir.resolve("csv"));
        Path oldW = Files.writeString(csv.resolve("W.csv"), "the old W");
        // a folder where x.csv would go: every file is checked before the first is written
        Files.createDirectory(csv.resolve("x.csv"));
        String[][] cases = {
            {"weights --out " + folderNpz, "unroll: " + folderNpz + ": is a folder, not a file; expected a regular file or a new file name"},
            {"weights --out " + missing, "unroll: cannot write " + missing + ": the folder " + missing.getParent()
                    + " does not exist; expected a file in a folder that exists: create the folder first, or name another one"},
            {"weights --out " + dir.resolve("no-such-folder") + "/", "unroll: cannot write " + dir.resolve("no-such-folder/W.csv")
                    + ": the folder " + dir.resolve("no-such-folder") + " does not exist; expected a file in a folder that exists: "
                    + "create the folder first, or name another one"},
            {"weights --out " + csv + "/", "unroll: " + csv.resolve("x.csv") + ": is a folder, not a file; expected a regular file or a new file name"},
            {"weights --out " + dir.resolve("w"), "unroll: --out " + dir.resolve("w") + ": neither an .npz nor a folder; expected a name "
                    + "ending in .npz, or a folder (a name ending in /) for one CSV file per array"},
            {"weights --names tf --out " + dir.resolve("w.npz"), "unroll: Invalid value for option '--names': 'tf' is not one of unroll, keras"},
        };
        for (String[] c : cases) {
            CommandLineRun run = CommandLineRun.of(c[0].split(" "));
            run.assertRejectedWithOneLine(c[0]);
            assertEquals(c[1], run.err().strip(), c[0]);
        }
        assertEquals("the old W", Files.readString(oldW));
        assertFalse(Files.exists(csv.resolve("U.csv")));
        assertTrue(Files.isDirectory(folderNpz));
    }

    @Test
    void anInputFileIsNeverTheTarget() throws IOException {
        Path npz = dir.resolve("w.npz");
        assertEquals(0, CommandLineRun.of("weights", "--out", npz.toString()).status());
        byte[] before = Files.readAllBytes(npz);
        CommandLineRun run = CommandLineRun.of("weights", "--weights", npz.toString(), "--names", "keras", "--out", npz.toString());
        run.assertRejectedWithOneLine("--out the --weights file");
        assertTrue(run.err().contains("is also this command's input (--weights " + npz + ")"), run.err());
        assertArrayEquals(before, Files.readAllBytes(npz));
    }

    /** What the file should hold: the lesson's own matrices, transposed by EJML for Keras's names. */
    private static Map<String, NdArray> expected(Lesson lesson, boolean keras) {
        Map<String, NdArray> arrays = new LinkedHashMap<>();
        arrays.put(keras ? "kernel" : "W", NdArray.of(keras ? CommonOps_DDRM.transpose(lesson.w(), null) : lesson.w()));
        arrays.put(keras ? "recurrent_kernel" : "U", NdArray.of(keras ? CommonOps_DDRM.transpose(lesson.u(), null) : lesson.u()));
        arrays.put(keras ? "bias" : "b", NdArray.ofColumn(lesson.b()));
        if (lesson.v() != null) {
            arrays.put(keras ? "dense_kernel" : "V", NdArray.of(keras ? CommonOps_DDRM.transpose(lesson.v(), null) : lesson.v()));
            arrays.put(keras ? "dense_bias" : "c", NdArray.ofColumn(lesson.c()));
        }
        if (lesson.embedding() != null) {
            // Keras's name for the Embedding's table, and the ids it looks up, in x's place
            arrays.put("embeddings", NdArray.of(lesson.embedding().table()));
            double[] ids = java.util.Arrays.stream(lesson.embedding().tokens()).asDoubleStream().toArray();
            arrays.put("tokens", NdArray.ofColumn(new DMatrixRMaj(ids.length, 1, true, ids)));
        } else {
            arrays.put("x", NdArray.of(lesson.inputs()));
        }
        if (!keras) {
            arrays.put("h0", NdArray.ofColumn(new DMatrixRMaj(lesson.dimensions().units(), 1)));
        }
        return arrays;
    }

    private static Preset preset(String key) {
        return Preset.valueOf(key.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    private static List<String> listing(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
