package dev.unroll.diagram;

import dev.unroll.diagram.DiagramLayout.Edge;
import dev.unroll.diagram.DiagramLayout.Node;
import dev.unroll.diagram.Element.Anchor;
import dev.unroll.diagram.Element.Group;
import dev.unroll.diagram.Element.PathOp;
import dev.unroll.diagram.Element.Polygon;
import dev.unroll.diagram.Element.Rect;
import dev.unroll.diagram.Element.Stroke;
import dev.unroll.diagram.Element.Text;
import dev.unroll.diagram.Element.TextRun;
import dev.unroll.rnn.Dense;
import dev.unroll.rnn.Dimensions;
import dev.unroll.rnn.Shapes;
import dev.unroll.rnn.Trace;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleToIntFunction;

/**
 * Turns a layout and the values of a trace into a {@link Drawing}: boxes with a strip of coloured
 * cells per vector, arrows labelled with their matrices in the chosen notation, the current step
 * highlighted, steps not yet reached drawn hollow, and a footer with the formula and the colour legend.
 * Going backward (with a {@link BackwardPicture}), h_t, a_t and o_t hold their gradients instead, on
 * the gradient scale, and the output and recurrent edges that carry a gradient point back along the chain.
 */
public final class DiagramPainter {

    /** The legend's words for a cell that holds infinity or NaN, shown once such a cell is drawn, in the language in use. */
    public static String nonFiniteLegend() {
        return NonFiniteMark.legend();
    }
    /** A travelling value shows at most this many of its components, so its tag stays short. */
    private static final int PACKET_COMPONENTS = 8;
    /** The colour legend's bar is made of this many steps, enough to read as a smooth scale. */
    private static final int LEGEND_STEPS = 48;

    private final DiagramLayout layout;
    private final Trace trace;
    private final ColourScales scales;
    private final Theme theme;
    private final DivergingPalette palette;
    private final List<Element> out = new ArrayList<>();
    /** The indices in {@link #out} of the elements that belong to the unrolled chain and scroll with it. */
    private final BitSet scrolling = new BitSet();
    /** The part of each element of {@link #out} that is a part's group, by index. */
    private final Map<Integer, Part> partsAt = new HashMap<>();
    private final FlowState flow;
    /** The gradients drawn going backward, or null going forward. */
    private final BackwardPicture backward;
    private final GradientFlowState back;
    /** How the picture is drawn, and what the window points at in it. */
    private final DiagramLook look;
    private final Interaction interaction;
    /** What the current step's parts show, shared by the painters of the step's frames. */
    private final StepMemo step;
    /** Whether a cell or packet drawn so far holds infinity or NaN, which the legend then explains. */
    private boolean showsNonFinite;

    private DiagramPainter(DiagramLayout layout, Trace trace, BackwardPicture backward, ColourScales scales, Theme theme,
            StepMemo step) {
        this.step = step;
        this.backward = layout.options().moment().backward() && trace != null ? backward : null;
        this.back = new GradientFlowState(layout.options(), layout.dimensions().timesteps());
        this.layout = layout;
        this.trace = trace;
        this.scales = scales;
        this.theme = theme;
        this.palette = theme.values();
        this.flow = new FlowState(layout.options());
        this.look = layout.options().look();
        this.interaction = layout.options().interaction();
    }

    /**
     * Paints the layout with the trace's values; {@code trace} may be null for a picture without
     * values. Its sizes must be the layout's.
     */
    public static Drawing paint(DiagramLayout layout, Trace trace, ColourScales scales, Theme theme) {
        return painter(layout, trace, scales, theme, new StepMemo()).paint();
    }

    /**
     * Paints as {@link #paint(DiagramLayout, Trace, ColourScales, Theme)} does; when the layout's moment
     * goes backward, with the gradients of {@code backward} (which may be null while they are computed).
     */
    public static Drawing paint(DiagramLayout layout, Trace trace, BackwardPicture backward, ColourScales scales,
            Theme theme) {
        return painter(layout, trace, backward, scales, theme, new StepMemo()).paint();
    }

    /**
     * Paints as {@link #paint} does and sorts the result into what stays in place and what scrolls
     * with the unrolled chain, for a screen that keeps the folded cell in view beside a long chain.
     */
    public static SplitDrawing paintSplit(DiagramLayout layout, Trace trace, ColourScales scales, Theme theme) {
        DiagramPainter painter = painter(layout, trace, scales, theme, new StepMemo());
        return split(painter.paint(), painter.scrolling);
    }

    /** The elements that scroll with the chain and the rest, in their order: the split of {@code whole}. */
    static SplitDrawing split(Drawing whole, BitSet scrolling) {
        List<Element> pinned = new ArrayList<>();
        List<Element> chain = new ArrayList<>();
        for (int i = 0; i < whole.elements().size(); i++) {
            (scrolling.get(i) ? chain : pinned).add(whole.elements().get(i));
        }
        return new SplitDrawing(whole,
                new Drawing(whole.x(), whole.y(), whole.width(), whole.height(), Paint.NONE, pinned),
                new Drawing(whole.x(), whole.y(), whole.width(), whole.height(), whole.background(), chain));
    }

