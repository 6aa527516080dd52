package dev.unroll.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.diagram.ValueFormat;
import dev.unroll.rnn.Activation;
import dev.unroll.rnn.HeadActivation;
import dev.unroll.rnn.Initialisation;
import dev.unroll.rnn.Lesson;
import dev.unroll.rnn.Preset;
import dev.unroll.rnn.Trace;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The quiz's questions: their right answer is the trace's own, their wrong ones differ from it, and the kind varies. */
class QuizQuestionsTest {

    /** One step, no recurrence: a_1 = W·x_1 = (1, −2, 0.5), so h_1 = (tanh 1, tanh −2, tanh 0.5). */
    private static Trace threeUnits(Activation activation) {
        DMatrixRMaj x = new DMatrixRMaj(new double[][] {{1}});
        DMatrixRMaj w = new DMatrixRMaj(new double[][] {{1}, {-2}, {0.5}});
        DMatrixRMaj u = new DMatrixRMaj(3, 3);
        DMatrixRMaj b = new DMatrixRMaj(3, 1);
        return Trace.run(new Lesson(activation, HeadActivation.LINEAR, x, w, u, b, null, null, null));
    }

    static Stream<Trace> lessons() {
        return Stream.of(Trace.run(Preset.TINY.spec().build()),
                Trace.run(Preset.TINY.spec().withSeed(11).withActivation(Activation.RELU).build()),
                Trace.run(Preset.TINY.spec().withSeed(3).withInitialisation(Initialisation.NUMPY_UNIFORM).build()),
                Trace.run(Preset.SEED_NUMPY.spec().build()),
                threeUnits(Activation.SIGMOID));
    }

    @Test
    void firstStepAsksWhichUnitIsLargestAndNamesTheOneWithTheLargestPreActivation() {
        QuizQuestion q = QuizQuestions.forStep(threeUnits(Activation.TANH), 1);
        assertEquals(QuizQuestion.Kind.LARGEST_UNIT, q.kind());
        assertEquals(List.of("h\u2081[0]", "h\u2081[1]", "h\u2081[2]"), q.choices());
        assertEquals(0, q.answer());
        assertEquals(Math.tanh(1), q.value(), 1e-15);
        assertEquals("\u2713 A) h\u2081[0] \u2014 h\u2081[0] = 0.762", q.reveal());
    }

    @Test
    void signQuestionAsksAboutTheBoldestPreActivationAndAnswersFromItsSign() {
        QuizQuestion q = QuizQuestions.sign(threeUnits(Activation.TANH).step(1), 1);
        assertEquals(1, q.unit());
        assertEquals("Will h\u2081[1] be positive?", q.prompt());
        assertEquals("no", q.answerText());
        assertEquals(Math.tanh(-2), q.value(), 1e-15);
    }

    @Test
    void valueQuestionGivesThePreActivationAndOffersTheActivatedValueAmongDistinctMistakes() {
        QuizQuestion q = QuizQuestions.value(threeUnits(Activation.TANH).step(1), 1, Activation.TANH);
        // |a| nearest 1: unit 0, a = 1
        assertEquals(0, q.unit());
        assertEquals("a\u2081[0] = 1.00. Roughly what will h\u2081[0] = tanh(a\u2081[0]) be?", q.prompt());
        assertEquals("0.762", q.answerText());
        // forgetting tanh (1.00), the wrong sign (−0.762) and half the input (tanh 0.5 = 0.462) are the mistakes offered
        assertEquals(List.of("\u22120.762", "0.462", "0.762", "1.00"), q.choices());
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void everyStepsRightAnswerIsTheTracesOwnAndItsWrongAnswersDiffer(Trace trace) {
        for (int t = 1; t <= Math.min(trace.timesteps(), 12); t++) {
            QuizQuestion q = QuizQuestions.forStep(trace, t);
            double[] h = trace.state(t);
            assertEquals(t, q.t());
            assertEquals(h[q.unit()], q.value(), 0, "h_t[i] revealed");
            switch (q.kind()) {
                case LARGEST_UNIT -> {
                    for (int i = 0; i < h.length; i++) {
                        assertTrue(i == q.unit() || h[i] < h[q.unit()], "unit " + q.unit() + " is largest at t=" + t);
                    }
                    assertEquals("h" + ValueFormat.subscript(t) + "[" + q.unit() + "]", q.answerText());
                }
                case SIGN -> assertEquals(h[q.unit()] > 0 ? "yes" : "no", q.answerText());
                case VALUE -> {
                    assertEquals(ValueFormat.threeDigits(h[q.unit()]), q.answerText());
                    assertTrue(q.prompt().contains(ValueFormat.threeDigits(trace.step(t).a()[q.unit()])), q.prompt());
                    assertEquals(QuizQuestions.VALUE_CHOICES, q.choices().size());
                }
            }
            Set<String> distinct = new HashSet<>(q.choices());
            assertEquals(q.choices().size(), distinct.size(), "choices all differ: " + q.choices());
            for (int k = 0; k < q.choices().size(); k++) {
                if (k != q.answer()) {
                    assertNotEquals(q.answerText(), q.choices().get(k));
                }
            }
        }
    }

    @Test
    void kindTurnsFromStepToStep() {
        Trace trace = Trace.run(Preset.TINY.spec().build());
        Set<QuizQuestion.Kind> asked = EnumSet.noneOf(QuizQuestion.Kind.class);
        for (int t = 1; t <= trace.timesteps(); t++) {
            asked.add(QuizQuestions.forStep(trace, t).kind());
        }
        assertEquals(EnumSet.allOf(QuizQuestion.Kind.class), asked);
    }

    @Test
    void tooManyUnitsToListAreNotAskedAboutAsLargest() {
        Trace wide = Trace.run(Preset.SEED_NUMPY.spec().build());
        assertEquals(null, QuizQuestions.largestUnit(wide.step(1), 1));
        assertNotEquals(QuizQuestion.Kind.LARGEST_UNIT, QuizQuestions.forStep(wide, 1).kind());
    }

    @Test
    void saturatedTieForLargestIsNotAskedAndAnotherKindIs() {
        // a_1 = (5, 5.001): tanh gives 0.99991 and 0.99991, which no one can tell apart on screen
        DMatrixRMaj w = new DMatrixRMaj(new double[][] {{5}, {5.001}});
        Trace saturated = Trace.run(new Lesson(Activation.TANH, HeadActivation.LINEAR, new DMatrixRMaj(new double[][] {{1}}),
                w, new DMatrixRMaj(2, 2), new DMatrixRMaj(2, 1), null, null, null));
        assertEquals(null, QuizQuestions.largestUnit(saturated.step(1), 1));
        assertEquals(QuizQuestion.Kind.SIGN, QuizQuestions.forStep(saturated, 1).kind());
    }

    @Test
    void stepZeroHasNoQuestion() {
        Trace trace = threeUnits(Activation.TANH);
        assertThrows(IllegalArgumentException.class, () -> QuizQuestions.forStep(trace, 0));
        assertThrows(IllegalArgumentException.class, () -> QuizQuestions.forStep(trace, 2));
    }
}
