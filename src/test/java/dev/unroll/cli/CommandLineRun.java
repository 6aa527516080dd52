package dev.unroll.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

/** One run of {@link UnrollCommand#run(java.io.Writer, PrintWriter, String...)} with captured output. */
record CommandLineRun(int status, String out, String err) {

    static CommandLineRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter errWriter = new PrintWriter(err);
        int status = UnrollCommand.run(new PrintWriter(out), errWriter, args);
        errWriter.flush();
        return new CommandLineRun(status, out.toString(), err.toString());
    }

    /** The arguments of {@code first} followed by those of {@code more}: a command with options added. */
    static String[] concat(String[] first, String... more) {
        String[] all = Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    List<String> outLines() {
        return out.lines().toList();
    }

    List<String> errLines() {
        return err.lines().toList();
    }

    /** Exit status 2, nothing on standard output, and one plain line on standard error. */
    void assertRejectedWithOneLine(String args) {
        assertEquals(UnrollCommand.BAD_ARGUMENTS, status, args + ": status; err was " + err);
        assertEquals("", out, args + ": nothing on standard output");
        assertEquals(1, errLines().size(), args + ": one line on standard error, got " + err);
        assertFalse(err.contains("Exception"), args + ": " + err);
        assertFalse(err.contains("at dev."), args + ": " + err);
    }
}
