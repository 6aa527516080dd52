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
            UnrollApp.launchWindow(args);
            return;
        }
        System.exit(UnrollCommand.run(args));
    }
}
