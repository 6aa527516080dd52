package dev.unroll.rnn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The shared shape formatter and key lookup, as the importers, diagram and panels rely on them. */
class ShapesAndKeysTest {

    @Test
    void shapesAreWrittenAsNumpyPrintsThem() {
        assertEquals("()", Shapes.of());
        assertEquals("(64,)", Shapes.of(64));
        assertEquals("(64, 32)", Shapes.of(64, 32));
        assertEquals("(2, 3, 4)", Shapes.of(2, 3, 4));
    }

    @Test
    void oneStepLineNamesEveryOperandsShape() {
        assertEquals("(3, 2)\u00B7(2,) + (3, 3)\u00B7(3,) + (3,) \u2192 (3,)", Shapes.oneStep(new Dimensions(4, 2, 3, 0)));
    }

    @Test
    void keysMatchAsTheCallerSaysAndListTheChoicesInOrder() {
        assertEquals(Optional.of(Activation.RELU), Keys.find(Activation.values(), Activation::key, k -> k.equals("relu")));
        assertEquals(Optional.empty(), Keys.find(Activation.values(), Activation::key, k -> k.equals("ReLU")));
        assertEquals(Optional.of(Activation.RELU),
                Keys.find(Activation.values(), Activation::key, k -> k.equalsIgnoreCase("ReLU")));
        assertEquals("tanh, relu, sigmoid, linear", Keys.choices(Activation.values(), Activation::key));
    }
}
