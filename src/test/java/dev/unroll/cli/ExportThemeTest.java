package dev.unroll.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.diagram.ColourScales;
import dev.unroll.diagram.DivergingPalette;
import dev.unroll.diagram.Paint;
import dev.unroll.diagram.Theme;
import dev.unroll.rnn.Preset;
import dev.unroll.rnn.Trace;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --theme --palette --background}: slides that match the room, and ink that reads on them. */
class ExportThemeTest {

    @TempDir
    Path dir;

    private static String hex(int rgb) {
        return Paint.of(rgb).hex();
    }

    private String svg(String... options) throws IOException {
        Path out = dir.resolve("picture-" + System.nanoTime() + ".svg");
        CommandLineRun run = CommandLineRun.of(CommandLineRun.concat(
                CommandLineRun.concat(new String[] {"export", "--preset", "tiny"}, options), "--out", out.toString()));
        assertEquals(0, run.status(), run.err());
        return Files.readString(out);
    }

    @Test
    void theDarkThemeDrawsOnItsPaperInItsInk() throws IOException {
        String svg = svg("--theme", "dark");
        assertTrue(svg.contains("fill=\"" + hex(Theme.DARK.paper().rgb()) + "\""), "the dark paper");
        assertTrue(svg.contains("fill=\"" + hex(Theme.DARK.ink()) + "\""), "the dark theme's ink");
        assertFalse(svg.contains("fill=\"" + hex(Theme.LIGHT.ink()) + "\""), "no light-theme ink");
        assertFalse(svg.contains("fill=\"" + hex(Theme.LIGHT.paper().rgb()) + "\""), "no light paper");
    }

    @Test
    void highContrastWritesWhiteOnBlack() throws IOException {
        String svg = svg("--theme", "high-contrast");
        assertTrue(svg.contains("fill=\"#000000\""));
        assertTrue(svg.contains("fill=\"#ffffff\""));
        assertTrue(svg.contains(hex(Theme.HIGH_CONTRAST.accent())), "the yellow accent on the step in focus");
    }

    @Test
    void aTransparentPictureForADarkSlideHasNoPaperAndLightInk() throws IOException {
        String svg = svg("--transparent", "--background", "dark");
        assertFalse(svg.contains(hex(Theme.LIGHT.paper().rgb())), "no paper");
        assertTrue(svg.contains("fill=\"" + hex(Theme.DARK.ink()) + "\""), "ink that reads on the dark slide");
        assertFalse(svg.contains("fill=\"" + hex(Theme.LIGHT.ink()) + "\""), "no dark-grey ink to vanish into the slide");

        Path png = dir.resolve("on-dark.png");
        CommandLineRun run = CommandLineRun.of("export", "--preset", "tiny", "--transparent", "--background", "dark",
                "--out", png.toString());
        assertEquals(0, run.status(), run.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(0, image.getRGB(0, 0) >>> 24, "the corner shows the slide");
    }

    @Test
    void theValuePaletteColoursTheCells() throws IOException {
        Trace tiny = Trace.run(Preset.TINY.spec().build());
        int t = tiny.timesteps();
        double scale = ColourScales.of(tiny).h();
        String viridis = svg("--palette", "viridis");
        String puor = svg("--palette", "puor");
        for (int i = 0; i < tiny.units(); i++) {
            double value = tiny.state(t, i);
            assertTrue(viridis.contains("fill=\"" + hex(DivergingPalette.VIRIDIS.rgb(value, scale)) + "\""), "h_T[" + i + "]");
            assertTrue(puor.contains("fill=\"" + hex(DivergingPalette.PURPLE_WHITE_ORANGE.rgb(value, scale)) + "\""),
                    "h_T[" + i + "]");
        }
    }

    @Test
    void aGifInTheDarkThemeIsDarkFromItsFirstFrame() throws IOException {
        Path gif = dir.resolve("run.gif");
        CommandLineRun run = CommandLineRun.of("export", "--preset", "tiny", "--theme", "dark", "--out", gif.toString());
        assertEquals(0, run.status(), run.err());
        BufferedImage first = ImageIO.read(gif.toFile());
        assertEquals(Theme.DARK.paper().rgb(), first.getRGB(0, 0) & 0xFFFFFF);
    }

    @Test
    void choicesThatAreNotOnesAreRefusedBeforeAnythingIsWritten() {
        Path out = dir.resolve("refused.svg");
        String[][] refused = {
            {"--theme", "sepia"}, {"--palette", "jet"}, {"--background", "dark"},
            {"--transparent", "--background", "grey"}};
        String[] expected = {"expected light, dark, high-contrast", "expected rdbu, puor, viridis", "add --transparent",
            "expected light or dark"};
        for (int i = 0; i < refused.length; i++) {
            CommandLineRun run = CommandLineRun.of(CommandLineRun.concat(
                    CommandLineRun.concat(new String[] {"export", "--preset", "tiny"}, refused[i]), "--out", out.toString()));
            run.assertRejectedWithOneLine(String.join(" ", refused[i]));
            assertTrue(run.err().contains(expected[i]), run.err());
            assertFalse(Files.exists(out));
        }
    }
}
