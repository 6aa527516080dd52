package dev.unroll.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.diagram.ColourScales;
import dev.unroll.diagram.DiagramLayout;
import dev.unroll.diagram.DiagramLook;
import dev.unroll.diagram.DiagramOptions;
import dev.unroll.diagram.DiagramPainter;
import dev.unroll.diagram.Drawing;
import dev.unroll.diagram.Element.Anchor;
import dev.unroll.diagram.Element.Group;
import dev.unroll.diagram.Element.PathOp;
import dev.unroll.diagram.Element.Rect;
import dev.unroll.diagram.Element.Stroke;
import dev.unroll.diagram.Element.Text;
import dev.unroll.diagram.Element.TextRun;
import dev.unroll.diagram.Notation;
import dev.unroll.diagram.Paint;
import dev.unroll.diagram.Part;
import dev.unroll.diagram.PartKind;
import dev.unroll.diagram.Theme;
import dev.unroll.diagram.ValueFormat;
import dev.unroll.diagram.ViewKind;
import dev.unroll.rnn.Fixtures;
import dev.unroll.rnn.HeadActivation;
import dev.unroll.rnn.Preset;
import dev.unroll.rnn.Trace;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Element;

/** The SVG export: named parts, numbered cells, real text with subscripts, and well-formed XML. */
class SvgRendererTest {

    private static final Trace TINY = Trace.run(Preset.TINY.spec().build());

    private static SvgDocument tiny(DiagramOptions options) {
        DiagramLayout layout = DiagramLayout.of(TINY.lesson().dimensions(), options);
        Drawing drawing = DiagramPainter.paint(layout, TINY, ColourScales.of(TINY), Theme.LIGHT);
        return SvgDocument.parse(SvgRenderer.render(drawing));
    }

    private static SvgDocument tinyUnrolled(boolean head) {
        return tiny(DiagramOptions.still(DiagramLook.DEFAULT.withView(ViewKind.UNROLLED).withHead(head), 5));
    }

    @Test
    void unrolledTinyLessonHasOnePartPerKindAndColumnPlusTheInitialState() {
        SvgDocument svg = tinyUnrolled(true);
        assertEquals(5, svg.parts("unrolled", "x").size());
        assertEquals(6, svg.parts("unrolled", "h").size());
        assertEquals(5, svg.parts("unrolled", "o").size());
        assertEquals(5, svg.parts("unrolled", "edge-input").size());
        assertEquals(5, svg.parts("unrolled", "edge-recurrent").size());
        assertEquals(5, svg.parts("unrolled", "edge-output").size());
        // beside each step's h the bias b and the sum a, beside each o the bias c; a linear head has no y
        assertEquals(5, svg.parts("unrolled", "b").size());
        assertEquals(5, svg.parts("unrolled", "a").size());
        assertEquals(5, svg.parts("unrolled", "c").size());
        assertEquals(0, svg.parts("unrolled", "y").size());
        assertEquals(46, svg.allParts().size(), "no folded parts and nothing else");
        assertEquals(List.of(0, 1, 2, 3, 4, 5), svg.parts("unrolled", "h").stream()
                .map(g -> Integer.parseInt(g.getAttribute("data-t"))).sorted().toList());
        assertEquals(List.of(1, 2, 3, 4, 5), svg.parts("unrolled", "edge-recurrent").stream()
                .map(g -> Integer.parseInt(g.getAttribute("data-t"))).sorted().toList());
    }

    @Test
    void everyVectorHasOneNumberedCellPerComponent() {
        SvgDocument svg = tinyUnrolled(true);
        for (Element h : svg.parts("unrolled", "h")) {
            assertEquals(List.of("0", "1", "2", "3"), SvgDocument.cells(h).stream().map(c -> c.getAttribute("data-i")).toList(),
                    "cells of h_" + h.getAttribute("data-t"));
        }
        for (Element x : svg.parts("unrolled", "x")) {
            assertEquals(3, SvgDocument.cells(x).size());
        }
        for (Element o : svg.parts("unrolled", "o")) {
            assertEquals(2, SvgDocument.cells(o).size());
        }
    }

