package dev.unroll.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.diagram.DiagramOptions;
import dev.unroll.diagram.Drawing;
import dev.unroll.diagram.StillPicture;
import dev.unroll.diagram.Theme;
import dev.unroll.render.SvgDocument;
import dev.unroll.rnn.Preset;
import dev.unroll.rnn.Trace;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Snapshot files: PNG size and background, SVG content, and the refusals that name the file. */
class SnapshotExporterTest {

    private static final Trace TINY = Trace.run(Preset.TINY.spec().build());

    @TempDir
    Path dir;

    private static Drawing tiny(Theme theme) {
        return StillPicture.draw(TINY, DiagramOptions.defaults(3), theme);
    }

    private static BufferedImage read(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image != null, "ImageIO could not decode " + png);
        return image;
    }

    @ParameterizedTest(name = "scale {0}")
    @ValueSource(ints = {1, 3})
    void pngIsTheDrawingsSizeTimesTheScaleRoundedUp(int scale) throws IOException {
        Drawing d = tiny(Theme.LIGHT);
        Path png = dir.resolve("tiny.png");
        SnapshotExporter.write(d, png, scale, false);
        BufferedImage image = read(png);
        assertEquals((int) Math.ceil(d.width() * scale), image.getWidth());
        assertEquals((int) Math.ceil(d.height() * scale), image.getHeight());
        assertTrue(image.getWidth() > 400 * scale, "a real diagram, not a stub: " + image.getWidth());
    }

    @Test
    void opaquePngHasThePaperColourInItsCorners() throws IOException {
        Path png = dir.resolve("opaque.png");
        SnapshotExporter.write(tiny(Theme.LIGHT), png, 2, false);
        BufferedImage image = read(png);
        for (int[] corner : corners(image)) {
            int argb = image.getRGB(corner[0], corner[1]);
            assertEquals(255, argb >>> 24, "alpha at " + corner[0] + ", " + corner[1]);
            assertEquals(Theme.LIGHT.paper().rgb(), argb & 0xFFFFFF, "colour at " + corner[0] + ", " + corner[1]);
        }
    }

    @Test
    void transparentPngHasClearCornersButOpaqueInk() throws IOException {
        Path png = dir.resolve("clear.png");
        SnapshotExporter.write(tiny(Theme.LIGHT.transparent()), png, 1, true);
        BufferedImage image = read(png);
        assertTrue(image.getColorModel().hasAlpha());
        for (int[] corner : corners(image)) {
            assertEquals(0, image.getRGB(corner[0], corner[1]) >>> 24, "alpha at " + corner[0] + ", " + corner[1]);
        }
        long opaque = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getRGB(x, y) >>> 24 == 255) {
                    opaque++;
                }
            }
        }
        assertTrue(opaque > 10_000, "boxes, cells and text are painted: " + opaque + " opaque pixels");
    }

    @Test
    void transparentFlagDropsTheBackgroundEvenFromAPaperTheme() throws IOException {
        Path png = dir.resolve("flag.png");
        Path svg = dir.resolve("flag.svg");
        SnapshotExporter.write(tiny(Theme.LIGHT), png, 1, true);
        SnapshotExporter.write(tiny(Theme.LIGHT), svg, 1, true);
        assertEquals(0, read(png).getRGB(0, 0) >>> 24);
        SvgDocument doc = SvgDocument.parse(Files.readAllBytes(svg));
        assertFalse(SvgDocument.children(doc.root(), "rect").stream()
                .anyMatch(r -> "0".equals(r.getAttribute("x")) && "0".equals(r.getAttribute("y"))
                        && r.getAttribute("fill").equals(Theme.LIGHT.paper().hex())), "no background rect");
    }

    @Test
    void svgFileIsTheRenderedDocumentInUtf8() throws IOException {
        Path svg = dir.resolve("Tiny.SVG");
        SnapshotExporter.write(tiny(Theme.LIGHT), svg, 4, false);
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
        SvgDocument doc = SvgDocument.parse(text);
        assertEquals(6, doc.parts("unrolled", "h").size());
        assertTrue(text.contains("\u00B7"), "the middle dot of W\u00B7x_t survives as UTF-8");
    }

    @ParameterizedTest(name = "scale {0}")
    @ValueSource(doubles = {0.5, 0, 4.01, 5, Double.NaN})
    void scaleOutsideOneToFourIsRejected(double scale) {
        Path png = dir.resolve("x.png");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SnapshotExporter.write(tiny(Theme.LIGHT), png, scale, false));
        assertTrue(e.getMessage().contains("scale must be between 1 and 4"), e.getMessage());
        assertFalse(Files.exists(png));
    }

    @Test
    void unknownExtensionIsRejectedNamingTheFile() {
        Path jpg = dir.resolve("picture.jpg");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SnapshotExporter.write(tiny(Theme.LIGHT), jpg, 1, false));
        assertTrue(e.getMessage().contains("picture.jpg"), e.getMessage());
        assertTrue(e.getMessage().contains(".svg") && e.getMessage().contains(".png"), e.getMessage());
        assertFalse(Files.exists(jpg));
        assertThrows(IllegalArgumentException.class, () -> SnapshotFormat.of(Path.of("no-extension")));
        assertEquals(SnapshotFormat.PNG, SnapshotFormat.of(Path.of("a.b.PnG")));
    }

    @Test
    void writingIntoAMissingFolderFailsNamingTheFile() {
        Path file = dir.resolve("missing").resolve("a.png");
        IOException e = assertThrows(IOException.class, () -> SnapshotExporter.write(tiny(Theme.LIGHT), file, 1, false));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    private static int[][] corners(BufferedImage image) {
        int w = image.getWidth() - 1;
        int h = image.getHeight() - 1;
        return new int[][] {{0, 0}, {w, 0}, {0, h}, {w, h}};
    }
}
