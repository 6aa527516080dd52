package dev.unroll.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.diagram.Element.Group;
import dev.unroll.rnn.Activation;
import dev.unroll.rnn.Dimensions;
import dev.unroll.rnn.Preset;
import dev.unroll.rnn.Trace;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Painting playback frame by frame, reusing what does not flow, gives the drawing a fresh paint gives,
 * at every phase, in every view, with and without the head.
 */
class PlaybackPainterTest {

    private static final Trace TINY = Trace.run(Preset.TINY.spec().build());
    private static final Trace SEED = Trace.run(Preset.SEED_NUMPY.spec().build());
    /** The phases a step passes through, every stage's start, middle and end among them. */
    private static final double[] PHASES = {0, 0.01, 0.1, 0.125, 0.2, 0.25, 0.3, 0.45, 0.5, 0.55, 0.62, 0.75, 0.8, 0.9, 0.99, 1};

    private static SplitDrawing fresh(Trace trace, DiagramLayout layout) {
        return DiagramPainter.paintSplit(layout, trace, ColourScales.of(trace), Theme.LIGHT);
    }

    /** The layout of a 3,000-unit wide view whose chain starts a little before step t, as the window lays out what it shows. */
    private static DiagramLayout layout(Trace trace, DiagramOptions options) {
        Dimensions d = trace.lesson().dimensions();
        boolean activated = DiagramLayout.activatesHead(trace.lesson());
        double from = DiagramLayout.of(d, options, 1, trace.timesteps(), 0, 0, activated).columnLeft(Math.max(1, options.t() - 2));
        return DiagramLayout.of(d, options, 1, trace.timesteps(), from, from + 3_000, activated);
    }

    private static void assertSameDrawing(SplitDrawing expected, SplitDrawing actual, String where) {
        assertEquals(expected.whole(), actual.whole(), where);
        assertEquals(expected.pinned(), actual.pinned(), where);
        assertEquals(expected.chain(), actual.chain(), where);
    }

    @Test
    void everyPhaseOfAStepPaintsWhatAFreshPaintPaintsInEveryViewWithAndWithoutTheHead() {
        for (Trace trace : new Trace[] {TINY, SEED}) {
            for (ViewKind view : ViewKind.values()) {
                for (boolean head : new boolean[] {true, false}) {
                    DiagramLook look = DiagramLook.DEFAULT.withView(view).withHead(head);
                    PlaybackPainter painter = new PlaybackPainter();
                    for (int t : new int[] {1, 3}) {
                        for (double phase : PHASES) {
                            DiagramLayout layout = layout(trace, new DiagramOptions(look, new Moment(t, phase), Interaction.NONE));
                            SplitDrawing played = painter.paint(layout, trace, ColourScales.of(trace), Theme.LIGHT);
                            assertSameDrawing(fresh(trace, layout), played, view + ", head " + head + ", t " + t + ", phase " + phase);
                        }
                    }
                }
            }
        }
    }

    @Test
    void aPhaseChangeKeepsEveryElementButTheCurrentStepsPartsAndPaintsThoseAgain() {
        DiagramLook look = DiagramLook.DEFAULT.withView(ViewKind.UNROLLED);
        PlaybackPainter painter = new PlaybackPainter();
        SplitDrawing early = painter.paint(layout(SEED, new DiagramOptions(look, new Moment(4, 0.1), Interaction.NONE)),
                SEED, ColourScales.of(SEED), Theme.LIGHT);
        SplitDrawing later = painter.paint(layout(SEED, new DiagramOptions(look, new Moment(4, 0.7), Interaction.NONE)),
                SEED, ColourScales.of(SEED), Theme.LIGHT);

        List<Element> before = early.whole().elements();
        List<Element> after = later.whole().elements();
        assertEquals(before.size(), after.size());
        int repainted = 0;
        for (int i = 0; i < before.size(); i++) {
            if (after.get(i) instanceof Group g && g.part().t() == 4) {
                assertNotSame(before.get(i), after.get(i), g.part() + " flows, so it is painted again");
                repainted++;
            } else {
                assertSame(before.get(i), after.get(i), "element " + i + " does not flow, so it is kept");
            }
        }
        assertTrue(repainted >= 5, "x, h, the strips beside h and the edges into step 4: " + repainted);
    }

    @Test
    void aNewStepTraceLookOrSelectionIsPaintedAfresh() {
        DiagramLook look = DiagramLook.DEFAULT;
        PlaybackPainter painter = new PlaybackPainter();
        painter.paint(layout(SEED, new DiagramOptions(look, new Moment(4, 0.5), Interaction.NONE)), SEED,
                ColourScales.of(SEED), Theme.LIGHT);
        DiagramOptions[] changes = {
            new DiagramOptions(look, new Moment(5, 0.5), Interaction.NONE),
            new DiagramOptions(look.withNotation(Notation.GOODFELLOW), new Moment(5, 0.5), Interaction.NONE),
            new DiagramOptions(look.withNotation(Notation.GOODFELLOW), new Moment(5, 0.5),
                    new Interaction(false, Highlight.NONE, new Part(false, PartKind.H, 2))),
        };
        for (DiagramOptions options : changes) {
            DiagramLayout layout = layout(SEED, options);
            assertSameDrawing(fresh(SEED, layout), painter.paint(layout, SEED, ColourScales.of(SEED), Theme.LIGHT),
                    options.toString());
        }
        Trace other = Trace.run(Preset.SEED_NUMPY.spec().withSeed(7).build());
        DiagramLayout layout = layout(other, changes[2]);
        assertSameDrawing(fresh(other, layout), painter.paint(layout, other, ColourScales.of(other), Theme.LIGHT), "another trace");
    }

    @Test
    void aStepWhoseCellsOverflowAsItFlowsGainsTheLegendsNoteAsAFreshPaintDoes() {
        Trace relu = Trace.run(Preset.SEED_NUMPY.spec().withActivation(Activation.RELU)
                .withDimensions(new Dimensions(300, 32, 64, 0)).build());
        int t = relu.firstNonFiniteStep();
        DiagramLook look = DiagramLook.DEFAULT.withHead(false).withView(ViewKind.UNROLLED);
        PlaybackPainter painter = new PlaybackPainter();
        boolean noted = false;
        for (double phase : PHASES) {
            DiagramLayout layout = layout(relu, new DiagramOptions(look, new Moment(t, phase), Interaction.NONE));
            SplitDrawing played = painter.paint(layout, relu, ColourScales.of(relu), Theme.LIGHT);
            assertSameDrawing(fresh(relu, layout), played, "phase " + phase);
            noted |= played.whole().elements().stream()
                    .anyMatch(e -> e instanceof Element.Text text && text.plain().equals(DiagramPainter.nonFiniteLegend()));
        }
        assertTrue(noted, "h_" + t + " overflows once the step has flowed");
    }
}
