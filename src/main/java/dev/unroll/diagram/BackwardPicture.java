package dev.unroll.diagram;

import dev.unroll.grad.Gradients;
import dev.unroll.grad.LossChoice;
import java.util.Objects;
import org.ejml.data.DMatrixRMaj;

/**
 * What the backward mode draws over a trace: the gradients of one backward pass and the loss they
 * are of. Every gradient drawn (∂L/∂h_t, ∂L/∂a_t, ∂L/∂o_t) is coloured on one logarithmic scale
 * whose top is the largest magnitude among them, so colours compare across steps and boxes.
 *
 * @param gradients the backward pass
 * @param loss      the loss and targets it was computed with
 */
public record BackwardPicture(Gradients gradients, LossChoice loss) {

    public BackwardPicture {
        Objects.requireNonNull(gradients, "gradients");
        Objects.requireNonNull(loss, "loss");
    }

    /** The largest finite magnitude of any gradient drawn, the top of the colour scale; 1 when all are zero. */
    public double scale() {
        double largest = Math.max(largest(gradients.dh()), largest(gradients.da()));
        if (gradients.dout() != null) {
            largest = Math.max(largest, largest(gradients.dout()));
        }
        return largest > 0 ? largest : 1;
    }

    private static double largest(DMatrixRMaj m) {
        double largest = 0;
        for (double v : m.data) {
            if (Double.isFinite(v)) {
                largest = Math.max(largest, Math.abs(v));
            }
        }
        return largest;
    }

    /**
     * A copy of the gradient a node shows going backward: ∂L/∂h_t in h_t, ∂L/∂a_t in a_t, ∂L/∂o_t in
     * o_t; null for other parts and for h_0, whose gradient the pass does not take.
     */
    public double[] vector(Part node) {
        int t = node.t();
        if (t < 1) {
            return null;
        }
        return switch (node.kind()) {
            case H -> row(gradients.dh(), t);
            case A -> row(gradients.da(), t);
            case O -> gradients.dout() == null ? null : row(gradients.dout(), t);
            default -> null;
        };
    }

    /**
     * Whether {@code node}'s gradient is wholly in place in the backward picture at {@code options}: the flow
     * has passed its step, or the stage that forms it is done.
     */
    public boolean computedAt(Part node, DiagramOptions options) {
        return options.moment().backward() && vector(node) != null
                && new GradientFlowState(options, gradients.dh().numRows).shown(node) >= 1;
    }

    /** Row t − 1 of {@code m}, or null past its end. */
    private static double[] row(DMatrixRMaj m, int t) {
        if (t > m.numRows) {
            return null;
        }
        double[] row = new double[m.numCols];
        System.arraycopy(m.data, (t - 1) * m.numCols, row, 0, m.numCols);
        return row;
    }

    /** The loss as the picture states it: {@code loss = bce(y_T, 1) = 0.432}. */
    public String lossLine() {
        return "loss = " + loss.formula() + " = " + ValueFormat.threeDigits(gradients.loss());
    }
}
