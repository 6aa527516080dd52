package dev.unroll.diagram;

import java.util.Objects;

/**
 * What to draw, in three parts that change apart: the {@link DiagramLook look} a lesson file stores,
 * the {@link Moment moment} playback moves every frame, and the {@link Interaction interaction} only
 * the window adds.
 */
public record DiagramOptions(DiagramLook look, Moment moment, Interaction interaction) {

    public DiagramOptions {
        Objects.requireNonNull(look, "look");
        Objects.requireNonNull(moment, "moment");
        Objects.requireNonNull(interaction, "interaction");
    }

    /** A still picture with this look at t: the step complete, nothing highlighted or selected. */
    public static DiagramOptions still(DiagramLook look, int t) {
        return new DiagramOptions(look, Moment.complete(t), Interaction.NONE);
    }

    /** A still picture with the {@linkplain DiagramLook#DEFAULT default look} at t. */
    public static DiagramOptions defaults(int t) {
        return still(DiagramLook.DEFAULT, t);
    }

    /** The current timestep: the moment's t, which the layout and the captions read often. */
    public int t() {
        return moment.t();
    }

    /**
     * The last step the forward pass has computed: t going forward, every step going backward, when
     * the forward pass is complete and t is where the gradient flows.
     */
    public int reached() {
        return moment.backward() ? Integer.MAX_VALUE : moment.t();
    }

    /** Where step t stands: which stage and how far through it (the stages depend on the head). */
    public Stage.Flow flow() {
        return Stage.at(moment.phase(), look.head());
    }

    /** Step {@code step}, {@code stepPhase} of the way through, in the same direction as these options. */
    public DiagramOptions at(int step, double stepPhase) {
        return new DiagramOptions(look, new Moment(step, stepPhase, moment.backward()), interaction);
    }

    /** Where the gradient's flow back through step t stands; meaningful only going backward. */
    public BackwardStage.Flow backwardFlow() {
        return BackwardStage.at(moment.phase(), look.head());
    }

    /** These options with another interaction. */
    public DiagramOptions with(Interaction i) {
        return new DiagramOptions(look, moment, i);
    }
}
