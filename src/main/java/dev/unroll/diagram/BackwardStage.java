package dev.unroll.diagram;

import java.util.List;

/**
 * The stages of one step of the backward pass, in the order the gradient flows back through step t:
 * the loss's gradient arrives at o_t (∂L/∂o_t), travels down V to h_t, the gradient of the later
 * step travels back along U from a_{t+1}, the two sum to δh_t = ∂L/∂h_t, and the activation's slope
 * turns it into δa_t = δh_t ⊙ act′(a_t). Without a head the loss's gradient arrives at h_t itself.
 * A step has as many stages as the forward pass's ({@link Stage#count}), so the same stepping serves both.
 */
public enum BackwardStage {
    /** ∂L/∂o_t from the loss on y_t (on h_t without a head). */
    LOSS,
    /** δo_t back down the output edge: Vᵀ·δo_t. Only with the head. */
    OUTPUT,
    /** δa_{t+1} back along the recurrent edge: Uᵀ·δa_{t+1}. */
    RECURRENT,
    /** δh_t, the sum of what arrived. */
    STATE,
    /** δa_t = δh_t ⊙ act′(a_t). */
    SUM;

    private static final List<BackwardStage> WITH_HEAD = List.of(values());
    private static final List<BackwardStage> WITHOUT_HEAD = List.of(LOSS, RECURRENT, STATE, SUM);

    /** The stages of a step, in order: five with the head, four without. */
    public static List<BackwardStage> of(boolean head) {
        return head ? WITH_HEAD : WITHOUT_HEAD;
    }

    /** Where a backward step's phase in [0, 1] falls: the stage and how far through it; phase 1 is the last stage done. */
    public static Flow at(double phase, boolean head) {
        List<BackwardStage> stages = of(head);
        double scaled = Math.max(0, Math.min(1, phase)) * stages.size();
        int index = Math.min(stages.size() - 1, (int) Math.floor(scaled));
        return new Flow(stages.get(index), scaled - index);
    }

    /** The phase at which this stage starts in a step with or without the head. */
    public double start(boolean head) {
        List<BackwardStage> stages = of(head);
        int index = stages.indexOf(this);
        return index < 0 ? 0 : (double) index / stages.size();
    }

    /** Whether this stage is done, or running, by the time {@code flow} is reached. */
    boolean reachedBy(Flow flow) {
        return flow.stage().ordinal() >= ordinal();
    }

    /** A stage and the fraction of it done, in [0, 1]. */
    public record Flow(BackwardStage stage, double fraction) {
    }
}
