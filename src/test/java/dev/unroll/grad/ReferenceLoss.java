package dev.unroll.grad;

import dev.unroll.rnn.Lesson;
import org.ejml.data.DMatrixRMaj;

/**
 * The loss of a lesson computed by plain loops, written from the definitions rather than from the
 * engine, with a nudge added to one a_t or h_t component: what the finite differences of ∂L/∂a_t and
 * ∂L/∂h_t differentiate. Only the tests use it.
 */
final class ReferenceLoss {

    /** Where the nudge goes: to a_t (before the activation) or to h_t (after it, before it is used). */
    enum Into { A, H }

    private ReferenceLoss() {
    }

    static double of(Lesson lesson, double[] z, Loss loss, boolean returnSequences) {
        return of(lesson, z, loss, returnSequences, Into.A, 0, 0, 0);
    }

    /** The loss with {@code nudge} added to component i of a_t or h_t (t counted from 1). */
    static double of(Lesson lesson, double[] z, Loss loss, boolean returnSequences, Into into, int t, int i, double nudge) {
        DMatrixRMaj w = lesson.w();
        DMatrixRMaj u = lesson.u();
        DMatrixRMaj b = lesson.b();
        DMatrixRMaj v = lesson.v();
        DMatrixRMaj c = lesson.c();
        DMatrixRMaj x = lesson.inputs();
        int steps = x.numRows;
        int n = w.numRows;
        int m = w.numCols;
        int k = v == null ? 0 : v.numRows;
        int width = k > 0 ? k : n;
        double[] h = lesson.initialState().data.clone();
        double sum = 0;
        for (int s = 1; s <= steps; s++) {
            double[] next = new double[n];
            for (int r = 0; r < n; r++) {
                double a = b.get(r, 0);
                for (int j = 0; j < m; j++) {
                    a += w.get(r, j) * x.get(s - 1, j);
                }
                for (int j = 0; j < n; j++) {
                    a += u.get(r, j) * h[j];
                }
                if (into == Into.A && s == t && r == i) {
                    a += nudge;
                }
                next[r] = switch (lesson.activation()) {
                    case TANH -> Math.tanh(a);
                    case RELU -> Math.max(0, a);
                    case SIGMOID -> 1 / (1 + Math.exp(-a));
                    case LINEAR -> a;
                };
                if (into == Into.H && s == t && r == i) {
                    next[r] += nudge;
                }
            }
            h = next;
            if (!returnSequences && s < steps) {
                continue;
            }
            double[] y = k > 0 ? head(lesson, v, c, h) : h;
            int row = returnSequences ? s - 1 : 0;
            for (int q = 0; q < width; q++) {
                double zq = z[row * width + q];
                double p = Math.min(Math.max(y[q], 1e-7), 1 - 1e-7);
                sum += switch (loss) {
                    case MSE -> (y[q] - zq) * (y[q] - zq);
                    case BCE -> -(zq * Math.log(p) + (1 - zq) * Math.log(1 - p));
                    case CCE -> -zq * Math.log(p);
                };
            }
        }
        int counted = returnSequences ? steps : 1;
        return loss == Loss.CCE ? sum / counted : sum / ((double) counted * width);
    }

    private static double[] head(Lesson lesson, DMatrixRMaj v, DMatrixRMaj c, double[] h) {
        int k = v.numRows;
        double[] o = new double[k];
        for (int q = 0; q < k; q++) {
            o[q] = c.get(q, 0);
            for (int j = 0; j < h.length; j++) {
                o[q] += v.get(q, j) * h[j];
            }
        }
        double[] y = new double[k];
        switch (lesson.headActivation()) {
            case LINEAR -> System.arraycopy(o, 0, y, 0, k);
            case SIGMOID -> {
                for (int q = 0; q < k; q++) {
                    y[q] = 1 / (1 + Math.exp(-o[q]));
                }
            }
            case SOFTMAX -> {
                double total = 0;
                for (int q = 0; q < k; q++) {
                    y[q] = Math.exp(o[q]);
                    total += y[q];
                }
                for (int q = 0; q < k; q++) {
                    y[q] /= total;
                }
            }
        }
        return y;
    }
}
