package dev.unroll.diagram;

import dev.unroll.rnn.Trace;
import dev.unroll.text.Vocabulary;
import java.util.Locale;

/** What an export draws: the diagram, the heatmap of h_t over time, or the current step's equation. */
public enum PictureKind {
    /** The folded and/or unrolled network, as {@link StillPicture} draws it. */
    DIAGRAM,
    /** h_t over time, as the Heatmap panel shows it ({@link HeatmapPicture}). */
    HEATMAP,
    /** The step's equation with its numbers, as the Equation panel shows it ({@link EquationPicture}). */
    EQUATION;

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

    /** As {@link #draw(Trace, DiagramOptions, int, Theme)}, the diagram naming token ids in {@code vocabulary}. */
    public Drawing draw(Trace trace, DiagramOptions options, int unit, Theme theme, Vocabulary vocabulary) {
        int t = options.t();
        Moment moment = options.moment();
        return switch (this) {
            case DIAGRAM -> StillPicture.draw(trace, options, theme, vocabulary);
            case HEATMAP -> HeatmapPicture.forExport(trace, t, moment.inFlight() ? t - 1 : t, theme).drawing();
            case EQUATION -> EquationPicture.draw(trace, t, unit, options.look().notation(),
                    moment.inFlight() ? options.flow().stage() : null, options.look().head(), theme);
        };
    }
}
