package dev.unroll.cli;

import dev.unroll.rnn.LessonSpec;
import dev.unroll.rnn.Trace;
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
 * written with {@link Double#toString(double)} so that it reads back to the same double.
 */
@Command(name = "trace", mixinStandardHelpOptions = true,
        description = "Prints h_t (or a_t, o_t, y_t) for t = 1..T as CSV: one line per timestep, no header.")
final class TraceCommand implements Callable<Integer> {

    @Mixin
    private ModelOptions model;

    @Option(names = "--values", paramLabel = "KIND", converter = Converters.ValueKindConverter.class,
            description = "h (default), a, o or y; o and y need an output head")
    private ValueKind values = ValueKind.H;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        LessonSpec lessonSpec = model.toSpec();
        if (values.needsHead() && !lessonSpec.dimensions().hasHead()) {
            throw new IllegalArgumentException("--values " + values.key()
                    + " needs an output head: give --output-size K with K > 0");
        }
        Trace trace = Trace.run(lessonSpec.build());
        PrintWriter out = spec.commandLine().getOut();
        StringBuilder line = new StringBuilder();
        for (int t = 1; t <= trace.timesteps(); t++) {
            line.setLength(0);
            double[] row = trace.values(values, t);
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    line.append(',');
                }
                line.append(row[i]);
            }
            out.println(line);
        }
        out.flush();
        return 0;
    }
}
