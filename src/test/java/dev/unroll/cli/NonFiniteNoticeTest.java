package dev.unroll.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.rnn.Activation;
import dev.unroll.rnn.Dimensions;
import dev.unroll.rnn.Lesson;
import dev.unroll.rnn.Preset;
import dev.unroll.rnn.Trace;
import dev.unroll.rnn.ValueKind;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

/** The notice for an overflow names what the first non-finite value is, where it is, and what follows. */
class NonFiniteNoticeTest {

    @Test
    void theNoticeTellsInfinityMinusInfinityAndNaNApart() {
        assertEquals("unroll: a overflows to minus infinity at t = 3, first in unit 0 (a_3[0]); "
                + "the values from there on include Infinity or NaN",
                NonFiniteNotice.line(ValueKind.A, 3, 0, Double.NEGATIVE_INFINITY));
        assertEquals("unroll: y becomes NaN (not a number) at t = 7, first in unit 1 (y_7[1]); "
                + "the values from there on include Infinity or NaN",
                NonFiniteNotice.line(ValueKind.Y, 7, 1, Double.NaN));
    }

    @Test
    void theFirstNonFiniteValueOfARowIsFoundAndAFiniteRowHasNone() {
        assertEquals(2, NonFiniteNotice.firstIn(new double[] {Double.MAX_VALUE, 0, Double.NaN, Double.POSITIVE_INFINITY}));
        assertEquals(-1, NonFiniteNotice.firstIn(new double[] {Double.MAX_VALUE, -Double.MAX_VALUE}));
    }

    @Test
    void aRunWhoseOutputsOverflowBeforeItsStatesIsNamedAtTheFirstInfiniteOutput() {
        Lesson relu = Preset.SEED_NUMPY.spec().withActivation(Activation.RELU).withDimensions(new Dimensions(300, 32, 64, 2)).build();
        // V scaled up so far that o_t = V·h_t + c overflows while h_t is still finite
        DMatrixRMaj hugeV = relu.v();
        CommonOps_DDRM.scale(1e300, hugeV);
        Trace trace = Trace.run(new Lesson(relu.activation(), relu.headActivation(), relu.inputs(), relu.w(), relu.u(), relu.b(),
                hugeV, relu.c(), relu.initialState()));
        int outputStep = 1;
        while (NonFiniteNotice.firstIn(trace.values(ValueKind.O, outputStep)) < 0) {
            outputStep++;
        }
        assertTrue(outputStep < trace.firstNonFiniteStep(), "o overflows at " + outputStep + ", h at " + trace.firstNonFiniteStep());
        assertEquals(outputStep, trace.firstNonFiniteOutputStep());
        double[] o = trace.values(ValueKind.O, outputStep);
        int unit = NonFiniteNotice.firstIn(o);
        assertEquals(NonFiniteNotice.line(ValueKind.O, outputStep, unit, o[unit]), NonFiniteNotice.forRun(trace));

        Trace finite = Trace.run(Preset.TINY.spec().build());
        assertEquals(null, NonFiniteNotice.forRun(finite));
    }
}
