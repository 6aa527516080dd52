package dev.unroll.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unroll.diagram.Element.Group;
import dev.unroll.diagram.Element.Rect;
import dev.unroll.rnn.Fixtures;
import dev.unroll.rnn.HeadActivation;
import dev.unroll.rnn.Preset;
import dev.unroll.rnn.Trace;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every stage of a step ends with the boxes it has computed full: at the end of the sum a_t shows all
 * its values, at the end of the activation h_t does, at the end of the output stage o_t and y_t do,
 * and a box whose stage has not come yet is still empty. The values are numpy's, for the tiny lesson
 * at t = 3.
 */
class StageFillTest {

    private static final int T = 3;
    /** The tiny lesson with a sigmoid head, so y_t is drawn too; the head's activation does not change the weights. */
    private static final Trace TINY = Trace.run(Preset.TINY.spec().withHeadActivation(HeadActivation.SIGMOID).build());
    private static final Fixtures.Case NUMPY = Fixtures.load("tiny_seed0.txt");

    /** What each stage computes, in order. */
    private static final Map<Stage, Set<PartKind>> COMPUTES = Map.of(
            Stage.INPUT, EnumSet.noneOf(PartKind.class),
            Stage.RECURRENT, EnumSet.noneOf(PartKind.class),
            Stage.SUM, EnumSet.of(PartKind.A),
            Stage.ACTIVATE, EnumSet.of(PartKind.H),
            Stage.OUTPUT, EnumSet.of(PartKind.O, PartKind.Y));

    /** numpy's a_3, h_3 and o_3, and y_3 = 1 / (1 + e^(−o_3)). */
    private static double[] expected(PartKind kind) {
        return switch (kind) {
            case A -> NUMPY.step("a", T);
            case H -> NUMPY.step("h", T);
            case O -> NUMPY.step("o", T);
            default -> {
                double[] o = NUMPY.step("o", T);
                double[] y = new double[o.length];
                for (int i = 0; i < o.length; i++) {
                    y[i] = 1 / (1 + Math.exp(-o[i]));
                }
                yield y;
            }
        };
    }

    private static Drawing atTheEndOf(Stage stage) {
        double phase = stage.start(true) + 0.99 / Stage.count(true);
        DiagramOptions options = DiagramOptions.defaults(T).at(T, phase);
        assertEquals(stage, options.flow().stage());
        DiagramLayout layout = DiagramLayout.of(TINY.lesson().dimensions(), options, true);
        return DiagramPainter.paint(layout, TINY, ColourScales.of(TINY), Theme.LIGHT);
    }

    private static List<Integer> cellColours(Drawing d, Part part) {
        Group g = d.elements().stream().filter(e -> e instanceof Group gr && gr.part().equals(part)).map(e -> (Group) e)
                .findFirst().orElseThrow(() -> new AssertionError("no " + part));
        return g.children().stream().filter(e -> e instanceof Rect r && r.cellIndex() >= 0).map(e -> ((Rect) e).fill().rgb())
                .toList();
    }

    @ParameterizedTest
    @EnumSource(Stage.class)
    void atTheEndOfEachStageEveryBoxItHasComputedIsFullAndEveryLaterOneEmpty(Stage stage) {
        Drawing d = atTheEndOf(stage);
        ColourScales scales = ColourScales.of(TINY);
        for (PartKind kind : List.of(PartKind.A, PartKind.H, PartKind.O, PartKind.Y)) {
            Stage computedIn = COMPUTES.entrySet().stream().filter(e -> e.getValue().contains(kind)).findFirst()
                    .orElseThrow().getKey();
            boolean done = computedIn.ordinal() <= stage.ordinal();
            double[] values = expected(kind);
            List<Integer> full = java.util.Arrays.stream(values)
                    .mapToObj(v -> DivergingPalette.BLUE_WHITE_RED.rgb(v, scales.forKind(kind))).toList();
            List<Integer> empty = java.util.Collections.nCopies(values.length, Theme.LIGHT.emptyCell());
            Part inTheChain = new Part(false, kind, T);
            assertEquals(done ? full : empty, cellColours(d, inTheChain), inTheChain + " at the end of " + stage);
            if (done) {
                assertEquals(full, cellColours(d, new Part(true, kind, T)), "the folded " + kind + " at the end of " + stage);
            }
        }
    }
}
