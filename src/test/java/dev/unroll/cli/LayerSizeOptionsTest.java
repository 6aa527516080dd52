package dev.unroll.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** --input-features and --units mean the same, and are refused alike, in every command that takes them. */
class LayerSizeOptionsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "summary --input-features 3 --units 0                   | --units must be 1 or more, got 0",
        "summary --input-features 0 --units 4                   | --input-features must be 1 or more, got 0",
        "trace --units 0                                        | --units must be 1 or more, got 0",
        "trace --output-features -2                             | --units must be 1 or more, got -2",
        "export --input-features 0 --out never.svg              | --input-features must be 1 or more, got 0",
    })
    void aSizeBelowOneIsRefusedWithTheSameLineByEveryCommand(String args, String message) {
        CommandLineRun run = CommandLineRun.of(args.split(" "));
        run.assertRejectedWithOneLine(args);
        assertEquals("unroll: " + message, run.err().strip());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"--units", "--output-features"})
    void bothNamesOfTheUnitsSizeTheSimpleRnnInSummaryAndTrace(String option) {
        // a SimpleRNN with M = 3 inputs and N = 4 units has N·(N + M + 1) = 4·8 = 32 parameters
        CommandLineRun summary = CommandLineRun.of("summary", "--input-features", "3", option, "4");
        assertEquals(0, summary.status(), summary.err());
        assertTrue(summary.out().contains("Total params: 32"), summary.out());
        // one line per timestep, one value per unit
        CommandLineRun trace = CommandLineRun.of("trace", "--timesteps", "2", "--input-features", "3", option, "9");
        assertEquals(0, trace.status(), trace.err());
        assertEquals(2, trace.outLines().size());
        assertEquals(9, trace.outLines().get(0).split(",").length);
    }
}
