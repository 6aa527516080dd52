package dev.unroll.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unroll.diagram.DiagramLook;
import dev.unroll.diagram.Notation;
import dev.unroll.diagram.ViewKind;
import dev.unroll.io.ViewSettings;
import dev.unroll.rnn.Dimensions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a lesson file's view settings become the diagram's look and step, and how they are written back. */
class StoredViewTest {

    /** T = 5, M = 3, N = 4, K = 2: a lesson with a head. */
    private static final Dimensions WITH_HEAD = new Dimensions(5, 3, 4, 2);
    /** The same without outputs. */
    private static final Dimensions WITHOUT_HEAD = new Dimensions(5, 3, 4, 0);

    private static ViewSettings settings(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return ViewSettings.of(map);
    }

    @Test
    void aFilesSettingsGiveTheLookWithTheDefaultsForWhatItLacks() {
        StoredView read = StoredView.read(settings("view", "unrolled", "notation", "GoodFellow", "shapes", true,
                "zoom", 1.5), WITH_HEAD);
        assertEquals(new StoredView(new DiagramLook(ViewKind.UNROLLED, true, Notation.GOODFELLOW, true, true), 5), read);
    }

    @Test
    void noSettingsGiveBothPicturesWithTheHeadKerasLettersNoShapesEveryStateReturnedAndEveryStep() {
        assertEquals(new StoredView(new DiagramLook(ViewKind.BOTH, true, Notation.KERAS, false, true), 5),
                StoredView.defaultsFor(WITH_HEAD));
    }

    @Test
    void aHeadOnALessonWithoutOutputsResolvesToOff() {
        assertEquals(false, StoredView.read(settings("head", true), WITHOUT_HEAD).look().head());
        assertEquals(false, StoredView.defaultsFor(WITHOUT_HEAD).look().head());
    }

    @Test
    void aTimestepPastTheLessonsEndClampsToT() {
        assertEquals(5, StoredView.read(settings("timestep", 99L), WITH_HEAD).timestep());
        assertEquals(3, StoredView.read(settings("timestep", 3L), WITH_HEAD).timestep());
        assertEquals(0, StoredView.read(settings("timestep", 0L), WITH_HEAD).timestep());
    }

    @Test
    void aValueOfTheWrongKindOrNoKnownNameReadsAsAbsent() {
        StoredView read = StoredView.read(settings("view", "sideways", "head", "yes", "notation", 2L,
                "shapes", "on", "returnSequences", List.of(false), "timestep", -1L), WITH_HEAD);
        assertEquals(new StoredView(new DiagramLook(ViewKind.BOTH, true, Notation.KERAS, false, true), 5), read);
    }

    @Test
    void writingTheLookBackReplacesTheKnownKeysAndKeepsTheOthersInPlace() {
        ViewSettings stored = settings("zoom", 1.5, "view", "folded", "panel", Map.of("open", true));
        ViewSettings written = new StoredView(new DiagramLook(ViewKind.BOTH, false, Notation.GOODFELLOW, true, false), 2)
                .writeOver(stored);
        assertEquals(List.of("zoom", "view", "panel", "head", "notation", "shapes", "returnSequences", "timestep"),
                List.copyOf(written.asMap().keySet()));
        assertEquals(1.5, written.asMap().get("zoom"));
        assertEquals(Map.of("open", true), written.asMap().get("panel"));
        assertEquals("both", written.asMap().get("view"));
        assertEquals(false, written.asMap().get("head"));
        assertEquals("goodfellow", written.asMap().get("notation"));
        assertEquals(true, written.asMap().get("shapes"));
        assertEquals(false, written.asMap().get("returnSequences"));
        assertEquals(2L, written.asMap().get("timestep"));
    }

    @Test
    void whatIsWrittenReadsBackAsTheSameView() {
        StoredView shown = new StoredView(new DiagramLook(ViewKind.FOLDED, true, Notation.GOODFELLOW, false, false), 4);
        assertEquals(shown, StoredView.read(shown.writeOver(ViewSettings.NONE), WITH_HEAD));
    }
}
