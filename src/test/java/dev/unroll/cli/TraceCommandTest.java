package dev.unroll.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.rnn.Dimensions;
import dev.unroll.rnn.Fixtures;
import dev.unroll.rnn.Preset;
import dev.unroll.rnn.Trace;
import dev.unroll.rnn.ValueKind;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code unroll trace}: one CSV line per timestep, and one line on standard error for bad arguments. */
class TraceCommandTest {

    @Test
    void seedNumpyTracePrintsNumpysStatesForSeedZero() {
        CommandLineRun run = CommandLineRun.of("trace", "--preset", "seed-numpy", "--seed", "0");
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err());
        double[][] printed = parse(run.outLines());
        assertEquals(100, printed.length);
        for (double[] line : printed) {
            assertEquals(64, line.length);
        }
        Fixtures.assertClose(Fixtures.load("seed_numpy_seed0.txt").matrix("h"), printed, 1e-12, "printed h");
    }

    @Test
    void seedNumpyTracePrintsNumpysStatesForSeed2024() {
        CommandLineRun run = CommandLineRun.of("trace", "--preset", "seed-numpy", "--seed", "2024");
        assertEquals(0, run.status(), run.err());
        Fixtures.assertClose(Fixtures.load("seed_numpy_seed2024.txt").matrix("h"), parse(run.outLines()), 1e-12,
                "printed h");
    }

    @Test
    void tinyTracePrintsFiveLinesOfFourValuesThatReadBackExactly() {
        CommandLineRun run = CommandLineRun.of("trace");
        assertEquals(0, run.status(), run.err());
        double[][] printed = parse(run.outLines());
        assertEquals(5, printed.length);
        Trace trace = Trace.run(Preset.TINY.spec().build());
        for (int t = 1; t <= 5; t++) {
            assertEquals(4, printed[t - 1].length);
            Fixtures.assertSameBits(trace.state(t), printed[t - 1], "printed h_" + t);
        }
    }

    @Test
    void valuesOPrintsTheTwoHeadOutputsPerLine() {
        CommandLineRun run = CommandLineRun.of("trace", "--values", "o");
        assertEquals(0, run.status(), run.err());
        double[][] printed = parse(run.outLines());
        assertEquals(5, printed.length);
        Trace trace = Trace.run(Preset.TINY.spec().build());
        for (int t = 1; t <= 5; t++) {
            assertEquals(2, printed[t - 1].length);
            Fixtures.assertSameBits(trace.values(ValueKind.O, t), printed[t - 1], "printed o_" + t);
        }
    }

    @Test
    void valuesAPrintsNumpysPreActivations() {
        CommandLineRun run = CommandLineRun.of("trace", "--preset", "seed-numpy", "--values", "a");
        assertEquals(0, run.status(), run.err());
        double[][] printed = parse(run.outLines());
        assertEquals(100, printed.length);
        Fixtures.Case expected = Fixtures.load("seed_numpy_seed0.txt");
        for (int t : new int[] {1, 2, 100}) {
            Fixtures.assertClose(expected.vector("a_" + t), printed[t - 1], 1e-12, "printed a_" + t);
        }
    }

    @Test
    void optionsOverrideThePreset() {
        CommandLineRun run = CommandLineRun.of("trace", "--preset", "seed-numpy", "--timesteps", "3",
                "--units", "5", "--output-size", "2", "--head-activation", "softmax", "--values", "y");
        assertEquals(0, run.status(), run.err());
        double[][] printed = parse(run.outLines());
        assertEquals(3, printed.length);
        for (double[] y : printed) {
            assertEquals(2, y.length);
            assertEquals(1.0, y[0] + y[1], 1e-15);
        }
    }

    @Test
    void anOverflowingReluTraceSaysOnceOnStandardErrorWhereItBeganAndStillExitsZero() {
        CommandLineRun run = CommandLineRun.of("trace", "--preset", "seed-numpy", "--activation", "relu",
                "--timesteps", "300");
        assertEquals(0, run.status(), run.err());
        List<String> lines = run.outLines();
        assertEquals(300, lines.size());
        int t = 0;
        int unit = -1;
        while (unit < 0) {
            t++;
            unit = List.of(lines.get(t - 1).split(",")).indexOf("Infinity");
        }
        assertEquals(List.of("unroll: h overflows to infinity at t = " + t + ", first in unit " + unit + " (h_" + t
                + "[" + unit + "]); the values from there on include Infinity or NaN"), run.errLines());
    }

    @Test
    void everyKPrintsEveryKthStepAndTheLastEachLedByItsStep() {
        CommandLineRun run = CommandLineRun.of("trace", "--preset", "seed-numpy", "--timesteps", "250", "--every", "100");
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err());
        double[][] printed = parse(run.outLines());
        assertEquals(3, printed.length);
        Trace trace = Trace.run(Preset.SEED_NUMPY.spec().withDimensions(new Dimensions(250, 32, 64, 0)).build());
        int[] steps = {100, 200, 250};
        for (int k = 0; k < steps.length; k++) {
            assertEquals(65, printed[k].length);
            assertEquals(steps[k], printed[k][0]);
            Fixtures.assertSameBits(trace.state(steps[k]), Arrays.copyOfRange(printed[k], 1, 65), "printed h_" + steps[k]);
        }
    }

    @Test
    void everyKPrintsTheLastStepOnceWhenItIsAMultipleOfK() {
        CommandLineRun run = CommandLineRun.of("trace", "--values", "y", "--every", "5");
        assertEquals(0, run.status(), run.err());
        Trace trace = Trace.run(Preset.TINY.spec().build());
        List<String> lines = run.outLines();
        assertEquals(1, lines.size());
        assertEquals("5," + trace.values(ValueKind.Y, 5)[0] + "," + trace.values(ValueKind.Y, 5)[1], lines.get(0));
        CommandLineRun each = CommandLineRun.of("trace", "--every", "1");
        assertEquals(List.of("1", "2", "3", "4", "5"), each.outLines().stream().map(l -> l.split(",")[0]).toList());
    }

    @Test
    void everyKStillNamesAnOverflowBetweenThePrintedSteps() {
        CommandLineRun all = CommandLineRun.of("trace", "--preset", "seed-numpy", "--activation", "relu", "--timesteps", "300");
        CommandLineRun sparse = CommandLineRun.of("trace", "--preset", "seed-numpy", "--activation", "relu", "--timesteps", "300",
                "--every", "299");
        assertEquals(0, sparse.status(), sparse.err());
        assertEquals(2, sparse.outLines().size());
        assertEquals(all.errLines(), sparse.errLines());
        assertEquals(1, sparse.errLines().size());
    }

    @Test
    void valuesYWithoutAHeadIsRejected() {
        CommandLineRun run = CommandLineRun.of("trace", "--preset", "seed-numpy", "--values", "y");
        run.assertRejectedWithOneLine("--values y on seed-numpy");
        assertTrue(run.err().contains("head"), run.err());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "trace --bogus                | --bogus",
        "trace --timesteps 0          | timesteps",
        "trace --units 5000           | units",
        "trace --seed -1              | seed",
        "trace --seed 4294967296      | seed",
        "trace --preset huge          | huge",
        "trace --values z             | z",
        "trace --init gaussian        | gaussian",
        "trace --timesteps many       | many",
        "trace --every 0              | --every",
        "trace --every -3             | --every",
    })
    void badArgumentsExitTwoWithOneLineOnStandardError(String args, String mentioned) {
        CommandLineRun run = CommandLineRun.of(args.split(" "));
        run.assertRejectedWithOneLine(args);
        assertTrue(run.err().startsWith("unroll: "), run.err());
        assertTrue(run.err().contains(mentioned), run.err());
    }

    @Test
    void noSubcommandExitsTwoWithOneLineOnStandardError() {
        CommandLineRun run = CommandLineRun.of();
        run.assertRejectedWithOneLine("no arguments");
        assertTrue(run.err().contains("subcommand"), run.err());
    }

    private static double[][] parse(List<String> lines) {
        return lines.stream()
                .map(line -> Arrays.stream(line.split(",")).mapToDouble(Double::parseDouble).toArray())
                .toArray(double[][]::new);
    }
}
