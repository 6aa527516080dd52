package dev.unroll.export;

import dev.unroll.diagram.BackwardPicture;
import dev.unroll.diagram.DiagramLook;
import dev.unroll.diagram.DiagramOptions;
import dev.unroll.diagram.Drawing;
import dev.unroll.diagram.Interaction;
import dev.unroll.diagram.Moment;
import dev.unroll.diagram.Stage;
import dev.unroll.diagram.StillPicture;
import dev.unroll.diagram.Theme;
import dev.unroll.rnn.Trace;
import dev.unroll.text.Vocabulary;
import java.util.Objects;

/**
 * The pictures of an animation of a run: frame 0 shows h_0, then one frame per timestep with the
 * step complete, or with {@code stages} one frame per stage of each step (4 a step, 5 with the
 * head), each showing its stage finished. So a run of T steps has T + 1 frames, or
 * T · stages + 1. Every frame is the still picture an export at that moment draws. With a
 * {@code backward} picture the run goes backward instead: frame 0 shows the forward pass complete and the
 * gradient at the loss, then the gradient flows back one step (or one stage) a frame, from step T down to 1.
 *
 * @param backward the gradients a backward run shows, or null for the forward run
 */
public record RunFrames(Trace trace, DiagramLook look, boolean stages, Theme theme, Vocabulary vocabulary,
        BackwardPicture backward) {

    /** The forward run. */
    public RunFrames(Trace trace, DiagramLook look, boolean stages, Theme theme, Vocabulary vocabulary) {
        this(trace, look, stages, theme, vocabulary, null);
    }

    public RunFrames {
        Objects.requireNonNull(trace, "trace");
        Objects.requireNonNull(look, "look");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(vocabulary, "vocabulary");
    }

    /** The frames of a run whose token ids, if any, are words of the built-in English vocabulary. */
    public RunFrames(Trace trace, DiagramLook look, boolean stages, Theme theme) {
        this(trace, look, stages, theme, Vocabulary.english());
    }

    /** Frames per timestep: 1, or the number of stages of a step. */
    public int perStep() {
        return perStep(stages, look.head());
    }

    /** How many frames the run has: 1 + T · {@link #perStep()}. */
    public long count() {
        return count(trace.timesteps(), stages, look.head());
    }

    /** How many frames a run of {@code timesteps} steps has, one a step or one a stage, before it is run. */
    public static long count(int timesteps, boolean stages, boolean head) {
        return 1 + (long) timesteps * perStep(stages, head);
    }

    private static int perStep(boolean stages, boolean head) {
        return stages ? Stage.count(head) : 1;
    }

    /** The drawing of frame {@code i}, 0 ≤ i &lt; {@link #count()}. */
    public Drawing frame(int i) {
        if (i < 0 || i >= count()) {
            throw new IndexOutOfBoundsException("frame " + i + " of " + count());
        }
        int timesteps = trace.timesteps();
        if (i == 0) {
            DiagramOptions start = backward == null ? DiagramOptions.still(look, 0)
                    : new DiagramOptions(look, new Moment(timesteps, 0, true), Interaction.NONE);
            return StillPicture.draw(trace, backward, start, theme, vocabulary);
        }
        int step = 1 + (i - 1) / perStep();
        int stage = (i - 1) % perStep();
        // the stage's end: stage s of n is done at phase (s + 1) / n, the last one at 1, the step complete
        double phase = stage + 1 == perStep() ? 1 : (stage + 1.0) / perStep();
        if (backward != null) {
            // the k-th step going back is step T − k + 1
            int t = timesteps - step + 1;
            return StillPicture.draw(trace, backward, new DiagramOptions(look, new Moment(t, phase, true), Interaction.NONE),
                    theme, vocabulary);
        }
        return StillPicture.draw(trace, DiagramOptions.still(look, step).at(step, phase), theme, vocabulary);
    }
}
