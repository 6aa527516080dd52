package dev.unroll.code;

/**
 * What a line of a generated program does, so that a view can highlight the line being run at each
 * moment of a step without knowing where in the program that line stands.
 */
public enum LineRole {
    /** Imports, sizes, drawing or loading the numbers, helper functions. */
    SETUP,
    /** {@code state_t = h_0}: before the first step. */
    INITIAL_STATE,
    /** {@code for input_t in inputs:}: x_t enters. */
    LOOP,
    /** {@code a_t = W·x_t + U·h_{t−1} + b}. */
    PRE_ACTIVATION,
    /** {@code h_t = act(a_t)}. */
    ACTIVATION,
    /** {@code o_t = V·h_t + c}. */
    OUTPUT,
    /** {@code y_t = headAct(o_t)}. */
    HEAD_ACTIVATION,
    /** Keeping this step's values. */
    COLLECT,
    /** {@code state_t = output_t}: the step is complete and h_t becomes the next step's state. */
    STATE_UPDATE,
    /** After the loop: the (T, …) table of one kind of value, printed as CSV. */
    RESULT
}
