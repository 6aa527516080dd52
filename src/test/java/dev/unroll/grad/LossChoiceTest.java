package dev.unroll.grad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.unroll.rnn.Activation;
import dev.unroll.rnn.Dimensions;
import dev.unroll.rnn.HeadActivation;
import dev.unroll.rnn.Initialisation;
import dev.unroll.rnn.Lesson;
import dev.unroll.rnn.LessonSpec;
import dev.unroll.rnn.Trace;
import dev.unroll.rnn.ValueKind;
import org.junit.jupiter.api.Test;

/** The loss the backward mode takes for a lesson without targets: the one the head's activation calls for. */
class LossChoiceTest {

    private static Lesson lesson(int outputs, HeadActivation head) {
        return new LessonSpec(new Dimensions(4, 3, 5, outputs), Activation.TANH, head, Initialisation.KERAS, 7).build();
    }

    @Test
    void aSigmoidHeadIsJudgedByBinaryCrossEntropyTowardsOneAtTheLastStep() {
        Lesson lesson = lesson(2, HeadActivation.SIGMOID);
        LossChoice choice = LossChoice.defaults(lesson, false);
        assertEquals(Loss.BCE, choice.loss());
        assertEquals("bce(y_T, 1)", choice.formula());
        assertNull(choice.loss().misfit(lesson));
        // bce towards 1 is the mean of −log y_T over the outputs
        double[] y = Trace.run(lesson).values(ValueKind.Y, 4);
        double expected = -(Math.log(y[0]) + Math.log(y[1])) / 2;
        assertEquals(expected, choice.compute(lesson, false).loss(), 1e-12);
    }

    @Test
    void aSoftmaxHeadIsJudgedByCategoricalCrossEntropyTowardsClassZeroAtEveryStep() {
        Lesson lesson = lesson(3, HeadActivation.SOFTMAX);
        LossChoice choice = LossChoice.defaults(lesson, true);
        assertEquals(Loss.CCE, choice.loss());
        assertEquals("cce(y_t, e\u2080)", choice.formula());
        Trace trace = Trace.run(lesson);
        double sum = 0;
        for (int t = 1; t <= 4; t++) {
            sum -= Math.log(trace.values(ValueKind.Y, t)[0]);
        }
        assertEquals(sum / 4, choice.compute(lesson, true).loss(), 1e-12);
    }

    @Test
    void aLinearHeadAndALayerWithoutOneAreJudgedBySquaredDistanceFromZero() {
        Lesson linear = lesson(2, HeadActivation.LINEAR);
        assertEquals("mse(y_t, 0)", LossChoice.defaults(linear, true).formula());
        Lesson bare = lesson(0, HeadActivation.LINEAR);
        LossChoice choice = LossChoice.defaults(bare, true);
        assertEquals("mse(h_t, 0)", choice.formula());
        Trace trace = Trace.run(bare);
        double sum = 0;
        for (int t = 1; t <= 4; t++) {
            for (double h : trace.state(t)) {
                sum += h * h;
            }
        }
        assertEquals(sum / (4 * 5), choice.compute(bare, true).loss(), 1e-12);
    }
}