    /** The values and titles of the current step's parts, by part: the same in every frame of the step. */
    record StepMemo(Map<Part, double[]> values, Map<Part, String> titles) {
        StepMemo() {
            this(new HashMap<>(), new HashMap<>());
        }
    }

    /** A painter of one picture, which remembers the current step's values and titles in {@code step}. */
    static DiagramPainter painter(DiagramLayout layout, Trace trace, ColourScales scales, Theme theme, StepMemo step) {
        return painter(layout, trace, null, scales, theme, step);
    }

    /** A painter of one picture, going backward with the gradients of {@code backward} when the layout's moment does. */
    static DiagramPainter painter(DiagramLayout layout, Trace trace, BackwardPicture backward, ColourScales scales,
            Theme theme, StepMemo step) {
        if (trace != null && !trace.lesson().dimensions().equals(layout.dimensions())) {
            throw new IllegalArgumentException("the trace's sizes " + trace.lesson().dimensions()
                    + " differ from the layout's " + layout.dimensions());
        }
        return new DiagramPainter(layout, trace, backward, scales, theme, step);
    }

    /** Paints the whole picture; a painter paints it once. */
    Drawing paint() {
        highlightCurrentColumn();
        for (Edge e : layout.edges()) {
            addPart(e.part(), edge(e));
        }
        for (Node n : layout.nodes()) {
            addPart(n.part(), node(n));
            verdict(n);
        }
        separatorAndEllipses();
        footer();
        Box b = reaching(layout.bounds(), out);
        return new Drawing(b.x(), b.y(), b.width(), b.height(), theme.paper(), out);
    }

    /**
     * The layout's bounds, grown to a margin beyond any element that reaches past them (a long
     * caption under a narrow picture), so that no output clips a label at its edge.
     */
    private static Box reaching(Box bounds, List<Element> elements) {
        double[] extent = extent(bounds, elements);
        return new Box(extent[0], extent[1], extent[2] - extent[0], extent[3] - extent[1]);
    }

    /** {left, top, right, bottom} of {@code bounds} widened by {@link #reach}. */
    static double[] extent(Box bounds, List<Element> elements) {
        double[] extent = {bounds.x(), bounds.y(), bounds.right(), bounds.bottom()};
        reach(extent, elements);
        return extent;
    }

    /** Widens {left, top, right, bottom} to hold every text among {@code elements}, with half a margin to spare. */
    static void reach(double[] extent, List<Element> elements) {
        double spare = Metrics.MARGIN / 2;
        for (Element e : elements) {
            if (e instanceof Text t) {
                Box box = TextMetrics.bounds(t);
                extent[0] = Math.min(extent[0], box.x() - spare);
                extent[1] = Math.min(extent[1], box.y() - spare);
                extent[2] = Math.max(extent[2], box.right() + spare);
                extent[3] = Math.max(extent[3], box.bottom() + spare);
            } else if (e instanceof Group g) {
                reach(extent, g.children());
            }
        }
    }

    /** The part whose group each element of the picture is, by the element's index; other elements have none. */
    Map<Integer, Part> partsAt() {
        return Map.copyOf(partsAt);
    }

    /** The indices of the elements that scroll with the chain. */
    BitSet scrolling() {
        return scrolling;
    }

    /** Whether a value that is not finite has been drawn so far, which the legend explains. */
    boolean showsNonFinite() {
        return showsNonFinite;
    }

    /** The values and titles of the current step's parts this painter remembers. */
    StepMemo step() {
        return step;
    }

    /** Adds a part's group: a part of the unrolled picture scrolls with the chain, one of the folded cell stays. */
    private void addPart(Part part, Element group) {
        partsAt.put(out.size(), part);
        if (part.folded()) {
            out.add(group);
        } else {
            addToChain(group);
        }
    }

    private void addToChain(Element e) {
        scrolling.set(out.size());
        out.add(e);
    }

    private void highlightCurrentColumn() {
        int t = layout.options().t();
        if (!look.view().showsUnrolled() || t < layout.firstColumn() - 1 || t > layout.lastColumn()) {
            return;
        }
        double top = Double.POSITIVE_INFINITY;
        double bottom = Double.NEGATIVE_INFINITY;
        double from = Double.POSITIVE_INFINITY;
        double to = Double.NEGATIVE_INFINITY;
        for (Node n : layout.nodes()) {
            if (!n.part().folded() && n.part().t() == t) {
                top = Math.min(top, n.box().y());
                bottom = Math.max(bottom, n.box().bottom());
                from = Math.min(from, n.box().x());
                to = Math.max(to, n.box().right());
            }
        }
        for (DiagramLayout.Word w : layout.words()) {
            if (!w.part().folded() && w.part().t() == t) {
                // the band reaches down over the step's word: the word is where the step starts
                bottom = Math.max(bottom, w.box().bottom());
            }
        }
        if (top > bottom) {
            return;
        }
        // without a head, the state's "leaves the layer" arrow rises above h: the band covers it too
        double above = look.head() ? Metrics.BAND_PAD : Metrics.BAND_OVER_MARKER;
        if (look.head() && trace != null && WordPainter.isSentiment(trace.lesson())) {
            // the probability over o_t ("positive, 0.73") is part of the step: the band takes it in, and "t = T" goes above it
            above += Metrics.VERDICT_ROOM;
        }
        double left = from - Metrics.BAND_PAD;
        double width = to - from + 2 * Metrics.BAND_PAD;
        addToChain(Rect.plain(left, top - above, width, bottom - top + above + Metrics.BAND_PAD, Metrics.BAND_CORNER,
                new Paint(theme.accent(), 0.09), Stroke.NONE));
        addToChain(text(left + width / 2, top - above - Metrics.BAND_CAPTION_GAP, Typography.SMALL_SIZE, true,
                Paint.of(theme.accent()), Anchor.MIDDLE, TextRun.normal("t = " + t)));
    }

