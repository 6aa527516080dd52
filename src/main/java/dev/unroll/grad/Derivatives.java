package dev.unroll.grad;

import dev.unroll.rnn.Activation;

/** The derivatives of the cell's activations, shared by the backward pass and the Jacobians of the steps. */
public final class Derivatives {

    private Derivatives() {
    }

    /**
     * act′(a) from a and h = act(a): tanh′ = 1 − h², relu′ = [a > 0] (0 at the kink, as Keras's
     * gradient of relu is), sigmoid′ = h(1 − h), linear′ = 1. tanh′ and sigmoid′ are taken from h, as
     * TensorFlow computes them, so a unit whose h rounds to ±1 (or to 0 or 1) has a slope of exactly 0.
     */
    public static double of(Activation act, double a, double h) {
        return switch (act) {
            case TANH -> 1 - h * h;
            case RELU -> a > 0 ? 1 : 0;
            case SIGMOID -> h * (1 - h);
            case LINEAR -> 1;
        };
    }
}
