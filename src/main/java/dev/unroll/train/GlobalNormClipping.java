package dev.unroll.train;

import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * Clipping by global norm, as Keras's optimiser option {@code global_clipnorm} (TensorFlow's
 * {@code tf.clip_by_global_norm}): every gradient is scaled by the same factor C / max(‖g‖, C), where
 * ‖g‖ = √(Σ over every gradient array of Σ g²). Below the threshold the gradients are left as they are;
 * above it their joint direction is kept and their joint length becomes C. Keras's other option,
 * {@code clipnorm}, clips each array on its own and can turn the joint direction; it is not used here.
 */
public final class GlobalNormClipping {

    private GlobalNormClipping() {
    }

    /** ‖g‖ = √(Σ_arrays Σ_i g_i²). */
    public static double norm(List<DMatrixRMaj> gradients) {
        double sum = 0;
        for (DMatrixRMaj g : gradients) {
            for (int i = 0; i < g.getNumElements(); i++) {
                sum += g.data[i] * g.data[i];
            }
        }
        return Math.sqrt(sum);
    }

    /**
     * Scales the gradients in place by C / max(‖g‖, C).
     *
     * @param threshold C, positive; {@link Double#POSITIVE_INFINITY} leaves them as they are
     * @return ‖g‖ before clipping
     */
    public static double clip(List<DMatrixRMaj> gradients, double threshold) {
        double norm = norm(gradients);
        if (norm > threshold) {
            double scale = threshold / norm;
            for (DMatrixRMaj g : gradients) {
                for (int i = 0; i < g.getNumElements(); i++) {
                    g.data[i] *= scale;
                }
            }
        }
        return norm;
    }
}
