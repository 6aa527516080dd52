package dev.unroll.diagram;

import dev.unroll.diagram.Element.PathOp;
import java.util.ArrayList;
import java.util.List;

/** Plane geometry on paths: flattening curves and measuring distances. */
public final class Geometry {

    private static final int CURVE_SAMPLES = 32;

    private Geometry() {
    }

    /** The route as a polyline, each cubic curve sampled at {@value #CURVE_SAMPLES} points; x and y alternate. */
    public static double[] flatten(List<PathOp> route) {
        Sampler sampler = new Sampler();
        for (PathOp op : route) {
            op.traceOn(sampler);
        }
        double[] result = new double[sampler.points.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = sampler.points.get(i);
        }
        return result;
    }

    /** Follows a route point by point: the ends of straight segments, and samples along curves. */
    private static final class Sampler implements PathTarget {

        private final List<Double> points = new ArrayList<>();
        private double cx;
        private double cy;

        @Override
        public void moveTo(PathOp.MoveTo m) {
            to(m.x(), m.y());
        }

        @Override
        public void lineTo(PathOp.LineTo l) {
            to(l.x(), l.y());
        }

        @Override
        public void cubicTo(PathOp.CubicTo c) {
            for (int i = 1; i <= CURVE_SAMPLES; i++) {
                double s = (double) i / CURVE_SAMPLES;
                points.add(cubic(cx, c.x1(), c.x2(), c.x(), s));
                points.add(cubic(cy, c.y1(), c.y2(), c.y(), s));
            }
            cx = c.x();
            cy = c.y();
        }

        private void to(double x, double y) {
            cx = x;
            cy = y;
            points.add(x);
            points.add(y);
        }
    }

    /** The shortest distance from (x, y) to the route. */
    public static double distanceToRoute(List<PathOp> route, double x, double y) {
        double[] p = flatten(route);
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i + 3 < p.length; i += 2) {
            best = Math.min(best, distanceToSegment(p[i], p[i + 1], p[i + 2], p[i + 3], x, y));
        }
        return best;
    }

    /** The point at fraction {@code s} ∈ [0, 1] of the route's length; x at [0], y at [1]. */
    public static double[] pointAlong(List<PathOp> route, double s) {
        double[] p = flatten(route);
        double total = 0;
        for (int i = 0; i + 3 < p.length; i += 2) {
            total += Math.hypot(p[i + 2] - p[i], p[i + 3] - p[i + 1]);
        }
        double wanted = Math.max(0, Math.min(1, s)) * total;
        for (int i = 0; i + 3 < p.length; i += 2) {
            double segment = Math.hypot(p[i + 2] - p[i], p[i + 3] - p[i + 1]);
            if (wanted <= segment && segment > 0) {
                double f = wanted / segment;
                return new double[] {p[i] + f * (p[i + 2] - p[i]), p[i + 1] + f * (p[i + 3] - p[i + 1])};
            }
            wanted -= segment;
        }
        return new double[] {p[p.length - 2], p[p.length - 1]};
    }

    /** B(s) = (1 − s)³·p0 + 3(1 − s)²s·p1 + 3(1 − s)s²·p2 + s³·p3. */
    static double cubic(double p0, double p1, double p2, double p3, double s) {
        double u = 1 - s;
        return u * u * u * p0 + 3 * u * u * s * p1 + 3 * u * s * s * p2 + s * s * s * p3;
    }

    private static double distanceToSegment(double ax, double ay, double bx, double by, double x, double y) {
        double dx = bx - ax;
        double dy = by - ay;
        double lengthSquared = dx * dx + dy * dy;
        double f = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / lengthSquared));
        return Math.hypot(x - (ax + f * dx), y - (ay + f * dy));
    }
}
