package dev.unroll.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.rnn.Fixtures;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code unroll trace --weights / --inputs / --lesson}: real weights in, Keras's numbers out, bad files answered in one line. */
class TraceWeightsCommandTest {

    @TempDir
    Path dir;

    /**
     * The reference is numpy, not TensorFlow itself: make_io_fixtures.py runs
     * Keras's documented SimpleRNN and Dense formulas in float32 with row vectors,
     * h_t = tanh(x_t @ kernel + h_{t-1} @ recurrent_kernel + bias), y_t = sigmoid(h_t @ dense_kernel + dense_bias),
     * on the float32 weights it saves as np.savez('w.npz', *weights) and under Keras's names.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"keras_get_weights.npz", "keras_names.npz"})
    void kerasWeightsReproduceKerassStatesAndOutputsToFloat32Precision(String weights) {
        Fixtures.Case keras = Fixtures.load("io/keras_agreement.txt");
        CommandLineRun h = CommandLineRun.of("trace", "--weights", fixture(weights), "--inputs", fixture("keras_inputs.npy"));
        assertEquals(0, h.status(), h.err());
        double[][] states = parse(h.outLines());
        assertEquals(6, states.length);
        Fixtures.assertClose(keras.matrix("h"), states, 1e-5, weights + " h");
        CommandLineRun y = CommandLineRun.of("trace", "--weights", fixture(weights), "--inputs", fixture("keras_inputs.npy"),
                "--head-activation", "sigmoid", "--values", "y");
        assertEquals(0, y.status(), y.err());
        Fixtures.assertClose(keras.matrix("y"), parse(y.outLines()), 1e-5, weights + " y");
    }

    @Test
    void oneCsvFilePerArrayRunsNumpysForwardPass() {
        CommandLineRun run = CommandLineRun.of("trace", "--weights", "W=" + fixture("csv/W.csv"), "--weights",
                "U=" + fixture("csv/U.csv"), "--weights", "b=" + fixture("csv/b.csv"), "--inputs", fixture("csv/x.txt"));
        assertEquals(0, run.status(), run.err());
        Fixtures.assertClose(Fixtures.load("io/unroll_names.txt").matrix("h"), parse(run.outLines()), 1e-15, "h");
    }

    @Test
    void npzWithItsOwnInputsNeedsNoInputsFile() {
        CommandLineRun run = CommandLineRun.of("trace", "--weights", fixture("unroll_names.npz"), "--values", "o");
        assertEquals(0, run.status(), run.err());
        Fixtures.assertClose(Fixtures.load("io/unroll_names.txt").matrix("o"), parse(run.outLines()), 1e-15, "o");
    }

    /**
     * The same rule as the window's File → Import weights: a weights file names no activation, so
     * Keras's defaults apply (tanh cell, linear head: y_t is numpy's o_t) unless one is named.
     */
    @Test
    void weightsRunWithKerassDefaultActivationsUnlessOthersAreNamed() {
        Fixtures.Case numpy = Fixtures.load("io/unroll_names.txt");
        String weights = fixture("unroll_names.npz");
        CommandLineRun h = CommandLineRun.of("trace", "--weights", weights);
        assertEquals(0, h.status(), h.err());
        Fixtures.assertClose(numpy.matrix("h"), parse(h.outLines()), 1e-15, "tanh h");
        CommandLineRun y = CommandLineRun.of("trace", "--weights", weights, "--values", "y");
        assertEquals(0, y.status(), y.err());
        Fixtures.assertClose(numpy.matrix("o"), parse(y.outLines()), 1e-15, "linear y");

        CommandLineRun relu = CommandLineRun.of("trace", "--weights", weights, "--activation", "relu");
        assertEquals(0, relu.status(), relu.err());
        // from h_0 = 0, h_1 = relu(W·x_1 + b)
        double[][] w = numpy.matrix("W");
        double[] x1 = numpy.matrix("x")[0];
        double[] b = numpy.vector("b");
        double[] h1 = new double[b.length];
        for (int i = 0; i < b.length; i++) {
            double a = b[i];
            for (int j = 0; j < x1.length; j++) {
                a += w[i][j] * x1[j];
            }
            h1[i] = Math.max(a, 0);
        }
        Fixtures.assertClose(h1, parse(relu.outLines())[0], 1e-15, "relu h_1");
    }

