package dev.unroll.cli;

import dev.unroll.code.NumpyProgram;
import dev.unroll.diagram.Notation;
import dev.unroll.files.AtomicFiles;
import dev.unroll.io.LessonSource;
import dev.unroll.rnn.ValueKind;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code unroll code}: the Python program, numpy only, that computes the lesson as Unroll does and
 * prints what {@code unroll trace} prints with the same options, so that every number can be checked
 * outside the app.
 */
@Command(name = "code", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Writes a Python program (numpy only) that computes the lesson as Unroll does and prints "
                + "the same CSV as trace with the same options.")
final class CodeCommand implements Callable<Integer> {

    @Mixin
    private LessonOptions lessonOptions;

    @Option(names = "--values", paramLabel = "KIND",
            description = "what the program prints: h (default), a, o or y; o and y need an output head")
    private ValueKind values = ValueKind.H;

    @Option(names = "--notation", paramLabel = "NAME",
            description = "the letters of the matrices: keras (default; W input, U recurrent) or goodfellow (U input, W recurrent)")
    private Notation notation = Notation.KERAS;

    @Option(names = "--out", paramLabel = "FILE", description = "the .py file to write (default: standard output)")
    private Path out;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (out != null) {
            // checked before reading, like every save, so an input named as the output is reported as such
            AtomicFiles.requireNotInput(out, lessonOptions.inputFiles());
            AtomicFiles.check(out);
        }
        LessonSource source = lessonOptions.lesson().source();
        String unsupported = NumpyProgram.unsupported(source);
        if (unsupported != null) {
            throw new IllegalArgumentException(unsupported + "; expected a lesson whose RNN feeds one Dense layer or none");
        }
        // every source the command line reads knows its files, except a Keras model's: numpy alone cannot open one
        NumpyProgram program = NumpyProgram.of(source, notation, values)
                .orElseThrow(() -> new IllegalArgumentException("--model: a numpy-only program cannot read a Keras file; "
                        + "save the model's numbers first with unroll weights --model FILE --names keras --out w.npz "
                        + "(with the same --inputs, --text or --tokens), then run unroll code --weights w.npz"));
        PrintWriter stdout = spec.commandLine().getOut();
        if (out == null) {
            stdout.print(program.text());
        } else {
            AtomicFiles.writeString(out, program.text());
            stdout.println("wrote " + out + ": run it with python3 " + out + " (needs numpy)");
        }
        stdout.flush();
        return 0;
    }
}
