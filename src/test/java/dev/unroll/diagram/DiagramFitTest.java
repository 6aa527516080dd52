package dev.unroll.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.diagram.Element.Group;
import dev.unroll.diagram.Element.Rect;
import dev.unroll.diagram.Element.Text;
import dev.unroll.rnn.Dimensions;
import dev.unroll.rnn.Preset;
import dev.unroll.rnn.Trace;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every value, label and shape annotation lies inside its cell, its box and the picture, as the font sets it. */
class DiagramFitTest {

    /** Rounding slack when comparing estimated text edges with box edges. */
    private static final double SLACK = 1e-9;

    private static Group group(Drawing d, Part part) {
        return d.elements().stream().filter(e -> e instanceof Group g && g.part().equals(part))
                .map(e -> (Group) e).findFirst().orElseThrow(() -> new AssertionError("no " + part));
    }

    private static List<Text> texts(Group g) {
        return g.children().stream().filter(e -> e instanceof Text).map(e -> (Text) e).toList();
    }

    private static List<Rect> cells(Group g) {
        return g.children().stream().filter(e -> e instanceof Rect r && r.cellIndex() >= 0).map(e -> (Rect) e).toList();
    }

    private static boolean isNode(Group g) {
        PartKind kind = g.part().kind();
        return kind == PartKind.X || kind == PartKind.H || kind == PartKind.O;
    }

    /** The node's outline: its first rectangle, drawn before the cells. */
    private static Rect outline(Group node) {
        return node.children().stream().filter(e -> e instanceof Rect).map(e -> (Rect) e).findFirst().orElseThrow();
    }

    private static void assertWithin(Box text, double left, double right, String what) {
        assertTrue(text.x() >= left - SLACK && text.right() <= right + SLACK,
                what + " spans " + text.x() + " to " + text.right() + ", outside " + left + " to " + right);
    }

    /**
     * Texts set in a node (anchored inside its outline, unlike the "N = 64" beside it) lie inside the
     * outline, and a value inside the cell whose row it is written in.
     */
    private static void assertNodesHoldTheirTexts(Drawing d) {
        for (Element e : d.elements()) {
            if (e instanceof Group g && isNode(g)) {
                Rect box = outline(g);
                List<Rect> cells = cells(g);
                for (Text t : texts(g)) {
                    if (t.x() < box.x() || t.x() > box.x() + box.width()) {
                        continue;
                    }
                    Box bounds = TextMetrics.bounds(t);
                    assertWithin(bounds, box.x(), box.x() + box.width(), "\"" + t.plain() + "\" in " + g.part());
                    for (Rect cell : cells) {
                        if (t.y() > cell.y() && t.y() < cell.y() + cell.height()) {
                            assertWithin(bounds, cell.x(), cell.x() + cell.width(), "value " + t.plain() + " in " + g.part());
                        }
                    }
                }
            }
        }
    }

    private static void assertPictureHoldsEveryText(Drawing d) {
        d.forEach(e -> {
            if (e instanceof Text t) {
                Box b = TextMetrics.bounds(t);
                assertWithin(b, d.x(), d.x() + d.width(), "\"" + t.plain() + "\"");
                assertTrue(b.y() >= d.y() && b.bottom() <= d.y() + d.height(), "\"" + t.plain() + "\" below the picture");
            }
        });
    }

    private static double parse(String written) {
        return Double.parseDouble(written.replace('\u2212', '-'));
    }

    @Test
    void smallOutputValueFitsItsCell() {
        // the sentiment recipe with inputs drawn as vectors, as before it read a review: its o_19 is small and negative
        Trace sentiment = Trace.run(Preset.SENTIMENT.spec().withEmbedding(null).build());
        Drawing d = StillPicture.draw(sentiment, DiagramOptions.defaults(20), Theme.LIGHT);
        Part o19 = new Part(false, PartKind.O, 19);
        double value = PartValues.vector(sentiment, o19)[0];
        assertEquals(-0.00459, value, 5e-6, "the sentiment lesson's o_19 is small and negative");
        Group node = group(d, o19);
        Rect cell = cells(node).get(0);
        Text written = texts(node).stream().filter(t -> t.y() > cell.y() && t.y() < cell.y() + cell.height())
                .findFirst().orElseThrow(() -> new AssertionError("o_19's cell has no value"));
        assertEquals("\u22120.0046", written.plain(), "as many digits as fit, rounded, the sign kept");
        assertEquals(value, parse(written.plain()), 0.00005);
        assertWithin(TextMetrics.bounds(written), cell.x(), cell.x() + cell.width(), "o_19's value");
        assertNodesHoldTheirTexts(d);
    }

    @Test
    void everyValueOfTheSumBesideHIsWrittenInsideItsCell() {
        Trace tiny = Trace.run(Preset.TINY.spec().build());
        Drawing d = StillPicture.draw(tiny, DiagramOptions.defaults(5), Theme.LIGHT);
        // row t − 1 holds a_t
        double[][] a = dev.unroll.rnn.Fixtures.load("tiny_seed0.txt").matrix("a");
        for (int t = 1; t <= 5; t++) {
            Group strip = group(d, new Part(false, PartKind.A, t));
            List<Rect> cells = cells(strip);
            assertEquals(4, cells.size());
            for (int i = 0; i < cells.size(); i++) {
                Rect cell = cells.get(i);
                Text written = texts(strip).stream().filter(x -> x.y() > cell.y() && x.y() < cell.y() + cell.height())
                        .findFirst().orElseThrow(() -> new AssertionError("no value in a_" + cell.cellIndex()));
                // numpy's a_t, to the digits that fit: −0.8167… is written −0.8
                assertEquals(a[t - 1][i], parse(written.plain()), 0.05 * Math.max(1, Math.abs(a[t - 1][i])),
                        "a_" + t + "[" + i + "]");
                assertWithin(TextMetrics.bounds(written), cell.x(), cell.x() + cell.width(), "a_" + t + "[" + i + "]");
            }
            assertEquals(List.of("b", "0", "0", "0", "0"), texts(group(d, new Part(false, PartKind.B, t))).stream()
                    .map(Text::plain).toList(), "b = 0 under its letter");
        }
    }

