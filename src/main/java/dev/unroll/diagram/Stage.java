package dev.unroll.diagram;

/**
 * The stages of one step, in the order the values flow: x_t travels in and W·x_t forms, h_{t−1}
 * travels round and U·h_{t−1} forms, the sum with b gives a_t, the activation fills h_t, and with
 * the head V·h_t gives o_t.
 */
public enum Stage {
    /** x_t along the input edge: W·x_t. */
    INPUT,
    /** h_{t−1} along the recurrent edge: U·h_{t−1}. */
    RECURRENT,
    /** a_t = W·x_t + U·h_{t−1} + b. */
    SUM,
    /** h_t = act(a_t). */
    ACTIVATE,
    /** o_t = V·h_t + c, and y_t. Only with the head. */
    OUTPUT;

    /** How many stages a step has: five with the head, four without. */
    public static int count(boolean head) {
        return head ? 5 : 4;
    }

    /**
     * Where a step's phase in [0, 1] falls: the stage and how far through it. Phase 1 is the step
     * complete, reported as the last stage at fraction 1.
     */
    public static Flow at(double phase, boolean head) {
        int n = count(head);
        double scaled = Math.max(0, Math.min(1, phase)) * n;
        int index = Math.min(n - 1, (int) Math.floor(scaled));
        return new Flow(values()[index], scaled - index);
    }

    /** The phase at which this stage starts. */
    public double start(boolean head) {
        return (double) ordinal() / count(head);
    }

    /** A stage and the fraction of it done, in [0, 1]. */
    public record Flow(Stage stage, double fraction) {
    }
}
