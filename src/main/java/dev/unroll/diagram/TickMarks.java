package dev.unroll.diagram;

import java.util.ArrayList;
import java.util.List;

/** Evenly spaced, round-numbered axis ticks over 1-based indices. */
public final class TickMarks {

    private TickMarks() {
    }

    /**
     * Ticks over 1 … {@code count}, at most {@code maxTicks} of them, always starting at 1: with a
     * step of 1, 2 or 3 they run 1, 1 + step, 1 + 2·step, …; with a larger round step (5, 10, 20, 50, …)
     * they are 1 and the step's multiples, as an axis of 1-based indices is usually read.
     */
    public static List<Integer> over(int count, int maxTicks) {
        int step = niceStep(count, Math.max(2, maxTicks));
        List<Integer> ticks = new ArrayList<>();
        if (step < 5) {
            for (long v = 1; v <= count; v += step) {
                ticks.add((int) v);
            }
            return ticks;
        }
        ticks.add(1);
        for (long v = step; v <= count; v += step) {
            ticks.add((int) v);
        }
        return ticks;
    }

    /** Ticks over 0 … {@code count} − 1, for 0-based indices such as a vector's components: 0 and the step's multiples. */
    public static List<Integer> fromZero(int count, int maxTicks) {
        int step = niceStep(count, Math.max(2, maxTicks));
        List<Integer> ticks = new ArrayList<>();
        for (long v = 0; v < count; v += step) {
            ticks.add((int) v);
        }
        return ticks;
    }

    /**
     * The decades of a log axis from 10^{@code low} to 10^{@code high}, as exponents, at most
     * {@code maxTicks} of them: every decade when they fit, else every second, third, fifth, tenth, …
     * decade, always at multiples of that step so that 10⁰ is among them whenever it is in range.
     */
    public static List<Integer> decades(int low, int high, int maxTicks) {
        int count = high - low + 1;
        int step = niceStep(count, Math.max(2, maxTicks));
        List<Integer> ticks = new ArrayList<>();
        for (int e = Math.floorDiv(low + step - 1, step) * step; e <= high; e += step) {
            ticks.add(e);
        }
        return ticks;
    }

    private static int niceStep(int count, int maxTicks) {
        long step = 1;
        int[] multipliers = {1, 2, 3, 5};
        while (true) {
            for (int m : multipliers) {
                long candidate = step * m;
                // 3 only below 5, where it gives 1, 4, 7, …; above, steps stay 1-2-5 round
                boolean round = m != 3 || step == 1;
                if (round && (count - 1) / candidate + 1 <= maxTicks) {
                    return (int) candidate;
                }
            }
            step *= 10;
        }
    }
}
