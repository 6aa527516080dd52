package dev.unroll.cli;

import static dev.unroll.cli.TraceModelCommandTest.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.io.LessonFile;
import dev.unroll.io.LessonFiles;
import dev.unroll.io.NdArray;
import dev.unroll.io.NpyReader;
import dev.unroll.io.NpyWriter;
import dev.unroll.io.NpzReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lesson --model … --save}, {@code weights --model} and {@code code --model}: a Keras model's
 * numbers saved in a lesson file run to numpy's loop (src/test/python/make_keras_fixtures.py) to 1e-12
 * and to what Keras itself predicted (make_real_keras_fixtures.py) to 1e-6, with the model's summary
 * kept as Keras printed it.
 */
class ModelLessonCommandTest {

    @TempDir
    Path dir;

    @Test
    void aSavedModelLessonRunsToNumpysLoopAndKeepsTheSummary() throws IOException {
        Map<String, NdArray> numpy = NpzReader.read(fixture("x_seq_bias_d1_trace.npz"));
        Path x = dir.resolve("x.npy");
        NpyWriter.write(x, numpy.get("x"));
        Path saved = dir.resolve("model.unroll.json");
        CommandLineRun run = CommandLineRun.of("lesson", "--model", fixture("k3_x_seq_bias_d1.keras").toString(),
                "--inputs", x.toString(), "--save", saved.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("wrote " + saved + ": explicit lesson 'Keras model k3_x_seq_bias_d1.keras', T 5, M 3, N 4, K 2"),
                run.out());

        for (String values : List.of("h", "o")) {
            CommandLineRun trace = CommandLineRun.of("trace", "--lesson", saved.toString(), "--values", values);
            assertEquals(0, trace.status(), trace.err());
            assertRowsEqual(numpy.get(values), trace.outLines(), 1e-12, values);
        }
        LessonFile file = LessonFiles.read(saved);
        assertEquals("k3_x_seq_bias_d1.keras", file.model().file());
        assertTrue(file.model().summary().contains("(SimpleRNN)"), file.model().summary());
    }

    @Test
    void aSavedRealModelPredictsWhatKerasDidAndPrintsItsSummary() throws IOException {
        NdArray ids = NpyReader.read(fixture("real/embedding_rnn_dense_inputs.npy"));
        NdArray keras = NpyReader.read(fixture("real/embedding_rnn_dense_outputs.npy"));
        StringBuilder tokens = new StringBuilder();
        for (double id : ids.values()) {
            tokens.append(tokens.length() > 0 ? "," : "").append((int) id);
        }
        Path saved = dir.resolve("words.unroll.json");
        CommandLineRun run = CommandLineRun.of("lesson", "--model", fixture("real/embedding_rnn_dense.keras").toString(),
                "--tokens", tokens.toString(), "--save", saved.toString());
        assertEquals(0, run.status(), run.err());

        CommandLineRun trace = CommandLineRun.of("trace", "--lesson", saved.toString(), "--values", "y");
        assertEquals(0, trace.status(), trace.err());
        String[] last = trace.outLines().get(trace.outLines().size() - 1).split(",");
        for (int k = 0; k < last.length; k++) {
            assertEquals(keras.values()[k], Double.parseDouble(last[k]), 1e-6, "y[" + k + "]");
        }
        String summary = Files.readString(fixture("real/embedding_rnn_dense_summary.txt"), StandardCharsets.UTF_8);
        assertEquals(summary, LessonFiles.read(saved).model().summary());
    }

    @Test
    void weightsOfAModelAreItsKernelsUnderKerasNames() throws IOException {
        Map<String, NdArray> stored = NpzReader.read(fixture("x_seq_bias_d1.npz"));
        Path out = dir.resolve("w.npz");
        Map<String, NdArray> numpy = NpzReader.read(fixture("x_seq_bias_d1_trace.npz"));
        Path x = dir.resolve("x.npy");
        NpyWriter.write(x, numpy.get("x"));
        CommandLineRun run = CommandLineRun.of("weights", "--model", fixture("k3_x_seq_bias_d1.keras").toString(),
                "--inputs", x.toString(), "--names", "keras", "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        Map<String, NdArray> written = NpzReader.read(out);
        for (String name : List.of("kernel", "recurrent_kernel", "bias", "dense_kernel", "dense_bias")) {
            assertArrayEqualsWithin(stored.get(name), written.get(name), name);
        }
    }

    @Test
    void codeOfAModelSaysHowToGetAProgram() {
        CommandLineRun run = CommandLineRun.of("code", "--model", fixture("real/embedding_rnn_dense.keras").toString(),
                "--tokens", "1,4,5");
        run.assertRejectedWithOneLine("code --model");
        assertTrue(run.err().contains("weights --model FILE --names keras --out w.npz"), run.err());
    }

    @Test
    void aLessonWithoutAModelSavesNone() throws IOException {
        Path saved = dir.resolve("tiny.unroll.json");
        assertEquals(0, CommandLineRun.of("lesson", "--save", saved.toString()).status());
        assertNull(LessonFiles.read(saved).model());
        assertFalse(Files.readString(saved).contains("\"model\""), "no model key");
    }

    private static void assertRowsEqual(NdArray expected, List<String> lines, double tolerance, String what) {
        assertEquals(expected.rows(), lines.size(), what + ": one line a step");
        for (int t = 0; t < lines.size(); t++) {
            String[] cells = lines.get(t).split(",");
            assertEquals(expected.cols(), cells.length);
            for (int i = 0; i < cells.length; i++) {
                assertEquals(expected.get(t, i), Double.parseDouble(cells[i]), tolerance, what + " at t=" + (t + 1));
            }
        }
    }

    private static void assertArrayEqualsWithin(NdArray expected, NdArray actual, String name) {
        assertEquals(expected.shape(), actual.shape(), name);
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.values()[i], actual.values()[i], 1e-12, name + "[" + i + "]");
        }
    }
}