    @Test
    void cellsAreColouredByTheirValue() {
        SvgDocument svg = tinyUnrolled(true);
        Element h1 = svg.parts("unrolled", "h").stream().filter(g -> g.getAttribute("data-t").equals("1")).findFirst().orElseThrow();
        Element h0 = svg.parts("unrolled", "h").stream().filter(g -> g.getAttribute("data-t").equals("0")).findFirst().orElseThrow();
        // h_0 is all zeros, so every cell has the palette's middle colour; h_1 is not
        List<String> zeroColours = SvgDocument.cells(h0).stream().map(c -> c.getAttribute("fill")).distinct().toList();
        assertEquals(1, zeroColours.size());
        assertTrue(SvgDocument.cells(h1).stream().anyMatch(c -> !c.getAttribute("fill").equals(zeroColours.get(0))));
    }

    @Test
    void withoutTheHeadThereIsNoOutputNorOutputEdge() {
        SvgDocument svg = tinyUnrolled(false);
        assertEquals(0, svg.parts("unrolled", "o").size());
        assertEquals(0, svg.parts("unrolled", "edge-output").size());
        assertEquals(6, svg.parts("unrolled", "h").size());
        assertEquals(5, svg.parts("unrolled", "x").size());
    }

    @Test
    void foldedViewHasExactlyOnePartOfEachKindAtTheCurrentStep() {
        SvgDocument svg = tiny(DiagramOptions.still(DiagramLook.DEFAULT.withView(ViewKind.FOLDED), 3));
        // every kind but y, which only a sigmoid or softmax head has
        for (PartKind kind : PartKind.values()) {
            List<Element> parts = svg.parts("folded", kind.key());
            assertEquals(kind == PartKind.Y ? 0 : 1, parts.size(), kind.key());
            if (kind != PartKind.Y) {
                assertEquals("3", parts.get(0).getAttribute("data-t"), kind.key());
            }
        }
        assertEquals(9, svg.allParts().size());
        assertEquals(4, SvgDocument.cells(svg.parts("folded", "h").get(0)).size());
    }

    @ParameterizedTest(name = "{0}: input {1}, recurrent {2}")
    @CsvSource({"KERAS, W, U", "GOODFELLOW, U, W"})
    void edgesAreLabelledWithTheNotationsLetters(Notation notation, String input, String recurrent) {
        SvgDocument svg = tiny(DiagramOptions.still(DiagramLook.DEFAULT.withNotation(notation), 5));
        for (String view : List.of("folded", "unrolled")) {
            for (Element e : svg.parts(view, "edge-input")) {
                assertEquals(input, label(e), view + " input edge at t = " + e.getAttribute("data-t"));
            }
            for (Element e : svg.parts(view, "edge-recurrent")) {
                assertEquals(recurrent, label(e), view + " recurrent edge at t = " + e.getAttribute("data-t"));
            }
            for (Element e : svg.parts(view, "edge-output")) {
                assertEquals("V", label(e));
            }
        }
        assertTrue(SvgDocument.title(svg.parts("unrolled", "edge-input").get(0)).startsWith(input + " (4, 3)"));
    }

    private static String label(Element edge) {
        List<Element> texts = SvgDocument.children(edge, "text");
        assertEquals(1, texts.size());
        return texts.get(0).getTextContent();
    }

    @Test
    void titlesCarryTheValuesOfTheirVectors() {
        SvgDocument svg = tinyUnrolled(true);
        Element h2 = svg.parts("unrolled", "h").stream().filter(g -> g.getAttribute("data-t").equals("2")).findFirst().orElseThrow();
        String title = SvgDocument.title(h2);
        assertTrue(title.startsWith("h_2 (4,)"), title);
        for (double v : TINY.state(2)) {
            assertTrue(title.contains(ValueFormat.threeDigits(v)), title + " should contain " + ValueFormat.threeDigits(v));
        }
        // the cells print the same numbers as text
        List<String> printed = SvgDocument.children(h2, "text").stream().map(Element::getTextContent).toList();
        assertTrue(printed.containsAll(IntStream.range(0, 4).mapToObj(i -> ValueFormat.threeDigits(TINY.state(2)[i])).toList()),
                printed.toString());
    }

    /** The numbers between the brackets of a part's title, read back as doubles. */
    private static double[] titleValues(Element part) {
        String title = SvgDocument.title(part);
        String list = title.substring(title.indexOf('[') + 1, title.indexOf(']'));
        return java.util.Arrays.stream(list.split(", ")).mapToDouble(v -> Double.parseDouble(v.replace('\u2212', '-'))).toArray();
    }

