package dev.unroll.diagram;

/**
 * Where playback stands, the part of the picture that changes every frame: the current timestep t
 * (0 shows only h_0) and how far its step has flowed, {@code phase} in [0, 1], 1 when complete. Going
 * {@code backward}, the forward pass is complete and t is the step the gradient is flowing back
 * through: ∂L/∂h is in place for every later step, and step t's stages run as {@link BackwardStage}
 * orders them.
 */
public record Moment(int t, double phase, boolean backward) {

    /** A moment of the forward pass. */
    public Moment(int t, double phase) {
        this(t, phase, false);
    }

    public Moment {
        if (t < 0) {
            throw new IllegalArgumentException("timestep must not be negative, got " + t);
        }
        if (!(phase >= 0 && phase <= 1)) {
            throw new IllegalArgumentException("phase must be between 0 and 1, got " + phase);
        }
    }

    /** Step t complete: what a still picture shows. */
    public static Moment complete(int t) {
        return new Moment(t, 1);
    }

    /** Whether step t is still flowing forward (0 &lt; t and phase &lt; 1, not going backward). */
    public boolean inFlight() {
        return !backward && t > 0 && phase < 1;
    }

    /** Whether the gradient is still flowing back through step t. */
    public boolean flowingBack() {
        return backward && phase < 1;
    }
}
