package dev.unroll.diagram;

import dev.unroll.grad.Derivatives;
import dev.unroll.rnn.Lesson;
import dev.unroll.rnn.Step;
import dev.unroll.rnn.Trace;
import org.ejml.data.DMatrixRMaj;

/**
 * The numbers of step t's backward equations for one unit i, as far as the gradient's flow has reached:
 * <pre>
 * δh_t[i] = Σ_k V[k,i]·δo_t[k] + Σ_j U[j,i]·δa_{t+1}[j]     (without a head, ∂ℓ_t/∂h_t[i] for the first term)
 * δa_t[i] = δh_t[i] · act′(a_t[i])
 * </pre>
 * A value whose stage has not run yet is a question mark, as in {@link StepEquation}. At t = T the second
 * term is 0: no later step sends a gradient back.
 *
 * @param t          the step, 1 … T
 * @param unit       the unit i, 0-based
 * @param activation the activation's name, as in {@code tanh}
 * @param head       whether the loss reaches h_t through the head (else directly)
 * @param fromOutput (Vᵀ·δo_t)[i], or ∂ℓ_t/∂h_t[i] without a head, or "?"
 * @param fromLater  (Uᵀ·δa_{t+1})[i], or "?"
 * @param state      δh_t[i], or "?"
 * @param slope      act′(a_t[i]), from the forward pass, always known
 * @param sum        δa_t[i], or "?"
 */
public record BackwardEquation(int t, int unit, String activation, boolean head, String fromOutput, String fromLater,
        String state, String slope, String sum) {

    /**
     * Step {@code t} of the backward pass {@code picture} of {@code trace}, for unit {@code unit}, with
     * {@code inFlight} the stage of the flow back through step t (null once the step is done).
     */
    public static BackwardEquation of(Trace trace, BackwardPicture picture, int t, int unit, BackwardStage inFlight) {
        Lesson lesson = trace.lesson();
        int n = lesson.dimensions().units();
        DMatrixRMaj dh = picture.gradients().dh();
        DMatrixRMaj da = picture.gradients().da();
        // (Uᵀ·δa_{t+1})[i] = Σ_j U[j,i]·δa_{t+1}[j]; zero past the last step
        double later = 0;
        if (t < dh.numRows) {
            DMatrixRMaj u = lesson.u();
            for (int j = 0; j < n; j++) {
                later += u.get(j, unit) * da.get(t, j);
            }
        }
        boolean head = picture.gradients().dout() != null;
        double output;
        if (head) {
            // (Vᵀ·δo_t)[i] = Σ_k V[k,i]·δo_t[k]
            DMatrixRMaj v = lesson.v();
            DMatrixRMaj dout = picture.gradients().dout();
            output = 0;
            for (int k = 0; k < v.numRows; k++) {
                output += v.get(k, unit) * dout.get(t - 1, k);
            }
        } else {
            // without a head the loss's own term is what δh_t holds beyond the later steps' share
            output = dh.get(t - 1, unit) - later;
        }
        Step step = trace.step(t);
        double slope = Derivatives.of(lesson.activation(), step.a()[unit], step.h()[unit]);
        BackwardStage first = head ? BackwardStage.OUTPUT : BackwardStage.LOSS;
        return new BackwardEquation(t, unit, lesson.activation().key(), head,
                reached(inFlight, first, output), reached(inFlight, BackwardStage.RECURRENT, later),
                reached(inFlight, BackwardStage.STATE, dh.get(t - 1, unit)), ValueFormat.threeDigits(slope),
                reached(inFlight, BackwardStage.SUM, da.get(t - 1, unit)));
    }

    /** The value once the flow has reached {@code stage}; a question mark before. */
    private static String reached(BackwardStage inFlight, BackwardStage stage, double value) {
        return inFlight != null && inFlight.ordinal() < stage.ordinal() ? "?" : ValueFormat.threeDigits(value);
    }
}
