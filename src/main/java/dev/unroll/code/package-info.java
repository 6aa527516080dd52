/**
 * Python programs, using numpy alone, that compute a lesson exactly as Unroll does: the same draws
 * from the same seed, or the same files, the same activations and the same order of operations. The
 * window's Code panel shows one and the {@code code} command writes one, so that a student can check
 * every number on screen by hand.
 */
package dev.unroll.code;
