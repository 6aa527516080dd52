package dev.unroll.grad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.io.NdArray;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The backward pass against the gradients an independent numpy program computed
 * (src/test/python/make_grad_fixtures.py), to 1e-12 of each array's largest value.
 */
class BackpropNumpyTest {

    static List<GradFixture> fixtures() {
        return GradFixture.all();
    }

    @Test
    void everyActivationHeadAndLossHasAFixture() {
        List<GradFixture> all = GradFixture.all();
        assertEquals(7, all.size());
        for (Loss loss : Loss.values()) {
            assertTrue(all.stream().anyMatch(f -> f.loss() == loss), loss.key());
        }
        assertTrue(all.stream().anyMatch(f -> !f.returnSequences()));
        assertTrue(all.stream().anyMatch(f -> f.lesson().dimensions().outputSize() == 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void gradientsEqualNumpys(GradFixture fixture) {
        Gradients g = Backprop.compute(fixture.lesson(), fixture.targets(), fixture.loss(), fixture.returnSequences());
        Map<String, NdArray> expected = fixture.expected();
        Map<String, DMatrixRMaj> ours = arrays(g);
        assertEquals(expected.keySet(), ours.keySet());
        for (Map.Entry<String, NdArray> e : expected.entrySet()) {
            assertClose(fixture + " " + e.getKey(), e.getValue().values(), ours.get(e.getKey()).data);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void gradientAtEachHeadInputEqualsNumpys(GradFixture fixture) {
        Gradients g = Backprop.compute(fixture.lesson(), fixture.targets(), fixture.loss(), fixture.returnSequences());
        if (fixture.lesson().dimensions().hasHead()) {
            NdArray expected = dev.unroll.io.NpzReader.read(GradFixture.file(fixture.name() + "_dout.npz")).get("do");
            assertEquals(g.dout().numRows * g.dout().numCols, expected.values().length, fixture + " do's size");
            assertClose(fixture + " do", expected.values(), g.dout().data);
        } else {
            assertEquals(null, g.dout(), fixture + " has no head, so no ∂L/∂o_t");
        }
    }

    /** The gradients under the names the grad command writes them, the loss as one value. */
    static Map<String, DMatrixRMaj> arrays(Gradients g) {
        Map<String, DMatrixRMaj> all = new LinkedHashMap<>();
        all.put("loss", new DMatrixRMaj(new double[] {g.loss()}));
        all.put("dW", g.dW());
        all.put("dU", g.dU());
        all.put("db", g.db());
        if (g.dV() != null) {
            all.put("dV", g.dV());
            all.put("dc", g.dc());
        }
        all.put("dh", g.dh());
        all.put("da", g.da());
        return all;
    }

    /** Equal to 1e-12 of the largest magnitude in the expected array. */
    static void assertClose(String what, double[] expected, double[] actual) {
        double largest = 0;
        for (double v : expected) {
            largest = Math.max(largest, Math.abs(v));
        }
        assertTrue(largest > 0, what + " is not all zero");
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-12 * largest, what + "[" + i + "]");
        }
    }
}
