package dev.unroll.diagram;

import java.util.List;

/**
 * A finished picture as a display list: what every output (screen, SVG, PNG, GIF frame) paints.
 * Coordinates are in pixels at scale 1; the picture covers ({@code x}, {@code y}) to
 * ({@code x + width}, {@code y + height}), and a renderer maps that corner to its own origin.
 */
public record Drawing(double x, double y, double width, double height, Paint background, List<Element> elements) {

    public Drawing {
        elements = List.copyOf(elements);
    }

    /** Draws every element on {@code target} in painting order; groups draw their own children. */
    public void drawOn(DrawingTarget target) {
        for (Element e : elements) {
            e.drawOn(target);
        }
    }

    /** Visits every element, descending into groups, in painting order. */
    public void forEach(java.util.function.Consumer<Element> action) {
        visit(elements, action);
    }

    private static void visit(List<Element> list, java.util.function.Consumer<Element> action) {
        for (Element e : list) {
            action.accept(e);
            if (e instanceof Element.Group g) {
                visit(g.children(), action);
            }
        }
    }
}
