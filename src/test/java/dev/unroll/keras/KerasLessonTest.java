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
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A model without an Embedding and with at most one Dense layer runs as a lesson in the seed's
 * orientation (W = kernelᵀ, U = recurrent_kernelᵀ, V = Dense kernelᵀ) and gives numpy's loop in
 * Keras's row-vector form, step for step, to 1e-12.
 */
class KerasLessonTest {

    static Stream<Arguments> traces() {
        List<Arguments> cases = new ArrayList<>();
        for (String line : KerasFixtures.lines("traces.txt")) {
            String[] f = line.split(" ");
            for (String file : List.of("k3_" + f[0] + ".keras", "k2_" + f[0] + ".h5")) {
                cases.add(Arguments.of(file, f[0], f[1], f.length > 2 ? f[2] : ""));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("traces")
    void modelRunsAsNumpysLoopOrItsHeadActivationIsRefused(String file, String name, String outcome, String head) {
        KerasModel model = KerasModelReader.read(KerasFixtures.fixture(file));
        if (outcome.equals("refused")) {
            BadInputException e = assertThrows(BadInputException.class,
                    () -> KerasLesson.of(model, model.rnn().kernel(), "x.npy", null, null));
            assertTrue(e.getMessage().contains("with activation '" + head + "', which Unroll's output head does not compute"),
                    e.getMessage());
            return;
        }
        Map<String, NdArray> numpy = KerasFixtures.arrays(name + "_trace.npz");
        Trace trace = Trace.run(KerasLesson.of(model, numpy.get("x"), "x.npy", null, null));
        assertClose(numpy.get("h"), trace, ValueKind.H);
        if (numpy.containsKey("o")) {
            assertClose(numpy.get("o"), trace, ValueKind.O);
            assertClose(numpy.get("y"), trace, ValueKind.Y);
        } else {
            assertEquals(0, trace.outputs());
        }
    }

    @Test
    void modelWithAnEmbeddingOrTwoDenseLayersIsRefusedForNow() {
        KerasModel words = KerasModelReader.read(KerasFixtures.fixture("real/embedding_rnn_dense.keras"));
        BadInputException embedding = assertThrows(BadInputException.class,
                () -> KerasLesson.of(words, words.rnn().kernel(), "x.npy", null, null));
        assertTrue(embedding.getMessage().contains("has an Embedding, layer 'embedding': models that take token ids cannot be run yet"),
                embedding.getMessage());
        KerasModel two = KerasModelReader.read(KerasFixtures.fixture("real/functional_chain.keras"));
        BadInputException dense = assertThrows(BadInputException.class,
                () -> KerasLesson.of(two, two.rnn().kernel(), "x.npy", null, null));
        assertTrue(dense.getMessage().contains("has 2 Dense layers"), dense.getMessage());
        assertTrue(dense.getMessage().contains("expected a model without an Embedding and with at most one Dense layer"),
                dense.getMessage());
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
