package dev.unroll.rnn;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The size limits of a lesson, and their messages. */
class DimensionsTest {

    @Test
    void zeroTimestepsAreRejectedNamingTimesteps() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Dimensions(0, 3, 4, 0));
        assertTrue(e.getMessage().startsWith("timesteps"), e.getMessage());
        assertTrue(e.getMessage().contains("got 0"), e.getMessage());
    }

    @Test
    void fiveThousandUnitsAreRejectedNamingUnits() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Dimensions(5, 3, 5000, 0));
        assertTrue(e.getMessage().startsWith("units"), e.getMessage());
        assertTrue(e.getMessage().contains("1,024"), e.getMessage());
        assertTrue(e.getMessage().contains("5000"), e.getMessage());
    }

    @Test
    void otherOutOfRangeSizesAreRejectedNamingTheField() {
        assertMessageStartsWith("input features", () -> new Dimensions(5, 0, 4, 0));
        assertMessageStartsWith("output size", () -> new Dimensions(5, 3, 4, -1));
        assertMessageStartsWith("timesteps", () -> new Dimensions(1_000_001, 1, 1, 0));
        assertMessageStartsWith("inputs", () -> new Dimensions(1_000_000, 64, 4, 0));
    }

    @Test
    void sizesAtTheLimitsAreAccepted() {
        assertDoesNotThrow(() -> new Dimensions(1, 1, 1, 0));
        assertDoesNotThrow(() -> new Dimensions(1_000_000, 50, 50, 50));
        assertDoesNotThrow(() -> new Dimensions(10, 1024, 1024, 1024));
        // states and outputs are checkpointed when they do not fit, so only the inputs are limited
        assertDoesNotThrow(() -> new Dimensions(1_000_000, 32, 1024, 1024));
    }

    @Test
    void outputSizeZeroMeansNoHead() {
        Dimensions d = new Dimensions(5, 3, 4, 2);
        assertTrue(d.hasHead());
        assertFalse(d.withOutputSize(0).hasHead());
        assertEquals(new Dimensions(7, 3, 4, 2), d.withTimesteps(7));
        assertEquals(new Dimensions(5, 9, 4, 2), d.withInputFeatures(9));
        assertEquals(new Dimensions(5, 3, 9, 2), d.withUnits(9));
    }

    @Test
    void turningTheHeadOnGivesALessonWithoutOneTwoOutputsAndKeepsAnExistingHead() {
        assertEquals(new Dimensions(100, 32, 64, 2), new Dimensions(100, 32, 64, 0).withHeadOn());
        assertEquals(new Dimensions(20, 32, 32, 1), new Dimensions(20, 32, 32, 1).withHeadOn());
        assertEquals(new Dimensions(5, 3, 4, 7), new Dimensions(5, 3, 4, 7).withHeadOn());
    }

    private static void assertMessageStartsWith(String field, org.junit.jupiter.api.function.Executable make) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, make);
        assertTrue(e.getMessage().startsWith(field), e.getMessage());
    }
}
