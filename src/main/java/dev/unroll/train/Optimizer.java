package dev.unroll.train;

import java.util.List;
import java.util.Locale;
import org.ejml.data.DMatrixRMaj;

/**
 * The two optimisers, with Keras's defaults. Each {@link #create} makes a fresh state (Adam's moments
 * start at zero), so two runs from the same start give the same bits.
 */
public enum Optimizer {
    /** Plain gradient descent: θ ← θ − η·g. */
    SGD,
    /**
     * Adam as Keras 3 computes it (β1 = 0.9, β2 = 0.999, ε = 1e-7), at step s = 1, 2, …:
     * m ← m + (g − m)(1 − β1), v ← v + (g² − v)(1 − β2), α = η·√(1 − β2^s)/(1 − β1^s),
     * θ ← θ − α·m/(√v + ε).
     */
    ADAM;

    /** Keras's Adam β1. */
    public static final double BETA_1 = 0.9;
    /** Keras's Adam β2. */
    public static final double BETA_2 = 0.999;
    /** Keras's Adam ε. */
    public static final double EPSILON = 1e-7;

    /** The lower-case name used on the command line. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }


    /** An update rule with its own state for parameters of these shapes. */
    public Update create(double learningRate, List<DMatrixRMaj> parameters) {
        return this == SGD ? new Sgd(learningRate) : new Adam(learningRate, parameters);
    }

    /** One optimiser's update, applied in place. */
    public interface Update {
        /** θ ← the rule's next θ, for each parameter and its gradient, in the same order as they were given. */
        void apply(List<DMatrixRMaj> parameters, List<DMatrixRMaj> gradients);
    }

    private record Sgd(double learningRate) implements Update {
        @Override
        public void apply(List<DMatrixRMaj> parameters, List<DMatrixRMaj> gradients) {
            for (int p = 0; p < parameters.size(); p++) {
                double[] theta = parameters.get(p).data;
                double[] g = gradients.get(p).data;
                for (int i = 0; i < parameters.get(p).getNumElements(); i++) {
                    // θ ← θ − η·g
                    theta[i] -= learningRate * g[i];
                }
            }
        }
    }

    private static final class Adam implements Update {
        private final double learningRate;
        private final double[][] m;
        private final double[][] v;
        private int step;

        Adam(double learningRate, List<DMatrixRMaj> parameters) {
            this.learningRate = learningRate;
            this.m = new double[parameters.size()][];
            this.v = new double[parameters.size()][];
            for (int p = 0; p < parameters.size(); p++) {
                m[p] = new double[parameters.get(p).getNumElements()];
                v[p] = new double[parameters.get(p).getNumElements()];
            }
        }

        @Override
        public void apply(List<DMatrixRMaj> parameters, List<DMatrixRMaj> gradients) {
            step++;
            // α = η·√(1 − β2^s)/(1 − β1^s), the bias correction folded into the step size as Keras does
            double alpha = learningRate * Math.sqrt(1 - Math.pow(BETA_2, step)) / (1 - Math.pow(BETA_1, step));
            for (int p = 0; p < parameters.size(); p++) {
                double[] theta = parameters.get(p).data;
                double[] g = gradients.get(p).data;
                double[] mp = m[p];
                double[] vp = v[p];
                for (int i = 0; i < mp.length; i++) {
                    // m ← m + (g − m)(1 − β1) ; v ← v + (g² − v)(1 − β2)
                    mp[i] += (g[i] - mp[i]) * (1 - BETA_1);
                    vp[i] += (g[i] * g[i] - vp[i]) * (1 - BETA_2);
                    // θ ← θ − α·m/(√v + ε)
                    theta[i] -= alpha * mp[i] / (Math.sqrt(vp[i]) + EPSILON);
                }
            }
        }
    }
}