    /** The group of node {@code n}: its box or strip, cells, label and marks. */
    Element node(Node n) {
        if (n.part().kind().isStrip()) {
            return sideStrip(n);
        }
        Part part = n.part();
        boolean gradient = showsGradient(part);
        double[] values = n.empty() || trace == null ? null : gradient ? backward.vector(part) : valuesOf(part);
        double shown = gradient ? back.shown(part) : flow.shown(part);
        boolean pending = values != null && shown < 1;
        double[] previous = !gradient && pending && flow.showsPreviousState(part) ? trace.state(part.t() - 1) : null;
        boolean selected = part.equals(interaction.selected());
        boolean pointedAt = part.kind() == PartKind.H && interaction.highlight() != Highlight.NONE;
        List<Element> children = new ArrayList<>();
        Box box = n.box();
        boolean flowing = backward != null ? back.arriving(part) || back.forming(part) : flow.summing(part);
        Stroke outline = n.empty() ? Stroke.dashed(theme.faint(), 1.2, 5, 4)
                : flowing && backward != null ? Stroke.solid(theme.gradients().ink(), 2.6)
                : selected || flowing || interaction.highlight() == Highlight.STATE_VECTOR && pointedAt
                ? Stroke.solid(theme.accent(), 2.6) : Stroke.solid(theme.ink(), 1.3);
        children.add(Rect.plain(box.x(), box.y(), box.width(), box.height(), Metrics.BOX_CORNER, Paint.of(theme.box()), outline));
        Paint labelInk = Paint.of(n.empty() ? theme.faint() : theme.ink());
        Text label = DiagramLabels.stepLabel(part.kind(), stepName(part), box.centerX(),
                box.y() + Metrics.STEP_LABEL_BASELINE);
        List<TextRun> runs = label.runs();
        if (gradient) {
            // δh_t names ∂L/∂h_t, the gradient the box holds going backward
            runs = new ArrayList<>(runs);
            runs.add(0, TextRun.normal("\u03B4"));
        }
        children.add(new Text(label.x(), label.y(), runs, label.size(), label.bold(), labelInk, label.anchor()));
        boolean sizePointedAt = pointedAt && interaction.highlight() == Highlight.STATE_SIZE;
        if (look.shapes()) {
            children.add(text(box.centerX(), box.y() + Metrics.SHAPE_BASELINE, Typography.SHAPE_SIZE, sizePointedAt,
                    Paint.of(sizePointedAt ? theme.accent() : theme.muted()), Anchor.MIDDLE,
                    TextRun.normal(DiagramLabels.vectorShape(n.length()))));
        }
        cells(children, n, values, previous, pending ? shown : 1, colours(part, gradient));
        if (sizePointedAt) {
            Box strip = n.strip();
            double gap = Metrics.RING_GAP;
            children.add(Rect.plain(strip.x() - gap, strip.y() - gap, strip.width() + 2 * gap, strip.height() + 2 * gap,
                    Metrics.RING_CORNER, Paint.NONE, Stroke.solid(theme.accent(), 2.2)));
            // the number the glossary's words name: N, beside every state that has an arrow into it
            if (part.folded() || part.t() >= layout.firstColumn()) {
                // left of the strips of b and a, under the recurrent edge
                children.add(DiagramLabels.sizeNote(n.length(), box.x() - layout.sideRoom() - Metrics.SIZE_NOTE_GAP,
                        box.centerY() + Metrics.SIZE_NOTE_DROP, Paint.of(theme.accent())));
            }
        }
        boolean entering = part.t() == layout.firstColumn() - 1;
        if (part.kind() == PartKind.H && !part.folded() && !look.head() && !entering && leavesLayer(part.t())) {
            returnMarker(children, box, n.empty());
        }
        String title = gradient ? gradientTitle(part, n.length(), pending ? null : values)
                : titleOf(part, n.length(), values, pending);
        if (part.kind() == PartKind.X) {
            // the word an Embedding looked x_t up for belongs to x_t: selected, hovered and morphed with it
            var word = layout.wordOf(part);
            if (word.isPresent()) {
                title = WordPainter.word(children, word.get(), layout.tokenWords(), theme, selected) + "; " + title;
            }
        }
        return new Group(part, title, children, selected || pointedAt);
    }

