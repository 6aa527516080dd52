package dev.unroll.rnn;

/**
 * Array shapes written as numpy prints them, so that the importers' messages, the diagram's labels
 * and the window's panels all write a shape the same way a numpy user reads it.
 */
public final class Shapes {

    private Shapes() {
    }

    /** A shape as numpy prints it: {@code ()}, {@code (64,)} with its trailing comma, or {@code (64, 32)}. */
    public static String of(long... dims) {
        if (dims.length == 1) {
            return "(" + dims[0] + ",)";
        }
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < dims.length; i++) {
            sb.append(i > 0 ? ", " : "").append(dims[i]);
        }
        return sb.append(')').toString();
    }

    /** The shapes of one step's sum and its result, {@code (N, M)·(M,) + (N, N)·(N,) + (N,) → (N,)}. */
    public static String oneStep(Dimensions d) {
        String state = of(d.units());
        return of(d.units(), d.inputFeatures()) + "\u00B7" + of(d.inputFeatures()) + " + " + of(d.units(), d.units())
                + "\u00B7" + state + " + " + state + " \u2192 " + state;
    }
}
