/**
 * The {@code bench} command's measurements: how fast the engine steps, a frame paints, an export
 * writes and the window starts, and how much memory a long run holds, printed one figure a line.
 */
package dev.unroll.perf;
