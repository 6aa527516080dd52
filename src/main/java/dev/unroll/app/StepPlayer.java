package dev.unroll.app;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * Plays the lesson step by step: a thin clock over {@link DiagramViewState#advance(double)}. The
 * frame timer only measures elapsed time and calls {@link #tick(double)}; tests call it directly.
 */
public final class StepPlayer {

    /** How long one step takes at 1×. */
    public static final double SECONDS_PER_STEP = 2.5;
    /** The speeds offered, slowest first. */
    public static final double[] SPEEDS = {0.25, 0.5, 1, 2, 4};

    private final DiagramViewState state;
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyDoubleWrapper speed = new ReadOnlyDoubleWrapper(this, "speed", 1);
    /** A long stall should not jump several steps at once. */
    private final FrameClock timer = new FrameClock(0.1, this::tick);
    private boolean timerEnabled = true;

    public StepPlayer(DiagramViewState state) {
        this.state = state;
    }

    /** Whether the lesson is playing. */
    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** The speed, 0.25× to 4×. */
    public ReadOnlyDoubleProperty speedProperty() {
        return speed.getReadOnlyProperty();
    }

    /** Plays from where the lesson stands, or from the start when it is at the end. */
    public void play() {
        if (state.atEnd()) {
            state.toStart();
        }
        playing.set(true);
        if (timerEnabled) {
            timer.start();
        }
    }

    /** Stops where the lesson stands. */
    public void pause() {
        playing.set(false);
        timer.stop();
    }

    /** Play or pause. */
    public void toggle() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** Sets the speed, clamped to 0.25× … 4×. */
    public void setSpeed(double factor) {
        speed.set(Math.max(SPEEDS[0], Math.min(SPEEDS[SPEEDS.length - 1], factor)));
    }

    /** Moves the lesson on by {@code seconds} of playing time; stops at the end. */
    public void tick(double seconds) {
        if (playing.get() && !state.advance(seconds * speed.get() / SECONDS_PER_STEP)) {
            pause();
        }
    }

    /** Lets a test drive the clock alone: the frame timer no longer starts. */
    void disableTimer() {
        timerEnabled = false;
        timer.stop();
    }
}