    @Test
    void savedSeededLessonTracesExactlyAsItsOptions() {
        Path lesson = dir.resolve("seed.unroll.json");
        String[] recipe = {"--preset", "seed-numpy", "--timesteps", "7", "--units", "5", "--seed", "42"};
        CommandLineRun save = CommandLineRun.of(CommandLineRun.concat(new String[] {"lesson", "--save", lesson.toString()}, recipe));
        assertEquals(0, save.status(), save.err());
        CommandLineRun direct = CommandLineRun.of(CommandLineRun.concat(new String[] {"trace", "--activation", "relu"}, recipe));
        CommandLineRun fromFile = CommandLineRun.of("trace", "--lesson", lesson.toString(), "--activation", "relu");
        assertEquals(0, fromFile.status(), fromFile.err());
        assertEquals(7, fromFile.outLines().size());
        assertEquals(direct.out(), fromFile.out());
    }

    @Test
    void savedExplicitLessonTracesExactlyAsItsWeights() {
        Path lesson = dir.resolve("real.unroll.json");
        String weights = fixture("keras_get_weights.npz");
        String inputs = fixture("keras_inputs.npy");
        CommandLineRun save = CommandLineRun.of("lesson", "--save", lesson.toString(), "--weights", weights, "--inputs", inputs,
                "--head-activation", "softmax");
        assertEquals(0, save.status(), save.err());
        assertTrue(save.out().contains("explicit lesson"), save.out());
        CommandLineRun direct = CommandLineRun.of("trace", "--weights", weights, "--inputs", inputs, "--head-activation", "softmax",
                "--values", "y");
        CommandLineRun fromFile = CommandLineRun.of("trace", "--lesson", lesson.toString(), "--values", "y");
        assertEquals(0, fromFile.status(), fromFile.err());
        assertEquals(direct.out(), fromFile.out());
    }

    @Test
    void badFilesExitTwoWithOneLineNamingTheFile() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("folder.npz"));
        Path future = Files.writeString(dir.resolve("future.json"), "{\"format\": \"unroll-lesson\", \"version\": 5}");
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"format\": \"unroll-lesson\",");
        Path corrupt = Files.write(dir.resolve("corrupt.npz"), Arrays.copyOf(Files.readAllBytes(Path.of(fixture("unroll_names.npz"))), 300));
        String[][] cases = {
            {"trace --weights " + dir.resolve("missing.npz"), "missing.npz: does not exist"},
            {"trace --weights " + folder, "folder.npz: is a folder, not a file"},
            {"trace --weights W=" + fixture("object.npy") + " --weights U=u.csv --weights b=b.csv", "'|O' (Python objects"},
            {"trace --weights " + corrupt, "corrupt.npz: is a zip archive that is truncated or corrupt"},
            {"trace --weights " + fixture("keras_names.npz"), "holds no inputs; expected inputs (T, 3)"},
            {"trace --lesson " + future, "future.json: was made by a newer Unroll (version 5); this one reads version 4"},
            {"trace --lesson " + broken, "broken.json: ends before the lesson is complete at line 1"},
        };
        for (String[] c : cases) {
            CommandLineRun run = CommandLineRun.of(c[0].split(" "));
            run.assertRejectedWithOneLine(c[0]);
            assertTrue(run.err().startsWith("unroll: "), run.err());
            assertTrue(run.err().contains(c[1]), c[0] + ": " + run.err());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "trace --inputs x.npy                                   | --inputs goes with --weights",
        "trace --lesson l.json --weights w.npz                  | give --lesson or --weights, not both",
        "trace --weights W.npz --units 3 --seed 2               | --seed, --units cannot be combined with --weights",
        "trace --weights a.csv --weights b.csv                  | give each as NAME=FILE",
    })
    void optionsThatDoNotGoTogetherAreRefused(String args, String message) {
        CommandLineRun run = CommandLineRun.of(args.split(" "));
        run.assertRejectedWithOneLine(args);
        assertTrue(run.err().contains(message), run.err());
    }

    @Test
    void outputValuesNeedWeightsWithAHead() {
        CommandLineRun run = CommandLineRun.of("trace", "--weights", fixture("keras_get_weights.npz"),
                "--inputs", fixture("keras_inputs.npy"), "--values", "o");
        assertEquals(0, run.status(), "this archive has a Dense layer: " + run.err());
        CommandLineRun noHead = CommandLineRun.of("trace", "--weights", "W=" + fixture("csv/W.csv"), "--weights",
                "U=" + fixture("csv/U.csv"), "--weights", "b=" + fixture("csv/b.csv"), "--inputs", fixture("csv/x.txt"), "--values", "y");
        noHead.assertRejectedWithOneLine("--values y without a head");
        assertTrue(noHead.err().contains("--values y needs an output head: the weights have none"), noHead.err());
    }

    static String fixture(String name) {
        try {
            return Path.of(TraceWeightsCommandTest.class.getResource("/fixtures/io/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double[][] parse(List<String> lines) {
        return lines.stream()
                .map(line -> Arrays.stream(line.split(",")).mapToDouble(Double::parseDouble).toArray())
                .toArray(double[][]::new);
    }
}
