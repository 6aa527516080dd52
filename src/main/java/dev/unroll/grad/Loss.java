package dev.unroll.grad;

import dev.unroll.rnn.Activation;
import dev.unroll.rnn.HeadActivation;
import dev.unroll.rnn.Lesson;
import java.util.Locale;

/**
 * The losses Keras computes on a layer's output y (y_t of the head, or h_t without one) against
 * targets z, over the steps that count: every step with return_sequences, only the last without.
 * With S steps counted and width K:
 * <ul>
 * <li>{@code mse}: L = 1/(S·K) Σ_t Σ_k (y_tk − z_tk)²</li>
 * <li>{@code bce}: L = 1/(S·K) Σ_t Σ_k −[z_tk log ŷ_tk + (1 − z_tk) log(1 − ŷ_tk)]</li>
 * <li>{@code cce}: L = 1/S Σ_t −Σ_k z_tk log ŷ_tk</li>
 * </ul>
 * where ŷ = clip(y, ε, 1 − ε) with ε = 1e-7, as Keras clips probabilities before the logarithm. The
 * clip is a function of y like any other: its derivative is 1 where ε ≤ y ≤ 1 − ε and 0 where y lies
 * outside (as TensorFlow's clip_by_value passes gradients), so a clipped y gets no gradient, and the
 * loss there is flat in y, which is what a finite difference measures too. Keras's cce also divides
 * y by Σ_k y_k; after a softmax that sum is 1 and the division leaves ∂L/∂o unchanged (softmax is
 * unchanged by a common factor), so it is left out.
 */
public enum Loss {
    /** Mean squared error. */
    MSE,
    /** Binary cross-entropy, for a sigmoid output. */
    BCE,
    /** Categorical cross-entropy, for a softmax output. */
    CCE;

    /** Keras's clipping bound for probabilities. */
    public static final double EPSILON = 1e-7;

    /** The lower-case name used on the command line and in Keras's short names. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Why this loss does not fit the lesson's output, or null when it does: bce needs probabilities from
     * a sigmoid (the head's, or the cell's without a head), cce a softmax head.
     */
    public String misfit(Lesson lesson) {
        boolean head = lesson.dimensions().hasHead();
        return switch (this) {
            case MSE -> null;
            case BCE -> head ? (lesson.headActivation() == HeadActivation.SIGMOID ? null
                    : "bce needs a sigmoid head, and the head's activation is " + lesson.headActivation().key())
                    : (lesson.activation() == Activation.SIGMOID ? null
                    : "bce on h (no head) needs the sigmoid activation, and the cell's is " + lesson.activation().key());
            case CCE -> head ? (lesson.headActivation() == HeadActivation.SOFTMAX ? null
                    : "cce needs a softmax head, and the head's activation is " + lesson.headActivation().key())
                    : "cce needs a softmax head, and the lesson has no head (K = 0)";
        };
    }

    /**
     * Adds this loss's terms for one step to the running sum and writes ∂L/∂y for the step into
     * {@code dy}; both are scaled by {@code scale}, 1/(S·K) or 1/S.
     *
     * @return the step's loss times {@code scale}
     */
    double step(double[] y, int yOffset, double[] z, int zOffset, int width, double scale, double[] dy) {
        double sum = 0;
        for (int k = 0; k < width; k++) {
            double yk = y[yOffset + k];
            double zk = z[zOffset + k];
            switch (this) {
                case MSE -> {
                    // ∂/∂y (y − z)² = 2(y − z)
                    double e = yk - zk;
                    sum += e * e;
                    dy[k] = 2 * e * scale;
                }
                case BCE -> {
                    // ∂/∂ŷ −[z log ŷ + (1 − z) log(1 − ŷ)] = −z/ŷ + (1 − z)/(1 − ŷ), times clip′(y)
                    double p = clip(yk);
                    sum -= zk * Math.log(p) + (1 - zk) * Math.log(1 - p);
                    dy[k] = inside(yk) ? (-zk / p + (1 - zk) / (1 - p)) * scale : 0;
                }
                case CCE -> {
                    // ∂/∂ŷ_k −Σ z_k log ŷ_k = −z_k/ŷ_k, times clip′(y_k)
                    double p = clip(yk);
                    sum -= zk * Math.log(p);
                    dy[k] = inside(yk) ? -zk / p * scale : 0;
                }
            }
        }
        return sum * scale;
    }

    /** 1/(S·K) for the means over components, 1/S for cce's sum over components. */
    double scale(int steps, int width) {
        return this == CCE ? 1.0 / steps : 1.0 / ((double) steps * width);
    }

    private static double clip(double y) {
        return Math.min(Math.max(y, EPSILON), 1 - EPSILON);
    }

    private static boolean inside(double y) {
        return y >= EPSILON && y <= 1 - EPSILON;
    }
}
