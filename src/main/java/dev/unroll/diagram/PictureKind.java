package dev.unroll.diagram;

import dev.unroll.grad.GradientComparison;
import dev.unroll.rnn.LessonSpec;
import dev.unroll.rnn.Trace;
import dev.unroll.rnn.TraceMonitor;
import dev.unroll.text.Vocabulary;
import java.util.Locale;

/** What an export draws: the diagram, the heatmap of h_t over time, the current step's equation, or the gradients' norms. */
public enum PictureKind {
    /** The folded and/or unrolled network, as {@link StillPicture} draws it. */
    DIAGRAM,
    /** h_t over time, as the Heatmap panel shows it ({@link HeatmapPicture}). */
    HEATMAP,
    /** The step's equation with its numbers, as the Equation panel shows it ({@link EquationPicture}). */
    EQUATION,
    /**
     * ‖∂L/∂h_t‖ and the steps' Jacobian norms beside those of the other initialisation, as the Gradients
     * panel shows them ({@link GradientPicture}).
     */
    GRADIENTS;

    /** The lower-case name the command line takes, as in {@code --what heatmap}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * This picture of {@code trace} at {@code options}' step and phase, with {@code unit} the unit whose
     * equation is written (the equation's only).
     */
    public Drawing draw(Trace trace, DiagramOptions options, int unit, Theme theme) {
        return draw(trace, options, unit, theme, Vocabulary.english());
    }

    /**
     * As {@link #draw(Trace, DiagramOptions, int, Theme)}, the diagram naming token ids in {@code vocabulary};
     * the gradients compare the lesson with Keras's initialisation, as for weights from a file.
     */
    public Drawing draw(Trace trace, DiagramOptions options, int unit, Theme theme, Vocabulary vocabulary) {
        return draw(trace, options, unit, theme, vocabulary, null);
    }

    /**
     * As {@link #draw(Trace, DiagramOptions, int, Theme, Vocabulary)}, {@code recipe} being the lesson's
     * recipe (null for weights from a file): the gradients compare it with the other initialisation.
     */
    public Drawing draw(Trace trace, DiagramOptions options, int unit, Theme theme, Vocabulary vocabulary, LessonSpec recipe) {
        int t = options.t();
        Moment moment = options.moment();
        return switch (this) {
            case DIAGRAM -> StillPicture.draw(trace, options, theme, vocabulary);
            case HEATMAP -> HeatmapPicture.forExport(trace, t, moment.inFlight() ? t - 1 : t, theme).drawing();
            case EQUATION -> EquationPicture.draw(trace, t, unit, options.look().notation(),
                    moment.inFlight() ? options.flow().stage() : null, options.look().head(), theme);
            case GRADIENTS -> GradientPicture.forExport(GradientComparison.of(trace.lesson(), recipe, TraceMonitor.NONE),
                    theme).drawing();
        };
    }
}
