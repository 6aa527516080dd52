package dev.unroll.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.diagram.ValueFormat;
import dev.unroll.grad.Backprop;
import dev.unroll.grad.Gradients;
import dev.unroll.grad.Loss;
import dev.unroll.grad.LossChoice;
import dev.unroll.render.SvgDocument;
import dev.unroll.rnn.Lesson;
import dev.unroll.rnn.Preset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** {@code unroll export --backward}: the backward pass drawn through the same picture as the window's. */
class ExportBackwardTest {

    private static final Lesson TINY = Preset.TINY.spec().build();

    @TempDir
    Path dir;

    private SvgDocument export(String... options) throws IOException {
        Path out = dir.resolve("backward.svg");
        String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("export", "--preset", "tiny", "--backward",
                "--out", out.toString()), Arrays.stream(options)).toArray(String[]::new);
        CommandLineRun run = CommandLineRun.of(args);
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err());
        return SvgDocument.parse(Files.readAllBytes(out));
    }

    private static String hTitle(SvgDocument svg, int t) {
        return svg.allParts().stream().map(SvgDocument::title)
                .filter(title -> title.startsWith("\u03B4h_" + t + " = "))
                .findFirst().orElseThrow(() -> new AssertionError("no δh_" + t));
    }

    private static double[] row(Gradients g, int t) {
        return Arrays.copyOfRange(g.dh().data, (t - 1) * 4, t * 4);
    }

    @Test
    void everyStateOfTheExportedPictureHoldsTheGradientTheBackwardPassComputes() throws IOException {
        LossChoice defaults = LossChoice.defaults(TINY, true);
        Gradients g = defaults.compute(TINY, true);
        SvgDocument svg = export();
        for (int t = 1; t <= 5; t++) {
            assertTrue(hTitle(svg, t).endsWith("[" + ValueFormat.join(row(g, t), 16) + "]"), hTitle(svg, t));
        }
        String text = svg.root().getTextContent();
        assertTrue(text.contains("loss = mse(y_t, 0) = " + ValueFormat.threeDigits(g.loss())), text);
    }

    @Test
    void targetsAndALossFromFilesReplaceTheDefaultLoss() throws IOException {
        Path ones = dir.resolve("ones.csv");
        Files.writeString(ones, "1,1\n".repeat(5));
        double[] z = new double[10];
        Arrays.fill(z, 1);
        Gradients g = Backprop.compute(TINY, z, Loss.MSE, true);
        SvgDocument svg = export("--targets", ones.toString(), "--loss", "mse", "--t", "2");
        assertTrue(svg.root().getTextContent().contains("loss = mse(y_t, ones.csv) = " + ValueFormat.threeDigits(g.loss())));
        assertTrue(hTitle(svg, 3).endsWith("[" + ValueFormat.join(row(g, 3), 16) + "]"), hTitle(svg, 3));
        assertFalse(hTitle(svg, 1).contains("["), "at --t 2 the gradient has not reached h_1 yet: " + hTitle(svg, 1));
    }

    @Test
    void aBackwardAnimationHasAFrameForEveryStageOfEveryStepBack() {
        Path out = dir.resolve("backward.gif");
        CommandLineRun run = CommandLineRun.of("export", "--preset", "tiny", "--backward", "--stages", "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("(26 frames,"), "1 + 5 steps × 5 stages: " + run.out());
    }

    @Test
    void aLossWithoutTheBackwardPassOrWithoutTargetsIsRefusedInOneLine() {
        for (List<String> args : List.of(List.of("--loss", "mse"), List.of("--backward", "--loss", "mse"),
                List.of("--backward", "--what", "heatmap"))) {
            List<String> all = new java.util.ArrayList<>(List.of("export", "--preset", "tiny", "--out", dir.resolve("x.png").toString()));
            all.addAll(args);
            CommandLineRun run = CommandLineRun.of(all.toArray(String[]::new));
            assertEquals(2, run.status(), args.toString());
            assertEquals(1, run.errLines().size(), run.err());
            assertTrue(run.err().startsWith("unroll: --"), run.err());
            assertFalse(Files.exists(dir.resolve("x.png")));
        }
    }
}
