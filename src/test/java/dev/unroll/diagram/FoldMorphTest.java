package dev.unroll.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.diagram.Element.Group;
import dev.unroll.diagram.Element.Path;
import dev.unroll.diagram.Element.PathOp;
import dev.unroll.diagram.Element.Rect;
import dev.unroll.rnn.Preset;
import dev.unroll.rnn.Trace;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The morph from the folded cell to the unrolled chain starts on one picture, ends on the other, and moves every part between. */
class FoldMorphTest {

    private static final Trace TINY = Trace.run(Preset.TINY.spec().build());
    private static final int STEP = 2;

    private static Drawing paint(ViewKind view) {
        DiagramOptions options = DiagramOptions.still(DiagramLook.DEFAULT.withView(view), STEP);
        DiagramLayout layout = DiagramLayout.of(TINY.lesson().dimensions(), options, DiagramLayout.activatesHead(TINY.lesson()));
        return DiagramPainter.paint(layout, TINY, ColourScales.of(TINY), Theme.LIGHT);
    }

    private static final Drawing FOLDED = paint(ViewKind.FOLDED);
    private static final Drawing UNROLLED = paint(ViewKind.UNROLLED);

    private static Optional<Group> group(Drawing d, PartKind kind, int t) {
        return d.elements().stream().filter(e -> e instanceof Group g && g.part().kind() == kind && g.part().t() == t)
                .map(e -> (Group) e).findFirst();
    }

    private static List<Rect> cells(Group g) {
        return g.children().stream().filter(e -> e instanceof Rect r && r.cellIndex() >= 0).map(e -> (Rect) e).toList();
    }

    private static boolean strictlyBetween(double value, double a, double b) {
        return value > Math.min(a, b) && value < Math.max(a, b);
    }

    @Test
    void phaseZeroIsTheFoldedPictureAndPhaseOneTheUnrolledOne() {
        assertEquals(FOLDED.elements(), FoldMorph.between(FOLDED, UNROLLED, 0).elements());
        assertEquals(UNROLLED.elements(), FoldMorph.between(FOLDED, UNROLLED, 1).elements());
        assertEquals(UNROLLED.width(), FoldMorph.between(FOLDED, UNROLLED, 1).width());
    }

    @Test
    void halfwayEveryPartOfTheFoldedCellLiesStrictlyBetweenItsPlaceInTheCellAndInColumnT() {
        Drawing half = FoldMorph.between(FOLDED, UNROLLED, 0.5);
        int checked = 0;
        for (PartKind kind : PartKind.values()) {
            Optional<Group> folded = group(FOLDED, kind, STEP);
            Optional<Group> unrolled = group(UNROLLED, kind, STEP);
            if (folded.isEmpty() || unrolled.isEmpty() || kind == PartKind.EDGE_RECURRENT) {
                continue;
            }
            Box from = ElementBounds.of(folded.get());
            Box to = ElementBounds.of(unrolled.get());
            Box mid = ElementBounds.of(group(half, kind, STEP).orElseThrow());
            assertTrue(strictlyBetween(mid.x(), from.x(), to.x()), kind + ": " + mid + " between " + from + " and " + to);
            assertTrue(mid.y() >= Math.min(from.y(), to.y()) - 1e-9 && mid.y() <= Math.max(from.y(), to.y()) + 1e-9, kind.toString());
            checked++;
        }
        assertTrue(checked >= 7, "x, h, o, b, a, c and the two vertical edges are matched, got " + checked);
    }

    @Test
    void halfwayTheLoopIsACurveBetweenTheLoopAndTheStraightRecurrentEdge() {
        Path loop = path(group(FOLDED, PartKind.EDGE_RECURRENT, STEP).orElseThrow());
        Path straight = path(group(UNROLLED, PartKind.EDGE_RECURRENT, STEP).orElseThrow());
        Path half = path(group(FoldMorph.between(FOLDED, UNROLLED, 0.5), PartKind.EDGE_RECURRENT, STEP).orElseThrow());

        PathOp.CubicTo curl = (PathOp.CubicTo) loop.ops().get(1);
        PathOp.LineTo line = (PathOp.LineTo) straight.ops().get(1);
        PathOp.MoveTo lineStart = (PathOp.MoveTo) straight.ops().get(0);
        PathOp.CubicTo mid = (PathOp.CubicTo) half.ops().get(1);
        // the straight edge as a cubic has its first control point a third of the way along
        double straightControlY = lineStart.y() + (line.y() - lineStart.y()) / 3;
        assertTrue(strictlyBetween(mid.y1(), curl.y1(), straightControlY), "the loop's bulge is half flattened: " + mid);
        assertTrue(strictlyBetween(mid.x(), curl.x(), line.x()), "its end is on the way to h_t's sum: " + mid);
        assertFalse(mid.equals(curl));
    }

    @Test
    void theOtherColumnsGrowOutOfTheFoldedCellWithTheirOwnValuesInTheirCells() {
        Drawing early = FoldMorph.between(FOLDED, UNROLLED, 0.1);
        Group h1 = group(early, PartKind.H, 1).orElseThrow();
        Group unrolledH1 = group(UNROLLED, PartKind.H, 1).orElseThrow();
        Box cell = ElementBounds.of(group(FOLDED, PartKind.H, STEP).orElseThrow());
        Box grown = ElementBounds.of(h1);
        Box end = ElementBounds.of(unrolledH1);
        assertTrue(Math.abs(grown.x() - cell.x()) < Math.abs(end.x() - cell.x()), "h_1 starts near the folded h");
        List<Rect> cells = cells(h1);
        List<Rect> own = cells(unrolledH1);
        assertEquals(own.size(), cells.size());
        for (int i = 0; i < own.size(); i++) {
            assertEquals(own.get(i).fill().rgb(), cells.get(i).fill().rgb(), "h_1's cell " + i + " keeps its colour");
            assertTrue(cells.get(i).fill().opacity() < own.get(i).fill().opacity(), "and fades in");
        }
    }

    @Test
    void easingPutsHalfTheTimeHalfTheWayAndStaysInTheUnitInterval() {
        assertEquals(0.5, FoldMorph.eased(0.5), 1e-12);
        assertEquals(0, FoldMorph.eased(-1));
        assertEquals(1, FoldMorph.eased(2));
        assertTrue(FoldMorph.eased(0.25) < 0.25, "slow at the start");
    }

    private static Path path(Group edge) {
        return edge.children().stream().filter(e -> e instanceof Path).map(e -> (Path) e).findFirst().orElseThrow();
    }
}
