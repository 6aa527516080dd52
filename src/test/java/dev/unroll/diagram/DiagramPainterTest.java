package dev.unroll.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.diagram.Element.Group;
import dev.unroll.diagram.Element.Rect;
import dev.unroll.diagram.Element.Text;
import dev.unroll.rnn.Activation;
import dev.unroll.rnn.Dimensions;
import dev.unroll.rnn.Preset;
import dev.unroll.rnn.Trace;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DiagramPainterTest {

    private static final Trace TINY = Trace.run(Preset.TINY.spec().build());
    private static final Trace SEED = Trace.run(Preset.SEED_NUMPY.spec().build());

    private static Drawing paint(Trace trace, DiagramOptions options) {
        DiagramLayout layout = DiagramLayout.of(trace.lesson().dimensions(), options);
        return DiagramPainter.paint(layout, trace, ColourScales.of(trace), Theme.LIGHT);
    }

    private static Group group(Drawing d, Part part) {
        return d.elements().stream().filter(e -> e instanceof Group g && g.part().equals(part))
                .map(e -> (Group) e).findFirst().orElseThrow(() -> new AssertionError("no " + part));
    }

    private static String texts(Group g) {
        return g.children().stream().filter(e -> e instanceof Text).map(e -> ((Text) e).plain())
                .collect(Collectors.joining("|"));
    }

    private static List<Rect> cells(Group g) {
        return g.children().stream().filter(e -> e instanceof Rect r && r.cellIndex() >= 0).map(e -> (Rect) e).toList();
    }

    @Test
    void theSplitDrawingKeepsTheFoldedCellAndThePageInPlaceAndScrollsOnlyTheChain() {
        DiagramLayout layout = DiagramLayout.of(TINY.lesson().dimensions(), DiagramOptions.defaults(3));
        SplitDrawing split = DiagramPainter.paintSplit(layout, TINY, ColourScales.of(TINY), Theme.LIGHT);
        List<Element> whole = split.whole().elements();
        List<Element> pinned = split.pinned().elements();
        List<Element> chain = split.chain().elements();

        assertEquals(paint(TINY, DiagramOptions.defaults(3)).elements().size(), whole.size());
        assertEquals(whole.size(), pinned.size() + chain.size());
        assertTrue(isInOrderWithin(pinned, whole) && isInOrderWithin(chain, whole), "the split keeps the painting order");
        assertTrue(pinned.stream().filter(e -> e instanceof Group).allMatch(e -> ((Group) e).part().folded()));
        assertTrue(chain.stream().filter(e -> e instanceof Group).noneMatch(e -> ((Group) e).part().folded()));
        assertEquals(9, pinned.stream().filter(e -> e instanceof Group).count(),
                "x, h and o, the strips b, a and c beside them, the input and output edges and the loop");
        List<String> pinnedTexts = plainTexts(pinned);
        assertTrue(pinnedTexts.contains("="), pinnedTexts.toString());
        assertTrue(pinnedTexts.contains("unroll"), pinnedTexts.toString());
        assertTrue(pinnedTexts.contains("folded"), pinnedTexts.toString());
        assertTrue(pinnedTexts.stream().anyMatch(t -> t.startsWith("unrolled, t = 3 of 5")), pinnedTexts.toString());
        assertTrue(pinnedTexts.stream().anyMatch(t -> t.startsWith("h") && t.contains("tanh")), pinnedTexts.toString());
        assertEquals(List.of("t = 3"), plainTexts(chain));
        assertFalse(split.pinned().background().isVisible(), "painted over the chain, the pinned half must not hide it");
        assertEquals(split.whole().background(), split.chain().background());
    }

    private static List<String> plainTexts(List<Element> elements) {
        return elements.stream().filter(e -> e instanceof Text).map(e -> ((Text) e).plain()).toList();
    }

    /** Whether every element of {@code part} is one of {@code whole}'s, in the same order. */
    private static boolean isInOrderWithin(List<Element> part, List<Element> whole) {
        int next = 0;
        for (Element e : whole) {
            if (next < part.size() && part.get(next) == e) {
                next++;
            }
        }
        return next == part.size();
    }

    @Test
    void kerasNotationLabelsTheInputEdgeWAndTheLoopU() {
        Drawing d = paint(TINY, DiagramOptions.defaults(5));
        assertEquals("W", texts(group(d, new Part(false, PartKind.EDGE_INPUT, 3))));
        assertEquals("U", texts(group(d, new Part(false, PartKind.EDGE_RECURRENT, 3))));
        assertEquals("U", texts(group(d, new Part(true, PartKind.EDGE_RECURRENT, 5))));
        assertEquals("V", texts(group(d, new Part(false, PartKind.EDGE_OUTPUT, 3))));
    }

    @Test
    void goodfellowNotationSwapsWAndU() {
        Drawing d = paint(TINY, DiagramOptions.still(DiagramLook.DEFAULT.withNotation(Notation.GOODFELLOW), 5));
        assertEquals("U", texts(group(d, new Part(false, PartKind.EDGE_INPUT, 3))));
        assertEquals("W", texts(group(d, new Part(false, PartKind.EDGE_RECURRENT, 3))));
        assertEquals("W", texts(group(d, new Part(true, PartKind.EDGE_RECURRENT, 5))));
        assertTrue(group(d, new Part(false, PartKind.EDGE_INPUT, 3)).title().contains("Keras kernel = U"));
    }

    @Test
    void eachStateHasOneCellPerUnitColouredByItsValue() {
        Drawing d = paint(TINY, DiagramOptions.defaults(5));
        Group h3 = group(d, new Part(false, PartKind.H, 3));
        List<Rect> cells = cells(h3);
        assertEquals(4, cells.size());
        // numpy's h_3 of the tiny preset (tiny_seed0.txt) is (0.7169, 0.9640, 0.5700, 0.1404); on
        // RdBu from −1 to +1 these fall between the stops F4A582–D6604D, D6604D–B2182B,
        // F4A582–D6604D and F7F7F7–FDDBC7
        int[] rdBu = {0xDA6954, 0xB72230, 0xEC9273, 0xFAE7DC};
        for (int i = 0; i < 4; i++) {
            assertEquals(i, cells.get(i).cellIndex());
            assertEquals(rdBu[i], cells.get(i).fill().rgb(), "h_3[" + i + "]");
        }
        assertTrue(texts(h3).contains("0.717"), "small vectors print their values: " + texts(h3));
        assertTrue(h3.title().contains("0.570"), h3.title());
    }

    @Test
    void largeVectorsAreColourStripsWithoutNumbers() {
        Drawing d = paint(SEED, DiagramOptions.still(DiagramLook.DEFAULT.withHead(false).withView(ViewKind.UNROLLED), 100));
        Group h7 = group(d, new Part(false, PartKind.H, 7));
        assertEquals(64, cells(h7).size());
        assertEquals("h7", texts(h7), "only the label, no values");
        assertEquals(32, cells(group(d, new Part(false, PartKind.X, 7))).size());
    }

    @Test
    void stepsNotYetReachedAreDrawnHollowWithoutValues() {
        Drawing d = paint(TINY, DiagramOptions.defaults(2));
        Group h4 = group(d, new Part(false, PartKind.H, 4));
        int empty = Theme.LIGHT.emptyCell();
        assertTrue(cells(h4).stream().allMatch(r -> r.fill().rgb() == empty));
        assertTrue(h4.title().contains("not computed yet"));
        assertFalse(cells(group(d, new Part(false, PartKind.H, 2))).stream().allMatch(r -> r.fill().rgb() == empty));
    }

    @Test
    void shapesAnnotateNodesAndMatrices() {
        Drawing d = paint(SEED, DiagramOptions.still(DiagramLook.DEFAULT.withHead(false).withShapes(true), 100));
        assertTrue(texts(group(d, new Part(false, PartKind.H, 3))).contains("(64,)"));
        assertTrue(texts(group(d, new Part(false, PartKind.X, 3))).contains("(32,)"));
        assertTrue(texts(group(d, new Part(false, PartKind.EDGE_INPUT, 3))).contains("(64, 32)"));
        assertTrue(texts(group(d, new Part(false, PartKind.EDGE_RECURRENT, 3))).contains("(64, 64)"));
    }

    @Test
    void everyNodesLabelAndShapeStayInsideItsBoxAboveItsStrip() {
        for (Trace trace : List.of(TINY, SEED)) {
            DiagramOptions options = DiagramOptions.still(DiagramLook.DEFAULT.withShapes(true), 3);
            DiagramLayout layout = DiagramLayout.of(trace.lesson().dimensions(), options);
            Drawing d = DiagramPainter.paint(layout, trace, ColourScales.of(trace), Theme.LIGHT);
            for (DiagramLayout.Node node : layout.nodes()) {
                if (node.part().kind().isStrip()) {
                    continue;
                }
                // the label and the shape come first, before the values in the cells
                List<Text> words = group(d, node.part()).children().stream().filter(e -> e instanceof Text)
                        .map(e -> (Text) e).limit(2).toList();
                assertEquals(List.of(node.part().kind().key() + (node.part().folded() ? "t" : node.part().t()),
                        "(" + node.length() + ",)"), words.stream().map(Text::plain).toList());
                double above = node.box().y();
                for (Text word : words) {
                    Box glyphs = TextMetrics.bounds(word);
                    assertTrue(glyphs.y() > node.box().y() && glyphs.bottom() <= node.strip().y(),
                            node.part() + ": " + word.plain() + " spans " + glyphs + " in " + node.box() + " over " + node.strip());
                    assertTrue(glyphs.x() > node.box().x() && glyphs.right() < node.box().right(), node.part() + ": " + word.plain());
                    assertTrue(glyphs.y() >= above, node.part() + ": the shape goes under the label, not over it");
                    above = glyphs.bottom();
                }
            }
        }
    }

    @Test
    void headOffLeavesTheSameStateValues() {
        Drawing on = paint(TINY, DiagramOptions.defaults(5));
        Drawing off = paint(TINY, DiagramOptions.still(DiagramLook.DEFAULT.withHead(false), 5));
        Part h2 = new Part(false, PartKind.H, 2);
        assertEquals(cells(group(on, h2)).stream().map(r -> r.fill().rgb()).toList(),
                cells(group(off, h2)).stream().map(r -> r.fill().rgb()).toList());
        assertTrue(off.elements().stream().noneMatch(e -> e instanceof Group g && g.part().kind() == PartKind.O));
    }

    private static List<Rect> packetsOf(Group edge) {
        return edge.children().stream().filter(e -> e instanceof Rect r && r.cellIndex() < 0 && r.width() == Metrics.PACKET_CELL)
                .map(e -> (Rect) e).toList();
    }

    @Test
    void halfwayThroughActivationTheFirstHalfOfTheCellsHoldTheNewState() {
        // stage ACTIVATE is the fourth of five: phase 0.7 is halfway through it
        Drawing d = paint(TINY, DiagramOptions.defaults(3).at(3, 0.7));
        List<Rect> cells = cells(group(d, new Part(false, PartKind.H, 3)));
        int empty = Theme.LIGHT.emptyCell();
        // the colours of h_3[0] = 0.7169 and h_3[1] = 0.9640, as in eachStateHasOneCellPerUnitColouredByItsValue
        assertEquals(0xDA6954, cells.get(0).fill().rgb());
        assertEquals(0xB72230, cells.get(1).fill().rgb());
        assertEquals(empty, cells.get(2).fill().rgb());
        assertEquals(empty, cells.get(3).fill().rgb());
        assertTrue(group(d, new Part(false, PartKind.H, 3)).title().contains("being computed"));
    }

    @Test
    void duringTheInputStageAPacketOfXTravelsAlongTheInputEdge() {
        Drawing d = paint(TINY, DiagramOptions.defaults(3).at(3, 0.1));
        Group input = group(d, new Part(false, PartKind.EDGE_INPUT, 3));
        assertEquals(3, packetsOf(input).size(), "one square per component of x (M = 3)");
        assertTrue(input.highlighted());
        assertTrue(packetsOf(group(d, new Part(false, PartKind.EDGE_RECURRENT, 3))).isEmpty());
        // x_3[0] = 0.9501 on a scale of ±2.2409 (the largest |x|, x_2[0]) sits 0.696 of the way
        // from FDDBC7 to F4A582
        assertEquals(0xF7B597, packetsOf(input).get(0).fill().rgb());
    }

    @Test
    void reducedMotionFadesInsteadOfMoving() {
        Drawing d = paint(TINY, DiagramOptions.defaults(3).at(3, 0.1).with(Interaction.NONE.withReducedMotion(true)));
        assertTrue(packetsOf(group(d, new Part(false, PartKind.EDGE_INPUT, 3))).isEmpty());
        Drawing filling = paint(TINY, DiagramOptions.defaults(3).at(3, 0.7).with(Interaction.NONE.withReducedMotion(true)));
        long faded = group(filling, new Part(false, PartKind.H, 3)).children().stream()
                .filter(e -> e instanceof Rect r && r.fill().opacity() > 0 && r.fill().opacity() < 1).count();
        assertEquals(4, faded, "every cell fades in together");
    }

    @Test
    void theFoldedCellShowsTheEnteringStateUntilTheActivationFillsIt() {
        Drawing d = paint(TINY, DiagramOptions.defaults(3).at(3, 0.3));
        List<Rect> cells = cells(group(d, new Part(true, PartKind.H, 3)));
        // h_2[0] = 0.6089 sits 0.436 of the way from F4A582 to D6604D
        assertEquals(0xE7876B, cells.get(0).fill().rgb());
    }

    @Test
    void aGlossaryTermAboutTheStateMarksEveryStateAndNothingElse() {
        Drawing d = paint(TINY, DiagramOptions.defaults(5).with(Interaction.NONE.withHighlight(Highlight.STATE_VECTOR)));
        List<Group> marked = d.elements().stream().filter(e -> e instanceof Group g && g.highlighted())
                .map(e -> (Group) e).toList();
        assertEquals(7, marked.size(), "h_0 to h_5 unrolled and h_t folded");
        assertTrue(marked.stream().allMatch(g -> g.part().kind() == PartKind.H));
        Drawing size = paint(TINY, DiagramOptions.defaults(5).with(Interaction.NONE.withHighlight(Highlight.STATE_SIZE)));
        assertTrue(texts(group(size, new Part(false, PartKind.H, 2))).contains("N = 4"));
    }

    @Test
    void aCellThatOverflowedIsMarkedApartFromTheScaleAndTheLegendSaysWhatTheMarkMeans() {
        Trace relu = Trace.run(Preset.SEED_NUMPY.spec().withActivation(Activation.RELU)
                .withDimensions(new Dimensions(300, 32, 64, 0)).build());
        int t = relu.firstNonFiniteStep();
        double[] h = relu.state(t);
        Drawing d = StillPicture.draw(relu, DiagramOptions.still(DiagramLook.DEFAULT.withHead(false), t), Theme.LIGHT);
        List<Rect> strip = cells(group(d, new Part(false, PartKind.H, t)));
        Paint marked = Paint.of(DivergingPalette.NON_FINITE);
        for (int i = 0; i < h.length; i++) {
            assertEquals(!Double.isFinite(h[i]), strip.get(i).fill().equals(marked), "h_" + t + "[" + i + "] = " + h[i]);
        }
        assertTrue(d.elements().stream().anyMatch(e -> e instanceof Rect r && r.fill().equals(marked)),
                "the legend shows the mark");
        assertTrue(plainTexts(d.elements()).contains(DiagramPainter.nonFiniteLegend()), plainTexts(d.elements()).toString());

        Drawing before = StillPicture.draw(relu, DiagramOptions.still(DiagramLook.DEFAULT.withHead(false), t - 1), Theme.LIGHT);
        assertFalse(plainTexts(before.elements()).contains(DiagramPainter.nonFiniteLegend()),
                "no legend entry while no cell shown has overflowed");
    }

    @Test
    void theScaleIsColorBrewersRdBuFromBlueThroughNearWhiteToRed() {
        DivergingPalette palette = DivergingPalette.BLUE_WHITE_RED;
        assertEquals(0x2166AC, palette.rgb(-1, 1));
        assertEquals(0xF7F7F7, palette.rgb(0, 1));
        assertEquals(0xB2182B, palette.rgb(1, 1));
        assertEquals(0x2166AC, palette.rgb(-2.5, 2.5), "the scale stretches to the values' range");
        assertEquals(0xB2182B, palette.rgb(7, 1), "beyond the scale, the end colour");
        // 0.125 lies halfway between the middle stop F7F7F7 (at 0) and FDDBC7 (at 0.25):
        // (F7 + FD) / 2 = (247 + 253) / 2 = 250 = FA, (F7 + DB) / 2 = (247 + 219) / 2 = 233 = E9,
        // (F7 + C7) / 2 = (247 + 199) / 2 = 223 = DF
        assertEquals(0xFAE9DF, palette.rgb(0.125, 1));
    }

    @Test
    void infinityAndNotANumberTakeTheColourOfNoNumberRatherThanTheEndsOfTheScale() {
        DivergingPalette palette = DivergingPalette.BLUE_WHITE_RED;
        assertEquals(DivergingPalette.NON_FINITE, palette.rgb(Double.POSITIVE_INFINITY, 1));
        assertEquals(DivergingPalette.NON_FINITE, palette.rgb(Double.NEGATIVE_INFINITY, 1));
        assertEquals(DivergingPalette.NON_FINITE, palette.rgb(Double.NaN, 1));
        assertTrue(palette.rgb(Double.MAX_VALUE, 1) != DivergingPalette.NON_FINITE);
    }
}
