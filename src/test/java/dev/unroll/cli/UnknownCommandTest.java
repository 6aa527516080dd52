package dev.unroll.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A first word that names no command gets one line saying so, with the nearest commands and the list. */
class UnknownCommandTest {

    private static final String COMMANDS = "expected one of trace, code, summary, export, lesson, weights, grad, train, "
            + "or a lesson file to open in the window";

    @Test
    void aMistypedCommandIsNamedWithTheNearestCommandAndTheWholeList() {
        CommandLineRun run = CommandLineRun.of("tarce", "--preset", "tiny");
        run.assertRejectedWithOneLine("tarce --preset tiny");
        assertEquals("unroll: 'tarce' is not a command (did you mean trace?); " + COMMANDS, run.errLines().get(0));
    }

    @Test
    void aWordNearNoCommandGetsTheListAlone() {
        CommandLineRun run = CommandLineRun.of("xyzzy");
        run.assertRejectedWithOneLine("xyzzy");
        assertEquals("unroll: 'xyzzy' is not a command; " + COMMANDS, run.errLines().get(0));
    }

    @Test
    void anUnknownOptionKeepsItsOwnMessage() {
        CommandLineRun run = CommandLineRun.of("--frobnicate");
        run.assertRejectedWithOneLine("--frobnicate");
        assertEquals("unroll: Unknown option: '--frobnicate'", run.errLines().get(0));
    }
}
