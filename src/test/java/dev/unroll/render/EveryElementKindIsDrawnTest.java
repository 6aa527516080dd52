package dev.unroll.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.diagram.Element;
import dev.unroll.diagram.Element.PathOp;
import dev.unroll.diagram.ElementSamples;
import dev.unroll.diagram.ElementSamples.SegmentSample;
import dev.unroll.diagram.Paint;
import java.awt.image.BufferedImage;
import java.util.Map;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Each output draws every kind of element: a sample of each kind, alone on a transparent drawing,
 * leaves its mark in the SVG, in the Java2D image and on the canvas. The same goes for every kind of
 * path segment, each drawn as its own kind. The samples cover every kind the sealed interfaces permit,
 * so a new kind is checked here as soon as it exists.
 */
@ExtendWith(ApplicationExtension.class)
class EveryElementKindIsDrawnTest {

    /** The SVG element each kind becomes. */
    private static final Map<Class<?>, String> SVG_TAG = Map.of(
            Element.Rect.class, "rect",
            Element.Path.class, "path",
            Element.Polygon.class, "polygon",
            Element.Text.class, "text",
            Element.Group.class, "g",
            Element.Cells.class, "g");

    private static final Map<Class<?>, Element> SAMPLES = ElementSamples.oneOfEachKind();

    /** The SVG path data of each segment kind's sample path, as its coordinates spell it. */
    private static final Map<Class<?>, String> SVG_PATH_DATA = Map.of(
            PathOp.MoveTo.class, "M10 10 L20 10 M60 40 L110 40",
            PathOp.LineTo.class, "M10 10 L110 50",
            PathOp.CubicTo.class, "M10 50 C10 0 110 0 110 50");

    private static final Map<Class<?>, SegmentSample> SEGMENTS = ElementSamples.oneOfEachSegmentKind();

    @Start
    void start(Stage stage) {
        // the toolkit has to be running for the canvas; no window is needed
    }

    @Test
    void theSvgHoldsEveryKind() {
        assertEquals(ElementSamples.kinds(), SVG_TAG.keySet(), "every kind has an SVG element to look for");
        SAMPLES.forEach((kind, element) -> {
            SvgDocument svg = SvgDocument.parse(SvgRenderer.render(ElementSamples.alone(element)));

            assertEquals(1, SvgDocument.children(svg.root(), SVG_TAG.get(kind)).size(), kind.getSimpleName());
        });
    }

    @Test
    void theSvgWritesAGroupsChildrenInsideIt() {
        Element group = SAMPLES.get(Element.Group.class);
        SvgDocument svg = SvgDocument.parse(SvgRenderer.render(ElementSamples.alone(group)));

        org.w3c.dom.Element part = SvgDocument.children(svg.root(), "g").get(0);
        assertEquals(1, SvgDocument.cells(part).size());
    }

    @Test
    void theJava2DImageShowsEveryKind() {
        SAMPLES.forEach((kind, element) -> {
            BufferedImage image = Java2DRenderer.render(ElementSamples.alone(element), 1, true);

            assertTrue(inked(image), kind.getSimpleName() + " leaves no pixel in the image");
        });
    }

    @Test
    void theCanvasShowsEveryKind(FxRobot robot) {
        CanvasRenderer renderer = new CanvasRenderer();
        SAMPLES.forEach((kind, element) ->
                assertTrue(inked(canvasShot(robot, renderer, element)), kind.getSimpleName() + " leaves no pixel on the canvas"));
    }

    @Test
    void theSvgWritesEveryKindOfSegment() {
        assertEquals(ElementSamples.segmentKinds(), SVG_PATH_DATA.keySet());
        SEGMENTS.forEach((kind, sample) -> {
            SvgDocument svg = SvgDocument.parse(SvgRenderer.render(ElementSamples.alone(sample.path())));

            assertEquals(SVG_PATH_DATA.get(kind), SvgDocument.children(svg.root(), "path").get(0).getAttribute("d"),
                    kind.getSimpleName());
        });
    }

    @Test
    void theJava2DImageDrawsEveryKindOfSegmentAsItsKind() {
        SEGMENTS.forEach((kind, sample) -> {
            BufferedImage image = Java2DRenderer.render(ElementSamples.alone(sample.path()), 1, true);

            assertTrue(inkedNear(image::getRGB, sample.inkedX(), sample.inkedY()), kind.getSimpleName() + " leaves out its mark");
            assertFalse(inkedNear(image::getRGB, sample.blankX(), sample.blankY()), kind.getSimpleName() + " is drawn as another kind");
        });
    }

    @Test
    void theCanvasDrawsEveryKindOfSegmentAsItsKind(FxRobot robot) {
        CanvasRenderer renderer = new CanvasRenderer();
        SEGMENTS.forEach((kind, sample) -> {
            PixelReader pixels = canvasShot(robot, renderer, sample.path()).getPixelReader();

            assertTrue(inkedNear(pixels::getArgb, sample.inkedX(), sample.inkedY()), kind.getSimpleName() + " leaves out its mark");
            assertFalse(inkedNear(pixels::getArgb, sample.blankX(), sample.blankY()), kind.getSimpleName() + " is drawn as another kind");
        });
    }

    /** Whether any pixel within one of (x, y) has some ink: a 4-wide stroke through the point covers them all. */
    private static boolean inkedNear(ArgbAt image, double x, double y) {
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                if ((image.argb((int) x + dx, (int) y + dy) >>> 24) != 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A pixel's colour, alpha in its top byte. */
    private interface ArgbAt {
        int argb(int x, int y);
    }

    private static WritableImage canvasShot(FxRobot robot, CanvasRenderer renderer, Element element) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> {
            Canvas canvas = new Canvas(ElementSamples.WIDTH, ElementSamples.HEIGHT);
            renderer.render(canvas.getGraphicsContext2D(), ElementSamples.alone(element));
            SnapshotParameters transparent = new SnapshotParameters();
            transparent.setFill(Color.TRANSPARENT);
            shot[0] = canvas.snapshot(transparent, null);
        });
        return shot[0];
    }

    @Test
    void aBlankDrawingLeavesNoPixelSoTheChecksAboveMeanSomething() {
        Element nothing = Element.Rect.plain(10, 10, 20, 20, 0, Paint.NONE, Element.Stroke.NONE);

        assertFalse(inked(Java2DRenderer.render(ElementSamples.alone(nothing), 1, true)));
    }

    private static boolean inked(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) >>> 24) != 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean inked(WritableImage image) {
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                if ((pixels.getArgb(x, y) >>> 24) != 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
