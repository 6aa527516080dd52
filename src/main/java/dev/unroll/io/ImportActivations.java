package dev.unroll.io;

import dev.unroll.rnn.Activation;
import dev.unroll.rnn.HeadActivation;
import java.util.Objects;

/**
 * The activations that weights read from files are run with. A weights file holds numbers only, no
 * activation; a Keras layer built without naming one used Keras's default (tanh for SimpleRNN, linear
 * for Dense), so those apply unless the user names another. The lesson on screen, or any earlier one,
 * has no say: its activations were chosen for other weights.
 */
public record ImportActivations(Activation activation, HeadActivation headActivation) {

    /** Keras's defaults: {@code SimpleRNN(activation='tanh')} and {@code Dense(activation=None)}, which is linear. */
    public static final ImportActivations KERAS_DEFAULTS = new ImportActivations(Activation.TANH, HeadActivation.LINEAR);

    public ImportActivations {
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(headActivation, "headActivation");
    }

    /**
     * Keras's defaults, with each activation the user named in place of its default.
     *
     * @param activation     the cell activation named, or null for none
     * @param headActivation the head activation named, or null for none
     */
    public static ImportActivations named(Activation activation, HeadActivation headActivation) {
        return new ImportActivations(activation != null ? activation : KERAS_DEFAULTS.activation,
                headActivation != null ? headActivation : KERAS_DEFAULTS.headActivation);
    }
}
