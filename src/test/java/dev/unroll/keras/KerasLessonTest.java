package dev.unroll.keras;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.io.BadInputException;
import dev.unroll.io.NdArray;
import dev.unroll.rnn.Lesson;
import dev.unroll.rnn.Trace;
import dev.unroll.rnn.ValueKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A model with Dense layers runs as a lesson in the seed's orientation (W = kernelᵀ,
 * U = recurrent_kernelᵀ, V = the last Dense kernelᵀ, the others between h_t and it), on rows of inputs or, after an Embedding, on token ids,
 * and gives numpy's loop in Keras's row-vector form (on E[tokens]), step for step, to 1e-12.
 */
class KerasLessonTest {

    static Stream<Arguments> traces() {
        List<Arguments> cases = new ArrayList<>();
        for (String line : KerasFixtures.lines("traces.txt")) {
            String[] f = line.split(" ");
            for (String file : List.of("k3_" + f[0] + ".keras", "k2_" + f[0] + ".h5")) {
                cases.add(Arguments.of(file, f[0], f[1], f.length > 2 ? f[2] : "", f.length > 3));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("traces")
    void modelRunsAsNumpysLoopOrItsDenseActivationIsRefused(String file, String name, String outcome, String head,
            boolean between) {
        KerasModel model = KerasModelReader.read(KerasFixtures.fixture(file));
        if (outcome.equals("refused")) {
            BadInputException e = assertThrows(BadInputException.class, () -> lesson(model, null));
            String words = between ? "with activation '" + head + "', which Unroll does not compute between h_t and the head"
                    : "with activation '" + head + "', which Unroll's output head does not compute";
            assertTrue(e.getMessage().contains(words), e.getMessage());
            return;
        }
        Map<String, NdArray> numpy = KerasFixtures.arrays(name + "_trace.npz");
        Trace trace = Trace.run(lesson(model, numpy));
        // through an Embedding, numpy's x is E[tokens]: the rows the lesson looked up are those
        NdArray x = numpy.get("x");
        for (int t = 0; t < x.rows(); t++) {
            for (int i = 0; i < x.cols(); i++) {
                assertEquals(x.get(t, i), trace.lesson().inputs().get(t, i), 0.0, "x at t=" + (t + 1) + ", " + i);
            }
        }
        assertClose(numpy.get("h"), trace, ValueKind.H);
        if (numpy.containsKey("d1")) {
            // two Dense layers: the first stands between h_t and the head, d1_t = act(V1·h_t + c1)
            NdArray d1 = numpy.get("d1");
            assertEquals(1, trace.lesson().denseLayers().size());
            for (int t = 1; t <= trace.timesteps(); t++) {
                double[] got = trace.dense(0, t);
                assertEquals(d1.cols(), got.length);
                for (int i = 0; i < got.length; i++) {
                    assertEquals(d1.get(t - 1, i), got[i], 1e-12, "d1 at t=" + t + ", " + i);
                }
            }
        }
        if (numpy.containsKey("o")) {
            assertClose(numpy.get("o"), trace, ValueKind.O);
            assertClose(numpy.get("y"), trace, ValueKind.Y);
        } else {
            assertEquals(0, trace.outputs());
        }
    }

    /** The model run on the case's inputs as numpy ran it: its token ids after an Embedding, else its x. */
    private static Lesson lesson(KerasModel model, Map<String, NdArray> numpy) {
        if (model.embedding().isPresent()) {
            int[] tokens = numpy == null ? new int[] {1, 2, 3} : Arrays.stream(numpy.get("tokens").values())
                    .mapToInt(v -> (int) v).toArray();
            return KerasLesson.embedded(model, tokens, "--tokens", null, null);
        }
        return KerasLesson.of(model, numpy == null ? model.rnn().kernel() : numpy.get("x"), "x.npy", null, null);
    }

    @Test
    void aModelWrittenByKerasRunsOnTokenIdsToKerassOwnOutput() {
        KerasModel words = KerasModelReader.read(KerasFixtures.fixture("real/embedding_rnn_dense.keras"));
        NdArray ids = KerasFixtures.array("real/embedding_rnn_dense_inputs.npy");
        NdArray keras = KerasFixtures.array("real/embedding_rnn_dense_outputs.npy");
        int[] tokens = Arrays.stream(ids.values()).mapToInt(v -> (int) v).toArray();

        Trace trace = Trace.run(KerasLesson.embedded(words, tokens, "--tokens", null, null));

        // return_sequences=False: Keras's prediction is y at the last step; its float32 arithmetic agrees to ~1e-7
        double[] y = trace.values(ValueKind.Y, trace.timesteps());
        assertEquals(keras.size(), y.length);
        for (int k = 0; k < y.length; k++) {
            assertEquals(keras.values()[k], y[k], 1e-6 * Math.max(1, Math.abs(keras.values()[k])), "y[" + k + "]");
        }
    }

    @Test
    void tokenIdsAndInputsAreEachRefusedByTheModelThatDoesNotTakeThem() {
        KerasModel words = KerasModelReader.read(KerasFixtures.fixture("real/embedding_rnn_dense.keras"));
        BadInputException rows = assertThrows(BadInputException.class,
                () -> KerasLesson.of(words, words.rnn().kernel(), "x.npy", null, null));
        assertTrue(rows.getMessage().contains("starts with an Embedding, layer 'embedding', which takes token ids"),
                rows.getMessage());
        IllegalArgumentException outside = assertThrows(IllegalArgumentException.class,
                () -> KerasLesson.embedded(words, new int[] {1, 99_999}, "--tokens", null, null));
        assertTrue(outside.getMessage().startsWith("--tokens: token id 99999 (number 2 of 2) is outside the Embedding's"),
                outside.getMessage());
        KerasModel plain = KerasModelReader.read(KerasFixtures.fixture("k3_x_last_bias_d0.keras"));
        BadInputException ids = assertThrows(BadInputException.class,
                () -> KerasLesson.embedded(plain, new int[] {1, 2}, "--tokens", null, null));
        assertTrue(ids.getMessage().contains("has no Embedding, so it takes rows of inputs"), ids.getMessage());
    }

    @Test
    void aFunctionalChainOfTwoDenseLayersWrittenByKerasGivesKerassOwnOutput() {
        KerasModel chain = KerasModelReader.read(KerasFixtures.fixture("real/functional_chain.keras"));
        NdArray keras = KerasFixtures.array("real/functional_chain_outputs.npy");

        Trace trace = Trace.run(KerasLesson.of(chain, KerasFixtures.array("real/functional_chain_inputs.npy"), "x.npy",
                null, null));

        // Dense(3) then Dense(2, softmax) after the RNN's last step; Keras's float32 arithmetic agrees to ~1e-7
        assertEquals(1, trace.lesson().denseLayers().size());
        double[] y = trace.values(ValueKind.Y, trace.timesteps());
        assertEquals(keras.size(), y.length);
        for (int k = 0; k < y.length; k++) {
            assertEquals(keras.values()[k], y[k], 1e-6, "y[" + k + "]");
        }
    }

    @Test
    void inputsOfTheWrongWidthAreRefusedNamingTheFeaturesExpected() {
        KerasModel model = KerasModelReader.read(KerasFixtures.fixture("k3_x_last_bias_d0.keras"));
        // the recurrent kernel is (4, 4): four features where the model takes three
        BadInputException e = assertThrows(BadInputException.class,
                () -> KerasLesson.of(model, model.rnn().recurrentKernel(), "x.npy", null, null));
        assertEquals("x.npy: inputs have shape (4, 4), which does not fit 'simple_rnn' with 3 input features; "
                + "expected inputs (T, 3), one row per timestep", e.getMessage());
    }

    @Test
    void lessonHoldsTheTransposedKernels() {
        KerasModel model = KerasModelReader.read(KerasFixtures.fixture("k2_x_seq_bias_d1.h5"));
        Lesson lesson = KerasLesson.of(model, KerasFixtures.arrays("x_seq_bias_d1_trace.npz").get("x"), "x.npy", null, null);
        NdArray kernel = model.rnn().kernel();
        assertEquals(kernel.get(2, 1), lesson.w().get(1, 2), 0.0);
        NdArray dense = model.dense().get(0).kernel();
        assertEquals(dense.get(3, 0), lesson.v().get(0, 3), 0.0);
    }

    private static void assertClose(NdArray expected, Trace trace, ValueKind kind) {
        assertEquals(expected.rows(), trace.timesteps());
        for (int t = 1; t <= trace.timesteps(); t++) {
            double[] row = trace.values(kind, t);
            assertEquals(expected.cols(), row.length);
            for (int i = 0; i < row.length; i++) {
                assertEquals(expected.get(t - 1, i), row[i], 1e-12, kind.key() + " at t=" + t + ", " + i);
            }
        }
    }
}
