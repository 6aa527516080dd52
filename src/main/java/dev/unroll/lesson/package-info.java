/**
 * What a lesson asks of a class, worked out from the lesson's own numbers: the quiz's questions
 * and their answers. Pure Java over the engine's trace, with no JavaFX, so the questions are tested
 * without a screen and the window only shows them.
 */
package dev.unroll.lesson;
