package dev.unroll;

import dev.unroll.app.UnrollApp;
import dev.unroll.cli.UnrollCommand;

/**
 * The entry point of {@code java -jar unroll.jar}. With no arguments it opens the window; with a
 * subcommand it runs headless and never starts the JavaFX toolkit. It does not itself extend
 * {@code Application}, so the jar runs with JavaFX on the plain class path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
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
        System.exit(UnrollCommand.run(args));
    }
}
