package dev.unroll.diagram;

import dev.unroll.diagram.Element.PathOp;
import dev.unroll.diagram.Element.Stroke;
import dev.unroll.diagram.Element.TextRun;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One visible element of every kind, each in a drawing of its own, so a test can check that every
 * output draws every kind. The kinds are read from the sealed interface, so a new kind fails
 * {@link #oneOfEachKind()} until it is given a sample here.
 */
public final class ElementSamples {

    /** The size of each sample's drawing; every sample lies well inside it. */
    public static final double WIDTH = 120;
    public static final double HEIGHT = 60;

    private static final int INK = 0x1f4e79;

    private ElementSamples() {
    }

    /** Every kind of element the sealed interface permits. */
    public static Set<Class<?>> kinds() {
        return Arrays.stream(Element.class.getPermittedSubclasses()).collect(Collectors.toSet());
    }

    /**
     * A visible sample of each kind, keyed by its class; a group holds a filled rectangle, so it shows
     * only if its children are drawn.
     *
     * @throws AssertionError if some permitted kind has no sample
     */
    public static Map<Class<?>, Element> oneOfEachKind() {
        Element.Rect rect = new Element.Rect(10, 10, 60, 30, 4, Paint.of(INK), Stroke.solid(0x000000, 2), 0);
        List<Element> all = List.of(
                rect,
                new Element.Path(List.of(new PathOp.MoveTo(10, 10), new PathOp.LineTo(60, 40),
                        new PathOp.CubicTo(80, 10, 100, 50, 110, 20)), Stroke.solid(INK, 4)),
                new Element.Polygon(new double[] {10, 50, 60, 10, 110, 50}, Paint.of(INK)),
                new Element.Cells(10, 10, 50, 20, 2, 2, new int[] {INK, INK, INK, INK}),
                new Element.Text(10, 40, List.of(TextRun.normal("Wx"), TextRun.sub("t")), 24, true, Paint.of(INK),
                        Element.Anchor.START),
                new Element.Group(new Part(false, PartKind.H, 1), "h at t = 1", List.of(rect)));
        Map<Class<?>, Element> samples = new LinkedHashMap<>();
        all.forEach(e -> samples.put(e.getClass(), e));
        if (!samples.keySet().equals(kinds())) {
            throw new AssertionError("give ElementSamples one element of every kind: it has " + samples.keySet()
                    + " but Element permits " + kinds());
        }
        return samples;
    }

    /** Every kind of path segment the sealed interface permits. */
    public static Set<Class<?>> segmentKinds() {
        return Arrays.stream(PathOp.class.getPermittedSubclasses()).collect(Collectors.toSet());
    }

    /**
     * A path that shows one kind of segment, a point that the segment inks when drawn as its kind, and a
     * point that it inks when drawn as something else (a move as a line, a curve as a straight line).
     */
    public record SegmentSample(Element.Path path, double inkedX, double inkedY, double blankX, double blankY) {
    }

    /**
     * A sample path for each kind of segment, keyed by the segment's class.
     *
     * @throws AssertionError if some permitted kind has no sample
     */
    public static Map<Class<?>, SegmentSample> oneOfEachSegmentKind() {
        Stroke stroke = Stroke.solid(INK, 4);
        Map<Class<?>, SegmentSample> samples = new LinkedHashMap<>();
        // the second move jumps from (20, 10) to (60, 40): drawn as a line it would pass (40, 25)
        samples.put(PathOp.MoveTo.class, new SegmentSample(new Element.Path(List.of(new PathOp.MoveTo(10, 10),
                new PathOp.LineTo(20, 10), new PathOp.MoveTo(60, 40), new PathOp.LineTo(110, 40)), stroke), 85, 40, 40, 25));
        // the line from (10, 10) to (110, 50) passes its midpoint (60, 30), and not (60, 10)
        samples.put(PathOp.LineTo.class, new SegmentSample(new Element.Path(List.of(new PathOp.MoveTo(10, 10),
                new PathOp.LineTo(110, 50)), stroke), 60, 30, 60, 10));
        // at s = ½ the curve is at ((10 + 3·10 + 3·110 + 110) / 8, (50 + 0 + 0 + 50) / 8) = (60, 12.5);
        // a straight line to its end would run along y = 50 instead
        samples.put(PathOp.CubicTo.class, new SegmentSample(new Element.Path(List.of(new PathOp.MoveTo(10, 50),
                new PathOp.CubicTo(10, 0, 110, 0, 110, 50)), stroke), 60, 12.5, 60, 50));
        if (!samples.keySet().equals(segmentKinds())) {
            throw new AssertionError("give ElementSamples a path for every kind of segment: it has " + samples.keySet()
                    + " but PathOp permits " + segmentKinds());
        }
        return samples;
    }

    /** {@code element} alone on a transparent drawing. */
    public static Drawing alone(Element element) {
        return new Drawing(0, 0, WIDTH, HEIGHT, Paint.NONE, List.of(element));
    }
}
