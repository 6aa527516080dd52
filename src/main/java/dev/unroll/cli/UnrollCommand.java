package dev.unroll.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The headless command line: {@code unroll trace …}, {@code unroll summary …}, {@code unroll export …}
 * and {@code unroll lesson …}. Bad arguments and bad input files (a {@code BadInputException}, which
 * is an {@link IllegalArgumentException}) end with exit status 2 and one line on standard error, never
 * a stack trace.
 */
@Command(name = "unroll", mixinStandardHelpOptions = true, version = "Unroll 0.1.0",
        description = "Runs a simple RNN headless. With no arguments, java -jar unroll.jar opens the window.",
        subcommands = {TraceCommand.class, SummaryCommand.class, ExportCommand.class, LessonCommand.class})
public final class UnrollCommand implements Runnable {

    /** The exit status for bad arguments. */
    public static final int BAD_ARGUMENTS = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing a subcommand: trace, summary, export or lesson");
    }

    /** Runs the command line and returns the exit status. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, false), new PrintWriter(System.err, true), args);
    }

    /** Runs the command line with the given streams and returns the exit status; flushes {@code out}. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new UnrollCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.registerConverter(Path.class, new CommandLineText.PathConverter());
        String unreadable = CommandLineText.unreadableArgumentFile(args);
        if (unreadable != null) {
            return fail(err, unreadable);
        }
        commandLine.setParameterExceptionHandler((ex, ignored) -> fail(err, ex.getMessage()));
        commandLine.setExecutionExceptionHandler((ex, cl, parsed) -> {
            if (ex instanceof IllegalArgumentException || ex instanceof CommandLine.ParameterException) {
                return fail(err, ex.getMessage());
            }
            if (ex instanceof ArithmeticException) {
                return fail(err, "the sizes are so large that the parameter count overflows a 64-bit number");
            }
            if (ex instanceof java.io.IOException && ex.getMessage() != null) {
                // the file's name and the reason are the message; the exception's class would only add noise
                err.println("unroll: " + ex.getMessage().lines().findFirst().orElse("input or output failed"));
                return 1;
            }
            err.println("unroll: failed: " + ex);
            return 1;
        });
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("unroll: not enough memory for a run this size; use fewer timesteps or units, or give java a larger -Xmx");
            return 1;
        } finally {
            out.flush();
        }
    }

    private static int fail(PrintWriter err, String message) {
        err.println("unroll: " + message.lines().findFirst().orElse("bad arguments"));
        return BAD_ARGUMENTS;
    }
}
