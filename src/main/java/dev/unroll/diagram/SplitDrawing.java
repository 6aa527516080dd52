package dev.unroll.diagram;

/**
 * One {@link Drawing} sorted into what a screen keeps in place and what it scrolls, for a view that
 * pins the folded cell at the left while a long unrolled chain moves beside it. {@code pinned} holds
 * the folded cell, the "= unroll" between the pictures, the captions, the formula and the colour key;
 * {@code chain} holds the unrolled columns and the band on the current step. Each keeps the painting
 * order of {@code whole}, and together they hold exactly its elements. {@code pinned} has no
 * background, since it is painted over the chain; {@code chain} has the whole drawing's.
 */
public record SplitDrawing(Drawing whole, Drawing pinned, Drawing chain) {
}
