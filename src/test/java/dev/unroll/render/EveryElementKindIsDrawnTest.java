package dev.unroll.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.diagram.Element;
import dev.unroll.diagram.ElementSamples;
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
 * leaves its mark in the SVG, in the Java2D image and on the canvas. The samples cover every kind the
 * sealed interface permits, so a new kind is checked here as soon as it exists.
 */
@ExtendWith(ApplicationExtension.class)
class EveryElementKindIsDrawnTest {

    /** The SVG element each kind becomes. */
    private static final Map<Class<?>, String> SVG_TAG = Map.of(
            Element.Rect.class, "rect",
            Element.Path.class, "path",
            Element.Polygon.class, "polygon",
            Element.Text.class, "text",
            Element.Group.class, "g");

    private static final Map<Class<?>, Element> SAMPLES = ElementSamples.oneOfEachKind();

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
        SAMPLES.forEach((kind, element) -> {
            WritableImage[] shot = new WritableImage[1];
            robot.interact(() -> {
                Canvas canvas = new Canvas(ElementSamples.WIDTH, ElementSamples.HEIGHT);
                renderer.render(canvas.getGraphicsContext2D(), ElementSamples.alone(element));
                SnapshotParameters transparent = new SnapshotParameters();
                transparent.setFill(Color.TRANSPARENT);
                shot[0] = canvas.snapshot(transparent, null);
            });

            assertTrue(inked(shot[0]), kind.getSimpleName() + " leaves no pixel on the canvas");
        });
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
