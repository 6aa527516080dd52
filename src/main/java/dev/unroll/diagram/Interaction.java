package dev.unroll.diagram;

import java.util.Objects;

/**
 * What only the window adds to the picture: whether movement is replaced by fades, what a glossary
 * term points at, and the part the user selected (or null).
 */
public record Interaction(boolean reducedMotion, Highlight highlight, Part selected) {

    /** Full motion, nothing highlighted or selected: what an export draws. */
    public static final Interaction NONE = new Interaction(false, Highlight.NONE, null);

    public Interaction {
        Objects.requireNonNull(highlight, "highlight");
    }

    public Interaction withReducedMotion(boolean r) {
        return new Interaction(r, highlight, selected);
    }

    public Interaction withHighlight(Highlight h) {
        return new Interaction(reducedMotion, h, selected);
    }
}
