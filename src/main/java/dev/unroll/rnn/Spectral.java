package dev.unroll.rnn;

import org.ejml.data.Complex_F64;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The spectral radius of the recurrent matrix, max |λ| over U's eigenvalues. Above 1, repeated
 * multiplication by U stretches some direction at every step (with a linear cell, h explodes);
 * below 1 it shrinks every direction (old inputs fade and gradients vanish).
 */
public final class Spectral {

    private Spectral() {
    }

    /** ρ(U) for the lesson's U. Costs O(N³); run it off the JavaFX thread for large N. */
    public static double radiusOfU(Lesson lesson) {
        return radius(lesson.rawU());
    }

    /** ρ(A) = max |λ_i| for a square matrix A. */
    public static double radius(DMatrixRMaj a) {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(a.numRows, false);
        if (!eig.decompose(a.copy())) {
            return Double.NaN;
        }
        double largest = 0;
        for (int i = 0; i < eig.getNumberOfEigenvalues(); i++) {
            Complex_F64 lambda = eig.getEigenvalue(i);
            largest = Math.max(largest, lambda.getMagnitude());
        }
        return largest;
    }
}