    /**
     * Over an o_t that is computed, the sentiment head's class and probability: a caption of the column,
     * wider than o's box, so it stands beside the box's group rather than in it.
     */
    private void verdict(Node n) {
        Part part = n.part();
        if (part.kind() != PartKind.O || n.empty() || trace == null || flow.shown(part) < 1) {
            return;
        }
        List<Element> caption = new ArrayList<>(1);
        WordPainter.verdict(caption, n.box(), trace, part.t(), theme);
        for (Element e : caption) {
            if (part.folded()) {
                out.add(e);
            } else {
                addToChain(e);
            }
        }
    }

    /**
     * A strip beside a box: b or a beside h, c or y beside o. Its letter stands above it; its cells
     * fill as the step's stage computes them, as a box's do.
     */
    private Element sideStrip(Node n) {
        Part part = n.part();
        boolean gradient = showsGradient(part);
        double[] values = n.empty() || trace == null ? null : gradient ? backward.vector(part) : valuesOf(part);
        double shown = gradient ? back.shown(part) : flow.shown(part);
        boolean pending = values != null && shown < 1;
        boolean selected = part.equals(interaction.selected());
        boolean flowing = backward != null ? back.forming(part) : flow.summing(part);
        Box strip = n.strip();
        List<Element> children = new ArrayList<>();
        children.add(text(strip.centerX(), strip.y() - Metrics.SIDE_STRIP_LABEL_LIFT, Typography.SMALL_SIZE, true,
                Paint.of(n.empty() ? theme.faint() : theme.ink()), Anchor.MIDDLE,
                TextRun.normal((gradient ? "\u03B4" : "") + part.kind().key())));
        cells(children, n, values, null, pending ? shown : 1, colours(part, gradient));
        Stroke outline = n.empty() ? Stroke.dashed(theme.faint(), 1, 4, 3)
                : flowing && backward != null ? Stroke.solid(theme.gradients().ink(), 2.2)
                : selected || flowing ? Stroke.solid(theme.accent(), 2.2) : Stroke.solid(theme.muted(), 0.8);
        children.add(Rect.plain(strip.x(), strip.y(), strip.width(), strip.height(), 0, Paint.NONE, outline));
        String title = titleOf(part, n.length(), values, pending);
        return new Group(part, title, children, selected);
    }

    /**
     * The node's strip: one cell per component, coloured by its value. While the step flows, the
     * first {@code shown}·length cells hold the new value and the rest the entering state (or
     * nothing); with reduced motion the new value fades in over all cells instead.
     */
    private void cells(List<Element> children, Node n, double[] values, double[] previous, double shown,
            DoubleToIntFunction colour) {
        Box strip = n.strip();
        boolean fading = interaction.reducedMotion() && shown < 1;
        int filled = (int) Math.floor(shown * n.length() + 1e-9);
        boolean separated = n.cellHeight() >= Metrics.MIN_SEPARATED_CELL;
        boolean writesValues = layout.writesValues(n);
        Stroke cellLine = separated ? Stroke.solid(theme.box(), 1) : Stroke.NONE;
        for (int i = 0; i < n.length(); i++) {
            double y = strip.y() + i * n.cellHeight();
            // thin cells overlap their neighbour a little, so antialiasing leaves no pale seams between them
            double height = separated || i == n.length() - 1 ? n.cellHeight() : n.cellHeight() + Metrics.THIN_CELL_OVERLAP;
            // fading: the entering value (or nothing) stays underneath while the new one fades in over it
            boolean isNew = values != null && !fading && i < filled;
            double[] source = isNew ? values : previous;
            Paint fill = source == null ? Paint.of(theme.emptyCell()) : Paint.of(colour.applyAsInt(source[i]));
            children.add(new Rect(strip.x(), y, strip.width(), height, 0, fill, cellLine, i));
            if (source != null && !Double.isFinite(source[i])) {
                NonFiniteMark.hatch(children, strip.x(), y, strip.width(), height);
                showsNonFinite = true;
            }
            if (fading && values != null && shown > 0) {
                children.add(Rect.plain(strip.x(), y, strip.width(), height, 0,
                        new Paint(colour.applyAsInt(values[i]), shown), Stroke.NONE));
                showsNonFinite |= !Double.isFinite(values[i]);
            }
            String value = source != null && writesValues
                    ? ValueFormat.toFit(source[i], strip.width() - 2 * Metrics.VALUE_INSET, Typography.SMALL_SIZE) : "";
            if (!value.isEmpty()) {
                int rgb = colour.applyAsInt(source[i]);
                Paint ink = Paint.of(theme.inkOn(rgb));
                children.add(text(strip.centerX(), y + n.cellHeight() / 2 + Metrics.VALUE_DROP, Typography.SMALL_SIZE, false,
                        ink, Anchor.MIDDLE, TextRun.normal(value)));
            }
        }
    }

    private boolean leavesLayer(int t) {
        return t >= 1 && (look.returnSequences() || t == layout.dimensions().timesteps());
    }

