package dev.unroll.cli;

import dev.unroll.rnn.Trace;
import dev.unroll.rnn.ValueKind;

/**
 * The one line a command writes on standard error when a run overflows: where the first infinity or
 * NaN appeared. The numbers are still printed and drawn as the arithmetic gives them, and the exit
 * status stays 0; the line only keeps an overflow from passing unnoticed in a long CSV.
 */
final class NonFiniteNotice {

    private NonFiniteNotice() {
    }

    /** The index of the first infinity or NaN in {@code row}, or −1 when all are finite. */
    static int firstIn(double[] row) {
        for (int i = 0; i < row.length; i++) {
            if (!Double.isFinite(row[i])) {
                return i;
            }
        }
        return -1;
    }

    /** The notice for {@code kind}_t[i] = {@code value}, the first value of the run that is not finite. */
    static String line(ValueKind kind, int t, int i, double value) {
        String name = kind.key();
        String what = Double.isNaN(value) ? "becomes NaN (not a number)"
                : value > 0 ? "overflows to infinity" : "overflows to minus infinity";
        return "unroll: " + name + " " + what + " at t = " + t + ", first in unit " + i + " (" + name + "_" + t + "[" + i
                + "]); the values from there on include Infinity or NaN";
    }

    /**
     * The notice for the earliest infinity or NaN in h or in o of a whole run (h first at the same
     * step, since o is computed from it); null when there is none. o can overflow before h: V·h_t
     * sums N values that are each finite. Only the step of the first overflow is read again.
     */
    static String forRun(Trace trace) {
        int stateStep = trace.firstNonFiniteStep();
        int outputStep = trace.firstNonFiniteOutputStep();
        if (outputStep > 0 && (stateStep == 0 || outputStep < stateStep)) {
            double[] o = trace.values(ValueKind.O, outputStep);
            int i = firstIn(o);
            return line(ValueKind.O, outputStep, i, o[i]);
        }
        if (stateStep == 0) {
            return null;
        }
        double[] h = trace.state(stateStep);
        int i = firstIn(h);
        return line(ValueKind.H, stateStep, i, h[i]);
    }
}
