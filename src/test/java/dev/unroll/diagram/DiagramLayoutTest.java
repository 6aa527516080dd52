package dev.unroll.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.diagram.DiagramLayout.Edge;
import dev.unroll.diagram.DiagramLayout.Node;
import dev.unroll.diagram.Element.PathOp;
import dev.unroll.rnn.Dimensions;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DiagramLayoutTest {

    private static final Dimensions TINY = new Dimensions(5, 3, 4, 2);
    private static final DiagramLook UNROLLED = DiagramLook.DEFAULT.withView(ViewKind.UNROLLED);
    private static final DiagramLook FOLDED = DiagramLook.DEFAULT.withView(ViewKind.FOLDED);

    private static Map<PartKind, Long> count(DiagramLayout layout, boolean folded) {
        Stream<Part> parts = Stream.concat(layout.nodes().stream().map(Node::part), layout.edges().stream().map(Edge::part));
        return parts.filter(p -> p.folded() == folded)
                .collect(Collectors.groupingBy(Part::kind, Collectors.counting()));
    }

    @Test
    void unrolledViewWithHeadAtFiveStepsHasEveryPart() {
        DiagramLayout layout = DiagramLayout.of(TINY, DiagramOptions.still(UNROLLED, 5));
        Map<PartKind, Long> counts = count(layout, false);
        assertEquals(5L, counts.get(PartKind.X));
        assertEquals(6L, counts.get(PartKind.H));
        assertEquals(5L, counts.get(PartKind.O));
        assertEquals(5L, counts.get(PartKind.EDGE_INPUT));
        assertEquals(5L, counts.get(PartKind.EDGE_RECURRENT));
        assertEquals(5L, counts.get(PartKind.EDGE_OUTPUT));
        assertTrue(count(layout, true).isEmpty());
    }

    @Test
    void theStripsBesideTheBoxesFollowTheHeadAndItsActivation() {
        DiagramOptions o = DiagramOptions.still(UNROLLED, 5);
        Map<PartKind, Long> linear = count(DiagramLayout.of(TINY, o, false), false);
        assertEquals(5L, linear.get(PartKind.B));
        assertEquals(5L, linear.get(PartKind.A));
        assertEquals(5L, linear.get(PartKind.C));
        assertFalse(linear.containsKey(PartKind.Y), "a linear head has no y");
        assertEquals(5L, count(DiagramLayout.of(TINY, o, true), false).get(PartKind.Y));
        Map<PartKind, Long> noHead = count(DiagramLayout.of(TINY, DiagramOptions.still(UNROLLED.withHead(false), 5), true), false);
        assertFalse(noHead.containsKey(PartKind.C) || noHead.containsKey(PartKind.Y), "without the head neither c nor y");
        assertEquals(5L, noHead.get(PartKind.B));
    }

    @Test
    void theBiasAndTheSumStandLeftOfTheStateLinedUpWithItsCells() {
        DiagramLayout layout = DiagramLayout.of(TINY, DiagramOptions.defaults(3));
        for (boolean folded : new boolean[] {true, false}) {
            Node b = node(layout, new Part(folded, PartKind.B, 3));
            Node a = node(layout, new Part(folded, PartKind.A, 3));
            Node h = node(layout, new Part(folded, PartKind.H, 3));
            assertTrue(b.box().right() < a.box().x() && a.box().right() < h.box().x(), "b, a, h from left to right");
            for (Node strip : List.of(b, a)) {
                assertEquals(h.strip().y(), strip.strip().y(), 1e-9);
                assertEquals(h.strip().height(), strip.strip().height(), 1e-9);
                assertEquals(4, strip.length());
            }
        }
    }

    private static Node node(DiagramLayout layout, Part part) {
        return layout.nodes().stream().filter(n -> n.part().equals(part)).findFirst().orElseThrow(() -> new AssertionError("no " + part));
    }

    @Test
    void unrolledViewWithoutHeadHasNoOutputNodes() {
        DiagramLayout layout = DiagramLayout.of(TINY, DiagramOptions.still(UNROLLED.withHead(false), 5));
        Map<PartKind, Long> counts = count(layout, false);
        assertFalse(counts.containsKey(PartKind.O));
        assertFalse(counts.containsKey(PartKind.EDGE_OUTPUT));
        assertEquals(6L, counts.get(PartKind.H));
        assertEquals(5L, counts.get(PartKind.EDGE_RECURRENT));
    }

    @Test
    void foldedViewHasOneOfEachPartAndTheHeadOnlyWhenOn() {
        DiagramLayout withHead = DiagramLayout.of(TINY, DiagramOptions.still(FOLDED, 3));
        Map<PartKind, Long> counts = count(withHead, true);
        // a linear head: o and its bias c, but no y
        assertEquals(EnumSet.complementOf(EnumSet.of(PartKind.Y)), EnumSet.copyOf(counts.keySet()));
        counts.values().forEach(n -> assertEquals(1L, n));
        assertTrue(withHead.nodes().stream().allMatch(n -> n.part().t() == 3));
        DiagramLayout withoutHead = DiagramLayout.of(TINY, DiagramOptions.still(FOLDED.withHead(false), 3));
        assertEquals(EnumSet.of(PartKind.X, PartKind.B, PartKind.A, PartKind.H, PartKind.EDGE_INPUT, PartKind.EDGE_RECURRENT),
                EnumSet.copyOf(count(withoutHead, true).keySet()));
    }

    @Test
    void bothViewHoldsTheFoldedCellLeftOfTheUnrolledChain() {
        DiagramLayout layout = DiagramLayout.of(TINY, DiagramOptions.defaults(5));
        assertEquals(9, count(layout, true).size());
        assertEquals(6L, count(layout, false).get(PartKind.H));
        double foldedRight = layout.nodes().stream().filter(n -> n.part().folded())
                .mapToDouble(n -> n.box().right()).max().orElseThrow();
        double unrolledLeft = layout.nodes().stream().filter(n -> !n.part().folded())
                .mapToDouble(n -> n.box().x()).min().orElseThrow();
        assertTrue(layout.separatorCenterX() > foldedRight && layout.separatorCenterX() < unrolledLeft);
    }

    @ParameterizedTest
    @MethodSource("bothViews")
    void theSplitLineRunsBetweenTheFoldedCellWithItsLoopAndTheChainsFirstBox(Dimensions d, DiagramOptions o, int first) {
        DiagramLayout layout = DiagramLayout.of(d, o, first, d.timesteps(), Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        Box cell = layout.foldedCellBounds();
        for (Node n : layout.nodes()) {
            if (n.part().folded()) {
                assertTrue(n.box().x() >= cell.x() && n.box().right() <= cell.right()
                        && n.box().y() >= cell.y() && n.box().bottom() <= cell.bottom(), n.part() + " outside " + cell);
            } else {
                assertTrue(n.box().x() > layout.splitX() + 20, n.part() + " at " + n.box().x() + " meets the split line");
            }
        }
        for (Edge e : layout.edges()) {
            if (e.part().folded()) {
                assertTrue(e.labelBox().right() <= cell.right(), e.part() + "'s label passes " + cell.right());
                for (double x : xs(e)) {
                    assertTrue(x >= cell.x() && x <= cell.right(), e.part() + " reaches " + x + " outside " + cell);
                }
            }
        }
        // the word "unroll" (13 px, about 40 wide) is centred on the separator
        assertTrue(layout.splitX() > layout.separatorCenterX() + 20 && layout.splitX() > cell.right());
    }

    static Stream<Arguments> bothViews() {
        Dimensions seed = new Dimensions(100, 32, 64, 0);
        return Stream.of(
                Arguments.of(TINY, DiagramOptions.defaults(3), 1),
                Arguments.of(TINY, DiagramOptions.still(DiagramLook.DEFAULT.withShapes(true).withHead(false), 3), 1),
                Arguments.of(seed, DiagramOptions.still(DiagramLook.DEFAULT.withHead(false), 100), 1),
                Arguments.of(seed, DiagramOptions.still(DiagramLook.DEFAULT.withHead(false).withShapes(true), 100), 89));
    }

    @Test
    void onlyTheBothViewHasASplitLineAndOnlyAFoldedViewAFoldedCell() {
        assertTrue(Double.isNaN(DiagramLayout.of(TINY, DiagramOptions.still(UNROLLED, 3)).splitX()));
        assertTrue(Double.isNaN(DiagramLayout.of(TINY, DiagramOptions.still(FOLDED, 3)).splitX()));
        assertEquals(null, DiagramLayout.of(TINY, DiagramOptions.still(UNROLLED, 3)).foldedCellBounds());
        assertTrue(DiagramLayout.of(TINY, DiagramOptions.still(FOLDED, 3)).foldedCellBounds().width() > 0);
    }

    /** Every x a route passes through or bends towards: its end points and a curve's control points. */
    private static List<Double> xs(Edge edge) {
        return edge.route().stream().flatMap(op -> {
            if (op instanceof PathOp.MoveTo m) {
                return Stream.of(m.x());
            }
            if (op instanceof PathOp.LineTo l) {
                return Stream.of(l.x());
            }
            PathOp.CubicTo c = (PathOp.CubicTo) op;
            return Stream.of(c.x1(), c.x2(), c.x());
        }).toList();
    }

    @Test
    void withoutReturnSequencesOnlyTheLastStepHasAnOutput() {
        DiagramLayout layout = DiagramLayout.of(TINY,
                DiagramOptions.still(UNROLLED.withReturnSequences(false), 5));
        List<Integer> outputs = layout.nodes().stream().filter(n -> n.part().kind() == PartKind.O)
                .map(n -> n.part().t()).toList();
        assertEquals(List.of(5), outputs);
    }

    @Test
    void stepsAfterTheCurrentOneAreEmptyAndTheEarlierOnesAreNot() {
        DiagramLayout layout = DiagramLayout.of(TINY, DiagramOptions.still(UNROLLED, 2));
        for (Node n : layout.nodes()) {
            assertEquals(n.part().t() > 2, n.empty(), n.part().toString());
        }
        assertTrue(layout.edges().stream().filter(e -> e.part().t() > 2).allMatch(Edge::future));
        assertTrue(layout.edges().stream().filter(e -> e.part().t() <= 2).noneMatch(Edge::future));
    }

    static Stream<Arguments> sizes() {
        return Stream.of(1, 2, 5, 100).flatMap(t -> Stream.of(1, 4, 64).flatMap(n ->
                Stream.of(true, false).map(shapes -> Arguments.of(t, n, shapes))));
    }

    @ParameterizedTest(name = "T = {0}, N = {1}, shapes {2}")
    @MethodSource("sizes")
    void noTwoNodeBoxesOverlap(int t, int n, boolean shapes) {
        for (ViewKind view : ViewKind.values()) {
            for (boolean head : new boolean[] {true, false}) {
                DiagramOptions o = DiagramOptions.still(new DiagramLook(view, head, Notation.KERAS, shapes, true), t);
                List<Node> nodes = DiagramLayout.of(new Dimensions(t, 3, n, 2), o).nodes();
                for (int i = 0; i < nodes.size(); i++) {
                    for (int j = i + 1; j < nodes.size(); j++) {
                        assertFalse(nodes.get(i).box().overlaps(nodes.get(j).box()),
                                nodes.get(i).part() + " overlaps " + nodes.get(j).part() + " in " + o);
                    }
                    assertTrue(DiagramLayout.of(new Dimensions(t, 3, n, 2), o).bounds().contains(
                            nodes.get(i).box().right(), nodes.get(i).box().bottom()), "inside the picture");
                }
            }
        }
    }

    @ParameterizedTest(name = "T = {0}, N = {1}, shapes {2}")
    @MethodSource("sizes")
    void everyEdgeStartsOnItsSourceAndEndsOnItsTarget(int t, int n, boolean shapes) {
        for (ViewKind view : ViewKind.values()) {
            DiagramOptions o = DiagramOptions.still(new DiagramLook(view, true, Notation.KERAS, shapes, true), t);
            DiagramLayout layout = DiagramLayout.of(new Dimensions(t, 3, n, 2), o);
            List<Box> boxes = layout.nodes().stream().map(Node::box).toList();
            for (Edge e : layout.edges()) {
                PathOp.MoveTo start = (PathOp.MoveTo) e.route().get(0);
                assertTrue(e.from().isOnOutline(start.x(), start.y(), 0.01), e.part() + " starts off its source");
                assertTrue(e.to().isOnOutline(e.tipX(), e.tipY(), 0.01), e.part() + " ends off its target");
                assertTrue(boxes.contains(e.from()) && boxes.contains(e.to()), e.part() + " joins boxes that are drawn");
                assertEquals(1, Math.hypot(e.directionX(), e.directionY()), 1e-9);
            }
        }
    }

    @Test
    void layoutWorkForAViewportIsTheSameForAHundredAndAHundredThousandSteps() {
        DiagramOptions o = DiagramOptions.still(UNROLLED, 100);
        Function<Integer, DiagramLayout> at = steps ->
                DiagramLayout.of(new Dimensions(steps, 32, 64, 0), o.at(steps, 1), 1, steps, 0, 1400);
        DiagramLayout short100 = at.apply(100);
        DiagramLayout long100k = at.apply(100_000);
        assertEquals(short100.nodes().size(), long100k.nodes().size());
        assertEquals(short100.edges().size(), long100k.edges().size());
        assertTrue(long100k.nodes().size() < 80, "only the columns in view are laid out: four nodes (x, b, a, h) a column");

        double middleOfLong = long100k.columnLeft(50_000);
        DiagramLayout inTheMiddle = DiagramLayout.of(new Dimensions(100_000, 32, 64, 0), o, 1, 100_000,
                middleOfLong, middleOfLong + 1400);
        double middleOfShort = short100.columnLeft(40);
        DiagramLayout inTheMiddleOfShort = DiagramLayout.of(new Dimensions(100, 32, 64, 0), o, 1, 100,
                middleOfShort, middleOfShort + 1400);
        assertEquals(inTheMiddleOfShort.nodes().size(), inTheMiddle.nodes().size());
        assertEquals(inTheMiddleOfShort.edges().size(), inTheMiddle.edges().size());
        assertTrue(inTheMiddle.nodes().stream().anyMatch(n -> n.part().t() == 50_000));
    }

    @Test
    void aViewportInAMillionStepsLaysOutOnlyTheColumnsItShows() {
        Dimensions million = new Dimensions(1_000_000, 32, 1024, 0);
        DiagramOptions o = DiagramOptions.still(UNROLLED, 700_000);
        DiagramLayout whole = DiagramLayout.of(million, o, 1, 1_000_000, 0, 1);
        double from = whole.columnLeft(654_321) - 10;
        double width = 1600;
        DiagramLayout view = DiagramLayout.of(million, o, 1, 1_000_000, from, from + width);
        List<Integer> columns = view.nodes().stream().filter(n -> n.part().kind() == PartKind.H)
                .map(n -> n.part().t()).distinct().sorted().toList();
        double pitch = whole.columnLeft(2) - whole.columnLeft(1);
        // the columns that meet [from, from + width], and the state entering the first of them
        assertTrue(columns.size() <= width / pitch + 3, columns.toString());
        assertTrue(columns.contains(654_321), columns.toString());
        for (int t : columns) {
            assertTrue(view.columnLeft(t) + pitch >= from && view.columnLeft(t) - pitch <= from + width, "column " + t + " is out of view");
        }
        assertEquals(columns.get(columns.size() - 1) - columns.get(0) + 1, columns.size(), "the columns in view follow one another");
        assertTrue(view.nodes().size() < 80, "a few nodes a column: " + view.nodes().size());
    }

    @Test
    void aStillPictureOfALongRunShowsTheTwelveColumnsUpToTheCurrentStep() {
        assertEquals(List.of(1, 5), List.of(DiagramLayout.stillWindow(5, 2, 12)[0], DiagramLayout.stillWindow(5, 2, 12)[1]));
        int[] late = DiagramLayout.stillWindow(100, 37, 12);
        assertEquals(27, late[0]);
        assertEquals(38, late[1]);
        int[] early = DiagramLayout.stillWindow(100, 2, 12);
        assertEquals(1, early[0]);
        assertEquals(12, early[1]);
        int[] end = DiagramLayout.stillWindow(100, 100, 12);
        assertEquals(89, end[0]);
        assertEquals(100, end[1]);
    }

    @Test
    void aWindowedChainStartsWithTheStateEnteringItsFirstColumn() {
        DiagramLayout layout = DiagramLayout.of(new Dimensions(100, 32, 64, 0),
                DiagramOptions.still(UNROLLED.withHead(false), 50), 40, 51,
                Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        List<Integer> states = layout.nodes().stream().filter(n -> n.part().kind() == PartKind.H)
                .map(n -> n.part().t()).toList();
        assertEquals(39, states.get(0));
        assertEquals(13, states.size());
        assertTrue(layout.elidesStart());
        assertTrue(layout.elidesEnd());
    }

    @Test
    void hitTestNamesTheNodeOrEdgeUnderThePoint() {
        DiagramLayout layout = DiagramLayout.of(TINY, DiagramOptions.still(UNROLLED, 5));
        Node h3 = layout.nodes().stream().filter(n -> n.part().kind() == PartKind.H && n.part().t() == 3)
                .findFirst().orElseThrow();
        assertEquals(new Part(false, PartKind.H, 3), layout.partAt(h3.box().centerX(), h3.box().centerY()).orElseThrow());
        Edge into4 = layout.edges().stream().filter(e -> e.part().kind() == PartKind.EDGE_RECURRENT && e.part().t() == 4)
                .findFirst().orElseThrow();
        double midX = (e(into4).x() + into4.tipX()) / 2;
        assertEquals(new Part(false, PartKind.EDGE_RECURRENT, 4), layout.partAt(midX, into4.tipY() + 2).orElseThrow());
        assertTrue(layout.partAt(-100, -100).isEmpty());
    }

    @Test
    void aMatrixLettersClickBoxRunsFromItsSizeAboveTheBaselineToALineBelowIt() {
        // a 15-unit letter whose baseline is at y = 50: the box reaches 15 above it and 4 below, 16 wide
        Box start = labelBox(100, 50, Element.Anchor.START);
        assertEquals(new Box(98, 35, 16, 19), start);
        assertEquals(new Box(92, 35, 16, 19), labelBox(100, 50, Element.Anchor.MIDDLE));
        assertEquals(new Box(86, 35, 16, 19), labelBox(100, 50, Element.Anchor.END));
        for (String letter : List.of("U", "V", "W")) {
            Box glyph = TextMetrics.bounds(new Element.Text(100, 50, List.of(Element.TextRun.normal(letter)), 15, true,
                    Paint.NONE, Element.Anchor.START));
            assertTrue(glyph.y() >= start.y() && glyph.bottom() <= start.bottom(), letter + " spans " + glyph);
        }
    }

    private static Box labelBox(double x, double y, Element.Anchor anchor) {
        Box any = new Box(0, 0, 10, 10);
        return new Edge(new Part(false, PartKind.EDGE_INPUT, 1), List.of(), 0, 0, 0, -1, x, y, anchor, false, any, any)
                .labelBox();
    }

    @Test
    void foldedLoopIsHitAlongItsCurve() {
        DiagramLayout layout = DiagramLayout.of(TINY, DiagramOptions.still(FOLDED, 2));
        Edge loop = layout.edges().stream().filter(e -> e.part().kind() == PartKind.EDGE_RECURRENT).findFirst().orElseThrow();
        double[] farPoint = Geometry.pointAlong(loop.route(), 0.5);
        assertTrue(farPoint[0] > loop.from().right() + 40, "the loop bulges out to the right");
        assertEquals(loop.part(), layout.partAt(farPoint[0], farPoint[1]).orElseThrow());
    }

    private static PathOp.MoveTo e(Edge edge) {
        return (PathOp.MoveTo) edge.route().get(0);
    }
}