    /** A short arrow out of the top of h_t: this state is part of the layer's output. */
    private void returnMarker(List<Element> children, Box box, boolean empty) {
        int ink = empty ? theme.faint() : theme.muted();
        double x = box.centerX();
        double tip = box.y() - Metrics.RETURN_MARKER_LENGTH;
        children.add(new Element.Path(List.of(new PathOp.MoveTo(x, box.y()), new PathOp.LineTo(x, tip + Metrics.ARROW_LENGTH)),
                Stroke.solid(ink, 1.3)));
        children.add(arrowhead(x, tip, 0, -1, Paint.of(ink)));
    }

    /** Whether this node shows its gradient: going backward, h_t, a_t and o_t do. */
    private boolean showsGradient(Part part) {
        return backward != null && GradientFlowState.carriesGradient(part.kind());
    }

    /** How a node's numbers are coloured: gradients on the theme's log-magnitude scale, values on the diverging one. */
    private DoubleToIntFunction colours(Part part, boolean gradient) {
        if (gradient) {
            double top = backward.scale();
            return g -> theme.gradients().rgb(g, top);
        }
        double scale = scales.forKind(part.kind());
        return v -> palette.rgb(v, scale);
    }

    /** A gradient node's title: {@code δh_3 = ∂L/∂h_3 (4,): [0.012, …]}, or that it is not computed yet. */
    private String gradientTitle(Part part, int length, double[] values) {
        String name = part.kind().key() + "_" + (part.folded() ? "t (t = " + part.t() + ")" : part.t());
        String shown = values == null ? say("diagram.title.later") : "[" + ValueFormat.join(values, 16) + "]";
        return "\u03B4" + name + " = \u2202L/\u2202" + name + " (" + length + ",): " + shown;
    }

    /**
     * An edge that carries the gradient back: drawn in the gradient's ink with its arrowhead turned
     * round at the edge's start, its letter transposed (Vᵀ, Uᵀ), and the travelling gradient on it
     * while its stage runs.
     */
    private Element gradientEdge(Edge e) {
        Part part = e.part();
        boolean active = back.active(part);
        int ink = theme.gradients().ink();
        List<Element> children = new ArrayList<>();
        children.add(new Element.Path(e.route(), Stroke.solid(ink, active ? 2.8 : 1.8)));
        // the arrowhead points back along the route's first stretch, into the box the edge leaves
        double[] start = Geometry.pointAlong(e.route(), 0);
        double[] near = Geometry.pointAlong(e.route(), 0.05);
        double length = Math.hypot(start[0] - near[0], start[1] - near[1]);
        if (length > 0) {
            children.add(arrowhead(start[0], start[1], (start[0] - near[0]) / length, (start[1] - near[1]) / length,
                    Paint.of(ink)));
        }
        String letter = matrixLetter(part.kind()) + "\u1D40";
        children.add(new Text(e.labelX(), e.labelY(), List.of(TextRun.normal(letter)), Typography.LABEL_SIZE, true,
                Paint.of(ink), e.labelAnchor()));
        double along = back.packetAt(part);
        if (!Double.isNaN(along)) {
            double[] carried = part.kind() == PartKind.EDGE_OUTPUT ? backward.vector(new Part(false, PartKind.O, part.t()))
                    : backward.vector(new Part(false, PartKind.A, part.folded() ? part.t() + 1 : part.t()));
            if (carried != null) {
                double top = backward.scale();
                packet(children, Geometry.pointAlong(e.route(), along), carried, g -> theme.gradients().rgb(g, top), ink);
            }
        }
        String carries = part.kind() == PartKind.EDGE_OUTPUT ? "\u03B4o_" + stepName(part)
                : "\u03B4a_" + (part.folded() ? "t+1" : Integer.toString(part.t()));
        return new Group(part, letter + "\u00B7" + carries + "; " + edgeTitle(part), children, active);
    }

    /** The group of edge {@code e}: its line, arrowhead, letter and any travelling value. */
    Element edge(Edge e) {
        Part part = e.part();
        if (backward != null && !e.future() && back.carried(part)) {
            return gradientEdge(e);
        }
        boolean lit = flow.active(part) || part.equals(interaction.selected());
        int ink = e.future() ? theme.faint() : lit ? theme.accent() : theme.ink();
        Stroke stroke = e.future() ? Stroke.dashed(ink, 1.4, 6, 4) : Stroke.solid(ink, lit ? 2.6 : 1.6);
        List<Element> children = new ArrayList<>();
        children.add(new Element.Path(shortened(e), stroke));
        children.add(arrowhead(e.tipX(), e.tipY(), e.directionX(), e.directionY(), Paint.of(ink)));
        String matrix = matrixLetter(part.kind());
        children.add(new Text(e.labelX(), e.labelY(), List.of(TextRun.normal(matrix)), Typography.LABEL_SIZE, true,
                Paint.of(e.future() ? theme.faint() : lit ? theme.accent() : theme.matrix()), e.labelAnchor()));
        double under = e.labelY();
        if (look.shapes()) {
            // on the recurrent edge the shape goes under the arrow; elsewhere it is the line under the letter
            double shapeY = part.kind() == PartKind.EDGE_RECURRENT && !part.folded()
                    ? e.tipY() + Metrics.RECURRENT_SHAPE_DROP : e.labelY() + Metrics.SHAPE_HEIGHT;
            children.add(text(e.labelX(), shapeY, Typography.SHAPE_SIZE, false, Paint.of(theme.muted()), e.labelAnchor(),
                    TextRun.normal(matrixShape(part.kind()))));
            under = part.kind() == PartKind.EDGE_OUTPUT ? shapeY : under;
        }
        String stack = part.kind() == PartKind.EDGE_OUTPUT ? denseStack() : "";
        if (!stack.isEmpty()) {
            // the Dense layers between h_t and the head, which V reads after: the head is a stack, named under its letter
            children.add(text(e.labelX(), under + Metrics.SHAPE_HEIGHT, Typography.SHAPE_SIZE, false,
                    Paint.of(e.future() ? theme.faint() : theme.muted()), e.labelAnchor(), TextRun.normal(stack)));
        }
        double along = flow.packetAt(part);
        if (!Double.isNaN(along) && trace != null) {
            double scale = part.kind() == PartKind.EDGE_INPUT ? scales.x() : scales.h();
            packet(children, Geometry.pointAlong(e.route(), along), carried(part), v -> palette.rgb(v, scale), theme.accent());
        }
        return new Group(part, edgeTitle(part), children, lit);
    }

