package dev.unroll.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.rnn.Activation;
import dev.unroll.rnn.Dimensions;
import dev.unroll.rnn.Embedding;
import dev.unroll.rnn.HeadActivation;
import dev.unroll.rnn.Initialisation;
import dev.unroll.rnn.Lesson;
import dev.unroll.rnn.LessonSpec;
import dev.unroll.rnn.Preset;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Training on the toy tasks: the loss falls as documented, runs repeat bit for bit, and runs can stop. */
class TrainingTest {

    /** A fresh lesson the task can learn, as its documented numbers of steps assume. */
    static Lesson freshLesson(TrainingTask task, long seed) {
        if (task.needsEmbedding()) {
            LessonSpec spec = Preset.SENTIMENT.spec();
            return spec.withDimensions(spec.dimensions().withUnits(TrainingTask.DEFAULT_UNITS)).withSeed(seed).build();
        }
        return new LessonSpec(task.shape(TrainingTask.DEFAULT_TIMESTEPS, TrainingTask.DEFAULT_UNITS), Activation.TANH,
                HeadActivation.LINEAR, Initialisation.KERAS, seed).build();
    }

    @ParameterizedTest
    @EnumSource(TrainingTask.class)
    void lossFallsByAtLeastHalfWithinTheTasksDocumentedSteps(TrainingTask task) {
        TrainingSettings settings = TrainingSettings.defaults(task);
        Training training = new Training(freshLesson(task, 0), settings);
        double first = training.step();
        for (int s = 2; s <= task.halvingSteps(); s++) {
            training.step();
        }
        double after = training.loss();
        assertTrue(after <= first / 2, task.key() + ": " + first + " → " + after + " in " + task.halvingSteps() + " steps");
    }

    @ParameterizedTest
    @EnumSource(TrainingTask.class)
    void aWholeDefaultRunEndsBelowATenthOfTheFirstLoss(TrainingTask task) {
        Training training = new Training(freshLesson(task, 0), TrainingSettings.defaults(task));
        double first = training.loss();
        training.run(50, (step, loss) -> { }, () -> false);
        assertEquals(task.defaultSteps(), training.stepsDone());
        assertTrue(training.loss() < first / 10, task.key() + ": " + first + " → " + training.loss());
    }

    @ParameterizedTest
    @EnumSource(TrainingTask.class)
    void twoRunsWithTheSameSeedGiveTheSameBits(TrainingTask task) {
        TrainingSettings settings = new TrainingSettings(task, Optimizer.ADAM, 0.01, 1.0, 15, 7, true);
        List<Double> first = new ArrayList<>();
        List<Double> second = new ArrayList<>();
        Training one = new Training(freshLesson(task, 3), settings);
        Training two = new Training(freshLesson(task, 3), settings);
        one.run(1, (step, loss) -> first.add(loss), () -> false);
        two.run(1, (step, loss) -> second.add(loss), () -> false);
        assertEquals(first, second, "every step's loss, bit for bit");
        assertEquals(one.lesson(), two.lesson(), "the trained weights, bit for bit");
        assertFalse(java.util.Arrays.equals(freshLesson(task, 3).w().data, one.lesson().w().data), "the weights moved");
    }

    @Test
    void anotherSeedDrawsOtherExamples() {
        assertFalse(java.util.Arrays.equals(TrainingTask.ECHO.examples(10, 0, 1).get(0).targets(),
                TrainingTask.ECHO.examples(10, 0, 2).get(0).targets()));
    }

    @Test
    void echoTargetsAreTheInputsFromTwoStepsAgo() {
        Example e = TrainingTask.ECHO.examples(6, 0, 5).get(3);
        double[] x = e.inputs().data;
        assertArrayEquals(new double[] {0, 0, x[0], x[1], x[2], x[3]}, e.targets(), 0.0);
    }

    @Test
    void sumTargetsAreTheRunningSum() {
        Example e = TrainingTask.SUM.examples(4, 0, 5).get(1);
        double[] x = e.inputs().data;
        assertArrayEquals(new double[] {x[0], x[0] + x[1], x[0] + x[1] + x[2], x[0] + x[1] + x[2] + x[3]}, e.targets(), 1e-15);
    }

