package dev.unroll.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unroll.diagram.DiagramLook;
import dev.unroll.diagram.Notation;
import dev.unroll.io.LessonSource;
import dev.unroll.rnn.Activation;
import dev.unroll.rnn.Dimensions;
import dev.unroll.rnn.LessonSpec;
import dev.unroll.rnn.Preset;
import org.junit.jupiter.api.Test;

/** How the Edit menu names an edit: the numbers it changed with their values, the view settings by name. */
class EditHistoryTest {

    private static final LessonSpec TINY = Preset.TINY.spec();
    private static final DiagramLook LOOK = DiagramLook.DEFAULT;

    private static EditHistory.Snapshot snapshot(LessonSpec spec, DiagramLook look) {
        return new EditHistory.Snapshot(LessonSource.of(spec), look);
    }

    @Test
    void aSizeIsNamedWithItsOldAndNewValue() {
        Dimensions d = TINY.dimensions();
        assertEquals("units 4 \u2192 8", EditHistory.describe(snapshot(TINY, LOOK),
                snapshot(TINY.withDimensions(d.withUnits(8)), LOOK)));
    }

    @Test
    void aViewSettingIsNamedWithoutValues() {
        DiagramLook goodfellow = new DiagramLook(LOOK.view(), LOOK.head(), Notation.GOODFELLOW, LOOK.shapes(),
                LOOK.returnSequences());
        assertEquals("notation", EditHistory.describe(snapshot(TINY, LOOK), snapshot(TINY, goodfellow)));
    }

    @Test
    void anEditOfSeveralSettingsNamesEachInOrder() {
        DiagramLook shapesToggled = new DiagramLook(LOOK.view(), LOOK.head(), LOOK.notation(), !LOOK.shapes(),
                LOOK.returnSequences());
        assertEquals("seed 0 \u2192 3, activation tanh \u2192 relu, shapes", EditHistory.describe(snapshot(TINY, LOOK),
                snapshot(TINY.withSeed(3).withActivation(Activation.RELU), shapesToggled)));
    }
}
