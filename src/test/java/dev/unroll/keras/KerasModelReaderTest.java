package dev.unroll.keras;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.io.BadInputException;
import dev.unroll.io.NdArray;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every supported combination of layers — with or without an Embedding, return_sequences either
 * way, use_bias either way, no, one or two Dense layers, several activations — read back from the
 * Keras 3 and the Keras 2 layout equal to the numbers the fixture script wrote, and every
 * unsupported model refused with one message naming the file and the layer.
 */
class KerasModelReaderTest {

    static Stream<Arguments> supportedCases() {
        List<Arguments> cases = new ArrayList<>();
        for (String line : KerasFixtures.lines("cases.txt")) {
            String[] f = line.split(" ");
            cases.add(Arguments.of("k3_" + f[0] + ".keras", f));
            cases.add(Arguments.of("k2_" + f[0] + ".h5", f));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("supportedCases")
    void supportedModelReadsBackTheNumbersTheScriptWrote(String file, String[] f) {
        KerasModel model = KerasModelReader.read(KerasFixtures.fixture(file));
        Map<String, NdArray> expected = KerasFixtures.arrays(f[0] + ".npz");
        boolean embedding = Boolean.parseBoolean(f[1]);
        boolean useBias = Boolean.parseBoolean(f[3]);
        int denseCount = Integer.parseInt(f[4]);

        assertEquals(embedding, model.embedding().isPresent());
        model.embedding().ifPresent(e -> {
            assertEquals("embedding", e.name());
            assertEquals(7, e.inputDim());
            assertEquals(3, e.outputDim());
            assertSame(expected.get("embeddings"), e.embeddings());
        });
        SimpleRnnLayer rnn = model.rnn();
        assertEquals("simple_rnn", rnn.name());
        assertEquals(4, rnn.units());
        assertEquals(3, rnn.inputFeatures());
        assertEquals(f[5], rnn.activation());
        assertEquals(Boolean.parseBoolean(f[2]), rnn.returnSequences());
        assertEquals(useBias, rnn.useBias());
        assertSame(expected.get("kernel"), rnn.kernel());
        assertSame(expected.get("recurrent_kernel"), rnn.recurrentKernel());
        assertEquals(useBias, rnn.bias().isPresent());
        rnn.bias().ifPresent(b -> assertSame(expected.get("bias"), b));

        assertEquals(denseCount, model.dense().size());
        for (int d = 0; d < denseCount; d++) {
            DenseLayer dense = model.dense().get(d);
            String name = d == 0 ? "dense" : "dense_" + d;
            assertEquals(name, dense.name());
            assertEquals(f[6 + d], dense.activation());
            assertEquals(useBias, dense.useBias());
            assertSame(expected.get(name + "_kernel"), dense.kernel());
            dense.bias().ifPresent(b -> assertSame(expected.get(name + "_bias"), b));
            assertEquals(useBias, dense.bias().isPresent());
        }
        assertEquals(file.endsWith(".keras"), model.writtenByKeras3());
    }

    static Stream<Arguments> refusedCases() {
        return KerasFixtures.fileAndWords("refused.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedCases")
    void unsupportedModelIsRefusedNamingTheFileAndTheLayer(String file, String words) {
        BadInputException e = assertThrows(BadInputException.class,
                () -> KerasModelReader.read(KerasFixtures.fixture("refused/" + file)));
        String message = e.getMessage();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.startsWith(KerasFixtures.fixture("refused/" + file).toString() + ": "), message);
        assertTrue(message.contains(words), message);
        assertTrue(message.contains("one SimpleRNN"), "says what is supported: " + message);
    }

    static void assertSame(NdArray expected, NdArray actual) {
        assertEquals(expected.shape(), actual.shape());
        assertArrayEquals(expected.values(), actual.values(), 0.0);
    }

    @org.junit.jupiter.api.Test
    void weightKeyIsTheLastPartOfTheNameWithoutItsIndex() {
        assertEquals("kernel", Keras2File.weightKey("simple_rnn/simple_rnn_cell/kernel:0"));
        assertEquals("recurrent_kernel", Keras2File.weightKey("sequential/my_rnn/simple_rnn_cell/recurrent_kernel"));
        assertFalse("bias:0".equals(Keras2File.weightKey("dense/bias:0")));
    }
}
