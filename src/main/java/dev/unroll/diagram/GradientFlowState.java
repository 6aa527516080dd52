package dev.unroll.diagram;

/**
 * What the backward flow shows at its phase: how much of each node's gradient is in place and
 * where the travelling gradient is on each edge. Going back, step t's gradients fill in the order
 * of {@link BackwardStage}; every later step's are in place and every earlier step's not yet
 * computed. A function of the options alone, like {@link FlowState}.
 */
final class GradientFlowState {

    /** The share of a stage in which its box fills; for the rest the finished value stands. */
    private static final double FILL = 0.8;

    private final DiagramOptions options;
    private final BackwardStage.Flow flow;
    private final boolean complete;
    private final int timesteps;

    GradientFlowState(DiagramOptions options, int timesteps) {
        this.options = options;
        this.timesteps = timesteps;
        this.flow = options.backwardFlow();
        this.complete = options.moment().phase() >= 1;
    }

    /** Whether this part carries a gradient in the picture: h, a and o and the recurrent and output edges. */
    static boolean carriesGradient(PartKind kind) {
        return switch (kind) {
            case H, A, O, EDGE_RECURRENT, EDGE_OUTPUT -> true;
            default -> false;
        };
    }

    /** The share of a node's gradient in place, from 0 (not yet computed) to 1; the cells fill in order. */
    double shown(Part node) {
        int t = options.t();
        if (node.t() != t) {
            return node.t() > t ? 1 : 0;
        }
        if (complete) {
            return 1;
        }
        return switch (node.kind()) {
            case O -> filling(BackwardStage.LOSS);
            case H -> filling(BackwardStage.STATE);
            case A -> filling(BackwardStage.SUM);
            default -> 1;
        };
    }

    private double filling(BackwardStage stage) {
        if (flow.stage() != stage) {
            return flow.stage().ordinal() > stage.ordinal() ? 1 : 0;
        }
        return Math.max(0, Math.min(1, flow.fraction() / FILL));
    }

    /** Whether the gradient is travelling along this edge right now. */
    boolean active(Part edge) {
        if (complete) {
            return false;
        }
        int t = options.t();
        return switch (edge.kind()) {
            case EDGE_OUTPUT -> edge.t() == t && flow.stage() == BackwardStage.OUTPUT;
            // the recurrent edge into step t + 1 carries δa_{t+1} back to h_t; the folded loop stands for it
            case EDGE_RECURRENT -> flow.stage() == BackwardStage.RECURRENT
                    && (edge.folded() ? edge.t() == t && t < timesteps : edge.t() == t + 1);
            default -> false;
        };
    }

    /** Whether this edge has carried its gradient back already, or carries it now. */
    boolean carried(Part edge) {
        if (active(edge)) {
            return true;
        }
        if (edge.folded()) {
            return false;
        }
        int t = options.t();
        return switch (edge.kind()) {
            case EDGE_OUTPUT -> edge.t() > t || edge.t() == t && (complete || flow.stage().ordinal() > BackwardStage.OUTPUT.ordinal());
            case EDGE_RECURRENT -> edge.t() > t + 1
                    || edge.t() == t + 1 && (complete || flow.stage().ordinal() > BackwardStage.RECURRENT.ordinal());
            default -> false;
        };
    }

    /**
     * How far back along its route the travelling gradient is, in [0, 1] from the edge's tip (1) to its
     * start (0), as a share of the route from its start; NaN when nothing travels on this edge.
     */
    double packetAt(Part edge) {
        if (!active(edge) || options.interaction().reducedMotion()) {
            return Double.NaN;
        }
        return 1 - flow.fraction();
    }

    /** Whether the loss's gradient is arriving at this step's output (at h_t without a head). */
    boolean arriving(Part node) {
        return !complete && node.t() == options.t() && flow.stage() == BackwardStage.LOSS
                && (node.kind() == PartKind.O || node.kind() == PartKind.Y || !options.look().head() && node.kind() == PartKind.H);
    }

    /** Whether δh_t is being summed or δa_t formed in this node right now. */
    boolean forming(Part node) {
        return !complete && node.t() == options.t()
                && (node.kind() == PartKind.H && flow.stage() == BackwardStage.STATE
                || node.kind() == PartKind.A && flow.stage() == BackwardStage.SUM);
    }
}
