package dev.unroll.diagram;

import dev.unroll.rnn.Trace;

/**
 * The half-range of the colour scale for each kind of vector: values from −scale to +scale span
 * the palette. h uses ±1 under a bounded activation; x, o and the sum a, and h otherwise, use their
 * largest magnitude over the whole run, so colours mean the same at every step. The bias b is
 * coloured on a's scale, since it is one of a's terms, and c and y on o's.
 */
public record ColourScales(double x, double h, double o, double a) {

    /** ±1 for everything, for a picture without values. */
    public static final ColourScales UNIT = new ColourScales(1, 1, 1, 1);

    /** The scales of a whole run, from the summaries its forward pass kept. */
    public static ColourScales of(Trace trace) {
        boolean bounded = trace.lesson().activation().isBounded();
        return new ColourScales(DivergingPalette.scaleFor(false, trace.maxAbsInput()),
                DivergingPalette.scaleFor(bounded, trace.maxAbsState()),
                DivergingPalette.scaleFor(false, trace.maxAbsOutput()),
                DivergingPalette.scaleFor(false, trace.maxAbsPreActivation()));
    }

    /** The scale for vectors of this kind of node. */
    public double forKind(PartKind kind) {
        return switch (kind) {
            case X -> x;
            case O, C, Y -> o;
            case A, B -> a;
            default -> h;
        };
    }
}
