package dev.unroll.diagram;

/**
 * What the flow of the current step shows at its phase: how much of each node's new value is in
 * place and where the travelling value is on each edge. A function of the options alone, so any
 * phase can be drawn, and tested, without running a clock.
 */
final class FlowState {

    /**
     * The share of a stage in which its box fills; for the rest the finished value stands, so no
     * stage ends with a box half filled.
     */
    private static final double FILL = 0.8;
    /** The share of the output stage spent travelling; then o_t fills, then y_t. */
    private static final double OUTPUT_TRAVEL = 0.4;
    /** The share of the output stage by which o_t is full and y_t starts to fill. */
    private static final double OUTPUT_FILLED = 0.6;

    private final DiagramOptions options;
    private final Stage.Flow flow;

    FlowState(DiagramOptions options) {
        this.options = options;
        this.flow = options.flow();
    }

    private boolean current(Part part) {
        return options.moment().inFlight() && part.t() == options.t();
    }

    /**
     * The share of a node's new value that is in place, from 0 (none yet) to 1 (all). Cells fill in
     * order, so with a fraction f the first f·length cells show the new value.
     */
    double shown(Part node) {
        if (!current(node)) {
            return 1;
        }
        return switch (node.kind()) {
            case A -> filling(Stage.SUM, 0, FILL);
            case H -> filling(Stage.ACTIVATE, 0, FILL);
            case O -> filling(Stage.OUTPUT, OUTPUT_TRAVEL, OUTPUT_FILLED);
            case Y -> filling(Stage.OUTPUT, OUTPUT_FILLED, FILL);
            default -> 1;
        };
    }

    /** How full a box is that fills from {@code from} to {@code to} of {@code stage}: 0 before, 1 after. */
    private double filling(Stage stage, double from, double to) {
        if (flow.stage() != stage) {
            return flow.stage().ordinal() > stage.ordinal() ? 1 : 0;
        }
        return Math.max(0, Math.min(1, (flow.fraction() - from) / (to - from)));
    }

    /** Whether the folded cell still shows the entering state h_{t−1} where h_t is not yet in place. */
    boolean showsPreviousState(Part node) {
        return node.folded() && node.kind() == PartKind.H && current(node) && node.t() >= 1;
    }

    /** Whether this edge is carrying a value right now. */
    boolean active(Part edge) {
        if (!current(edge)) {
            return false;
        }
        return switch (edge.kind()) {
            case EDGE_INPUT -> flow.stage() == Stage.INPUT;
            case EDGE_RECURRENT -> flow.stage() == Stage.RECURRENT;
            case EDGE_OUTPUT -> flow.stage() == Stage.OUTPUT && flow.fraction() < OUTPUT_TRAVEL;
            default -> false;
        };
    }

    /** How far along its route the travelling value is, in [0, 1]; NaN when nothing travels on this edge. */
    double packetAt(Part edge) {
        if (!active(edge) || options.interaction().reducedMotion()) {
            return Double.NaN;
        }
        return edge.kind() == PartKind.EDGE_OUTPUT ? flow.fraction() / OUTPUT_TRAVEL : flow.fraction();
    }

    /** Whether the sum a_t is forming beside h_t's box (the strip's and the box's outlines are drawn in the accent colour). */
    boolean summing(Part node) {
        return current(node) && (node.kind() == PartKind.H || node.kind() == PartKind.A) && flow.stage() == Stage.SUM;
    }
}
