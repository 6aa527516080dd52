package dev.unroll;

import dev.unroll.app.UnrollApp;
import dev.unroll.cli.CommandLineText;
import dev.unroll.cli.UnrollCommand;
import dev.unroll.perf.BenchCommand;
import java.util.List;

/**
 * The entry point of {@code java -jar unroll.jar}. With no arguments it opens the window, and with a
 * lesson file's name it opens the window on that lesson; with a subcommand it runs headless and
 * never starts the JavaFX toolkit. It does not itself extend
 * {@code Application}, so the jar runs with JavaFX on the plain class path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || opensALesson(args)) {
            try {
                UnrollApp.launchWindow(args);
            } catch (RuntimeException e) {
                // typically no display: say so in one line, and point at the headless commands
                System.err.println("unroll: cannot open the window (" + e.getMessage() + "); "
                        + "run it on a desktop, or use a subcommand: java -jar unroll.jar --help");
                System.exit(1);
            }
            return;
        }
        System.exit(UnrollCommand.run(List.of(BenchCommand.class), CommandLineText.decode(args)));
    }

    /**
     * Whether the arguments name a lesson for the window to open ({@code unroll week3.unroll.json})
     * rather than a command: one argument that is a {@code .json} file's name, a path, or an existing
     * file. A mistyped command ({@code tarce}) is left to the command line, which says so.
     */
    static boolean opensALesson(String[] args) {
        if (args.length != 1 || args[0].startsWith("-") || args[0].isBlank()) {
            return false;
        }
        String arg = args[0];
        try {
            return arg.toLowerCase(java.util.Locale.ROOT).endsWith(".json") || arg.contains("/")
                    || arg.contains(java.io.File.separator) || java.nio.file.Files.isRegularFile(java.nio.file.Path.of(arg));
        } catch (java.nio.file.InvalidPathException e) {
            // not a name a file can have here: the command line will say what is wrong with it
            return false;
        }
    }
}
