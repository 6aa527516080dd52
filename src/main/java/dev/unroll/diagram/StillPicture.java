package dev.unroll.diagram;

import dev.unroll.rnn.Trace;
import dev.unroll.text.Vocabulary;

/** The picture an export shows: the whole diagram at one timestep, with at most {@value #MAX_COLUMNS} unrolled columns. */
public final class StillPicture {

    /** The most unrolled columns a still picture holds; a longer chain shows the ones up to the current step. */
    public static final int MAX_COLUMNS = 12;

    private StillPicture() {
    }

    /**
     * Lays out and paints the trace at {@code options.t()}, every part of the chosen columns included; a
     * lesson with an Embedding names its token ids in the built-in English vocabulary, as the command line
     * does by default.
     */
    public static Drawing draw(Trace trace, DiagramOptions options, Theme theme) {
        return draw(trace, options, theme, Vocabulary.english());
    }

    /** As {@link #draw(Trace, DiagramOptions, Theme)}, naming token ids in {@code vocabulary}, the one they were looked up in. */
    public static Drawing draw(Trace trace, DiagramOptions options, Theme theme, Vocabulary vocabulary) {
        return draw(trace, null, options, theme, vocabulary);
    }

    /**
     * As {@link #draw(Trace, DiagramOptions, Theme, Vocabulary)}; when the options' moment goes backward,
     * with the gradients of {@code backward} drawn on the chain.
     */
    public static Drawing draw(Trace trace, BackwardPicture backward, DiagramOptions options, Theme theme,
            Vocabulary vocabulary) {
        int[] window = DiagramLayout.stillWindow(trace.timesteps(), options.t(), MAX_COLUMNS);
        DiagramLayout layout = DiagramLayout.of(trace.lesson().dimensions(), options, window[0], window[1],
                Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, DiagramLayout.activatesHead(trace.lesson()),
                TokenWords.of(trace.lesson(), vocabulary));
        return DiagramPainter.paint(layout, trace, backward, ColourScales.of(trace), theme);
    }
}
