package dev.unroll.diagram;

import dev.unroll.diagram.Element.PathOp;

/**
 * Whatever follows a path segment by segment, with one method per kind of {@link PathOp}: the one
 * dispatch every renderer, and the geometry that samples routes, goes through. {@link PathOp#traceOn}
 * calls the method for the segment's own kind, so a new kind of segment does not compile until it is
 * given a method here, and then not until everything that traces paths implements that method.
 */
public interface PathTarget {

    /** Starts a new subpath. */
    void moveTo(PathOp.MoveTo op);

    /** Continues the subpath with a straight line. */
    void lineTo(PathOp.LineTo op);

    /** Continues the subpath with a cubic Bézier curve. */
    void cubicTo(PathOp.CubicTo op);
}
