package dev.unroll.grad;

import dev.unroll.rnn.Initialisation;
import dev.unroll.rnn.Lesson;
import dev.unroll.rnn.LessonSpec;
import dev.unroll.rnn.TraceMonitor;
import java.util.concurrent.CancellationException;

/**
 * How the gradient fares going back along a lesson's chain, beside the same shapes drawn with the
 * other initialisation: the seed's saturated numpy-uniform weights beside Keras's, or Keras's beside the
 * seed's. Both take the same loss, {@link #LOSS} of the last output (y_T with a head, h_T without)
 * towards 0, so that ∂L/∂h_T is the loss's own gradient and every earlier ∂L/∂h_t is what reaches
 * back. The window's Gradients panel and {@code export --what gradients} draw this.
 *
 * @param shown                  the lesson's own flow
 * @param shownInitialisation    how the lesson was drawn, or null for weights from a file
 * @param contrast               the flow of the same shapes drawn with {@code contrastInitialisation}
 * @param contrastInitialisation the other initialisation
 */
public record GradientComparison(GradientFlow shown, Initialisation shownInitialisation, GradientFlow contrast,
                                 Initialisation contrastInitialisation) {

    /** The loss both lessons take: the mean square of the last output, its target 0. */
    public static final Loss LOSS = Loss.MSE;

    /**
     * The flows of {@code lesson} and of its contrast. {@code recipe} is the lesson's recipe, or null for
     * weights from a file, whose contrast is Keras's initialisation of the same sizes with seed 0.
     *
     * @throws IllegalArgumentException when the run is too long for a backward pass
     * @throws CancellationException    when {@code monitor} says the work is cancelled
     */
    public static GradientComparison of(Lesson lesson, LessonSpec recipe, TraceMonitor monitor) {
        Initialisation shownInit = recipe == null ? null : recipe.initialisation();
        Initialisation other = contrastFor(shownInit);
        GradientFlow shown = lastOutputTowardsZero(lesson, part(monitor, 0));
        Lesson contrastLesson = contrastRecipe(lesson, recipe).build();
        GradientFlow contrast = lastOutputTowardsZero(contrastLesson, part(monitor, 1));
        return new GradientComparison(shown, shownInit, contrast, other);
    }

    /** Keras's initialisation beside the seed's or a file's weights; the seed's beside Keras's. */
    public static Initialisation contrastFor(Initialisation shown) {
        return shown == Initialisation.KERAS ? Initialisation.NUMPY_UNIFORM : Initialisation.KERAS;
    }

    /** The recipe of the contrast: {@code recipe} drawn the other way, or Keras's for a lesson without one. */
    public static LessonSpec contrastRecipe(Lesson lesson, LessonSpec recipe) {
        if (recipe != null) {
            return recipe.withInitialisation(contrastFor(recipe.initialisation()));
        }
        return new LessonSpec(lesson.dimensions(), lesson.activation(), lesson.headActivation(), Initialisation.KERAS, 0);
    }

    /** The flow of {@link #LOSS} on the last output towards 0. */
    public static GradientFlow lastOutputTowardsZero(Lesson lesson, TraceMonitor monitor) {
        int width = Backprop.targetShape(lesson.dimensions(), false)[0];
        Gradients gradients = Backprop.compute(lesson, new double[width], LOSS, false);
        if (monitor.isCancelled()) {
            throw new CancellationException("the gradients were cancelled");
        }
        return GradientFlow.of(lesson, gradients, monitor);
    }

    /** {@code monitor} for the {@code half}-th of two equal parts of the work: its progress counts into the whole. */
    private static TraceMonitor part(TraceMonitor monitor, int half) {
        return new TraceMonitor() {
            @Override
            public void progress(long done, long total) {
                monitor.progress(half * total + done, 2 * total);
            }

            @Override
            public boolean isCancelled() {
                return monitor.isCancelled();
            }
        };
    }
}