    /** The vector an edge carries into step t: x_t, h_{t−1} or h_t. */
    private double[] carried(Part edge) {
        int t = edge.t();
        return switch (edge.kind()) {
            case EDGE_INPUT -> trace.input(t);
            case EDGE_RECURRENT -> trace.state(t - 1);
            default -> trace.state(t);
        };
    }

    /** A travelling value: up to {@value #PACKET_COMPONENTS} of its components as small coloured squares on a white tag. */
    private void packet(List<Element> children, double[] at, double[] vector, DoubleToIntFunction colour, int outline) {
        int shown = Math.min(vector.length, PACKET_COMPONENTS);
        double size = Metrics.PACKET_CELL;
        double width = shown * size;
        double left = at[0] - width / 2;
        double top = at[1] - size / 2;
        double margin = Metrics.PACKET_TAG_MARGIN;
        children.add(Rect.plain(left - margin, top - margin, width + 2 * margin, size + 2 * margin, Metrics.PACKET_TAG_CORNER,
                Paint.of(0xFFFFFF), Stroke.solid(outline, 1.5)));
        for (int k = 0; k < shown; k++) {
            // with more components than squares, evenly spaced ones stand for the vector
            int i = (int) ((long) k * vector.length / shown);
            showsNonFinite |= !Double.isFinite(vector[i]);
            children.add(Rect.plain(left + k * size, top, size, size, 0, Paint.of(colour.applyAsInt(vector[i])), Stroke.NONE));
        }
    }


    /** The route with its straight end pulled back so the line stops inside the arrowhead, not at its tip. */
    private static List<PathOp> shortened(Edge e) {
        List<PathOp> route = new ArrayList<>(e.route());
        PathOp lastOp = route.get(route.size() - 1);
        if (lastOp instanceof PathOp.LineTo l) {
            double stop = Metrics.ARROW_LINE_STOP;
            route.set(route.size() - 1, new PathOp.LineTo(l.x() - e.directionX() * Metrics.ARROW_LENGTH * stop,
                    l.y() - e.directionY() * Metrics.ARROW_LENGTH * stop));
        }
        return route;
    }

    /** A filled triangle whose tip is at (x, y), pointing along (dx, dy). */
    private static Polygon arrowhead(double x, double y, double dx, double dy, Paint fill) {
        double bx = x - dx * Metrics.ARROW_LENGTH;
        double by = y - dy * Metrics.ARROW_LENGTH;
        double half = Metrics.ARROW_HALF_WIDTH;
        // the perpendicular of (dx, dy) is (−dy, dx)
        return new Polygon(new double[] {x, y, bx - dy * half, by + dx * half, bx + dy * half, by - dx * half}, fill);
    }

    private void separatorAndEllipses() {
        double mid = layout.stateRowCenter();
        double sep = layout.separatorCenterX();
        if (!Double.isNaN(sep)) {
            out.add(text(sep, mid + Metrics.SIGN_DROP, Typography.SIGN_SIZE, false, Paint.of(theme.muted()), Anchor.MIDDLE,
                    TextRun.normal("=")));
            out.add(text(sep, mid + Metrics.SIGN_CAPTION_DROP, Typography.CAPTION_SIZE, false, Paint.of(theme.muted()),
                    Anchor.MIDDLE, TextRun.normal(say("diagram.unroll"))));
        }
        // each ellipsis stands in the middle of the space the layout leaves for it at that end of the chain
        double half = Metrics.ELLIPSIS_WIDTH / 2;
        if (look.view().showsUnrolled() && layout.elidesStart()) {
            addToChain(ellipsis(layout.unrolledLeft() - half, mid));
        }
        if (look.view().showsUnrolled() && layout.elidesEnd()) {
            addToChain(ellipsis(layout.columnLeft(layout.lastColumn()) + layout.boxWidth() + half, mid));
        }
    }

    private Text ellipsis(double x, double mid) {
        return text(x, mid + Metrics.ELLIPSIS_DROP, Typography.ELLIPSIS_SIZE, true, Paint.of(theme.muted()), Anchor.MIDDLE,
                TextRun.normal("\u22EF"));
    }

