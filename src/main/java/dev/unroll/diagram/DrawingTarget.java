package dev.unroll.diagram;

/**
 * An output a {@link Drawing} is drawn on, with one method per kind of {@link Element}: the one
 * dispatch every renderer goes through. {@link Element#drawOn} calls the method for the element's
 * own kind, so a new kind of element does not compile until it is given a method here, and then not
 * until every renderer implements that method.
 */
public interface DrawingTarget {

    /** Draws a rectangle, or a numbered cell of a vector. */
    void rect(Element.Rect rect);

    /** Strokes a path. */
    void path(Element.Path path);

    /** Fills a polygon. */
    void polygon(Element.Polygon polygon);

    /** Draws a block of coloured cells. */
    void cells(Element.Cells cells);

    /** Draws a line of text. */
    void text(Element.Text text);

    /**
     * Draws a named part: its children, through {@link Element.Group#drawChildrenOn}, with whatever
     * the output wraps around a part (SVG writes a {@code <g>} and a {@code <title>}).
     */
    void group(Element.Group group);
}
