package dev.unroll.diagram;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The animation between the folded cell and the unrolled chain, as a pure function of a phase in
 * [0, 1]: 0 is the folded picture, 1 the unrolled one. Parts are matched by identity: each part of the
 * folded cell at step t moves to where the same part of column t stands in the chain, its values
 * staying in its cells; every other column grows out of the folded cell, leaving the place of its
 * own kind of part there and fading in on the way; the loop unfurls into the straight
 * h<sub>t−1</sub> → h<sub>t</sub> edges, its curve blended point by point into theirs. What belongs
 * to no part (captions, the legend, the current step's band) fades from one picture into the other.
 * Running the phase from 1 to 0 folds the chain back up.
 */
public final class FoldMorph {

    private FoldMorph() {
    }

    /**
     * Smoothstep easing, 3p² − 2p³: the parts start and stop gently, and half the time is half the way,
     * so phase 0.5 puts every moving part at the midpoint of its two places.
     */
    public static double eased(double phase) {
        double p = Math.max(0, Math.min(1, phase));
        return p * p * (3 - 2 * p);
    }

    /**
     * The picture {@code phase} of the way from {@code folded} (a drawing of the folded view) to
     * {@code unrolled} (one of the unrolled view, of the same lesson and step); exactly one of them at
     * the ends.
     */
    public static Drawing between(Drawing folded, Drawing unrolled, double phase) {
        if (phase <= 0) {
            return folded;
        }
        if (phase >= 1) {
            return unrolled;
        }
        double e = eased(phase);
        // the folded picture draws each kind of part once, at its step t
        Map<PartKind, Element.Group> foldedParts = new EnumMap<>(PartKind.class);
        int step = -1;
        for (Element element : folded.elements()) {
            Element.Group g = ElementGeometry.of(element).group();
            if (g != null && g.part() != null) {
                foldedParts.put(g.part().kind(), g);
                step = g.part().t();
            }
        }
        List<Element> out = new ArrayList<>();
        for (Element element : folded.elements()) {
            Element.Group g = ElementGeometry.of(element).group();
            if (g == null || g.part() == null) {
                out.add(ElementGeometry.moved(element, 0, 0, 1 - e));
            }
        }
        Set<PartKind> reached = EnumSet.noneOf(PartKind.class);
        for (Element element : unrolled.elements()) {
            Element.Group g = ElementGeometry.of(element).group();
            if (g == null || g.part() == null) {
                out.add(ElementGeometry.moved(element, 0, 0, e));
                continue;
            }
            Part part = g.part();
            Element.Group origin = foldedParts.get(part.kind());
            if (origin == null) {
                out.add(ElementGeometry.moved(g, 0, 0, e));
            } else if (part.t() == step) {
                reached.add(part.kind());
                out.add(blend(origin, g, e, 1));
            } else if (part.kind().isEdge()) {
                // every recurrent edge unfurls from the loop, every other edge from its folded twin
                out.add(blend(origin, g, e, e));
            } else {
                out.add(grownFrom(origin, g, e));
            }
        }
        // a part the chain does not draw at this step (an output head only at the end) fades where it stood
        foldedParts.forEach((kind, g) -> {
            if (!reached.contains(kind)) {
                out.add(ElementGeometry.moved(g, 0, 0, 1 - e));
            }
        });
        return new Drawing(lerp(folded.x(), unrolled.x(), e), lerp(folded.y(), unrolled.y(), e),
                lerp(folded.width(), unrolled.width(), e), lerp(folded.height(), unrolled.height(), e),
                unrolled.background(), out);
    }

    /** Where column s's node starts: on its folded twin, with its own values, faded in as it moves out. */
    private static Element grownFrom(Element.Group origin, Element.Group target, double e) {
        Box from = ElementBounds.of(origin);
        Box to = ElementBounds.of(target);
        if (from == null || to == null) {
            return ElementGeometry.moved(target, 0, 0, e);
        }
        return ElementGeometry.moved(target, (1 - e) * (from.x() - to.x()), (1 - e) * (from.y() - to.y()), e);
    }

    /**
     * The group {@code e} of the way from {@code from} to {@code to}, faded by {@code opacity}: child by
     * child where the two are drawn alike (the same kind of element with as many points), and where they
     * are not (a child only one side has), {@code to}'s child moving out of {@code from}'s place while
     * {@code from}'s fades out on the way to {@code to}'s.
     */
    private static Element blend(Element.Group from, Element.Group to, double e, double opacity) {
        Box a = ElementBounds.of(from);
        Box b = ElementBounds.of(to);
        double dx = a == null || b == null ? 0 : b.x() - a.x();
        double dy = a == null || b == null ? 0 : b.y() - a.y();
        List<Element> children = new ArrayList<>();
        int count = Math.max(from.children().size(), to.children().size());
        for (int i = 0; i < count; i++) {
            Element was = i < from.children().size() ? from.children().get(i) : null;
            Element is = i < to.children().size() ? to.children().get(i) : null;
            ElementGeometry wasShape = was == null ? null : ElementGeometry.of(was);
            ElementGeometry isShape = is == null ? null : ElementGeometry.of(is);
            if (wasShape != null && isShape != null && wasShape.blendsWith(isShape)) {
                double[] ca = wasShape.coordinates();
                double[] cb = isShape.coordinates();
                double[] mid = new double[ca.length];
                for (int k = 0; k < mid.length; k++) {
                    mid[k] = lerp(ca[k], cb[k], e);
                }
                // what is not geometry (text, colour, dashes) is the nearer picture's
                children.add((e < 0.5 ? wasShape : isShape).build(mid, opacity));
                continue;
            }
            if (was != null) {
                children.add(ElementGeometry.moved(was, e * dx, e * dy, (1 - e) * opacity));
            }
            if (is != null) {
                children.add(ElementGeometry.moved(is, -(1 - e) * dx, -(1 - e) * dy, e * opacity));
            }
        }
        return new Element.Group(to.part(), to.title(), children, to.highlighted());
    }

    private static double lerp(double a, double b, double e) {
        return a + (b - a) * e;
    }
}