    private static Element at(SvgDocument svg, String view, String kind, int t) {
        return svg.parts(view, kind).stream().filter(g -> g.getAttribute("data-t").equals(Integer.toString(t))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " at t = " + t + " in the " + view + " picture"));
    }

    @Test
    void theBiasAndTheSumAreExportedWithTheirValues() {
        SvgDocument svg = tiny(DiagramOptions.defaults(3));
        Fixtures.Case numpy = Fixtures.load("tiny_seed0.txt");
        double[] a3 = numpy.step("a", 3);
        for (String view : List.of("folded", "unrolled")) {
            // Keras initialises the biases to zero
            assertArrayEquals(new double[] {0, 0, 0, 0}, titleValues(at(svg, view, "b", 3)), view + " b");
            assertArrayEquals(new double[] {0, 0}, titleValues(at(svg, view, "c", 3)), view + " c");
            double[] shown = titleValues(at(svg, view, "a", 3));
            assertEquals(a3.length, shown.length);
            for (int i = 0; i < a3.length; i++) {
                // the title writes three significant digits
                assertEquals(a3[i], shown[i], 5e-3 * Math.abs(a3[i]), view + " a_3[" + i + "]");
            }
        }
        assertTrue(SvgDocument.title(at(svg, "unrolled", "a", 3)).startsWith("a_3 (4,), pre-activation"));
    }

    @Test
    void aSigmoidHeadExportsYBesideEveryOutput() {
        Trace sigmoid = Trace.run(Preset.TINY.spec().withHeadActivation(HeadActivation.SIGMOID).build());
        DiagramLayout layout = DiagramLayout.of(sigmoid.lesson().dimensions(), DiagramOptions.defaults(3), true);
        SvgDocument svg = SvgDocument.parse(SvgRenderer.render(
                DiagramPainter.paint(layout, sigmoid, ColourScales.of(sigmoid), Theme.LIGHT)));
        assertEquals(5, svg.parts("unrolled", "y").size());
        assertEquals(1, svg.parts("folded", "y").size());
        double[] o3 = Fixtures.load("tiny_seed0.txt").step("o", 3);
        double[] y3 = titleValues(at(svg, "unrolled", "y", 3));
        for (int i = 0; i < o3.length; i++) {
            double expected = 1 / (1 + Math.exp(-o3[i]));
            assertEquals(expected, y3[i], 5e-3 * expected, "y_3[" + i + "] = sigmoid(o_3[" + i + "])");
        }
    }

    @Test
    void specialCharactersInTextAndTitlesAreEscaped() {
        String nasty = "a < b && c > \"d\" 'e' \u0001";
        Drawing d = new Drawing(0, 0, 100, 50, Paint.of(0xFFFFFF), List.of(
                new Group(new Part(false, PartKind.H, 1), nasty, List.of(
                        new Text(10, 20, List.of(TextRun.normal(nasty)), 12, false, Paint.of(0), Anchor.START)))));
        String svg = SvgRenderer.render(d);
        assertFalse(svg.contains("a < b"), svg);
        SvgDocument doc = SvgDocument.parse(svg);
        String expected = "a < b && c > \"d\" 'e' \uFFFD";
        Element part = doc.allParts().get(0);
        assertEquals(expected, SvgDocument.title(part));
        assertEquals(expected, SvgDocument.children(part, "text").get(0).getTextContent());
    }

    @Test
    void subscriptsAreSmallerAndLoweredThenReturnToTheBaseline() {
        Drawing d = new Drawing(0, 0, 100, 50, Paint.NONE, List.of(new Text(50, 30,
                List.of(TextRun.normal("h"), TextRun.sub("t\u22121"), TextRun.normal(" + b")), 20, true, Paint.of(0x112233),
                Anchor.MIDDLE)));
        SvgDocument doc = SvgDocument.parse(SvgRenderer.render(d));
        Element text = SvgDocument.all(doc.root(), "text").get(0);
        assertEquals("middle", text.getAttribute("text-anchor"));
        assertEquals("bold", text.getAttribute("font-weight"));
        assertEquals("20", text.getAttribute("font-size"));
        assertEquals("#112233", text.getAttribute("fill"));
        assertTrue(text.getAttribute("font-family").startsWith("DejaVu Sans"));
        List<Element> spans = SvgDocument.children(text, "tspan");
        assertEquals(List.of("h", "t\u22121", " + b"), spans.stream().map(Element::getTextContent).toList());
        assertEquals("", spans.get(0).getAttribute("dy"));
        assertEquals("14.4", spans.get(1).getAttribute("font-size"));
        assertEquals("6", spans.get(1).getAttribute("dy"));
        assertEquals("-6", spans.get(2).getAttribute("dy"));
        assertEquals("", spans.get(2).getAttribute("font-size"));
    }

    @Test
    void rootHasTheDrawingsSizeAndViewBoxWithCompactNumbersWhateverTheLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            Drawing d = new Drawing(0.5, -1.25, 640.004, 480.1, Paint.of(0xFBFBFA), List.of(
                    new Rect(1.104, 2, 3.5, 4, 0, Paint.of(0xFF0000), Stroke.NONE, 7)));
            SvgDocument doc = SvgDocument.parse(SvgRenderer.render(d));
            Element root = doc.root();
            assertEquals("svg", root.getLocalName());
            assertEquals(SvgDocument.SVG, root.getNamespaceURI());
            assertEquals("640", root.getAttribute("width"));
            assertEquals("480.1", root.getAttribute("height"));
            assertEquals("0.5 -1.25 640 480.1", root.getAttribute("viewBox"));
            List<Element> rects = SvgDocument.children(root, "rect");
            assertEquals(2, rects.size(), "background, then the cell");
            assertEquals("#fbfbfa", rects.get(0).getAttribute("fill"));
            assertEquals("cell", rects.get(1).getAttribute("class"));
            assertEquals("7", rects.get(1).getAttribute("data-i"));
            assertEquals("1.1", rects.get(1).getAttribute("x"));
            assertEquals("3.5", rects.get(1).getAttribute("width"));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void noBackgroundRectWhenTheBackgroundIsNone() {
        Drawing d = new Drawing(0, 0, 10, 10, Paint.NONE, List.of());
        SvgDocument doc = SvgDocument.parse(SvgRenderer.render(d));
        assertEquals(0, SvgDocument.all(doc.root(), "rect").size());
    }

    @Test
    void pathsCarryTheirSegmentsDashesAndOpacity() {
        Drawing d = new Drawing(0, 0, 200, 200, Paint.NONE, List.of(
                new dev.unroll.diagram.Element.Path(List.of(new PathOp.MoveTo(1, 2), new PathOp.LineTo(3.333, 4),
                        new PathOp.CubicTo(5, 6, 7, 8, 9, 10)), Stroke.dashed(0xA7B1BC, 1.4, 6, 4)),
                new dev.unroll.diagram.Element.Path(List.of(new PathOp.MoveTo(0, 0), new PathOp.LineTo(5, 5)),
                        new Stroke(new Paint(0x000000, 0.5), 2, new double[0])),
                new dev.unroll.diagram.Element.Polygon(new double[] {0, 0, 10, 0, 5, 8}, new Paint(0x2166AC, 0.09))));
        SvgDocument doc = SvgDocument.parse(SvgRenderer.render(d));
        List<Element> paths = SvgDocument.all(doc.root(), "path");
        assertEquals("M1 2 L3.33 4 C5 6 7 8 9 10", paths.get(0).getAttribute("d"));
        assertEquals("none", paths.get(0).getAttribute("fill"));
        assertEquals("#a7b1bc", paths.get(0).getAttribute("stroke"));
        assertEquals("1.4", paths.get(0).getAttribute("stroke-width"));
        assertEquals("6 4", paths.get(0).getAttribute("stroke-dasharray"));
        assertEquals("round", paths.get(0).getAttribute("stroke-linecap"));
        assertEquals("", paths.get(0).getAttribute("stroke-opacity"));
        assertEquals("0.5", paths.get(1).getAttribute("stroke-opacity"));
        assertEquals("", paths.get(1).getAttribute("stroke-dasharray"));
        Element polygon = SvgDocument.all(doc.root(), "polygon").get(0);
        assertEquals("0,0 10,0 5,8", polygon.getAttribute("points"));
        assertEquals("#2166ac", polygon.getAttribute("fill"));
        assertEquals("0.09", polygon.getAttribute("fill-opacity"));
    }
}
