package dev.unroll.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.diagram.Element.Anchor;
import dev.unroll.diagram.Element.Text;
import dev.unroll.diagram.Element.TextRun;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextMetricsTest {

    @Test
    void digitsAreAllAsWideAsEachOtherAndBoldIsWider() {
        assertEquals(TextMetrics.width("0000", 10, false), TextMetrics.width("1234", 10, false), 1e-9);
        assertEquals(6.36, TextMetrics.width("0", 10, false), 1e-9);
        assertTrue(TextMetrics.width("h", 15, true) > TextMetrics.width("h", 15, false));
    }

    @Test
    void aTrueMinusIsWiderThanAHyphenAndAnUnknownCharacterCountsAsAnEm() {
        assertTrue(TextMetrics.width("\u2212", 12, false) > TextMetrics.width("-", 12, false));
        assertEquals(12, TextMetrics.width("\u4E00", 12, false), 1e-9);
    }

    @Test
    void aLineAddsItsRunsEachAtItsOwnSize() {
        Text label = new Text(100, 50, List.of(TextRun.normal("h"), TextRun.sub("12")), 15, true, Paint.NONE, Anchor.MIDDLE);
        double expected = TextMetrics.width("h", 15, true) + TextMetrics.width("12", 15 * Typography.SUBSCRIPT_SCALE, true);
        assertEquals(expected, TextMetrics.width(label), 1e-9);
        Box bounds = TextMetrics.bounds(label);
        assertEquals(100 - expected / 2, bounds.x(), 1e-9);
        assertEquals(50 - TextMetrics.ASCENT * 15, bounds.y(), 1e-9);
        assertTrue(bounds.bottom() > 50 + 15 * Typography.SUBSCRIPT_DROP, "the subscript hangs below the baseline");
    }
}