    @Test
    void longChainStepLabelFitsItsBox() {
        Trace longRun = Trace.run(Preset.TINY.spec().withDimensions(new Dimensions(99_999, 3, 16, 2)).build());
        Drawing d = StillPicture.draw(longRun, DiagramOptions.defaults(99_999), Theme.LIGHT);
        assertLabelClearOfItsOutline(group(d, new Part(false, PartKind.H, 99_999)), "99999");
        assertNodesHoldTheirTexts(d);

        // the longest chain there is, a million steps, laid out without computing it
        Dimensions longest = new Dimensions(1_000_000, 3, 16, 2);
        DiagramLayout layout = DiagramLayout.of(longest, DiagramOptions.defaults(1_000_000), 999_989, 1_000_000,
                Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        Drawing unseen = DiagramPainter.paint(layout, null, ColourScales.UNIT, Theme.LIGHT);
        for (PartKind kind : List.of(PartKind.X, PartKind.H, PartKind.O)) {
            assertLabelClearOfItsOutline(group(unseen, new Part(false, kind, 1_000_000)), "1000000");
        }
        assertLabelClearOfItsOutline(group(unseen, new Part(false, PartKind.H, 999_988)), "999988");
        assertNodesHoldTheirTexts(unseen);
    }

    /** The node's label reads its letter with {@code step} as subscript and keeps two units clear of the outline. */
    private static void assertLabelClearOfItsOutline(Group node, String step) {
        Text label = texts(node).get(0);
        assertEquals(node.part().kind().key() + step, label.plain());
        assertEquals(step, label.runs().get(1).text());
        Rect box = outline(node);
        assertWithin(TextMetrics.bounds(label), box.x() + 2, box.x() + box.width() - 2, node.part() + "'s label");
    }

    @Test
    void shapesOfTheLastColumnLieWithinThePicture() {
        Trace wide = Trace.run(Preset.TINY.spec().withDimensions(new Dimensions(5, 3, 1024, 2)).build());
        Drawing d = StillPicture.draw(wide, DiagramOptions.still(DiagramLook.DEFAULT.withShapes(true), 5), Theme.LIGHT);
        Text v = texts(group(d, new Part(false, PartKind.EDGE_OUTPUT, 5))).get(1);
        Text w = texts(group(d, new Part(false, PartKind.EDGE_INPUT, 5))).get(1);
        assertEquals("(2, 1024)", v.plain());
        assertEquals("(1024, 3)", w.plain());
        assertWithin(TextMetrics.bounds(v), d.x(), d.x() + d.width(), "V's shape");
        assertWithin(TextMetrics.bounds(w), d.x(), d.x() + d.width(), "W's shape");
        assertEquals("(1024,)", texts(group(d, new Part(false, PartKind.H, 5))).get(1).plain());
        assertPictureHoldsEveryText(d);
        assertNodesHoldTheirTexts(d);
    }

    static Stream<Dimensions> lessons() {
        return Stream.of(new Dimensions(5, 3, 4, 2), new Dimensions(12, 1, 16, 1), new Dimensions(3, 1, 1, 1),
                new Dimensions(1, 1, 1, 0), new Dimensions(30, 1024, 1024, 1024), new Dimensions(1_000, 8, 8, 8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void everyTextLiesInItsBoxAndInThePicture(Dimensions dims) {
        Trace trace = Trace.run(Preset.TINY.spec().withDimensions(dims).build());
        for (ViewKind view : ViewKind.values()) {
            for (boolean shapes : new boolean[] {false, true}) {
                for (boolean head : new boolean[] {false, true}) {
                    DiagramLook look = DiagramLook.DEFAULT.withView(view).withShapes(shapes).withHead(head);
                    DiagramOptions options = DiagramOptions.still(look, dims.timesteps())
                            .with(Interaction.NONE.withHighlight(Highlight.STATE_SIZE));
                    Drawing d = StillPicture.draw(trace, options, Theme.LIGHT);
                    assertNodesHoldTheirTexts(d);
                    assertPictureHoldsEveryText(d);
                }
            }
        }
    }

    @Test
    void hugeValuesTakeTheExponentFormInsideTheirCells() {
        Trace growing = Trace.run(Preset.TINY.spec().withInitialisation(dev.unroll.rnn.Initialisation.NUMPY_UNIFORM)
                .withActivation(dev.unroll.rnn.Activation.LINEAR).withDimensions(new Dimensions(30, 3, 4, 2)).build());
        Drawing d = StillPicture.draw(growing, DiagramOptions.defaults(30), Theme.LIGHT);
        Part o30 = new Part(false, PartKind.O, 30);
        double value = PartValues.vector(growing, o30)[0];
        assertTrue(value > 1e11, "a linear recurrence with positive weights grows without bound");
        String written = texts(group(d, o30)).get(1).plain();
        assertTrue(written.contains("e"), written);
        assertEquals(value, parse(written), Math.ulp(1.0) + 0.005 * Math.pow(10, Math.floor(Math.log10(value))));
        assertNodesHoldTheirTexts(d);
    }
}
