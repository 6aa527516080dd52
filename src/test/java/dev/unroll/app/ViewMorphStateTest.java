package dev.unroll.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.diagram.ViewKind;
import org.junit.jupiter.api.Test;

/** Which view switches morph, and how the morph's phase moves and ends. */
class ViewMorphStateTest {

    private static DiagramViewState at(ViewKind view) {
        DiagramViewState state = new DiagramViewState();
        state.setView(view);
        return state;
    }

    @Test
    void unrolledToFoldedMorphsAndAdvancingByItsWholeLengthEndsIt() {
        DiagramViewState state = at(ViewKind.UNROLLED);
        state.switchView(ViewKind.FOLDED);
        assertEquals(ViewKind.UNROLLED, state.morphFromProperty().get());
        assertEquals(0.0, state.morphPhaseProperty().get());
        assertEquals(ViewKind.FOLDED, state.viewProperty().get(), "the view is the one reached from the start");

        assertTrue(state.advanceMorph(0.25));
        assertEquals(0.25, state.morphPhaseProperty().get(), 1e-12);
        assertFalse(state.advanceMorph(0.75));
        assertNull(state.morphFromProperty().get());
        assertEquals(1.0, state.morphPhaseProperty().get());
    }

    @Test
    void switchesToOrFromBothAndToTheSameViewDoNotMorph() {
        DiagramViewState state = at(ViewKind.BOTH);
        state.switchView(ViewKind.FOLDED);
        assertFalse(state.isMorphing());
        state.switchView(ViewKind.BOTH);
        assertFalse(state.isMorphing());
        state.switchView(ViewKind.BOTH);
        assertFalse(state.isMorphing());
        assertEquals(ViewKind.BOTH, state.viewProperty().get());
    }

    @Test
    void aViewRestoredRatherThanChosenEndsTheMorphAtOnce() {
        DiagramViewState state = at(ViewKind.FOLDED);
        state.switchView(ViewKind.UNROLLED);
        state.setView(ViewKind.BOTH);
        assertFalse(state.isMorphing());
        assertEquals(1.0, state.morphPhaseProperty().get());
    }
}
