package dev.unroll.diagram;

import dev.unroll.diagram.DiagramLayout.Edge;
import dev.unroll.diagram.DiagramLayout.Node;
import dev.unroll.rnn.Trace;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Paints one screen's frames as {@link DiagramPainter#paintSplit} does, remembering the last: when the
 * next differs from it only in the phase of the step (the same trace, colours, theme, sizes, look,
 * step, interaction and columns), only the current step's parts, the only ones whose look depends on
 * the phase, are painted again, and every other element is taken from the last frame. The drawing is
 * the one a fresh paint gives; playing a step then costs one column of painting a frame, not the view.
 */
public final class PlaybackPainter {

    private Painted last;

    /**
     * A painted picture and what it was painted from: the part of each element that is a part's group
     * (by index), which elements scroll with the chain, whether a value that is not finite was drawn,
     * how far the picture reaches without the current step's parts ({left, top, right, bottom}, which
     * only they can change) and the current step's values and titles.
     */
    private record Painted(SplitDrawing drawing, Map<Integer, Part> partsAt, BitSet scrolling, boolean showsNonFinite,
            double[] stillExtent, DiagramPainter.StepMemo step, DiagramLayout layout, Trace trace, ColourScales scales,
            Theme theme) {
    }

    /** The picture of {@code layout} with the values of {@code trace} (which may be null). */
    public SplitDrawing paint(DiagramLayout layout, Trace trace, ColourScales scales, Theme theme) {
        return paint(layout, trace, null, scales, theme);
    }

    /**
     * The picture of {@code layout} with the values of {@code trace} (which may be null) and, going
     * backward, the gradients of {@code backward}. A backward frame lights edges of the next step too,
     * so it is always painted whole.
     */
    public SplitDrawing paint(DiagramLayout layout, Trace trace, BackwardPicture backward, ColourScales scales,
            Theme theme) {
        if (layout.options().moment().backward()) {
            DiagramPainter painter = DiagramPainter.painter(layout, trace, backward, scales, theme, new DiagramPainter.StepMemo());
            last = null;
            return DiagramPainter.split(painter.paint(), painter.scrolling());
        }
        Optional<Painted> again = last != null && trace != null && last.trace() == trace
                && last.scales().equals(scales) && last.theme().equals(theme) && samePictureButPhase(last.layout(), layout)
                ? repaintStep(last, layout) : Optional.empty();
        last = again.orElseGet(() -> painted(layout, trace, scales, theme));
        return last.drawing();
    }

    /** Whether two layouts lay out the same columns at the same places, differing at most in the phase of the step. */
    private static boolean samePictureButPhase(DiagramLayout a, DiagramLayout b) {
        DiagramOptions o = a.options();
        DiagramOptions p = b.options();
        return a.dimensions().equals(b.dimensions()) && o.look().equals(p.look()) && o.t() == p.t()
                && o.interaction().equals(p.interaction()) && a.firstColumn() == b.firstColumn()
                && a.lastColumn() == b.lastColumn() && a.bounds().equals(b.bounds())
                && a.nodes().size() == b.nodes().size() && a.edges().size() == b.edges().size();
    }

    /** Paints the whole picture, keeping what {@link #repaintStep} needs to paint another phase of the step. */
    private static Painted painted(DiagramLayout layout, Trace trace, ColourScales scales, Theme theme) {
        DiagramPainter painter = DiagramPainter.painter(layout, trace, scales, theme, new DiagramPainter.StepMemo());
        Drawing whole = painter.paint();
        int t = layout.options().t();
        Map<Integer, Part> partsAt = painter.partsAt();
        List<Element> still = new ArrayList<>();
        for (int i = 0; i < whole.elements().size(); i++) {
            Part part = partsAt.get(i);
            if (part == null || part.t() != t) {
                still.add(whole.elements().get(i));
            }
        }
        return new Painted(DiagramPainter.split(whole, painter.scrolling()), partsAt, painter.scrolling(),
                painter.showsNonFinite(), DiagramPainter.extent(layout.bounds(), still), painter.step(), layout, trace,
                scales, theme);
    }

    /**
     * The picture {@link #painted} would paint for {@code layout}, made by repainting only the parts of
     * the current step and taking every other element from {@code earlier}, whose layout is the same
     * but for the phase. Empty when a value that is not finite is drawn, since the legend's note on it
     * then depends on every part.
     */
    private static Optional<Painted> repaintStep(Painted earlier, DiagramLayout layout) {
        DiagramPainter painter = DiagramPainter.painter(layout, earlier.trace(), earlier.scales(), earlier.theme(),
                earlier.step());
        int t = layout.options().t();
        Map<Part, Node> nodes = new HashMap<>();
        layout.nodes().stream().filter(n -> n.part().t() == t).forEach(n -> nodes.put(n.part(), n));
        Map<Part, Edge> edges = new HashMap<>();
        layout.edges().stream().filter(e -> e.part().t() == t).forEach(e -> edges.put(e.part(), e));
        List<Element> elements = new ArrayList<>(earlier.drawing().whole().elements());
        List<Element> repainted = new ArrayList<>();
        for (Map.Entry<Integer, Part> at : earlier.partsAt().entrySet()) {
            Part part = at.getValue();
            if (part.t() != t) {
                continue;
            }
            Node n = nodes.get(part);
            Edge e = edges.get(part);
            if (n == null && e == null) {
                return Optional.empty();
            }
            Element again = n != null ? painter.node(n) : painter.edge(e);
            elements.set(at.getKey(), again);
            repainted.add(again);
        }
        if (earlier.showsNonFinite() || painter.showsNonFinite()) {
            return Optional.empty();
        }
        // the still elements reach as far as they did: only the repainted ones need measuring
        double[] extent = earlier.stillExtent().clone();
        DiagramPainter.reach(extent, repainted);
        Box b = new Box(extent[0], extent[1], extent[2] - extent[0], extent[3] - extent[1]);
        Drawing whole = new Drawing(b.x(), b.y(), b.width(), b.height(), earlier.theme().paper(), elements);
        return Optional.of(new Painted(DiagramPainter.split(whole, earlier.scrolling()), earlier.partsAt(),
                earlier.scrolling(), false, earlier.stillExtent(), earlier.step(), layout, earlier.trace(),
                earlier.scales(), earlier.theme()));
    }
}