    private void footer() {
        int t = layout.options().t();
        Dimensions d = layout.dimensions();
        double y = layout.footerTop();
        Paint muted = Paint.of(theme.muted());
        if (look.view().showsFolded()) {
            String caption = look.view() == ViewKind.BOTH ? say("diagram.folded") : say("diagram.foldedAt", t);
            out.add(text(layout.foldedLeft() + layout.boxWidth() / 2, y, Typography.CAPTION_SIZE, false, muted, Anchor.MIDDLE,
                    TextRun.normal(caption)));
        }
        if (look.view().showsUnrolled()) {
            String caption = say("diagram.unrolled", t, d.timesteps())
                    + (layout.elidesStart() || layout.elidesEnd()
                    ? say("diagram.showing", layout.firstColumn(), layout.lastColumn()) : "");
            if (!look.head()) {
                caption += "  \u2022  \u2191 " + say(look.returnSequences() ? "diagram.everyH" : "diagram.lastH");
            }
            out.add(text(layout.unrolledLeft(), y, Typography.CAPTION_SIZE, false, muted, Anchor.START, TextRun.normal(caption)));
        }
        String activation = trace == null ? "tanh" : trace.lesson().activation().key();
        List<TextRun> formula = new ArrayList<>(Formulas.step(look.notation(), activation));
        if (backward != null) {
            formula = new ArrayList<>(Formulas.backward(look.notation(), activation, look.head()));
            formula.add(TextRun.normal("     " + backward.lossLine()));
        } else if (look.head()) {
            formula.add(TextRun.normal("     "));
            List<Dense> between = trace == null ? List.of() : trace.lesson().denseLayers();
            formula.addAll(between.isEmpty() ? Formulas.output()
                    : Formulas.stackedOutput(between.stream().map(l -> l.activation().key()).toList()));
            String head = trace == null ? "linear" : trace.lesson().headActivation().key();
            if (!head.equals("linear")) {
                formula.add(TextRun.normal("     "));
                formula.addAll(Formulas.activatedOutput(head));
            }
        }
        out.add(new Text(Metrics.MARGIN, y + Metrics.FORMULA_DROP, formula, Typography.FORMULA_SIZE, false,
                Paint.of(theme.ink()), Anchor.START));
        legend(Metrics.MARGIN, y + Metrics.LEGEND_DROP);
    }

    private void legend(double x, double y) {
        int steps = LEGEND_STEPS;
        double width = Metrics.LEGEND_WIDTH;
        double height = Metrics.LEGEND_BAR_HEIGHT;
        double cell = width / steps;
        for (int i = 0; i < steps; i++) {
            double v = -1 + 2.0 * (i + 0.5) / steps;
            out.add(Rect.plain(x + i * cell, y, cell + Metrics.LEGEND_STEP_OVERLAP, height, 0, Paint.of(palette.rgb(v, 1)),
                    Stroke.NONE));
        }
        out.add(Rect.plain(x, y, width, height, 0, Paint.NONE, Stroke.solid(theme.muted(), 0.8)));
        Paint muted = Paint.of(theme.muted());
        double ticks = y + Metrics.LEGEND_TICK_BASELINE;
        String end = ValueFormat.threeDigits(scales.h());
        out.add(text(x, ticks, Typography.LEGEND_SIZE, false, muted, Anchor.START, TextRun.normal("\u2212" + end)));
        out.add(text(x + width / 2, ticks, Typography.LEGEND_SIZE, false, muted, Anchor.MIDDLE, TextRun.normal("0")));
        out.add(text(x + width, ticks, Typography.LEGEND_SIZE, false, muted, Anchor.END, TextRun.normal("+" + end)));
        String note = say("diagram.legend", ValueFormat.threeDigits(scales.x()), ValueFormat.threeDigits(scales.a()))
                + (look.head() ? say("diagram.legendOutput", ValueFormat.threeDigits(scales.o())) : "");
        double notes = x + width + Metrics.LEGEND_NOTE_GAP;
        out.add(text(notes, y + Metrics.LEGEND_NOTE_BASELINE, Typography.LEGEND_SIZE, false, muted, Anchor.START,
                TextRun.normal(note)));
        if (showsNonFinite) {
            NonFiniteMark.legendEntry(out, notes, y + Metrics.LEGEND_ROW, muted);
        }
        if (backward != null) {
            // a row of its own under the values' legend, so the footer grows no wider than the forward picture's
            gradientLegend(x, y + Metrics.GRADIENT_LEGEND_DROP);
        }
    }

