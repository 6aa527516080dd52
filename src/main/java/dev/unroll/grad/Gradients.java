package dev.unroll.grad;

import org.ejml.data.DMatrixRMaj;

/**
 * The result of a backward pass, in Unroll's (the seed's) orientation. dV and dc are null without a
 * head. dh row t − 1 is the total ∂L/∂h_t, through the head at t and every later step; da row t − 1
 * is ∂L/∂a_t, and dout row t − 1 is ∂L/∂o_t, the gradient at the head's input (zero at a step that does not count).
 *
 * @param loss the loss L
 * @param dW   ∂L/∂W (N, M)
 * @param dU   ∂L/∂U (N, N)
 * @param db   ∂L/∂b (N, 1)
 * @param dV   ∂L/∂V (K, N), or null without a head
 * @param dc   ∂L/∂c (K, 1), or null without a head
 * @param dh   ∂L/∂h_t for t = 1 … T, (T, N)
 * @param da   ∂L/∂a_t for t = 1 … T, (T, N)
 * @param dout ∂L/∂o_t for t = 1 … T, (T, K), or null without a head
 */
public record Gradients(double loss, DMatrixRMaj dW, DMatrixRMaj dU, DMatrixRMaj db, DMatrixRMaj dV, DMatrixRMaj dc,
                        DMatrixRMaj dh, DMatrixRMaj da, DMatrixRMaj dout) {
}
