package dev.unroll.grad;

import dev.unroll.rnn.Lesson;
import dev.unroll.rnn.Trace;
import dev.unroll.rnn.TraceMonitor;
import dev.unroll.rnn.ValueKind;
import java.util.concurrent.CancellationException;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * How a gradient fares on its way back along the chain, step by step: ‖∂L/∂h_t‖, and the spectral
 * norm of the step's Jacobian J_t = ∂h_t/∂h_{t−1} = diag(act′(a_t))·U, its largest singular value.
 * A gradient carried back over k steps is multiplied by k such Jacobians, so norms below 1 make it
 * vanish and norms above 1 let it explode. Index t − 1 holds step t.
 *
 * <p>‖J_t‖₂² is the largest eigenvalue of J_t·J_tᵀ = D_t·G·D_t with D_t = diag(act′(a_t)) and
 * G = U·Uᵀ, which is worked out once: each step then needs only a symmetric N × N matrix. While
 * T·N³ stays within {@link #EXACT_WORK} every step's eigenvalue is found exactly (a symmetric
 * eigen-decomposition, values only); beyond it, by power iteration on D_t·G·D_t, about N² a round,
 * each step starting from the previous step's vector, until the Rayleigh quotient changes by less
 * than {@link #POWER_TOLERANCE} of itself or after {@link #POWER_ROUNDS} rounds. The Rayleigh
 * quotient is never above the largest eigenvalue, so a power-iteration norm is at most slightly low.
 *
 * @param gradientNorms ‖∂L/∂h_t‖₂ for t = 1 … T
 * @param jacobianNorms ‖diag(act′(a_t))·U‖₂ for t = 1 … T
 */
public record GradientFlow(double[] gradientNorms, double[] jacobianNorms) {

    /** The most T·N³ for which each step's norm is found by an exact eigen-decomposition: a few seconds at most. */
    public static final double EXACT_WORK = 2e9;
    /** Power iteration stops when its Rayleigh quotient changes by less than this share of itself. */
    public static final double POWER_TOLERANCE = 1e-14;
    /** Power iteration stops after this many rounds at one step, converged or not. */
    public static final int POWER_ROUNDS = 2000;

    /** The norms of a lesson's backward pass. */
    public static GradientFlow of(Lesson lesson, Gradients gradients) {
        return of(lesson, gradients, TraceMonitor.NONE);
    }

    /**
     * The norms of a lesson's backward pass, reporting the steps done to {@code monitor}.
     *
     * @throws CancellationException when {@code monitor} says the work is cancelled
     */
    public static GradientFlow of(Lesson lesson, Gradients gradients, TraceMonitor monitor) {
        int timesteps = lesson.dimensions().timesteps();
        int n = lesson.dimensions().units();
        boolean exact = (double) timesteps * n * n * n <= EXACT_WORK;
        return of(lesson, gradients, monitor, exact);
    }

    /** As {@link #of(Lesson, Gradients, TraceMonitor)}, choosing the exact eigenvalues or power iteration. */
    static GradientFlow of(Lesson lesson, Gradients gradients, TraceMonitor monitor, boolean exact) {
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
        // G = U·Uᵀ, shared by every step's J_t·J_tᵀ = D_t·G·D_t
        DMatrixRMaj g = new DMatrixRMaj(n, n);
        CommonOps_DDRM.multTransB(lesson.u(), lesson.u(), g);
        StepNorm norm = exact ? new ExactNorm(n) : new PowerNorm(n);
        double[] slopes = new double[n];
        Trace.stream(lesson, ValueKind.A, monitor, (a, t) -> {
            if (monitor.isCancelled()) {
                throw new CancellationException("the gradients' norms were cancelled");
            }
            boolean flat = true;
            for (int i = 0; i < n; i++) {
                slopes[i] = Derivatives.of(lesson.activation(), a[i], lesson.activation().apply(a[i]));
                flat &= slopes[i] == 0;
            }
            // a step whose every slope is 0 lets nothing back: J_t = 0
            jacobianNorms[t - 1] = flat ? 0 : Math.sqrt(Math.max(0, norm.largestEigenvalue(g, slopes)));
        });
        return new GradientFlow(gradientNorms, jacobianNorms);
    }

    /** The largest eigenvalue of D·G·D, D = diag(slopes), for symmetric positive semi-definite G. */
    private interface StepNorm {
        double largestEigenvalue(DMatrixRMaj g, double[] slopes);
    }

    /** A symmetric eigen-decomposition, values only, about N³ a step. */
    private static final class ExactNorm implements StepNorm {
        private final DMatrixRMaj m;
        private final EigenDecomposition_F64<DMatrixRMaj> eig;

        ExactNorm(int n) {
            m = new DMatrixRMaj(n, n);
            eig = DecompositionFactory_DDRM.eig(n, false, true);
        }

        @Override
        public double largestEigenvalue(DMatrixRMaj g, double[] d) {
            int n = d.length;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    // (D·G·D)_ij = d_i·g_ij·d_j
                    m.data[i * n + j] = d[i] * g.data[i * n + j] * d[j];
                }
            }
            if (!eig.decompose(m)) {
                throw new ArithmeticException("the eigenvalues of a step's J·Jᵀ did not converge");
            }
            double largest = 0;
            for (int i = 0; i < eig.getNumberOfEigenvalues(); i++) {
                largest = Math.max(largest, eig.getEigenvalue(i).real);
            }
            return largest;
        }
    }

    /** Power iteration on D·G·D, about N² a round, warm-started from the previous step's vector. */
    private static final class PowerNorm implements StepNorm {
        private final double[] v;
        private final double[] dv;
        private final double[] w;

        PowerNorm(int n) {
            v = new double[n];
            dv = new double[n];
            w = new double[n];
            // a start with a share of every direction: no eigenvector is orthogonal to it but by chance
            for (int i = 0; i < n; i++) {
                v[i] = 1 + 0.5 * Math.sin(i + 1.0);
            }
            normalise(v);
        }

        @Override
        public double largestEigenvalue(DMatrixRMaj g, double[] d) {
            int n = d.length;
            double rayleigh = Double.NaN;
            for (int round = 0; round < POWER_ROUNDS; round++) {
                // w = D·G·D·v
                for (int i = 0; i < n; i++) {
                    dv[i] = d[i] * v[i];
                }
                for (int i = 0; i < n; i++) {
                    double sum = 0;
                    for (int j = 0; j < n; j++) {
                        sum += g.data[i * n + j] * dv[j];
                    }
                    w[i] = d[i] * sum;
                }
                // the Rayleigh quotient vᵀ·M·v of the unit vector v
                double next = 0;
                for (int i = 0; i < n; i++) {
                    next += v[i] * w[i];
                }
                if (normalise(w) == 0) {
                    return 0;
                }
                System.arraycopy(w, 0, v, 0, n);
                if (Math.abs(next - rayleigh) <= POWER_TOLERANCE * next) {
                    return next;
                }
                rayleigh = next;
            }
            return rayleigh;
        }

        /** Scales {@code x} to unit length; returns its length before, 0 leaving it as it is. */
        private static double normalise(double[] x) {
            double squares = 0;
            for (double value : x) {
                squares += value * value;
            }
            double length = Math.sqrt(squares);
            if (length > 0) {
                for (int i = 0; i < x.length; i++) {
                    x[i] /= length;
                }
            }
            return length;
        }
    }
}
