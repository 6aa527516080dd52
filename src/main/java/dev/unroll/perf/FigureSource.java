package dev.unroll.perf;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** A group of bench figures that share their set-up: the engine's, the frames', the exports'. */
public interface FigureSource {

    /** The names of the figures this source measures, in the order it prints them. */
    List<String> names();

    /**
     * Measures the figures whose names {@code wanted} accepts and hands each to {@code out} as soon as
     * it is known. {@code quick} takes fewer samples, for a smoke run; the figures keep their meaning.
     */
    void measure(Predicate<String> wanted, boolean quick, Consumer<Figure> out) throws Exception;
}
