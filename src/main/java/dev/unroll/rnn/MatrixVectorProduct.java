package dev.unroll.rnn;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;

/**
 * A matrix M made ready for the engine's products M·v, laid out for one of two kernels: one on the
 * Vector API, which runs where the JVM was started with {@code --add-modules jdk.incubator.vector}, and
 * a plain-Java one otherwise.
 *
 * <p>Both compute every component as the sum in one fixed order, column 0 first:
 * {@code (M·v)_i = ((0 + M_i0·v_0) + M_i1·v_1) + …}, plain multiplications and additions, never a fused
 * multiply–add. Each component so sees the same operations in the same order whichever kernel ran,
 * vectorised or not, and the bits are those of the textbook loop.
 */
public final class MatrixVectorProduct {

    /** The module of the Vector API, an incubator module that the JVM resolves only when asked to. */
    static final String VECTOR_MODULE = "jdk.incubator.vector";

    /**
     * Whether the Vector API kernel runs. Only then is the class that names the module's types
     * loaded, so a JVM without the module never meets them.
     */
    private static final boolean VECTOR = ModuleLayer.boot().findModule(VECTOR_MODULE).isPresent();

    /** The plain-Java kernel's layout: Mᵀ one array a row, row j being column j of M; or null. */
    private final double[][] columns;
    /** The Vector API kernel's layout, from {@link VectorApiProduct#pack}; or null. */
    private final double[] panels;
    /** M's number of columns, the length of v. */
    private final int length;

    private MatrixVectorProduct(double[][] columns, double[] panels, int length) {
        this.columns = columns;
        this.panels = panels;
        this.length = length;
    }

    /** M laid out for the kernel that runs in this JVM. */
    static MatrixVectorProduct of(DMatrixRMaj m) {
        return VECTOR ? vector(m) : scalar(m);
    }

    /** M laid out for the plain-Java kernel. */
    static MatrixVectorProduct scalar(DMatrixRMaj m) {
        double[][] t = new double[m.numCols][m.numRows];
        for (int i = 0; i < m.numRows; i++) {
            for (int j = 0; j < m.numCols; j++) {
                t[j][i] = m.data[i * m.numCols + j];
            }
        }
        return new MatrixVectorProduct(t, null, m.numCols);
    }

    /** M laid out for the Vector API kernel: only in a JVM that has the module. */
    static MatrixVectorProduct vector(DMatrixRMaj m) {
        return new MatrixVectorProduct(null, VectorApiProduct.pack(m), m.numCols);
    }

    /**
     * Which kernel computes the engine's products in this JVM: {@code vector (4 doubles a vector)},
     * with the lane count of the widest vector the machine has, or {@code scalar}.
     */
    public static String kernel() {
        return VECTOR ? "vector (" + VectorApiProduct.lanes() + " doubles a vector)" : "scalar";
    }

    /** Whether the Vector API kernel computes the products in this JVM. */
    static boolean vectorKernelRuns() {
        return VECTOR;
    }

    /**
     * out = M·v[vOffset …]: out[i] = Σ_j M_ij · v[vOffset + j] for every row i of M (every index of
     * out), each sum from 0 in the order of j.
     */
    void multiply(double[] v, int vOffset, double[] out) {
        if (panels != null) {
            VectorApiProduct.multiply(panels, length, v, vOffset, out);
        } else {
            multiplyScalar(v, vOffset, out);
        }
    }

    /**
     * The plain-Java kernel. The loops run over the output component i innermost, reading a column of
     * M at a time, so each pass is an {@code out[i] += column[i]·v_j} the JIT turns into SIMD
     * instructions where it can; four values of j a pass over i, which reads and writes the output a
     * quarter as often. The output is a whole array and the columns are arrays of their own, the shape
     * of loop the JIT vectorises (an offset into a shared array keeps it scalar).
     */
    private void multiplyScalar(double[] v, int vOffset, double[] out) {
        double[][] mt = columns;
        int width = out.length;
        Arrays.fill(out, 0.0);
        int j = 0;
        for (; j + 3 < length; j += 4) {
            double v0 = v[vOffset + j];
            double v1 = v[vOffset + j + 1];
            double v2 = v[vOffset + j + 2];
            double v3 = v[vOffset + j + 3];
            double[] c0 = mt[j];
            double[] c1 = mt[j + 1];
            double[] c2 = mt[j + 2];
            double[] c3 = mt[j + 3];
            for (int i = 0; i < width; i++) {
                // left to right: (((out + p0) + p1) + p2) + p3, the order of j
                out[i] = out[i] + c0[i] * v0 + c1[i] * v1 + c2[i] * v2 + c3[i] * v3;
            }
        }
        for (; j < length; j++) {
            double vj = v[vOffset + j];
            double[] column = mt[j];
            for (int i = 0; i < width; i++) {
                out[i] = out[i] + column[i] * vj;
            }
        }
    }
}