    /**
     * The gradients' scale: a bar from the smallest magnitude it tells apart, {@value Theme.GradientScale#DECADES}
     * powers of ten below the largest, to the largest, with |δ| and "log" to say what it measures.
     */
    private void gradientLegend(double x, double y) {
        int steps = LEGEND_STEPS;
        double width = Metrics.LEGEND_WIDTH;
        double cell = width / steps;
        Theme.GradientScale scale = theme.gradients();
        for (int i = 0; i < steps; i++) {
            out.add(Rect.plain(x + i * cell, y, cell + Metrics.LEGEND_STEP_OVERLAP, Metrics.LEGEND_BAR_HEIGHT, 0,
                    Paint.of(scale.at((i + 0.5) / steps)), Stroke.NONE));
        }
        out.add(Rect.plain(x, y, width, Metrics.LEGEND_BAR_HEIGHT, 0, Paint.NONE, Stroke.solid(theme.muted(), 0.8)));
        Paint muted = Paint.of(theme.muted());
        double ticks = y + Metrics.LEGEND_TICK_BASELINE;
        double top = backward.scale();
        out.add(text(x, ticks, Typography.LEGEND_SIZE, false, muted, Anchor.START,
                TextRun.normal(ValueFormat.threeDigits(top * Math.pow(10, -Theme.GradientScale.DECADES)))));
        out.add(text(x + width, ticks, Typography.LEGEND_SIZE, false, muted, Anchor.END,
                TextRun.normal(ValueFormat.threeDigits(top))));
        out.add(text(x + width + Metrics.LEGEND_NOTE_GAP, y + Metrics.LEGEND_NOTE_BASELINE, Typography.LEGEND_SIZE, false,
                muted, Anchor.START, TextRun.normal(say("diagram.gradientLegend"))));
    }

    private String stepName(Part part) {
        return part.folded() ? "t" : Integer.toString(part.t());
    }

    private String matrixLetter(PartKind kind) {
        return look.notation().letter(kind);
    }

    private String matrixShape(PartKind kind) {
        List<Dense> between = trace == null ? List.of() : trace.lesson().denseLayers();
        if (kind == PartKind.EDGE_OUTPUT && !between.isEmpty()) {
            // V reads the last Dense layer's outputs, not h_t
            return Shapes.of(layout.dimensions().outputSize(), between.get(between.size() - 1).outputs());
        }
        return DiagramLabels.matrixShape(layout.dimensions(), kind);
    }

    /**
     * The values of {@code part}, remembered for the current step's parts: a step's frames all show
     * them, and a long run's terms are computed again each time they are asked for.
     */
    private double[] valuesOf(Part part) {
        return part.t() == layout.options().t() ? step.values().computeIfAbsent(part, p -> PartValues.vector(trace, p))
                : PartValues.vector(trace, part);
    }

    /** A node's title: its values once they are in place, remembered for the current step's parts, whose frames all write it. */
    private String titleOf(Part part, int length, double[] values, boolean pending) {
        if (pending) {
            return nodeTitle(part, length, null).replace(say("diagram.title.later"), say("diagram.title.flowing"));
        }
        return part.t() == layout.options().t() ? step.titles().computeIfAbsent(part, p -> nodeTitle(p, length, values))
                : nodeTitle(part, length, values);
    }

    private String nodeTitle(Part part, int length, double[] values) {
        boolean parameter = part.kind().isParameter();
        String name = parameter ? part.kind().key()
                : part.kind().key() + "_" + (part.folded() ? "t (t = " + part.t() + ")" : part.t());
        String meaning = say(switch (part.kind()) {
            case X -> "diagram.title.x";
            case H -> part.t() == 0 ? "diagram.title.h0" : "diagram.title.h";
            case B -> "diagram.title.b";
            case A -> "diagram.title.a";
            case C -> "diagram.title.c";
            case Y -> "diagram.title.y";
            default -> "diagram.title.o";
        });
        String shown = values == null ? say("diagram.title.later") : "[" + ValueFormat.join(values, 16) + "]";
        return name + " (" + length + ",), " + meaning + ": " + shown;
    }

    private String edgeTitle(Part part) {
        String letter = matrixLetter(part.kind());
        String shape = matrixShape(part.kind());
        String kerasName = PartValues.kerasName(part.kind());
        String role = switch (part.kind()) {
            case EDGE_INPUT -> say("diagram.title.input") + ": " + letter + "\u00B7x_" + stepName(part);
            case EDGE_RECURRENT -> say("diagram.title.recurrent") + ": " + letter + "\u00B7h_"
                    + (part.folded() ? "t\u22121" : part.t() - 1);
            default -> say("diagram.title.output") + ": " + letter + "\u00B7h_" + stepName(part);
        };
        String stack = part.kind() == PartKind.EDGE_OUTPUT ? denseStack() : "";
        return letter + " " + shape + ", " + role + "; Keras " + kerasName + " = " + letter + "\u1D40"
                + (stack.isEmpty() ? "" : "; " + stack);
    }

    /** "after Dense(3, relu)": the Dense layers the head reads after h_t, or nothing when it reads h_t. */
    private String denseStack() {
        if (trace == null || trace.lesson().denseLayers().isEmpty()) {
            return "";
        }
        return say("diagram.afterDense", DiagramLabels.denseLayers(trace.lesson().denseLayers()));
    }


    /** Message {@code key} in the language in use: the picture's words, never its symbols. */
    private static String say(String key, Object... args) {
        return dev.unroll.i18n.Text.get(key, args);
    }

    private static Text text(double x, double y, double size, boolean bold, Paint fill, Anchor anchor, TextRun... runs) {
        return new Text(x, y, List.of(runs), size, bold, fill, anchor);
    }
}
