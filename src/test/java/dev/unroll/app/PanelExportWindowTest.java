package dev.unroll.app;

import static dev.unroll.app.WindowTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.diagram.ColourScales;
import dev.unroll.diagram.DivergingPalette;
import dev.unroll.diagram.HeatmapPicture;
import dev.unroll.diagram.Theme;
import dev.unroll.render.Java2DRenderer;
import dev.unroll.render.SvgDocument;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Hyperlink;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The Heatmap and Equation panels' Export… buttons write the panels' pictures, as the panels show them. */
@ExtendWith(ApplicationExtension.class)
class PanelExportWindowTest {

    @RegisterExtension
    final TinyLessonWindow tiny = new TinyLessonWindow();

    @TempDir
    Path folder;

    private void atStep(FxRobot robot, int t) throws Exception {
        waitUntil(() -> tiny.model().getTrace() != null);
        robot.clickOn("#diagram").type(KeyCode.HOME).type(KeyCode.RIGHT, t);
    }

    @Test
    void theEquationExportedAsSvgHoldsTheNumbersThePanelShows(FxRobot robot) throws Exception {
        atStep(robot, 2);
        robot.clickOn("#equationTab");
        waitUntil(() -> robot.lookup("#inputSumLink").tryQuery().isPresent());
        String input = robot.lookup("#inputSumLink").queryAs(Hyperlink.class).getText();
        String recurrent = robot.lookup("#recurrentSumLink").queryAs(Hyperlink.class).getText();
        Path file = folder.resolve("equation.svg");

        tiny.dialogs().pick(file);
        robot.clickOn("#equationExport").clickOn("#equationExportSvg");
        waitUntil(() -> Files.exists(file));

        String text = SvgDocument.parse(Files.readAllBytes(file)).root().getTextContent();
        assertTrue(text.contains("tanh(" + input + " + " + recurrent + " + "), text);
        assertTrue(text.contains("[0] = tanh("), "unit 0's equation, the panel's unit: " + text);
    }

    @Test
    void theHeatmapExportedAsPngIsThePictureTheCommandLineWritesAtTheStepShown(FxRobot robot) throws Exception {
        atStep(robot, 4);
        robot.clickOn("#heatmapTab");
        Path file = folder.resolve("heatmap.png");

        tiny.dialogs().pick(file);
        robot.clickOn("#heatmapExport").clickOn("#heatmapExportPng");
        waitUntil(() -> Files.exists(file));

        BufferedImage image = ImageIO.read(file.toFile());
        HeatmapPicture expected = HeatmapPicture.forExport(tiny.model().getTrace(), 4, 4, Theme.LIGHT);
        int scale = new RememberedSettings(WindowTesting.freshPreferences()).exportChoices().scale();
        assertEquals(Java2DRenderer.pixels(expected.drawing().width(), scale), image.getWidth());
        assertEquals(Java2DRenderer.pixels(expected.drawing().height(), scale), image.getHeight());
        HeatmapPicture.Grid grid = expected.grid();
        double colourScale = ColourScales.of(tiny.model().getTrace()).h();
        for (int step = 1; step <= 5; step++) {
            // a few pixels into unit 0's cell, clear of the gaps and of the number in its middle
            int x = (int) ((grid.x() + (step - 1) * grid.cellWidth() + 5) * scale);
            int y = (int) ((grid.y() + 5) * scale);
            int colour = step <= 4 ? DivergingPalette.BLUE_WHITE_RED.rgb(tiny.model().getTrace().state(step, 0), colourScale)
                    : Theme.LIGHT.paper().rgb();
            assertEquals(Integer.toHexString(colour), Integer.toHexString(image.getRGB(x, y) & 0xFFFFFF), "step " + step);
        }
    }
}
