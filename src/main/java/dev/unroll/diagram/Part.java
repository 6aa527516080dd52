package dev.unroll.diagram;

/**
 * One named part of a diagram, for example "h at t = 3 in the unrolled view" or "the recurrent edge
 * into t = 4". {@code folded} tells which picture the part belongs to; t is 0 only for h_0.
 */
public record Part(boolean folded, PartKind kind, int t) {

    /** The picture's name as SVG {@code data-view} writes it: {@code folded} or {@code unrolled}. */
    public String view() {
        return folded ? "folded" : "unrolled";
    }

    @Override
    public String toString() {
        return kind.key() + " at t = " + t + " (" + view() + ")";
    }
}
