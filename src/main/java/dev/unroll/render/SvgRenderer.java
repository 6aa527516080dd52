package dev.unroll.render;

import dev.unroll.diagram.Drawing;
import dev.unroll.diagram.DrawingTarget;
import dev.unroll.diagram.Element;
import dev.unroll.diagram.Element.PathOp;
import dev.unroll.diagram.Element.TextRun;
import dev.unroll.diagram.Paint;
import dev.unroll.diagram.PathTarget;
import dev.unroll.diagram.Typography;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes a {@link Drawing} as an SVG document: the vector export. Every named part becomes a
 * {@code <g class="part">} with {@code data-view}, {@code data-kind} and {@code data-t} and a
 * {@code <title>} carrying its values, so a teacher (or a script) can find "h at t = 3" in the file;
 * every component cell of a vector is a {@code <rect class="cell" data-i="i">}. Text stays real text.
 * Only {@link #render} and {@link #write} make one; it is the {@link DrawingTarget} they draw on.
 */
public final class SvgRenderer implements DrawingTarget {

    /** The fonts asked for, most wanted first; every output asks for DejaVu Sans so they look alike. */
    public static final String FONT_FAMILY = Typography.FONT_FAMILY + ", Helvetica, Arial, sans-serif";
    private static final String NAMESPACE = "http://www.w3.org/2000/svg";

    private final StringBuilder out = new StringBuilder(16_384);
    /** How many levels the element being written is nested, which sets its indentation. */
    private int depth = 1;

    private SvgRenderer() {
    }

    /** The whole document, starting with the XML declaration. */
    public static String render(Drawing drawing) {
        SvgRenderer r = new SvgRenderer();
        r.document(drawing);
        return r.out.toString();
    }

    /** Writes {@link #render(Drawing)} to {@code writer}, which must encode UTF-8; does not close it. */
    public static void write(Drawing drawing, Writer writer) throws IOException {
        writer.write(render(drawing));
        writer.flush();
    }

    private void document(Drawing d) {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<svg xmlns=\"").append(NAMESPACE).append('"')
                .append(" width=\"").append(num(d.width())).append('"')
                .append(" height=\"").append(num(d.height())).append('"')
                .append(" viewBox=\"").append(num(d.x())).append(' ').append(num(d.y())).append(' ')
                .append(num(d.width())).append(' ').append(num(d.height())).append("\">\n");
        if (d.background().isVisible()) {
            indent(1);
            out.append("<rect x=\"").append(num(d.x())).append("\" y=\"").append(num(d.y()))
                    .append("\" width=\"").append(num(d.width())).append("\" height=\"").append(num(d.height())).append('"');
            fill(d.background());
            out.append("/>\n");
        }
        d.drawOn(this);
        out.append("</svg>\n");
    }

    @Override
    public void group(Element.Group g) {
        indent(depth);
        out.append("<g class=\"part\" data-view=\"").append(g.part().view())
                .append("\" data-kind=\"").append(escape(g.part().kind().key()))
                .append("\" data-t=\"").append(g.part().t()).append("\">\n");
        indent(depth + 1);
        out.append("<title>").append(escape(g.title())).append("</title>\n");
        depth++;
        g.drawChildrenOn(this);
        depth--;
        indent(depth);
        out.append("</g>\n");
    }

    @Override
    public void rect(Element.Rect r) {
        indent(depth);
        out.append("<rect");
        if (r.cellIndex() >= 0) {
            out.append(" class=\"cell\" data-i=\"").append(r.cellIndex()).append('"');
        }
        out.append(" x=\"").append(num(r.x())).append("\" y=\"").append(num(r.y()))
                .append("\" width=\"").append(num(r.width())).append("\" height=\"").append(num(r.height())).append('"');
        if (r.radius() > 0) {
            out.append(" rx=\"").append(num(r.radius())).append('"');
        }
        fill(r.fill());
        stroke(r.stroke());
        out.append("/>\n");
    }

    /** A rectangle a cell, in a {@code <g class="cells">}, each with {@code data-column} and {@code data-row}. */
    @Override
    public void cells(Element.Cells c) {
        indent(depth);
        out.append("<g class=\"cells\">\n");
        for (int row = 0; row < c.rows(); row++) {
            for (int column = 0; column < c.columns(); column++) {
                indent(depth + 1);
                out.append("<rect data-column=\"").append(column).append("\" data-row=\"").append(row)
                        .append("\" x=\"").append(num(c.x() + column * c.cellWidth()))
                        .append("\" y=\"").append(num(c.y() + row * c.cellHeight()))
                        .append("\" width=\"").append(num(c.cellWidth())).append("\" height=\"").append(num(c.cellHeight()))
                        .append('"');
                fill(Paint.of(c.rgbAt(column, row)));
                out.append("/>\n");
            }
        }
        indent(depth);
        out.append("</g>\n");
    }

    @Override
    public void path(Element.Path p) {
        if (!p.stroke().isVisible() || p.ops().isEmpty()) {
            return;
        }
        indent(depth);
        out.append("<path d=\"");
        p.traceOn(new PathData());
        out.append("\" fill=\"none\"");
        stroke(p.stroke());
        out.append("/>\n");
    }

    /** Writes a path's segments as the commands of its {@code d} attribute, one space between each. */
    private final class PathData implements PathTarget {

        private String separator = "";

        @Override
        public void moveTo(PathOp.MoveTo m) {
            command('M', m.x(), m.y());
        }

        @Override
        public void lineTo(PathOp.LineTo l) {
            command('L', l.x(), l.y());
        }

        @Override
        public void cubicTo(PathOp.CubicTo c) {
            command('C', c.x1(), c.y1(), c.x2(), c.y2(), c.x(), c.y());
        }

        private void command(char letter, double... coordinates) {
            out.append(separator).append(letter);
            for (int i = 0; i < coordinates.length; i++) {
                out.append(i == 0 ? "" : " ").append(num(coordinates[i]));
            }
            separator = " ";
        }
    }

    @Override
    public void polygon(Element.Polygon p) {
        if (!p.fill().isVisible()) {
            return;
        }
        indent(depth);
        out.append("<polygon points=\"");
        double[] pts = p.points();
        for (int i = 0; i + 1 < pts.length; i += 2) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(num(pts[i])).append(',').append(num(pts[i + 1]));
        }
        out.append('"');
        fill(p.fill());
        out.append("/>\n");
    }

    @Override
    public void text(Element.Text t) {
        indent(depth);
        // xml:space keeps the runs' own spaces (the formula line separates its two equations with several)
        out.append("<text xml:space=\"preserve\" x=\"").append(num(t.x())).append("\" y=\"").append(num(t.y()))
                .append("\" font-family=\"").append(FONT_FAMILY).append("\" font-size=\"").append(num(t.size())).append('"');
        if (t.bold()) {
            out.append(" font-weight=\"bold\"");
        }
        out.append(" text-anchor=\"").append(anchor(t.anchor())).append('"');
        fill(t.fill());
        out.append('>');
        // Subscripts move with relative dy shifts and every later run shifts back: baseline-shift
        // would be simpler but several viewers ignore it, which would leave subscripts on the line.
        double drop = t.size() * Typography.SUBSCRIPT_DROP;
        double offset = 0;
        for (TextRun run : t.runs()) {
            double wanted = run.subscript() ? drop : 0;
            out.append("<tspan");
            if (run.subscript()) {
                out.append(" font-size=\"").append(num(t.size() * Typography.SUBSCRIPT_SCALE)).append('"');
            }
            if (wanted != offset) {
                out.append(" dy=\"").append(num(wanted - offset)).append('"');
            }
            out.append('>').append(escape(run.text())).append("</tspan>");
            offset = wanted;
        }
        out.append("</text>\n");
    }

    private static String anchor(Element.Anchor a) {
        return switch (a) {
            case START -> "start";
            case MIDDLE -> "middle";
            case END -> "end";
        };
    }

    private void fill(Paint p) {
        if (!p.isVisible()) {
            out.append(" fill=\"none\"");
            return;
        }
        out.append(" fill=\"").append(p.hex()).append('"');
        if (p.opacity() < 1) {
            out.append(" fill-opacity=\"").append(opacity(p.opacity())).append('"');
        }
    }

    private void stroke(Element.Stroke s) {
        if (!s.isVisible()) {
            return;
        }
        out.append(" stroke=\"").append(s.paint().hex()).append("\" stroke-width=\"").append(num(s.width()))
                .append("\" stroke-linecap=\"round\"");
        if (s.paint().opacity() < 1) {
            out.append(" stroke-opacity=\"").append(opacity(s.paint().opacity())).append('"');
        }
        if (s.dashes().length > 0) {
            out.append(" stroke-dasharray=\"");
            for (int i = 0; i < s.dashes().length; i++) {
                if (i > 0) {
                    out.append(' ');
                }
                out.append(num(s.dashes()[i]));
            }
            out.append('"');
        }
    }

    private void indent(int levels) {
        out.append("  ".repeat(levels));
    }

    /** Opacity keeps three decimals: two would turn a faint 0.005 into 0, hiding the element entirely. */
    private static String opacity(double v) {
        return trim(Math.round(Math.min(1, Math.max(0, v)) * 1000), 3);
    }

    /**
     * A coordinate with at most two decimals and no trailing zeros, always with a dot: a hundredth of
     * a pixel is finer than any screen or printer shows, and short numbers keep big diagrams small.
     */
    static String num(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("the drawing holds a coordinate that is not a number: " + v);
        }
        return trim(Math.round(v * 100), 2);
    }

    /** {@code scaled / 10^decimals} in decimal, without trailing zeros. */
    private static String trim(long scaled, int decimals) {
        if (scaled == 0) {
            return "0";
        }
        long unit = decimals == 2 ? 100 : 1000;
        long magnitude = Math.abs(scaled);
        StringBuilder s = new StringBuilder();
        if (scaled < 0) {
            s.append('-');
        }
        s.append(magnitude / unit);
        long fraction = magnitude % unit;
        if (fraction != 0) {
            String digits = Long.toString(unit + fraction).substring(1);
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            s.append('.').append(digits, 0, end);
        }
        return s.toString();
    }

    /**
     * Text safe in both element content and attribute values. Characters XML 1.0 forbids (control
     * characters, lone surrogates) become U+FFFD, so a stray one cannot make the whole file unreadable.
     */
    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&apos;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        s.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c) || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                            || c == 0xFFFE || c == 0xFFFF) {
                        s.append('\uFFFD');
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.toString();
    }
}
