package dev.unroll.cli;

import dev.unroll.files.AtomicFiles;
import dev.unroll.io.LessonSource;
import dev.unroll.io.NdArray;
import dev.unroll.io.WeightsExport;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code unroll weights --out FILE.npz}: writes a lesson's numbers (weights, inputs and initial
 * state) as float64 arrays that numpy loads and {@code trace --weights} reads back to the same bits,
 * under Unroll's names or Keras's; {@code --out DIR/} writes one CSV file per array instead.
 */
@Command(name = "weights", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Writes a lesson's numbers (W, U, b, [V, c,] x, h0) as an .npz of float64 arrays, or one CSV file per array.")
final class WeightsCommand implements Callable<Integer> {

    @Mixin
    private LessonOptions lessonOptions;

    @Option(names = "--out", paramLabel = "FILE.npz|DIR/", required = true,
            description = "an .npz to write, or a folder (a name ending in /, or one that exists) for one CSV file per array")
    private String out;

    @Option(names = "--names", paramLabel = "NAMES",
            description = "unroll (W, U, b, V, c, x, h0; the default) or keras (kernel = W^T, recurrent_kernel = U^T, bias, "
                    + "dense_kernel = V^T, dense_bias, x)")
    private WeightsExport.Names names = WeightsExport.Names.UNROLL;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path target = CommandLineText.path(out);
        boolean folder = isFolder(out, target);
        LessonSource source = lessonOptions.lesson().source();
        // Every target is checked before any numbers are drawn, so a typo fails at once even for a lesson
        // that takes seconds, and an input is refused before any file is written.
        for (Path file : folder ? WeightsExport.csvFiles(target, WeightsExport.names(source.dimensions(), source.hasEmbedding(), names))
                : List.of(target)) {
            AtomicFiles.requireNotInput(file, lessonOptions.inputFiles());
            AtomicFiles.check(file);
        }
        Map<String, NdArray> arrays = WeightsExport.arrays(source.build(), names);
        StringBuilder written = new StringBuilder();
        arrays.forEach((name, a) -> written.append(written.length() == 0 ? "" : ", ").append(name).append(' ').append(a.shape()));
        PrintWriter stdout = spec.commandLine().getOut();
        List<Path> wrote = WeightsExport.write(target, folder, arrays);
        stdout.println(folder ? "wrote " + wrote.size() + " CSV files in " + out + ": " + written : "wrote " + out + ": " + written);
        stdout.flush();
        return 0;
    }

    /**
     * A name ending in a separator, or a folder that exists, takes one CSV file per array; a name
     * ending in .npz is always the archive, so a folder of that name is refused rather than filled.
     */
    private static boolean isFolder(String name, Path path) {
        if (name.endsWith("/") || name.endsWith(File.separator)) {
            return true;
        }
        if (name.toLowerCase(Locale.ROOT).endsWith(".npz")) {
            return false;
        }
        if (Files.isDirectory(path)) {
            return true;
        }
        throw new IllegalArgumentException("--out " + name + ": neither an .npz nor a folder; expected a name ending in .npz, "
                + "or a folder (a name ending in /) for one CSV file per array");
    }
}
