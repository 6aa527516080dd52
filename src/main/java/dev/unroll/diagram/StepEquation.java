package dev.unroll.diagram;

import dev.unroll.rnn.Step;
import dev.unroll.rnn.Trace;

/**
 * The numbers of step t's equation for one unit i, as far as the flow has reached:
 * {@code h_t[i] = act(W·x part + U·h part + b[i]) = act(a_t[i]) = h_t[i]}. A value whose stage has
 * not begun yet is a question mark, so the class can guess it first. The Equation tab, the
 * presentation's heads-up line and the exported equation ({@link EquationPicture}) all write the step
 * from this one source.
 *
 * @param t          the step, 1 … T
 * @param unit       the unit i, 0-based
 * @param activation the activation's name, as in {@code tanh}
 * @param input      Σ_j W[i,j]·x_t[j], or "?"
 * @param recurrent  Σ_j U[i,j]·h_{t−1}[j], or "?"
 * @param bias       b[i]
 * @param sum        a_t[i], or "?"
 * @param state      h_t[i], or "?"
 */
public record StepEquation(int t, int unit, String activation, String input, String recurrent, String bias, String sum,
                    String state) {

    /** Step {@code t} (1 … T) of {@code trace} for unit {@code unit}, with {@code inFlight} the stage forming (null once the step is complete). */
    public static StepEquation of(Trace trace, int t, int unit, Stage inFlight) {
        return of(trace.step(t), t, unit, trace.lesson().activation().key(), inFlight);
    }

    /** Step {@code t} already read from its trace, for unit {@code unit}, under the activation named {@code activation}. */
    public static StepEquation of(Step step, int t, int unit, String activation, Stage inFlight) {
        return new StepEquation(t, unit, activation,
                reached(inFlight, Stage.INPUT, step.wx()[unit]), reached(inFlight, Stage.RECURRENT, step.uh()[unit]),
                ValueFormat.threeDigits(step.b()[unit]), reached(inFlight, Stage.SUM, step.a()[unit]),
                reached(inFlight, Stage.ACTIVATE, step.h()[unit]));
    }

    /** The value once the flow has reached {@code stage}; a question mark before. */
    private static String reached(Stage inFlight, Stage stage, double value) {
        return inFlight != null && inFlight.ordinal() < stage.ordinal() ? "?" : ValueFormat.threeDigits(value);
    }

    /** The whole step on one line: h₃[0] = tanh(0.412 + −0.187 + 0.050) = tanh(0.275) = 0.268. */
    public String oneLine() {
        return "h" + ValueFormat.subscript(t) + "[" + unit + "] = " + activation + "(" + input + " + " + recurrent + " + " + bias
                + ") = " + activation + "(" + sum + ") = " + state;
    }
}
