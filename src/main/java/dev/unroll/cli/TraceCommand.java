package dev.unroll.cli;

import dev.unroll.rnn.Lesson;
import dev.unroll.rnn.LessonSpec;
import dev.unroll.rnn.Trace;
import dev.unroll.rnn.TraceMonitor;
import dev.unroll.rnn.ValueKind;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code unroll trace}: runs a lesson and prints one CSV line per timestep t = 1 … T, each value
 * written with {@link Double#toString(double)} so that it reads back to the same double. With
 * {@code --every K} only t = K, 2K, … and the last step are printed, each line led by its t, since
 * the lines no longer count the steps. The lesson is a recipe (a preset with options), real weights
 * and inputs from files, a saved lesson file, or a trained Keras model run on inputs from a file. The run is streamed, not kept: memory holds the
 * lesson and two states, however long the run. A run that overflows prints {@code Infinity} or
 * {@code NaN} as the arithmetic gives them, exits 0, and says once on standard error where the first
 * one appeared, printed or not.
 */
@Command(name = "trace", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Prints h_t (or a_t, o_t, y_t) for t = 1..T as CSV: one line per timestep, no header.")
final class TraceCommand implements Callable<Integer> {

    @Mixin
    private LessonOptions lessonOptions;

    @Option(names = "--values", paramLabel = "KIND", description = "h (default), a, o or y; o and y need an output head")
    private ValueKind values = ValueKind.H;

    @Option(names = "--every", paramLabel = "K", description = {
        "print only t = K, 2K, ... and the last step T, each line led by its t: t,v1,v2,...",
        "(without --every, every step is printed and lines carry no t)"})
    private Integer every;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if (every != null && every < 1) {
            throw new IllegalArgumentException("--every must be at least 1, got " + every);
        }
        ModelOptions model = lessonOptions.model();
        LessonInputOptions files = lessonOptions.files();
        Lesson lesson;
        if (lessonOptions.keras().given()) {
            lesson = lessonOptions.keras().file(model, files).source().build();
            requireHead(lesson.dimensions().hasHead(), "the model has no Dense layer");
        } else if (files.fromFiles()) {
            lesson = files.read(model).lesson();
            requireHead(lesson.dimensions().hasHead(), files.lessonPath() != null
                    ? "the lesson has none (K = 0)"
                    : "the weights have none: add V and c (Keras: dense_kernel and dense_bias, or arr_3 and arr_4)");
        } else {
            LessonSpec recipe = model.toSpec();
            requireHead(recipe.dimensions().hasHead(), "give --output-size K with K > 0");
            lesson = recipe.build();
        }
        int last = lesson.dimensions().timesteps();
        PrintWriter out = spec.commandLine().getOut();
        StringBuilder line = new StringBuilder();
        String[] overflow = new String[1];
        Trace.stream(lesson, values, TraceMonitor.NONE, (row, t) -> {
            int nonFinite = overflow[0] == null ? NonFiniteNotice.firstIn(row) : -1;
            if (nonFinite >= 0) {
                overflow[0] = NonFiniteNotice.line(values, t, nonFinite, row[nonFinite]);
            }
            if (every != null && t % every != 0 && t != last) {
                return;
            }
            line.setLength(0);
            if (every != null) {
                line.append(t).append(',');
            }
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    line.append(',');
                }
                line.append(row[i]);
            }
            out.println(line);
        });
        out.flush();
        // after the numbers, so that on a terminal it is the last thing in view
        if (overflow[0] != null) {
            spec.commandLine().getErr().println(overflow[0]);
        }
        return 0;
    }

    private void requireHead(boolean hasHead, String advice) {
        if (values.needsHead() && !hasHead) {
            throw new IllegalArgumentException("--values " + values.key() + " needs an output head: " + advice);
        }
    }
}
