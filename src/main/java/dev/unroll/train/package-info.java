/**
 * Training a lesson by gradient descent on built-in toy tasks: the tasks' examples, SGD and Adam as
 * Keras computes them, clipping by global norm, and a step-by-step run that can be paused, cancelled
 * and watched. Pure Java, no JavaFX: the gradients are the backward pass of {@code dev.unroll.grad}.
 */
package dev.unroll.train;
