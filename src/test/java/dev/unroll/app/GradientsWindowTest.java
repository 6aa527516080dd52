package dev.unroll.app;

import static dev.unroll.app.WindowTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.diagram.Element;
import dev.unroll.diagram.GradientPicture;
import dev.unroll.diagram.Theme;
import dev.unroll.grad.GradientComparison;
import dev.unroll.io.LessonSource;
import dev.unroll.render.SvgDocument;
import dev.unroll.rnn.Initialisation;
import dev.unroll.rnn.Preset;
import dev.unroll.rnn.TraceMonitor;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The Gradients panel: opened from the View menu's key, the toolbar or a click on the spectral radius,
 * it shows both lessons' curves, follows the lesson, and exports what it shows.
 */
@ExtendWith(ApplicationExtension.class)
class GradientsWindowTest {

    @RegisterExtension
    final TinyLessonWindow tiny = new TinyLessonWindow();

    @TempDir
    Path folder;

    private LessonViewModel model;
    private MainWindow window;

    @BeforeEach
    void shown() throws Exception {
        model = tiny.model();
        window = tiny.window();
        waitUntil(() -> model.getTrace() != null);
    }

    @Test
    void theKeyOpensThePanelWithBothLessonsCurves(FxRobot robot) throws Exception {
        robot.clickOn("#diagram");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.V).release(KeyCode.SHIFT, KeyCode.CONTROL);

        waitUntil(() -> window.gradientPanel() != null && window.gradientPanel().picture() != null);
        assertTrue(WindowTesting.shown(robot.lookup("#gradientPanel").query()));
        GradientPicture picture = window.gradientPanel().picture();
        // the tiny preset is Keras-initialised: it is compared with the seed's numpy-uniform weights
        GradientComparison expected = GradientComparison.of(model.getTrace().lesson(), Preset.TINY.spec(), TraceMonitor.NONE);
        assertEquals(Initialisation.NUMPY_UNIFORM, expected.contrastInitialisation());
        for (GradientPicture.Curve curve : GradientPicture.Curve.values()) {
            Element.Path path = picture.path(curve);
            assertNotNull(path, curve + " is drawn");
            assertTrue(picture.drawing().elements().contains(path));
            double[] values = curve == GradientPicture.Curve.SHOWN_GRADIENT ? expected.shown().gradientNorms()
                    : curve == GradientPicture.Curve.CONTRAST_GRADIENT ? expected.contrast().gradientNorms()
                    : curve == GradientPicture.Curve.SHOWN_JACOBIAN ? expected.shown().jacobianNorms()
                    : expected.contrast().jacobianNorms();
            assertEquals(values.length, path.ops().size(), curve + ": a point a step");
            Element.PathOp last = path.ops().get(values.length - 1);
            double y = last instanceof Element.PathOp.LineTo l ? l.y() : ((Element.PathOp.MoveTo) last).y();
            assertEquals(values[values.length - 1], picture.axisOf(curve).value(y), 1e-9 * values[values.length - 1], curve + " at t = T");
        }
        assertTrue(picture.sentence(false).startsWith("In this lesson (Keras's initialisation), the gradient reaching h\u2081 is"),
                picture.sentence(false));
    }

    @Test
    void clickingTheSpectralRadiusOpensThePanelBesideTheDiagramWithTheSidePanelFolded(FxRobot robot) throws Exception {
        robot.clickOn("#diagram");
        robot.press(KeyCode.CONTROL).type(KeyCode.B).release(KeyCode.CONTROL);
        assertTrue(robot.lookup("#sidePanels").tryQuery().isEmpty() || !robot.lookup("#sidePanels").query().isVisible());
        waitUntil(() -> !robot.lookup("#spectralLabel").queryAs(Label.class).getText().contains("\u2026"));

        robot.clickOn("#spectralLabel");

        waitUntil(() -> window.gradientPanel() != null && window.gradientPanel().picture() != null);
        TabPane pictures = robot.lookup("#centreTabs").queryAs(TabPane.class);
        assertEquals("gradientsTab", pictures.getSelectionModel().getSelectedItem().getId());
        assertTrue(WindowTesting.shown(robot.lookup("#gradientPanel").query()));
    }

    @Test
    void theToolbarButtonOpensThePanelAndItFollowsTheLesson(FxRobot robot) throws Exception {
        robot.clickOn("#gradientsButton");
        waitUntil(() -> window.gradientPanel() != null && window.gradientPanel().picture() != null);
        GradientPicture before = window.gradientPanel().picture();

        robot.interact(() -> model.open("seed", LessonSource.of(Preset.SEED_NUMPY.spec())));

        waitUntil(() -> model.getTrace().timesteps() == 100 && window.gradientPanel().picture() != null
                && window.gradientPanel().picture() != before);
        GradientPicture seed = window.gradientPanel().picture();
        assertEquals(100, seed.path(GradientPicture.Curve.SHOWN_GRADIENT).ops().size());
        assertTrue(seed.sentence(false).contains("exactly 0"), seed.sentence(false));
    }

    @Test
    void exportedAsSvgThePanelSaysWhatItShowsInWords(FxRobot robot) throws Exception {
        robot.clickOn("#gradientsButton");
        waitUntil(() -> window.gradientPanel() != null && window.gradientPanel().picture() != null);
        Path file = folder.resolve("gradients.svg");

        tiny.dialogs().pick(file);
        robot.clickOn("#gradientsExport").clickOn("#gradientsExportSvg");
        waitUntil(() -> Files.exists(file));

        // each sentence is written in as many lines as the page's width needs: joined, they read as one
        String text = SvgDocument.parse(Files.readAllBytes(file)).root().getTextContent()
                .replaceAll("\\s+", " ");
        GradientPicture exported = GradientPicture.forExport(
                GradientComparison.of(model.getTrace().lesson(), Preset.TINY.spec(), TraceMonitor.NONE), Theme.LIGHT);
        assertTrue(text.contains(exported.sentence(false)), text);
        assertTrue(text.contains(exported.sentence(true)), text);
        assertEquals(window.gradientPanel().picture().sentence(true), exported.sentence(true), "the panel's words, exported");
    }
}
