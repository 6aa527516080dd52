package dev.unroll.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code unroll summary}: Keras's parameter table. */
class SummaryCommandTest {

    @Test
    void embeddingRnnDenseSummaryTotals322113Params() {
        CommandLineRun run = CommandLineRun.of("summary", "--vocab", "10000", "--embed", "32", "--units", "32",
                "--dense", "1:sigmoid");
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err());
        String out = run.out();
        assertTrue(out.contains("320000"), out);
        assertTrue(out.contains("2080"), out);
        assertTrue(out.contains(" 33\n"), out);
        assertTrue(out.contains("Total params: 322,113"), out);
        assertTrue(out.contains("embedding (Embedding)"), out);
        assertTrue(out.contains("(None, None, 32)"), out);
        assertTrue(out.lines().anyMatch(l -> l.contains("simple_rnn (SimpleRNN)") && l.contains("(None, 32)")), out);
        assertTrue(out.lines().anyMatch(l -> l.contains("dense (Dense)") && l.contains("(None, 1)")), out);
    }

    @Test
    void returnSequencesShowsTheTimeAxis() {
        CommandLineRun run = CommandLineRun.of("summary", "--input-features", "32", "--units", "32",
                "--return-sequences");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("(None, None, 32)"), run.out());
        assertTrue(run.out().contains("Total params: 2,080"), run.out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "summary --units 32                                  | --input-features",
        "summary --input-features 32                         | give --units N",
        "summary --vocab 10000 --units 32                    | --embed",
        "summary --input-features 32 --units 32 --dense 1:x  | --dense",
        "summary --input-features 32 --units 32 --dense one  | one",
        "summary --input-features 32 --units 0               | units",
    })
    void incompleteModelsExitTwoWithOneLineOnStandardError(String args, String mentioned) {
        CommandLineRun run = CommandLineRun.of(args.split(" "));
        run.assertRejectedWithOneLine(args);
        assertTrue(run.err().contains(mentioned), run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"trace", "summary", "export", "lesson"})
    void everySubcommandAnswersVersionWithTheProgramsVersion(String command) {
        CommandLineRun run = CommandLineRun.of(command, "--version");
        assertEquals(0, run.status(), run.err());
        // the POM's version, which the build hands the tests as it filled it into the jar
        assertEquals(List.of("Unroll " + System.getProperty("unroll.expected.version")), run.outLines());
    }
}
