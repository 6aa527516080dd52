package dev.unroll.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The real launcher, in its own process, with standard output on a full device or a pipe nobody
 * reads: what a shell sees from {@code unroll trace > /dev/full} and {@code unroll trace | head -1}.
 */
class StandardOutputProcessTest {

    private static final Path FULL = Path.of("/dev/full");

    private static ProcessBuilder unroll(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), "dev.unroll.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    private static String finish(Process process) throws Exception {
        String err = new String(process.getErrorStream().readAllBytes(), Charset.defaultCharset());
        assertEquals(true, process.waitFor(60, TimeUnit.SECONDS), "the command ends");
        return err;
    }

    @Test
    void aTraceRedirectedToDevFullEndsWithStatusTwoAndSaysSo() throws Exception {
        assumeTrue(Files.exists(FULL), "this system has no /dev/full");
        Process process = unroll("trace", "--preset", "seed-numpy").redirectOutput(FULL.toFile()).start();
        String err = finish(process);
        assertEquals(2, process.exitValue(), err);
        assertEquals(List.of("unroll: could not write to standard output: no space left on device"), err.lines().toList());
    }

    @Test
    void versionRedirectedToDevFullEndsWithStatusTwo() throws Exception {
        assumeTrue(Files.exists(FULL), "this system has no /dev/full");
        Process process = unroll("--version").redirectOutput(new File(FULL.toString())).start();
        String err = finish(process);
        assertEquals(2, process.exitValue(), err);
        assertEquals(List.of("unroll: could not write to standard output: no space left on device"), err.lines().toList());
    }

    @Test
    void aTraceWhoseReaderGoesAwayEndsQuietlyWithTheStatusOfABrokenPipe() throws Exception {
        Process process = unroll("trace", "--preset", "seed-numpy").start();
        // the trace is larger than a pipe holds, so the command is still writing when its reader goes
        process.getInputStream().close();
        String err = finish(process);
        assertEquals(UnrollCommand.READER_WENT_AWAY, process.exitValue(), err);
        assertEquals("", err);
    }
}
