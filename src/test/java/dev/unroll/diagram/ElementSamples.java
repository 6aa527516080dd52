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

    /** {@code element} alone on a transparent drawing. */
    public static Drawing alone(Element element) {
        return new Drawing(0, 0, WIDTH, HEIGHT, Paint.NONE, List.of(element));
    }
}
