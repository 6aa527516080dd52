package dev.unroll.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.diagram.Element.PathOp;
import dev.unroll.grad.GradientComparison;
import dev.unroll.i18n.Language;
import dev.unroll.i18n.Text;
import dev.unroll.rnn.Initialisation;
import dev.unroll.rnn.LessonSpec;
import dev.unroll.rnn.Preset;
import dev.unroll.rnn.TraceMonitor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Gradients panel's picture: every curve's points are GradientFlow's norms on its log axis, the
 * decades are labelled where they lie, zeros sit on their own row, and the sentences say in words how
 * much gradient reaches h₁.
 */
class GradientPictureTest {

    private static final LessonSpec SEED = Preset.SEED_NUMPY.spec();
    private static final GradientComparison SEED_VS_KERAS = GradientComparison.of(SEED.build(), SEED, TraceMonitor.NONE);

    @BeforeEach
    @AfterEach
    void english() {
        Text.use(Language.ENGLISH);
    }

    @Test
    void everyCurvesPointsAreTheFlowsNormsOnTheLogAxis() {
        GradientPicture picture = GradientPicture.draw(SEED_VS_KERAS, 460, 640, Theme.LIGHT);
        for (GradientPicture.Curve curve : GradientPicture.Curve.values()) {
            Element.Path path = picture.path(curve);
            assertNotNull(path, curve.name());
            assertTrue(picture.drawing().elements().contains(path), curve + " is in the drawing");
            double[] expected = curve.values(SEED_VS_KERAS);
            List<PathOp> ops = path.ops();
            assertEquals(expected.length, ops.size(), curve + ": one point per step");
            for (int i = 0; i < ops.size(); i++) {
                double[] xy = point(ops.get(i));
                assertEquals(i + 1, picture.step(xy[0]), curve + " step");
                double drawn = picture.axisOf(curve).value(xy[1]);
                assertEquals(expected[i], drawn, 1e-9 * expected[i], curve + " at t = " + (i + 1));
            }
        }
    }

    @Test
    void theSeedsZerosLieOnTheZeroRowAndKerassNeverDo() {
        GradientPicture picture = GradientPicture.draw(SEED_VS_KERAS, 460, 640, Theme.LIGHT);
        GradientPicture.LogAxis axis = picture.gradientAxis();
        List<PathOp> seed = picture.path(GradientPicture.Curve.SHOWN_GRADIENT).ops();
        for (int t = 1; t < 100; t++) {
            assertEquals(axis.zeroY(), point(seed.get(t - 1))[1], "the seed's gradient at h_" + t + " is 0");
        }
        assertTrue(point(seed.get(99))[1] <= axis.bottom(), "the loss's own gradient at h_T is on the scale");
        for (PathOp op : picture.path(GradientPicture.Curve.CONTRAST_GRADIENT).ops()) {
            double y = point(op)[1];
            assertTrue(y >= axis.top() && y <= axis.bottom(), "Keras's gradient stays on the log scale: " + y);
        }
        assertTrue(axis.zeroY() > axis.bottom(), "the zero row lies below the scale");
    }

    @Test
    void theDecadesAreLabelledWhereTheyLie() {
        GradientPicture picture = GradientPicture.draw(SEED_VS_KERAS, 460, 640, Theme.LIGHT);
        GradientPicture.LogAxis axis = picture.gradientAxis();
        List<Element.Text> labels = texts(picture.drawing());
        int labelled = 0;
        for (int e = axis.low(); e <= axis.high(); e++) {
            String power = ValueFormat.powerOfTen(e);
            double y = axis.y(Math.pow(10, e));
            for (Element.Text text : labels) {
                if (text.plain().equals(power) && Math.abs(text.y() - 11 * Marks.CENTRE_DROP - y) < 1e-9
                        && text.x() < picture.x(1)) {
                    labelled++;
                }
            }
        }
        assertTrue(labelled >= 2, "at least two decades labelled on the gradients' axis: " + labelled);
        assertEquals(Math.pow(10, axis.high()), axis.value(axis.top()), 1e-9 * Math.pow(10, axis.high()));
        assertEquals(Math.pow(10, axis.low()), axis.value(axis.bottom()), 1e-9 * Math.pow(10, axis.low()));
    }

    @Test
    void theSentencesSayHowMuchReachesBackInWords() {
        GradientPicture picture = GradientPicture.draw(SEED_VS_KERAS, 900, 640, Theme.LIGHT);
        assertEquals("In this lesson (the seed's numpy-uniform weights), no gradient at all reaches h\u2089\u2089 or any "
                + "earlier h: there it is exactly 0.", picture.sentence(false));
        double[] keras = SEED_VS_KERAS.contrast().gradientNorms();
        String ratio = GradientPicture.ratio(keras[0] / keras[99]);
        assertEquals("In the same sizes with Keras's initialisation, the gradient reaching h\u2081 is " + ratio
                + " of the one at h\u2081\u2080\u2080.", picture.sentence(true));
        String all = String.join(" ", texts(picture.drawing()).stream().map(Element.Text::plain).toList());
        assertTrue(all.contains("exactly 0."), all);
        assertTrue(all.contains(ratio), all);
    }

    @Test
    void farRatiosAreWrittenAsPowersOfTen() {
        assertEquals("10\u207B\u2079", GradientPicture.ratio(1.2e-9));
        assertEquals("10\u00B3", GradientPicture.ratio(870));
        assertEquals("0.370", GradientPicture.ratio(0.37));
    }

    @Test
    void aKerasLessonIsComparedWithTheSeedsWeights() {
        LessonSpec keras = SEED.withInitialisation(Initialisation.KERAS);
        GradientComparison c = GradientComparison.of(keras.build(), keras, TraceMonitor.NONE);
        assertEquals(Initialisation.NUMPY_UNIFORM, c.contrastInitialisation());
        GradientPicture picture = GradientPicture.draw(c, 460, 640, Theme.DARK);
        assertTrue(picture.sentence(true).startsWith("In the same sizes with the seed's numpy-uniform weights, no gradient"),
                picture.sentence(true));
    }

    private static double[] point(PathOp op) {
        if (op instanceof PathOp.MoveTo m) {
            return new double[] {m.x(), m.y()};
        }
        PathOp.LineTo l = (PathOp.LineTo) op;
        return new double[] {l.x(), l.y()};
    }

    private static List<Element.Text> texts(Drawing drawing) {
        List<Element.Text> texts = new ArrayList<>();
        for (Element e : drawing.elements()) {
            if (e instanceof Element.Text t) {
                texts.add(t);
            }
        }
        return texts;
    }
}
