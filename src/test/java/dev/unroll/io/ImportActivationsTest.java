package dev.unroll.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unroll.rnn.Activation;
import dev.unroll.rnn.HeadActivation;
import org.junit.jupiter.api.Test;

/** The activations imported weights run with: Keras's defaults unless the user names others. */
class ImportActivationsTest {

    @Test
    void weightsWithNoActivationNamedRunWithKerassTanhCellAndLinearHead() {
        assertEquals(new ImportActivations(Activation.TANH, HeadActivation.LINEAR), ImportActivations.named(null, null));
        assertEquals(ImportActivations.named(null, null), ImportActivations.KERAS_DEFAULTS);
    }

    @Test
    void eachNamedActivationReplacesOnlyItsOwnDefault() {
        assertEquals(new ImportActivations(Activation.RELU, HeadActivation.LINEAR),
                ImportActivations.named(Activation.RELU, null));
        assertEquals(new ImportActivations(Activation.TANH, HeadActivation.SOFTMAX),
                ImportActivations.named(null, HeadActivation.SOFTMAX));
        assertEquals(new ImportActivations(Activation.SIGMOID, HeadActivation.SIGMOID),
                ImportActivations.named(Activation.SIGMOID, HeadActivation.SIGMOID));
    }
}
