package dev.unroll.cli;

import dev.unroll.files.RefusedTargetException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The headless command line: {@code unroll trace …}, {@code unroll summary …}, {@code unroll export …},
 * {@code unroll lesson …}, {@code unroll weights …} and {@code unroll bench}. Bad arguments, bad input files (a {@code BadInputException}, which
 * is an {@link IllegalArgumentException}) and refused output files (a {@link RefusedTargetException})
 * end with exit status 2 and one line on standard error, never a stack trace; so does a file or
 * standard output that cannot be written. When the reader of a pipe goes away
 * ({@code unroll trace | head -1}) the command stops quietly with {@link #READER_WENT_AWAY}, as a
 * Unix tool stopped by SIGPIPE does.
 */
@Command(name = "unroll", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = "Runs a simple RNN headless. With no arguments, java -jar unroll.jar opens the window.")
public final class UnrollCommand implements Runnable {

    /** The exit status for bad arguments. */
    public static final int BAD_ARGUMENTS = 2;

    /**
     * The exit status when standard output is a pipe whose reader has gone: 128 + SIGPIPE, what a
     * shell reports for any Unix tool stopped that way, so {@code set -o pipefail} treats it alike.
     */
    public static final int READER_WENT_AWAY = 141;

    /** The subcommands, in the order help lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(TraceCommand.class, CodeCommand.class, SummaryCommand.class,
            ExportCommand.class, LessonCommand.class, WeightsCommand.class, GradCommand.class, TrainCommand.class);

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing a subcommand: trace, code, summary, export, lesson, weights, grad, train or bench");
    }

    /**
     * Runs the command line on the process's standard output and error, and returns the exit status.
     * {@code more} are subcommands the entry point adds after the ones listed here, such as one that
     * needs libraries the command line must not depend on.
     */
    public static int run(List<Class<?>> more, String... args) {
        // straight to file descriptor 1 rather than through System.out, which would swallow the reason a write fails
        Writer stdout = new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), Charset.defaultCharset());
        return run(stdout, new PrintWriter(System.err, true), more, args);
    }

    /**
     * Runs the command line with the given streams and returns the exit status; flushes {@code stdout}.
     * A write to {@code stdout} that fails ends the command with status 2 and one line on {@code err}.
     */
    public static int run(Writer stdout, PrintWriter err, String... args) {
        return run(stdout, err, List.of(), args);
    }

    private static int run(Writer stdout, PrintWriter err, List<Class<?>> more, String... args) {
        PrintWriter out = new PrintWriter(new StandardOutput(stdout));
        CommandLine commandLine = new CommandLine(new UnrollCommand());
        addSubcommands(commandLine, java.util.stream.Stream.concat(SUBCOMMANDS.stream(), more.stream()).toList(), args);
        // every subcommand answers --version with the program's version, not with an empty line
        commandLine.getSubcommands().values()
                .forEach(sub -> sub.getCommandSpec().version(commandLine.getCommandSpec().version()));
        commandLine.setOut(out);
        // help and the version are printed by picocli, which would report their failed write as a crash
        CommandLine.IExecutionStrategy runLast = new CommandLine.RunLast();
        commandLine.setExecutionStrategy(parsed -> {
            try {
                return runLast.execute(parsed);
            } catch (StandardOutput.Failed failed) {
                return outputFailed(err, failed);
            }
        });
        commandLine.setErr(err);
        commandLine.registerConverter(Path.class, new CommandLineText.PathConverter());
        Converters.registerEnums(commandLine);
        String unreadable = CommandLineText.unreadableArgumentFile(args);
        if (unreadable != null) {
            return fail(err, unreadable);
        }
        commandLine.setParameterExceptionHandler((ex, ignored) -> fail(err, parameterProblem(ex)));
        commandLine.setExecutionExceptionHandler((ex, cl, parsed) -> {
            if (ex instanceof StandardOutput.Failed failed) {
                return outputFailed(err, failed);
            }
            if (ex instanceof IllegalArgumentException || ex instanceof CommandLine.ParameterException) {
                return fail(err, ex.getMessage());
            }
            if (ex instanceof ArithmeticException) {
                return fail(err, "the sizes are so large that the parameter count overflows a 64-bit number");
            }
            if (ex instanceof java.io.IOException && ex.getMessage() != null) {
                // reading files fails as bad input, so this is a file that could not be written: a failure
                // of what the user asked for, reported as bad arguments are; the message names the file
                return fail(err, ex.getMessage());
            }
            err.println("unroll: failed: " + ex);
            return 1;
        });
        try {
            int status = commandLine.execute(args);
            out.flush();
            return status;
        } catch (StandardOutput.Failed failed) {
            // what is still buffered when the command ends fails only here, at the last flush
            return outputFailed(err, failed);
        } catch (OutOfMemoryError e) {
            err.println("unroll: not enough memory for a run this size; use fewer timesteps or units, or give java a larger -Xmx");
            return 1;
        }
    }

    /**
     * The subcommand the arguments name, or all of them when they name none (help, a typo, nothing):
     * picocli builds a command's model from its annotations by reflection, and building all seven
     * took a good part of a short command's start-up.
     */
    private static void addSubcommands(CommandLine commandLine, List<Class<?>> all, String[] args) {
        String first = args.length > 0 ? args[0] : "";
        List<Class<?>> named = all.stream()
                .filter(type -> type.getAnnotation(Command.class).name().equals(first)).toList();
        for (Class<?> type : named.isEmpty() ? all : named) {
            commandLine.addSubcommand(type);
        }
    }

    /**
     * What is wrong with the arguments, in one line: picocli's own words, except for a first word that
     * names no command ({@code unroll tarce}), which says so, names the nearest command and lists them all.
     */
    static String parameterProblem(CommandLine.ParameterException ex) {
        CommandLine where = ex.getCommandLine();
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched && where.getParent() == null
                && !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-")) {
            String word = unmatched.getUnmatched().get(0);
            // picocli's suggestions come nearest first, and the later ones are often far off
            List<String> near = unmatched.getSuggestions();
            return "'" + word + "' is not a command" + (near.isEmpty() ? "" : " (did you mean " + near.get(0) + "?)")
                    + "; expected one of " + String.join(", ", where.getSubcommands().keySet())
                    + ", or a lesson file to open in the window";
        }
        return ex.getMessage();
    }

    private static int outputFailed(PrintWriter err, StandardOutput.Failed failed) {
        if (failed.readerWentAway()) {
            return READER_WENT_AWAY;
        }
        err.println(failed.line());
        return BAD_ARGUMENTS;
    }

    private static int fail(PrintWriter err, String message) {
        err.println("unroll: " + message.lines().findFirst().orElse("bad arguments"));
        return BAD_ARGUMENTS;
    }
}
