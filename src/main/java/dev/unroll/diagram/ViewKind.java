package dev.unroll.diagram;

import java.util.Locale;

/** Which picture is drawn. */
public enum ViewKind {
    /** The cell with its recurrent loop, at the current timestep. */
    FOLDED,
    /** One column per timestep, from the initial state h_0. */
    UNROLLED,
    /** Folded on the left, unrolled on the right: the same network. */
    BOTH;

    /** The lower-case name used on the command line and in SVG {@code data-view}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the folded picture is part of this view. */
    public boolean showsFolded() {
        return this != UNROLLED;
    }

    /** Whether the unrolled picture is part of this view. */
    public boolean showsUnrolled() {
        return this != FOLDED;
    }
}
