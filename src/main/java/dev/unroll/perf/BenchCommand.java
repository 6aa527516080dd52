package dev.unroll.perf;

import dev.unroll.rnn.MatrixVectorProduct;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code unroll bench}: measures the engine, the frames, the exports, the start-up and the memory of
 * a long run, and prints one line a figure, {@code NAME median=… p95=… UNIT}, then {@code bench done}.
 * A first line, {@code kernel vector (4 doubles a vector)} or {@code kernel scalar}, says which of the
 * engine's kernels this JVM runs, so that no figure is read without it.
 * It lives here rather than with the other commands because its frame and start-up figures run the
 * window headless: the entry point adds it to the command line, which itself knows nothing of JavaFX.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measures how fast Unroll is on this machine, one line a figure: NAME median=... p95=... UNIT,",
                "after a line that names the engine's kernel: vector where java runs with --add-modules jdk.incubator.vector, else scalar.",
                "Units: us (microseconds), ms (milliseconds), MB (megabytes)."})
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--quick", description = "fewer samples: a smoke run, not a measurement to report")
    private boolean quick;

    @Option(names = "--only", paramLabel = "REGEX", description = "only the figures whose names this matches somewhere, for example engine-step or 'export-(png|svg)'")
    private String only;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Predicate<String> wanted = wanted();
        List<FigureSource> sources = Benchmarks.all();
        if (sources.stream().flatMap(source -> source.names().stream()).noneMatch(wanted)) {
            throw new IllegalArgumentException("--only " + only + " matches no figure; the figures are "
                    + String.join(", ", sources.stream().flatMap(source -> source.names().stream()).toList()));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("kernel " + MatrixVectorProduct.kernel());
        for (FigureSource source : sources) {
            if (source.names().stream().anyMatch(wanted)) {
                source.measure(wanted, quick, figure -> {
                    out.println(figure.line());
                    out.flush();
                });
            }
        }
        out.println("bench done");
        out.flush();
        return 0;
    }

    private Predicate<String> wanted() {
        if (only == null) {
            return name -> true;
        }
        try {
            return Pattern.compile(only).asPredicate();
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("--only " + only + " is not a regular expression: " + e.getDescription());
        }
    }
}
