package dev.unroll.app;

/**
 * Plays the morph between the folded and the unrolled picture: a thin clock over
 * {@link DiagramViewState#advanceMorph(double)}, started when a morph starts. The frame timer only
 * measures elapsed time and calls {@link #tick(double)}; tests call it directly.
 */
public final class MorphClock {

    /** How long a morph takes: long enough to follow the loop unfurling, short enough not to keep a class waiting. */
    public static final double SECONDS = 0.7;

    private final DiagramViewState state;
    private boolean timerEnabled = true;
    /**
     * A stalled frame moves the morph on by at most a quarter of a second: a slow screen still sees it in
     * three frames or more, and does not wait much longer than the morph's length.
     */
    private final FrameClock timer = new FrameClock(0.25, this::tick);

    public MorphClock(DiagramViewState state) {
        this.state = state;
        state.morphFromProperty().addListener((obs, old, now) -> {
            if (now == null || !timerEnabled) {
                timer.stop();
            } else {
                timer.start();
            }
        });
    }

    /** Moves the running morph on by {@code seconds}; the timer stops once it has reached its view. */
    public void tick(double seconds) {
        if (!state.advanceMorph(seconds / SECONDS)) {
            timer.stop();
        }
    }

    /** Lets a test drive the clock alone: the frame timer no longer starts. */
    void disableTimer() {
        timerEnabled = false;
        timer.stop();
    }
}
