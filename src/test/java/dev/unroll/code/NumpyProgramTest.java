package dev.unroll.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.diagram.Notation;
import dev.unroll.io.NumbersOrigin;
import dev.unroll.io.StoredArray;
import dev.unroll.rnn.Activation;
import dev.unroll.rnn.HeadActivation;
import dev.unroll.rnn.Preset;
import dev.unroll.rnn.ValueKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the generated program says, line by line, for the choices a lesson makes. */
class NumpyProgramTest {

    private static NumpyProgram seedProgram(Notation letters) {
        return NumpyProgram.of(new NumpyProgram.Recipe(new ProgramNumbers.Drawn(Preset.SEED_NUMPY.spec()),
                Activation.TANH, HeadActivation.LINEAR, false, letters, ValueKind.H));
    }

    private static List<String> texts(NumpyProgram program) {
        return program.lines().stream().map(ProgramLine::text).toList();
    }

    @Test
    void seedExampleDrawsItsNumbersInTheSeedsOrderAndRunsTheSeedsLoop() {
        List<String> lines = texts(seedProgram(Notation.KERAS));
        assertTrue(lines.contains("timesteps, input_features, units = 100, 32, 64"), lines.toString());
        int inputs = lines.indexOf("inputs = np.random.random((timesteps, input_features))  # x_t, one row per timestep");
        int w = lines.indexOf("W = np.random.random((units, input_features))  # input to hidden, (N, M)");
        int u = lines.indexOf("U = np.random.random((units, units))  # hidden to hidden, (N, N)");
        int b = lines.indexOf("b = np.random.random((units,))");
        assertTrue(lines.indexOf("np.random.seed(0)") < inputs && inputs < w && w < u && u < b, lines.toString());
        assertTrue(lines.contains("    a_t = np.dot(W, input_t) + np.dot(U, state_t) + b"));
        assertTrue(lines.contains("    output_t = np.tanh(a_t)  # h_t"));
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("V =") || l.contains("np.dot(V")), "no head, no V");
    }

    @Test
    void goodfellowLettersSwapTheMatricesButNotTheDrawsOrTheArithmetic() {
        List<String> lines = texts(seedProgram(Notation.GOODFELLOW));
        int input = lines.indexOf("U = np.random.random((units, input_features))  # input to hidden, (N, M)");
        int recurrent = lines.indexOf("W = np.random.random((units, units))  # hidden to hidden, (N, N)");
        assertTrue(input >= 0 && input < recurrent, lines.toString());
        assertTrue(lines.contains("    a_t = np.dot(U, input_t) + np.dot(W, state_t) + b"), lines.toString());
    }

    @Test
    void eachStageOfAStepHasItsOwnLine() {
        NumpyProgram program = NumpyProgram.of(new NumpyProgram.Recipe(new ProgramNumbers.Drawn(Preset.TINY.spec()),
                Activation.RELU, HeadActivation.SOFTMAX, true, Notation.KERAS, ValueKind.Y));
        assertEquals("state_t = np.zeros((units,))  # h_0", line(program, LineRole.INITIAL_STATE));
        assertEquals("for input_t in inputs:", line(program, LineRole.LOOP));
        assertEquals("    output_t = np.where(a_t > 0, a_t, 0.0)  # h_t", line(program, LineRole.ACTIVATION));
        assertEquals("    o_t = np.dot(V, output_t) + c", line(program, LineRole.OUTPUT));
        assertEquals("    e_t = np.exp(o_t - np.max(o_t))  # shifted by the largest: same softmax, no overflow",
                line(program, LineRole.HEAD_ACTIVATION));
        assertEquals("    successive_outputs.append(y_t)", line(program, LineRole.COLLECT));
        assertEquals("    state_t = output_t", line(program, LineRole.STATE_UPDATE));
        assertEquals("final_output_sequence = np.stack(successive_outputs, axis=0)  # (T, K): y_t for t = 1 ... T",
                line(program, LineRole.RESULT));
        assertEquals("    print(\",\".join(number(v) for v in row))", program.lines().get(program.lines().size() - 1).text());
    }

    @Test
    void kerasKernelsFromAnArchiveAreTransposedAndItsVectorsFlattened() {
        Path npz = Path.of("keras.npz");
        NumpyProgram program = NumpyProgram.of(new NumpyProgram.Recipe(new ProgramNumbers.Loaded(new NumbersOrigin(List.of(
                new StoredArray("W", npz, StoredArray.Format.NPZ, "kernel", true),
                new StoredArray("U", npz, StoredArray.Format.NPZ, "recurrent_kernel", true),
                new StoredArray("b", npz, StoredArray.Format.NPZ, "bias", true),
                new StoredArray("x", Path.of("x.csv"), StoredArray.Format.TEXT, null, false)))),
                Activation.TANH, HeadActivation.LINEAR, false, Notation.KERAS, ValueKind.H));
        List<String> lines = texts(program);
        assertTrue(lines.contains("stored = np.load(" + NumpyProgram.pythonString(npz.toAbsolutePath().toString()) + ")"),
                lines.toString());
        assertTrue(lines.contains("W = stored[\"kernel\"].astype(np.float64).T  # input to hidden, (N, M)"), lines.toString());
        assertTrue(lines.contains("b = stored[\"bias\"].astype(np.float64).reshape(-1)"), lines.toString());
        assertTrue(lines.contains("inputs = read_table(" + NumpyProgram.pythonString(Path.of("x.csv").toAbsolutePath().toString())
                + ")  # x_t, one row per timestep"), lines.toString());
    }

    @Test
    void headValuesWithoutAHeadAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new NumpyProgram.Recipe(
                new ProgramNumbers.Drawn(Preset.SEED_NUMPY.spec()), Activation.TANH, HeadActivation.LINEAR, false,
                Notation.KERAS, ValueKind.O));
    }

    @Test
    void pathsBecomePythonStringsWithQuotesAndBackslashesEscaped() {
        assertEquals("\"C:\\\\data\\\\\\\"w\\\".npz\"", NumpyProgram.pythonString("C:\\data\\\"w\".npz"));
        assertEquals("\"\\uc21c\\ud658.npz\"", NumpyProgram.pythonString("\uc21c\ud658.npz"));
        assertEquals("\"\\U0001f600\"", NumpyProgram.pythonString("\ud83d\ude00"));
        assertEquals("\"a\\x0ab\"", NumpyProgram.pythonString("a\nb"));
    }

    private static String line(NumpyProgram program, LineRole role) {
        return program.lines().get(program.firstLine(role)).text();
    }
}
