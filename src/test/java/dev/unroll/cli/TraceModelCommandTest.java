package dev.unroll.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.io.NdArray;
import dev.unroll.io.NpyReader;
import dev.unroll.io.NpyWriter;
import dev.unroll.io.NpzReader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code trace --model} and {@code export --model}: a trained Keras model run on inputs from a file
 * prints numpy's loop (src/test/python/make_keras_fixtures.py) to 1e-12, and what cannot run yet is
 * refused with one line.
 */
class TraceModelCommandTest {

    @TempDir
    Path dir;

    private Map<String, NdArray> numpy;
    private String inputs;

    @BeforeEach
    void writeInputs() throws IOException {
        numpy = NpzReader.read(fixture("x_seq_bias_d1_trace.npz"));
        NdArray x = numpy.get("x");
        StringBuilder csv = new StringBuilder();
        for (int t = 0; t < x.rows(); t++) {
            for (int i = 0; i < x.cols(); i++) {
                // Double.toString reads back to the same double
                csv.append(i > 0 ? "," : "").append(x.get(t, i));
            }
            csv.append('\n');
        }
        Path file = dir.resolve("x.csv");
        Files.writeString(file, csv);
        inputs = file.toString();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"k3_x_seq_bias_d1.keras, h", "k3_x_seq_bias_d1.keras, o", "k2_x_seq_bias_d1.h5, h", "k2_x_seq_bias_d1.h5, y"})
    void traceOfAModelPrintsNumpysLoop(String model, String values) {
        CommandLineRun run = CommandLineRun.of("trace", "--model", fixture(model).toString(), "--inputs", inputs, "--values", values);
        assertEquals(0, run.status(), run.err());
        assertPrints(numpy.get(values), run.outLines(), values);
    }

    /** One line a step, each value equal to numpy's to 1e-12. */
    private static void assertPrints(NdArray expected, List<String> lines, String values) {
        assertEquals(expected.rows(), lines.size());
        for (int t = 0; t < lines.size(); t++) {
            String[] cells = lines.get(t).split(",");
            assertEquals(expected.cols(), cells.length);
            for (int i = 0; i < cells.length; i++) {
                assertEquals(expected.get(t, i), Double.parseDouble(cells[i]), 1e-12, values + " at t=" + (t + 1));
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"k3_x_seq_nobias_d2.keras, o", "k2_x_seq_nobias_d2.h5, y", "k3_emb_seq_nobias_d2.keras, y"})
    void traceOfAModelWithTwoDenseLayersPrintsTheLastLayerAsNumpyComputesIt(String model, String values) throws IOException {
        String name = model.substring(3, model.lastIndexOf('.'));
        Map<String, NdArray> stacked = NpzReader.read(fixture(name + "_trace.npz"));
        Path x = dir.resolve("stacked.npy");
        NpyWriter.write(x, stacked.get("x"));
        StringBuilder tokens = new StringBuilder();
        if (stacked.containsKey("tokens")) {
            for (double id : stacked.get("tokens").values()) {
                tokens.append(tokens.length() > 0 ? "," : "").append((int) id);
            }
        }
        CommandLineRun run = CommandLineRun.of("trace", "--model", fixture(model).toString(),
                tokens.length() > 0 ? "--tokens" : "--inputs", tokens.length() > 0 ? tokens.toString() : x.toString(),
                "--values", values);
        assertEquals(0, run.status(), run.err());
        assertPrints(stacked.get(values), run.outLines(), values);
    }

    @Test
    void aLessonSavedFromAModelWithTwoDenseLayersTracesToTheSameBits() throws IOException {
        Path lesson = dir.resolve("two.unroll.json");
        String model = fixture("real/functional_chain.keras").toString();
        String x = fixture("real/functional_chain_inputs.npy").toString();
        CommandLineRun save = CommandLineRun.of("lesson", "--model", model, "--inputs", x, "--save", lesson.toString());
        assertEquals(0, save.status(), save.err());
        assertTrue(Files.readString(lesson).contains("\"version\": 4"), "the Dense layers need version 4");
        CommandLineRun direct = CommandLineRun.of("trace", "--model", model, "--inputs", x, "--values", "y");
        CommandLineRun reopened = CommandLineRun.of("trace", "--lesson", lesson.toString(), "--values", "y");
        assertEquals(0, reopened.status(), reopened.err());
        assertEquals(direct.outLines(), reopened.outLines());
        assertEquals(6, direct.outLines().size(), "one line a step");
    }

    @Test
    void exportOfAModelWithTwoDenseLayersNamesThemOnTheHead() throws IOException {
        Path out = dir.resolve("two.svg");
        CommandLineRun run = CommandLineRun.of("export", "--model", fixture("real/functional_chain.keras").toString(),
                "--inputs", fixture("real/functional_chain_inputs.npy").toString(), "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(Files.readString(out).contains("Dense(3)"), "the layer between h_t and the head is named");
    }

    @Test
    void exportOfAModelDrawsItsLesson() throws IOException {
        Path out = dir.resolve("model.svg");
        CommandLineRun run = CommandLineRun.of("export", "--model", fixture("k3_x_seq_bias_d1.keras").toString(), "--inputs", inputs,
                "--t", "5", "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(Files.readString(out).startsWith("<?xml"), "an SVG");
    }

    @Test
    void aModelWithAnEmbeddingRunsOnTokenIdsToWhatKerasPredicted() {
        NdArray ids = NpyReader.read(fixture("real/embedding_rnn_dense_inputs.npy"));
        NdArray keras = NpyReader.read(fixture("real/embedding_rnn_dense_outputs.npy"));
        StringBuilder tokens = new StringBuilder();
        for (double id : ids.values()) {
            tokens.append(tokens.length() > 0 ? "," : "").append((int) id);
        }
        CommandLineRun run = CommandLineRun.of("trace", "--model", fixture("real/embedding_rnn_dense.keras").toString(),
                "--tokens", tokens.toString(), "--values", "y");
        assertEquals(0, run.status(), run.err());
        List<String> lines = run.outLines();
        assertEquals(ids.size(), lines.size(), "one line a token");
        // return_sequences=False: Keras predicted y at the last step, in float32
        String[] last = lines.get(lines.size() - 1).split(",");
        assertEquals(keras.size(), last.length);
        for (int k = 0; k < last.length; k++) {
            assertEquals(keras.values()[k], Double.parseDouble(last[k]), 1e-6, "y[" + k + "]");
        }
        CommandLineRun text = CommandLineRun.of("trace", "--model", fixture("real/embedding_rnn_dense.keras").toString(),
                "--text", "this movie was great", "--values", "y");
        assertEquals(0, text.status(), text.err());
        assertEquals(5, text.outLines().size(), "the start id and four words");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "trace --model MODEL | --model needs --inputs",
        "trace --model MODEL --inputs X --preset tiny | --preset cannot be combined with --model",
        "trace --model MODEL --weights X | give --model or --weights, not both",
        "trace --model WORDS --inputs X | starts with an Embedding ('embedding'), which takes token ids: give --text or --tokens",
        "trace --model WORDS | give its input as --text",
        "trace --model WORDS --tokens 1,99999 | --tokens: token id 99999 (number 2 of 2) is outside the Embedding's",
        "trace --model MODEL --inputs X --tokens 1,2 | --text and --tokens are for a model that starts with an Embedding",
        "grad --model TWO --inputs X --targets X --loss mse --out OUT | has 2 Dense layers after its RNN; gradients are computed for a head of one Dense layer",
        "code --model TWO --inputs X | has 2 Dense layers after its RNN, and the numpy program computes a head of one",
        "weights --model TWO --inputs X --out OUT | has 2 Dense layers after its RNN, and the names W, U, b, V, c"})
    void whatCannotRunIsRefusedWithOneLine(String args, String words) {
        String[] argv = args.replace("MODEL", fixture("k3_x_seq_bias_d1.keras").toString())
                .replace("WORDS", fixture("real/embedding_rnn_dense.keras").toString())
                .replace("TWO", fixture("real/functional_chain.keras").toString())
                .replace("OUT", dir.resolve("o.npz").toString())
                .replace(" X", " " + inputs).split(" ");
        CommandLineRun run = CommandLineRun.of(argv);
        run.assertRejectedWithOneLine(args);
        assertTrue(run.err().contains(words), run.err());
    }

    static Path fixture(String name) {
        try {
            return Path.of(TraceModelCommandTest.class.getResource("/fixtures/keras/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
