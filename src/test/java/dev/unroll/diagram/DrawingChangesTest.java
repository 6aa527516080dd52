package dev.unroll.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.diagram.Element.Group;
import dev.unroll.diagram.Element.PathOp;
import dev.unroll.diagram.Element.Rect;
import dev.unroll.diagram.Element.Stroke;
import dev.unroll.diagram.Element.Text;
import dev.unroll.diagram.Element.TextRun;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where two drawings of one picture differ, and how far an element may paint. */
class DrawingChangesTest {

    private static final Part H = new Part(false, PartKind.H, 1);

    private static Drawing drawing(Element... elements) {
        return new Drawing(0, 0, 400, 300, Paint.of(0xFFFFFF), List.of(elements));
    }

    private static Rect cell(int i, int rgb) {
        return new Rect(10, 20 + 10 * i, 30, 10, 0, Paint.of(rgb), Stroke.NONE, i);
    }

    private static Group strip(int... rgbs) {
        Element[] cells = new Element[rgbs.length];
        for (int i = 0; i < rgbs.length; i++) {
            cells[i] = cell(i, rgbs[i]);
        }
        return new Group(H, "h_1", List.of(cells));
    }

    @Test
    void equalDrawingsDifferNowhereEvenWithDashesAndArrowheadsMadeAnew() {
        Drawing a = drawing(Rect.plain(0, 0, 50, 50, 4, Paint.NONE, Stroke.dashed(0x112233, 1.2, 5, 4)),
                new Element.Polygon(new double[] {0, 0, 10, 5, 0, 10}, Paint.of(0)));
        Drawing b = drawing(Rect.plain(0, 0, 50, 50, 4, Paint.NONE, Stroke.dashed(0x112233, 1.2, 5, 4)),
                new Element.Polygon(new double[] {0, 0, 10, 5, 0, 10}, Paint.of(0)));

        assertEquals(Optional.of(List.of()), DrawingChanges.between(a, b));
    }

    @Test
    void oneCellThatChangesColourIsTheOnlyChange() {
        Drawing before = drawing(strip(0x000000, 0x111111, 0x222222));
        Drawing after = drawing(strip(0x000000, 0xFF0000, 0x222222));

        assertEquals(Optional.of(List.of(new Box(10, 30, 30, 10), new Box(10, 30, 30, 10))),
                DrawingChanges.between(before, after));
    }

    @Test
    void aGroupWhoseTitleAloneChangesPaintsTheSame() {
        Group computed = new Group(H, "h_1: [0.5]", List.of(cell(0, 0x123456)));
        Group pending = new Group(H, "h_1: being computed", List.of(cell(0, 0x123456)));

        assertEquals(Optional.of(List.of()), DrawingChanges.between(drawing(pending), drawing(computed)));
    }

    @Test
    void drawingsWithAnotherNumberOfElementsOrAnotherExtentCannotBeComparedPartByPart() {
        Drawing one = drawing(cell(0, 0));
        Drawing two = drawing(cell(0, 0), cell(1, 0));
        Drawing wider = new Drawing(0, 0, 500, 300, Paint.of(0xFFFFFF), List.of(cell(0, 0)));

        assertTrue(DrawingChanges.between(one, two).isEmpty());
        assertTrue(DrawingChanges.between(one, wider).isEmpty());
    }

    @Test
    void anElementMayPaintHalfItsStrokeBeyondItsOutlineAndATextBeyondItsMeasuredWidth() {
        assertEquals(new Box(8, 8, 24, 14), ElementBounds.of(Rect.plain(10, 10, 20, 10, 0, Paint.NONE, Stroke.solid(0, 2))));
        Box line = ElementBounds.of(new Element.Path(List.of(new PathOp.MoveTo(0, 0), new PathOp.LineTo(100, 0)),
                Stroke.solid(0, 1)));
        assertTrue(line.x() < 0 && line.right() > 100 && line.y() < 0 && line.bottom() > 0, line.toString());
        Text text = new Text(100, 50, List.of(TextRun.normal("unrolled")), 12, false, Paint.of(0), Element.Anchor.MIDDLE);
        Box measured = TextMetrics.bounds(text);
        Box reach = ElementBounds.of(text);
        assertTrue(reach.x() < measured.x() && reach.right() > measured.right() && reach.y() < measured.y()
                && reach.bottom() > measured.bottom(), reach + " around " + measured);
    }
}
