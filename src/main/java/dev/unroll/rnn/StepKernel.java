package dev.unroll.rnn;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * One step of the RNN, with work buffers allocated once and reused for every step. The forward pass
 * and the on-demand recomputation of a step both use this, so they give the same bits.
 */
final class StepKernel {

    private final Lesson lesson;
    final DMatrixRMaj x;
    final DMatrixRMaj hPrev;
    final DMatrixRMaj wx;
    final DMatrixRMaj uh;
    final DMatrixRMaj a;
    final DMatrixRMaj h;
    final DMatrixRMaj o;
    final DMatrixRMaj y;

    StepKernel(Lesson lesson) {
        this.lesson = lesson;
        Dimensions d = lesson.dimensions();
        int n = d.units();
        int k = d.outputSize();
        x = new DMatrixRMaj(d.inputFeatures(), 1);
        hPrev = new DMatrixRMaj(n, 1);
        wx = new DMatrixRMaj(n, 1);
        uh = new DMatrixRMaj(n, 1);
        a = new DMatrixRMaj(n, 1);
        h = new DMatrixRMaj(n, 1);
        o = new DMatrixRMaj(k, 1);
        y = new DMatrixRMaj(k, 1);
    }

    /**
     * Computes step t (1-based) from x_t, taken from the lesson's inputs, and h_{t−1}, copied from
     * {@code states} at {@code stateOffset}. Results are left in the buffers.
     */
    void compute(int t, double[] states, int stateOffset) {
        int m = x.numRows;
        int n = h.numRows;
        Activation act = lesson.activation();
        // x = x_t, row t − 1 of the inputs
        System.arraycopy(lesson.rawInputs().data, (t - 1) * m, x.data, 0, m);
        // h_{t−1}
        System.arraycopy(states, stateOffset, hPrev.data, 0, n);
        // Wx = W · x_t
        CommonOps_DDRM.mult(lesson.rawW(), x, wx);
        // Uh = U · h_{t−1}
        CommonOps_DDRM.mult(lesson.rawU(), hPrev, uh);
        // a_t = Wx + Uh + b
        CommonOps_DDRM.add(wx, uh, a);
        CommonOps_DDRM.addEquals(a, lesson.rawB());
        // h_t = act(a_t)
        for (int i = 0; i < n; i++) {
            h.data[i] = act.apply(a.data[i]);
        }
        if (lesson.rawV() != null) {
            // o_t = V · h_t + c
            CommonOps_DDRM.mult(lesson.rawV(), h, o);
            CommonOps_DDRM.addEquals(o, lesson.rawC());
            // y_t = headAct(o_t)
            lesson.headActivation().apply(o.data, y.data, o.numRows);
        }
    }
}
