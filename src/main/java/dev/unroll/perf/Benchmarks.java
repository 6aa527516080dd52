package dev.unroll.perf;

import java.util.List;

/** Every group of figures the {@code bench} command measures, in the order it prints them. */
public final class Benchmarks {

    private Benchmarks() {
    }

    /** The groups, engine first. */
    public static List<FigureSource> all() {
        return List.of(new EngineFigures(), new ScaleFigures(), new FrameFigures(), new ExportFigures());
    }
}
