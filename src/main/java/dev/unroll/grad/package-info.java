/**
 * Backpropagation through time for a lesson: the gradients of a Keras-style loss with respect to
 * every weight, every state h_t and every pre-activation a_t, computed with EJML backwards along the
 * unrolled chain the diagram draws. Pure Java, no JavaFX.
 */
package dev.unroll.grad;
