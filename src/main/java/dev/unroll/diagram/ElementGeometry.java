package dev.unroll.diagram;

import dev.unroll.diagram.Element.PathOp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An element taken apart into its coordinates, so that two elements of one kind can be blended point
 * by point and built again, moved or faded. A straight segment is taken as the cubic that runs along
 * it (control points at a third and two thirds), so that a straight edge and a curved loop blend.
 * A group is not taken apart: {@link #group()} gives it back for the caller to blend child by child.
 */
final class ElementGeometry implements DrawingTarget, PathTarget {

    /** Builds an element of the kind taken apart from new coordinates and an opacity factor in [0, 1]. */
    @FunctionalInterface
    interface Builder {
        Element build(double[] coordinates, double opacity);
    }

    private String signature = "";
    private double[] coordinates = new double[0];
    private Builder builder;
    private Element.Group group;
    /** While a path is taken apart: its segments' kinds and coordinates. */
    private final StringBuilder segments = new StringBuilder();
    private final List<Double> points = new ArrayList<>();
    private double penX;
    private double penY;

    private ElementGeometry() {
    }

    /** {@code element} taken apart. */
    static ElementGeometry of(Element element) {
        ElementGeometry geometry = new ElementGeometry();
        element.drawOn(geometry);
        return geometry;
    }

    /** The group taken apart, or null when the element is not one. */
    Element.Group group() {
        return group;
    }

    /** Whether {@code other} is of the same kind with as many coordinates, so the two can be blended. */
    boolean blendsWith(ElementGeometry other) {
        return group == null && other.group == null && signature.equals(other.signature)
                && coordinates.length == other.coordinates.length;
    }

    /** The coordinates: x and y of each point, and a rectangle's width and height after its corner. */
    double[] coordinates() {
        return coordinates.clone();
    }

    /** The element built again from {@code moved} coordinates, its paints' opacity multiplied by {@code opacity}. */
    Element build(double[] moved, double opacity) {
        return builder.build(moved, opacity);
    }

    /** The element moved by ({@code dx}, {@code dy}) and faded by {@code opacity}; a group moves and fades every child. */
    static Element moved(Element element, double dx, double dy, double opacity) {
        ElementGeometry geometry = of(element);
        if (geometry.group != null) {
            Element.Group g = geometry.group;
            List<Element> children = new ArrayList<>();
            for (Element child : g.children()) {
                children.add(moved(child, dx, dy, opacity));
            }
            return new Element.Group(g.part(), g.title(), children, g.highlighted());
        }
        double[] c = geometry.coordinates();
        int points = geometry.signature.equals("rect") ? 1 : c.length / 2;
        for (int i = 0; i < points; i++) {
            c[2 * i] += dx;
            c[2 * i + 1] += dy;
        }
        return geometry.build(c, opacity);
    }

    /** {@code paint} with its opacity multiplied by {@code factor}. */
    static Paint faded(Paint paint, double factor) {
        return factor >= 1 ? paint : new Paint(paint.rgb(), paint.opacity() * factor);
    }

    static Element.Stroke faded(Element.Stroke stroke, double factor) {
        return factor >= 1 ? stroke : new Element.Stroke(faded(stroke.paint(), factor), stroke.width(), stroke.dashes());
    }

    @Override
    public void rect(Element.Rect r) {
        signature = "rect";
        coordinates = new double[] {r.x(), r.y(), r.width(), r.height()};
        builder = (c, o) -> new Element.Rect(c[0], c[1], c[2], c[3], r.radius(), faded(r.fill(), o),
                faded(r.stroke(), o), r.cellIndex());
    }

    @Override
    public void path(Element.Path path) {
        path.traceOn(this);
        signature = "path " + segments;
        coordinates = points.stream().mapToDouble(Double::doubleValue).toArray();
        String kinds = segments.toString();
        builder = (c, o) -> new Element.Path(ops(kinds, c), faded(path.stroke(), o));
    }

    /** The segments of kinds {@code M} (move) and {@code C} (cubic) through the coordinates {@code c}. */
    private static List<PathOp> ops(String kinds, double[] c) {
        List<PathOp> ops = new ArrayList<>();
        int at = 0;
        for (char kind : kinds.toCharArray()) {
            if (kind == 'M') {
                ops.add(new PathOp.MoveTo(c[at], c[at + 1]));
                at += 2;
            } else {
                ops.add(new PathOp.CubicTo(c[at], c[at + 1], c[at + 2], c[at + 3], c[at + 4], c[at + 5]));
                at += 6;
            }
        }
        return ops;
    }

    /** Cells move as a block and stay opaque: their colours are values. */
    @Override
    public void cells(Element.Cells cells) {
        signature = "cells " + cells.columns() + "x" + cells.rows();
        coordinates = new double[] {cells.x(), cells.y()};
        builder = (c, o) -> new Element.Cells(c[0], c[1], cells.cellWidth(), cells.cellHeight(), cells.columns(),
                cells.rows(), cells.rgb());
    }

    @Override
    public void polygon(Element.Polygon polygon) {
        signature = "polygon";
        coordinates = polygon.points().clone();
        builder = (c, o) -> new Element.Polygon(Arrays.copyOf(c, c.length), faded(polygon.fill(), o));
    }

    @Override
    public void text(Element.Text text) {
        signature = "text";
        coordinates = new double[] {text.x(), text.y()};
        builder = (c, o) -> new Element.Text(c[0], c[1], text.runs(), text.size(), text.bold(), faded(text.fill(), o),
                text.anchor());
    }

    @Override
    public void group(Element.Group g) {
        signature = "group";
        group = g;
    }

    @Override
    public void moveTo(PathOp.MoveTo op) {
        segments.append('M');
        add(op.x(), op.y());
        penX = op.x();
        penY = op.y();
    }

    @Override
    public void lineTo(PathOp.LineTo op) {
        // the straight line as a cubic whose control points lie on it, a third and two thirds along
        segments.append('C');
        add(penX + (op.x() - penX) / 3, penY + (op.y() - penY) / 3);
        add(penX + 2 * (op.x() - penX) / 3, penY + 2 * (op.y() - penY) / 3);
        add(op.x(), op.y());
        penX = op.x();
        penY = op.y();
    }

    @Override
    public void cubicTo(PathOp.CubicTo op) {
        segments.append('C');
        add(op.x1(), op.y1());
        add(op.x2(), op.y2());
        add(op.x(), op.y());
        penX = op.x();
        penY = op.y();
    }

    private void add(double x, double y) {
        points.add(x);
        points.add(y);
    }
}
