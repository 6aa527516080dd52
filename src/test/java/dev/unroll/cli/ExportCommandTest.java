package dev.unroll.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.diagram.DiagramOptions;
import dev.unroll.diagram.DiagramPainter;
import dev.unroll.diagram.Drawing;
import dev.unroll.diagram.StillPicture;
import dev.unroll.diagram.Theme;
import dev.unroll.render.SvgDocument;
import dev.unroll.rnn.Preset;
import dev.unroll.rnn.Trace;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** {@code unroll export}: SVG and PNG files of the diagram, and one line on standard error for bad arguments. */
class ExportCommandTest {

    @TempDir
    Path dir;

    private SvgDocument exportSvg(String... options) throws IOException {
        Path out = dir.resolve("diagram.svg");
        String[] args = Stream.concat(Stream.of("export", "--out", out.toString()), Stream.of(options)).toArray(String[]::new);
        CommandLineRun run = CommandLineRun.of(args);
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err());
        return SvgDocument.parse(Files.readAllBytes(out));
    }

    @Test
    void anOverflowingExportSaysSoOnceAndItsLegendExplainsTheMarkedCells() throws IOException {
        Path out = dir.resolve("relu.svg");
        CommandLineRun run = CommandLineRun.of("export", "--out", out.toString(), "--preset", "seed-numpy",
                "--activation", "relu", "--timesteps", "300", "--view", "unrolled");
        assertEquals(0, run.status(), run.err());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().startsWith("unroll: h overflows to infinity at t = "), run.err());
        String svg = Files.readString(out);
        assertTrue(svg.contains(DiagramPainter.nonFiniteLegend()), "the legend names the marked cells");
    }

    @Test
    void svgOfTheTinyLessonShowsBothPicturesWithTheHeadAtTheLastStep() throws IOException {
        Path out = dir.resolve("tiny.svg");
        CommandLineRun run = CommandLineRun.of("export", "--preset", "tiny", "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err());
        assertEquals(1, run.outLines().size(), run.out());
        assertTrue(run.out().startsWith("wrote " + out), run.out());
        SvgDocument svg = SvgDocument.parse(Files.readAllBytes(out));
        assertEquals(5, svg.parts("unrolled", "x").size());
        assertEquals(6, svg.parts("unrolled", "h").size());
        assertEquals(5, svg.parts("unrolled", "o").size());
        assertEquals(5, svg.parts("unrolled", "edge-recurrent").size());
        assertEquals(1, svg.parts("folded", "h").size());
        assertEquals("5", svg.parts("folded", "h").get(0).getAttribute("data-t"));
        assertEquals(1, svg.parts("folded", "o").size());
        assertEquals(List.of(out), list(dir));
    }

    @Test
    void pngAtScaleTwoIsTwiceTheDrawingAndSaysSo() throws IOException {
        Path out = dir.resolve("tiny.png");
        CommandLineRun run = CommandLineRun.of("export", "--scale", "2", "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        Trace trace = Trace.run(Preset.TINY.spec().build());
        Drawing expected = StillPicture.draw(trace, DiagramOptions.defaults(5), Theme.LIGHT);
        BufferedImage image = ImageIO.read(out.toFile());
        int width = (int) Math.ceil(expected.width() * 2);
        int height = (int) Math.ceil(expected.height() * 2);
        assertEquals(width, image.getWidth());
        assertEquals(height, image.getHeight());
        assertEquals("wrote " + out + " (" + width + " x " + height + " px)", run.out().strip());
        assertEquals(255, image.getRGB(0, 0) >>> 24, "opaque background by default");
    }

    @Test
    void transparentPngHasAClearCorner() throws IOException {
        Path out = dir.resolve("clear.png");
        CommandLineRun run = CommandLineRun.of("export", "--transparent", "--view", "folded", "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals(0, ImageIO.read(out.toFile()).getRGB(0, 0) >>> 24);
    }

    @Test
    void timestepOptionMarksLaterStepsAsNotYetComputed() throws IOException {
        SvgDocument svg = exportSvg("--view", "unrolled", "--t", "2");
        String h2 = SvgDocument.title(svg.parts("unrolled", "h").stream()
                .filter(g -> g.getAttribute("data-t").equals("2")).findFirst().orElseThrow());
        String h3 = SvgDocument.title(svg.parts("unrolled", "h").stream()
                .filter(g -> g.getAttribute("data-t").equals("3")).findFirst().orElseThrow());
        assertFalse(h2.contains("not computed"), h2);
        assertTrue(h3.contains("not computed"), h3);
        assertEquals(0, svg.parts("folded", "h").size(), "--view unrolled has no folded picture");
    }

    @Test
    void noHeadRemovesTheOutputsOfALessonThatHasThem() throws IOException {
        SvgDocument svg = exportSvg("--no-head");
        assertEquals(0, svg.parts("unrolled", "o").size());
        assertEquals(0, svg.parts("folded", "o").size());
        assertEquals(0, svg.parts("unrolled", "edge-output").size());
    }

    @Test
    void headOnTheSeedExampleDrawsOutputsOfSizeTwoInEveryShownColumn() throws IOException {
        SvgDocument svg = exportSvg("--preset", "seed-numpy", "--head");
        // 100 steps: the still picture shows the last 12 columns, 89 to 100
        assertEquals(12, svg.parts("unrolled", "o").size());
        assertEquals(1, svg.parts("folded", "o").size());
        svg.parts("unrolled", "o").forEach(o -> assertEquals(2, SvgDocument.cells(o).size()));
        assertEquals(List.of(89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100), svg.parts("unrolled", "x").stream()
                .map(g -> Integer.parseInt(g.getAttribute("data-t"))).sorted().toList());
    }

    @Test
    void seedExampleHasNoHeadByDefault() throws IOException {
        SvgDocument svg = exportSvg("--preset", "seed-numpy", "--view", "folded");
        assertEquals(0, svg.parts("folded", "o").size());
        assertEquals(64, SvgDocument.cells(svg.parts("folded", "h").get(0)).size());
    }

    @Test
    void returnSequencesFalseKeepsOnlyTheLastOutput() throws IOException {
        SvgDocument svg = exportSvg("--view", "unrolled", "--return-sequences", "false");
        assertEquals(List.of("5"), svg.parts("unrolled", "o").stream().map(g -> g.getAttribute("data-t")).toList());
    }

    @Test
    void shapesWritesEachVectorsLengthInItsBoxOnlyWhenAskedFor() throws IOException {
        // the tiny lesson: h has N = 4 units, so its box reads "(4,)" under the label
        assertTrue(texts(exportSvg("--view", "folded", "--shapes").parts("folded", "h").get(0)).contains("(4,)"));
        assertFalse(texts(exportSvg("--view", "folded").parts("folded", "h").get(0)).contains("(4,)"));
    }

    private static List<String> texts(Element part) {
        return SvgDocument.children(part, "text").stream().map(Element::getTextContent).toList();
    }

    @Test
    void goodfellowNotationSwapsTheLetters() throws IOException {
        SvgDocument svg = exportSvg("--notation", "goodfellow", "--view", "folded");
        assertEquals("U", SvgDocument.children(svg.parts("folded", "edge-input").get(0), "text").get(0).getTextContent());
        assertEquals("W", SvgDocument.children(svg.parts("folded", "edge-recurrent").get(0), "text").get(0).getTextContent());
    }

    @Test
    void timestepPastTheEndIsRejectedWithOneLine() throws IOException {
        Path out = dir.resolve("late.svg");
        CommandLineRun run = CommandLineRun.of("export", "--t", "99", "--out", out.toString());
        run.assertRejectedWithOneLine("--t 99");
        assertTrue(run.err().contains("99") && run.err().contains("between 0 and 5"), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void unknownExtensionIsRejectedWithOneLineNamingTheFile() throws IOException {
        Path out = dir.resolve("diagram.jpg");
        CommandLineRun run = CommandLineRun.of("export", "--out", out.toString());
        run.assertRejectedWithOneLine("--out diagram.jpg");
        assertTrue(run.err().contains("diagram.jpg") && run.err().contains(".svg, .png or .gif"), run.err());
        assertEquals(List.of(), list(dir));
    }

    @Test
    void gifOfTheTinyLessonHasTPlusOneFramesAndSaysHowManyAndHowLarge() throws IOException {
        Path out = dir.resolve("run.gif");
        CommandLineRun run = CommandLineRun.of("export", "--preset", "tiny", "--frame-ms", "200", "--scale", "2",
                "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err());
        javax.imageio.ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (javax.imageio.stream.ImageInputStream in = ImageIO.createImageInputStream(out.toFile())) {
            reader.setInput(in);
            assertEquals(Preset.TINY.spec().dimensions().timesteps() + 1, reader.getNumImages(true));
            BufferedImage first = reader.read(0);
            assertEquals("wrote " + out + " (" + reader.getNumImages(true) + " frames, " + first.getWidth() + " x "
                    + first.getHeight() + " px)", run.out().strip());
        } finally {
            reader.dispose();
        }
    }

    @Test
    void gifRefusesOptionsForOnePictureAndPngRefusesTheAnimationsOnes() throws IOException {
        CommandLineRun withT = CommandLineRun.of("export", "--t", "2", "--out", dir.resolve("run.gif").toString());
        withT.assertRejectedWithOneLine("--t with a .gif");
        assertTrue(withT.err().contains("--t"), withT.err());
        CommandLineRun stages = CommandLineRun.of("export", "--stages", "--out", dir.resolve("one.png").toString());
        stages.assertRejectedWithOneLine("--stages with a .png");
        assertTrue(stages.err().contains("--stages") && stages.err().contains(".gif"), stages.err());
        CommandLineRun fast = CommandLineRun.of("export", "--frame-ms", "5", "--out", dir.resolve("run.gif").toString());
        fast.assertRejectedWithOneLine("--frame-ms 5");
        assertTrue(fast.err().contains("20 and 60000 ms"), fast.err());
        assertEquals(List.of(), list(dir));
    }

    @Test
    void scaleAboveFourIsRejectedWithOneLine() throws IOException {
        CommandLineRun run = CommandLineRun.of("export", "--scale", "5", "--out", dir.resolve("big.png").toString());
        run.assertRejectedWithOneLine("--scale 5");
        assertTrue(run.err().contains("scale"), run.err());
        assertEquals(List.of(), list(dir));
    }

    @Test
    void missingOutputFileIsRejectedWithOneLine() {
        CommandLineRun run = CommandLineRun.of("export");
        run.assertRejectedWithOneLine("no --out");
        assertTrue(run.err().contains("--out"), run.err());
    }

    @Test
    void unwritableDestinationFailsWithOneLineNamingTheFile() {
        Path out = dir.resolve("no-such-folder").resolve("d.svg");
        CommandLineRun run = CommandLineRun.of("export", "--out", out.toString());
        assertEquals(UnrollCommand.BAD_ARGUMENTS, run.status());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains(out.toString()), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
