package dev.unroll.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.diagram.ColourScales;
import dev.unroll.diagram.DivergingPalette;
import dev.unroll.diagram.GradientPicture;
import dev.unroll.diagram.HeatmapPicture;
import dev.unroll.diagram.StepEquation;
import dev.unroll.diagram.Theme;
import dev.unroll.diagram.ValueFormat;
import dev.unroll.grad.GradientComparison;
import dev.unroll.render.SvgDocument;
import dev.unroll.rnn.LessonSpec;
import dev.unroll.rnn.Preset;
import dev.unroll.rnn.Trace;
import dev.unroll.rnn.TraceMonitor;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --what heatmap|equation|gradients}: the panels' pictures as files, and one line for what cannot be. */
class ExportPanelsTest {

    private static final Trace TINY = Trace.run(Preset.TINY.spec().build());

    @TempDir
    Path dir;

    @Test
    void theHeatmapPngColoursEachComputedCellWithThePalettesColourForItsValueAndLeavesLaterStepsPaper() throws IOException {
        Path out = dir.resolve("heatmap.png");
        CommandLineRun run = CommandLineRun.of("export", "--what", "heatmap", "--t", "3", "--out", out.toString());
        assertEquals(0, run.status(), run.err());

        BufferedImage image = ImageIO.read(out.toFile());
        HeatmapPicture.Grid grid = HeatmapPicture.forExport(TINY, 3, 3, Theme.LIGHT).grid();
        assertEquals(TINY.timesteps(), grid.columns());
        assertEquals(TINY.units(), grid.rows());
        double scale = ColourScales.of(TINY).h();
        for (int step = 1; step <= TINY.timesteps(); step++) {
            for (int unit = 0; unit < TINY.units(); unit++) {
                // a few pixels into the cell: clear of the gaps between cells and of the number in its middle
                int x = (int) (grid.x() + (step - 1) * grid.cellWidth() + 5);
                int y = (int) (grid.y() + unit * grid.cellHeight() + 5);
                int expected = step <= 3 ? DivergingPalette.BLUE_WHITE_RED.rgb(TINY.state(step, unit), scale)
                        : Theme.LIGHT.paper().rgb();
                assertEquals(Integer.toHexString(expected), Integer.toHexString(image.getRGB(x, y) & 0xFFFFFF),
                        "step " + step + ", unit " + unit);
            }
        }
    }

    @Test
    void theEquationSvgWritesTheStepsNumbersForTheChosenUnit() throws IOException {
        Path out = dir.resolve("equation.svg");
        CommandLineRun run = CommandLineRun.of("export", "--what", "equation", "--t", "2", "--unit", "1", "--out", out.toString());
        assertEquals(0, run.status(), run.err());

        String text = SvgDocument.parse(Files.readAllBytes(out)).root().getTextContent();
        StepEquation step = StepEquation.of(TINY, 2, 1, null);
        for (String number : new String[] {step.input(), step.recurrent(), step.bias(), step.sum(), step.state()}) {
            assertTrue(text.contains(number), number + " in " + text);
        }
        assertTrue(text.contains("[1]"), "unit 1's equation: " + text);
    }

    @Test
    void theGradientsSvgOfTheSeedSaysItsGradientIsZeroBesideKerassPowerOfTen() throws IOException {
        Path out = dir.resolve("gradients.svg");
        CommandLineRun run = CommandLineRun.of("export", "--preset", "seed-numpy", "--what", "gradients", "--out", out.toString());
        assertEquals(0, run.status(), run.err());

        // each sentence is written in as many lines as the page's width needs: joined, they read as one
        String text = SvgDocument.parse(Files.readAllBytes(out)).root().getTextContent().replaceAll("\\s+", " ");
        LessonSpec seed = Preset.SEED_NUMPY.spec();
        GradientComparison comparison = GradientComparison.of(seed.build(), seed, TraceMonitor.NONE);
        GradientPicture picture = GradientPicture.forExport(comparison, Theme.LIGHT);
        assertTrue(text.contains(picture.sentence(false)), text);
        assertTrue(picture.sentence(false).endsWith("there it is exactly 0."), picture.sentence(false));
        assertTrue(text.contains(picture.sentence(true)), text);
        double[] keras = comparison.contrast().gradientNorms();
        String ratio = ValueFormat.powerOfTen((int) Math.round(Math.log10(keras[0] / keras[99])));
        assertTrue(picture.sentence(true).endsWith("Keras's initialisation, the gradient reaching h\u2081 is " + ratio
                + " of the one at h\u2081\u2080\u2080."), picture.sentence(true));
    }

    @Test
    void theGradientsOfAKerasLessonAreSetBesideTheSeedsWeights() throws IOException {
        Path out = dir.resolve("gradients.svg");
        CommandLineRun run = CommandLineRun.of("export", "--preset", "seed-numpy", "--init", "keras", "--what", "gradients",
                "--out", out.toString());
        assertEquals(0, run.status(), run.err());

        String text = SvgDocument.parse(Files.readAllBytes(out)).root().getTextContent();
        assertTrue(text.contains("this lesson (Keras's initialisation)"), text);
        assertTrue(text.contains("the same sizes with the seed's numpy-uniform weights"), text);
    }

    @Test
    void anUnknownPictureIsRejectedWithOneLineNamingTheChoices() {
        Path out = dir.resolve("what.png");
        CommandLineRun run = CommandLineRun.of("export", "--what", "histogram", "--out", out.toString());
        run.assertRejectedWithOneLine("--what histogram");
        assertTrue(run.err().contains("diagram, heatmap, equation, gradients"), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aHeatmapAsAnAnimationOrAUnitWithoutTheEquationIsRejectedWithOneLine() {
        CommandLineRun gif = CommandLineRun.of("export", "--what", "heatmap", "--out", dir.resolve("run.gif").toString());
        gif.assertRejectedWithOneLine("--what heatmap --out run.gif");
        CommandLineRun unit = CommandLineRun.of("export", "--unit", "2", "--out", dir.resolve("d.svg").toString());
        unit.assertRejectedWithOneLine("--unit 2 without --what equation");
        CommandLineRun outside = CommandLineRun.of("export", "--what", "equation", "--unit", "9", "--out",
                dir.resolve("e.svg").toString());
        outside.assertRejectedWithOneLine("--unit 9");
        assertTrue(outside.err().contains("between 0 and 3"), outside.err());
    }
}
