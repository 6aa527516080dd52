package dev.unroll.diagram;

import java.util.ArrayList;
import java.util.List;

/** Evenly spaced, round-numbered axis ticks over 1-based indices. */
public final class TickMarks {

    private TickMarks() {
    }

    /**
     * Ticks over 1 … {@code count}: 1 and then the multiples of a step from 1, 2, 5, 10, 20, 50, …
     * chosen so that at most {@code maxTicks} are returned.
     */
    public static List<Integer> over(int count, int maxTicks) {
        int step = niceStep(count, Math.max(1, maxTicks));
        List<Integer> ticks = new ArrayList<>();
        ticks.add(1);
        for (long v = step; v <= count; v += step) {
            if (v > 1) {
                ticks.add((int) v);
            }
        }
        return ticks;
    }

    private static int niceStep(int count, int maxTicks) {
        long step = 1;
        int[] multipliers = {1, 2, 5};
        while (true) {
            for (int m : multipliers) {
                long candidate = step * m;
                if (count / candidate + 1 <= maxTicks) {
                    return (int) candidate;
                }
            }
            step *= 10;
        }
    }
}
