package dev.unroll.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NotationTest {

    @Test
    void kerasAndGoodfellowSwapTheInputAndRecurrentLettersAndShareV() {
        assertEquals("W", Notation.KERAS.letter(PartKind.EDGE_INPUT));
        assertEquals("U", Notation.KERAS.letter(PartKind.EDGE_RECURRENT));
        assertEquals("U", Notation.GOODFELLOW.letter(PartKind.EDGE_INPUT));
        assertEquals("W", Notation.GOODFELLOW.letter(PartKind.EDGE_RECURRENT));
        assertEquals("V", Notation.KERAS.letter(PartKind.EDGE_OUTPUT));
        assertEquals("V", Notation.GOODFELLOW.letter(PartKind.EDGE_OUTPUT));
        assertThrows(IllegalArgumentException.class, () -> Notation.KERAS.letter(PartKind.H));
    }
}
