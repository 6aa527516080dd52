package dev.unroll.rnn;

/**
 * Every term of one step t (1-based), as copies the caller may keep:
 * {@code a_t = W·x_t + U·h_{t−1} + b}, {@code h_t = act(a_t)}, {@code o_t = V·h_t + c},
 * {@code y_t = headAct(o_t)}. Without a head, {@code o} and {@code y} are empty. Being arrays, the
 * components compare by identity in {@code equals}; compare them with {@code Arrays.equals}.
 */
public record Step(int t, double[] x, double[] hPrev, double[] wx, double[] uh, double[] b,
                   double[] a, double[] h, double[] o, double[] y) {
}
