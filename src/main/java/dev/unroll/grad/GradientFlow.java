package dev.unroll.grad;

import dev.unroll.rnn.Lesson;
import dev.unroll.rnn.Trace;
import dev.unroll.rnn.TraceMonitor;
import dev.unroll.rnn.ValueKind;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.NormOps_DDRM;

/**
 * How a gradient fares on its way back along the chain, step by step: ‖∂L/∂h_t‖, and the spectral
 * norm of the step's Jacobian J_t = ∂h_t/∂h_{t−1} = diag(act′(a_t))·U, its largest singular value.
 * A gradient carried back over k steps is multiplied by k such Jacobians, so norms below 1 make it
 * vanish and norms above 1 let it explode. Index t − 1 holds step t.
 *
 * @param gradientNorms ‖∂L/∂h_t‖₂ for t = 1 … T
 * @param jacobianNorms ‖diag(act′(a_t))·U‖₂ for t = 1 … T
 */
public record GradientFlow(double[] gradientNorms, double[] jacobianNorms) {

    /**
     * The norms of a lesson's backward pass. Each Jacobian norm takes a singular value decomposition
     * of an N × N matrix, so this costs about T·N³ operations.
     */
    public static GradientFlow of(Lesson lesson, Gradients gradients) {
        int timesteps = lesson.dimensions().timesteps();
        int n = lesson.dimensions().units();
        double[] gradientNorms = new double[timesteps];
        DMatrixRMaj dh = gradients.dh();
        for (int t = 0; t < timesteps; t++) {
            double squares = 0;
            for (int i = 0; i < n; i++) {
                squares += dh.data[t * n + i] * dh.data[t * n + i];
            }
            gradientNorms[t] = Math.sqrt(squares);
        }
        double[] jacobianNorms = new double[timesteps];
        DMatrixRMaj u = lesson.u();
        DMatrixRMaj jacobian = new DMatrixRMaj(n, n);
        Trace.stream(lesson, ValueKind.A, TraceMonitor.NONE, (a, t) -> {
            // J_t = diag(act′(a_t))·U: row i of U scaled by act′(a_t,i)
            for (int i = 0; i < n; i++) {
                double slope = Derivatives.of(lesson.activation(), a[i], lesson.activation().apply(a[i]));
                for (int j = 0; j < n; j++) {
                    jacobian.data[i * n + j] = slope * u.data[i * n + j];
                }
            }
            jacobianNorms[t - 1] = NormOps_DDRM.normP2(jacobian);
        });
        return new GradientFlow(gradientNorms, jacobianNorms);
    }
}
