package dev.unroll.app;

import java.util.Arrays;

/**
 * The losses of a training run so far, step by step: an immutable view of the first {@link #size()}
 * points. Appending makes a new history that shares the arrays while they have room, so a run of
 * many steps is not copied at every frame; the points a history holds never change.
 */
final class LossHistory {

    /** No points. */
    static final LossHistory EMPTY = new LossHistory(new int[16], new double[16], 0, 1);

    private final int[] steps;
    private final double[] losses;
    private final int size;
    private final int totalSteps;

    private LossHistory(int[] steps, double[] losses, int size, int totalSteps) {
        this.steps = steps;
        this.losses = losses;
        this.size = size;
        this.totalSteps = totalSteps;
    }

    /** An empty history of a run of {@code total} steps. */
    static LossHistory of(int total) {
        return new LossHistory(new int[16], new double[16], 0, Math.max(1, total));
    }

    /**
     * This history with the point (step, loss) after its last. Only the newest history may be appended
     * to: the arrays it shares with an older one are written past that one's end.
     */
    LossHistory with(int step, double loss) {
        int[] s = steps;
        double[] l = losses;
        if (size == s.length) {
            s = Arrays.copyOf(s, size * 2);
            l = Arrays.copyOf(l, size * 2);
        }
        s[size] = step;
        l[size] = loss;
        return new LossHistory(s, l, size + 1, totalSteps);
    }

    int size() {
        return size;
    }

    /** The number of steps the run was asked for: the width of the curve's axis. */
    int totalSteps() {
        return totalSteps;
    }

    int step(int i) {
        return steps[i];
    }

    double loss(int i) {
        return losses[i];
    }

    /** The loss of the first point, or NaN when there is none. */
    double first() {
        return size == 0 ? Double.NaN : losses[0];
    }

    /** The loss of the last point, or NaN when there is none. */
    double last() {
        return size == 0 ? Double.NaN : losses[size - 1];
    }
}
