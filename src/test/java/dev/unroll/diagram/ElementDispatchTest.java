package dev.unroll.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every kind of element reaches renderers through one method of {@link DrawingTarget} of its own, and
 * every kind of path segment through one method of {@link PathTarget} of its own, so a renderer that
 * compiles handles every kind.
 */
class ElementDispatchTest {

    /** What a target was asked to draw, in order: the method's parameter type and the element. */
    private record Call(Class<?> kind, Object element) {
    }

    /** A target that records each call and, for a group, draws the children as the renderers do. */
    private static DrawingTarget recording(List<Call> calls) {
        DrawingTarget[] self = new DrawingTarget[1];
        self[0] = (DrawingTarget) Proxy.newProxyInstance(DrawingTarget.class.getClassLoader(),
                new Class<?>[] {DrawingTarget.class}, (proxy, method, args) -> {
                    calls.add(new Call(method.getParameterTypes()[0], args[0]));
                    if (args[0] instanceof Element.Group g) {
                        g.drawChildrenOn(self[0]);
                    }
                    return null;
                });
        return self[0];
    }

    /** A path target that records each call: the method's parameter type and the segment. */
    private static PathTarget recordingSegments(List<Call> calls) {
        return (PathTarget) Proxy.newProxyInstance(PathTarget.class.getClassLoader(), new Class<?>[] {PathTarget.class},
                (proxy, method, args) -> {
                    calls.add(new Call(method.getParameterTypes()[0], args[0]));
                    return null;
                });
    }

    /** The kinds a target's abstract methods take, one parameter each. */
    private static List<Class<?>> handledBy(Class<?> target) {
        List<Method> methods = Arrays.stream(target.getDeclaredMethods())
                .filter(m -> Modifier.isAbstract(m.getModifiers()))
                .toList();
        methods.forEach(m -> assertEquals(1, m.getParameterCount(), m.toString()));
        return methods.stream().map(m -> m.getParameterTypes()[0]).collect(Collectors.toList());
    }

    @Test
    void thePathTargetHasOneMethodForEachKindOfSegment() {
        List<Class<?>> handled = handledBy(PathTarget.class);

        assertEquals(Set.of(Element.PathOp.MoveTo.class, Element.PathOp.LineTo.class, Element.PathOp.CubicTo.class),
                ElementSamples.segmentKinds());
        assertEquals(ElementSamples.segmentKinds(), Set.copyOf(handled));
        assertEquals(handled.size(), Set.copyOf(handled).size(), "no kind is handled twice");
    }

    @Test
    void aPathHandsEachSegmentToTheMethodForItsKindInOrder() {
        Element.PathOp move = new Element.PathOp.MoveTo(1, 2);
        Element.PathOp curve = new Element.PathOp.CubicTo(3, 4, 5, 6, 7, 8);
        Element.PathOp line = new Element.PathOp.LineTo(9, 10);
        List<Call> calls = new ArrayList<>();

        new Element.Path(List.of(move, curve, line), Element.Stroke.NONE).traceOn(recordingSegments(calls));

        assertEquals(List.of(new Call(Element.PathOp.MoveTo.class, move), new Call(Element.PathOp.CubicTo.class, curve),
                new Call(Element.PathOp.LineTo.class, line)), calls);
    }

    @Test
    void theTargetHasOneMethodForEachKindOfElement() {
        List<Class<?>> handled = handledBy(DrawingTarget.class);

        assertEquals(ElementSamples.kinds(), Set.copyOf(handled));
        assertEquals(handled.size(), Set.copyOf(handled).size(), "no kind is handled twice");
    }

    @Test
    void everyKindCallsTheMethodForItsOwnKindOnce() {
        for (Map.Entry<Class<?>, Element> sample : ElementSamples.oneOfEachKind().entrySet()) {
            List<Call> calls = new ArrayList<>();

            sample.getValue().drawOn(recording(calls));

            assertEquals(sample.getKey(), calls.get(0).kind(), "the first call for " + sample.getKey());
            assertSame(sample.getValue(), calls.get(0).element());
            assertEquals(1, calls.stream().filter(c -> c.element() == sample.getValue()).count());
        }
    }

    @Test
    void aDrawingDrawsEachElementAndEachGroupsChildrenInPaintingOrder() {
        Element.Rect inner = Element.Rect.plain(1, 1, 2, 2, 0, Paint.of(0), Element.Stroke.NONE);
        Element.Group nested = new Element.Group(new Part(false, PartKind.X, 1), "x", List.of(inner));
        Element.Group outer = new Element.Group(new Part(false, PartKind.H, 1), "h", List.of(nested));
        Element.Polygon after = new Element.Polygon(new double[] {0, 0, 1, 0, 0, 1}, Paint.of(0));
        Drawing drawing = new Drawing(0, 0, 10, 10, Paint.NONE, List.of(outer, after));
        List<Call> calls = new ArrayList<>();

        drawing.drawOn(recording(calls));

        assertEquals(List.of(outer, nested, inner, after), calls.stream().map(Call::element).toList());
        List<Element> visited = new ArrayList<>();
        drawing.forEach(visited::add);
        assertEquals(visited, calls.stream().map(Call::element).toList(),
                "the same order as a walk over the display list");
        assertTrue(calls.stream().allMatch(c -> c.kind() == c.element().getClass()));
    }

    @Test
    void aPathStartsWithAMoveSoThatEveryRendererHasItsFirstPoint() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new Element.Path(List.of(new Element.PathOp.LineTo(3, 4)), Element.Stroke.NONE));
        assertEquals("a path starts with a move, not LineTo[x=3.0, y=4.0]", refused.getMessage());
        assertEquals(0, new Element.Path(List.of(), Element.Stroke.NONE).ops().size());
    }
}