    @Test
    void sineTargetsAreTheNextInput() {
        Example e = TrainingTask.SINE.examples(5, 0, 5).get(2);
        for (int t = 0; t < 4; t++) {
            assertEquals(e.inputs().data[t + 1], e.targets()[t], 1e-15);
        }
    }

    @Test
    void runStopsWhenAskedAndTellsTheListenerEveryNthStep() {
        Training training = new Training(freshLesson(TrainingTask.SINE, 0), TrainingSettings.defaults(TrainingTask.SINE));
        List<Integer> told = new ArrayList<>();
        training.run(5, (step, loss) -> told.add(step), () -> training.stepsDone() >= 12);
        assertEquals(12, training.stepsDone());
        assertEquals(List.of(1, 5, 10), told);
        training.run(5, (step, loss) -> told.add(step), () -> false);
        assertEquals(TrainingTask.SINE.defaultSteps(), told.get(told.size() - 1), "resumes and ends on the last step");
    }

    @Test
    void aLessonOfTheWrongShapeIsRefusedNamingWhatTheTaskNeeds() {
        Lesson tiny = Preset.TINY.spec().build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Training(tiny, TrainingSettings.defaults(TrainingTask.ECHO)));
        assertTrue(e.getMessage().contains("M = 1, K = 1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Training(tiny, TrainingSettings.defaults(TrainingTask.SENTIMENT)));
        assertTrue(e.getMessage().contains("needs an Embedding"), e.getMessage());
        Lesson short2 = new LessonSpec(new Dimensions(2, 1, 4, 1), Activation.TANH, HeadActivation.LINEAR, Initialisation.KERAS, 0).build();
        e = assertThrows(IllegalArgumentException.class, () -> new Training(short2, TrainingSettings.defaults(TrainingTask.ECHO)));
        assertTrue(e.getMessage().contains("more than 2 timesteps"), e.getMessage());
    }

    @Test
    void embeddingGradientMatchesCentralFiniteDifferences() {
        Lesson lesson = freshLesson(TrainingTask.SENTIMENT, 4);
        TrainingSettings settings = new TrainingSettings(TrainingTask.SENTIMENT, Optimizer.SGD, 1.0, TrainingSettings.NO_CLIP, 1, 0, true);
        Training training = new Training(lesson, settings);
        DMatrixRMaj before = lesson.embedding().table();
        training.step();
        // after one SGD step with η = 1, E_before − E_after is the gradient
        DMatrixRMaj after = training.lesson().embedding().table();
        int width = before.numCols;
        int checked = 0;
        for (int id : new int[] {1, 4, 2}) {
            for (int j = 0; j < width; j += 7) {
                int at = id * width + j;
                double gradient = before.data[at] - after.data[at];
                double h = 1e-5;
                double plus = lossWithEntry(lesson, at, before.data[at] + h, settings);
                double minus = lossWithEntry(lesson, at, before.data[at] - h, settings);
                double numeric = (plus - minus) / (2 * h);
                assertEquals(numeric, gradient, 1e-6 * Math.max(1e-3, Math.abs(numeric)) + 1e-12, "dE[" + id + "][" + j + "]");
                checked++;
            }
        }
        assertTrue(checked > 10);
    }

    @Test
    void aFrozenEmbeddingStaysAsItWas() {
        Lesson lesson = freshLesson(TrainingTask.SENTIMENT, 0);
        Training training = new Training(lesson, new TrainingSettings(TrainingTask.SENTIMENT, Optimizer.ADAM, 0.01,
                TrainingSettings.NO_CLIP, 3, 0, false));
        training.run(1, (s, l) -> { }, () -> false);
        assertArrayEquals(lesson.embedding().table().data, training.lesson().embedding().table().data, 0.0, "E untouched");
        assertFalse(java.util.Arrays.equals(lesson.w().data, training.lesson().w().data), "W moved");
    }

    private static double lossWithEntry(Lesson lesson, int at, double value, TrainingSettings settings) {
        DMatrixRMaj table = lesson.embedding().table();
        table.data[at] = value;
        Lesson changed = Lesson.embedded(new Embedding(table, lesson.embedding().tokens()), lesson.activation(),
                lesson.headActivation(), lesson.w(), lesson.u(), lesson.b(), lesson.v(), lesson.c(), lesson.initialState());
        return new Training(changed, settings).loss();
    }
}
