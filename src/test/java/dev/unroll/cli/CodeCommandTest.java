package dev.unroll.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code unroll code} writes a program that, run by Debian's numpy, prints what {@code unroll trace}
 * prints with the same options: to 1e-12 relative, and to 1e-9 for the Keras initialisation, whose
 * Gaussian draws and QR decomposition may round differently in numpy.
 */
class CodeCommandTest {

    private static final Path PYTHON = Path.of("/usr/bin/python3");

    @TempDir
    static Path folder;

    private static boolean pythonHasNumpy;

    @BeforeAll
    static void findNumpy() throws Exception {
        pythonHasNumpy = Files.isExecutable(PYTHON) && python(List.of("-c", "import numpy"), folder).status == 0;
    }

    static Stream<Arguments> lessons() {
        String tiny = "--preset tiny";
        return Stream.of(
                Arguments.of(tiny, 1e-9),
                Arguments.of(tiny + " --values a", 1e-9),
                Arguments.of(tiny + " --values o", 1e-9),
                Arguments.of(tiny + " --head-activation softmax --values y", 1e-9),
                Arguments.of(tiny + " --notation goodfellow --seed 4", 1e-9),
                Arguments.of("--preset seed-numpy", 1e-12),
                Arguments.of("--preset seed-numpy --seed 2024 --values a", 1e-12),
                Arguments.of("--preset keras-embedding --seed 3", 1e-9),
                Arguments.of("--preset sentiment --values y", 1e-9),
                Arguments.of("--preset sentiment --tokens 1,14,22,16,83,0,9999 --values y", 1e-9),
                Arguments.of("--preset keras-embedding --init numpy-uniform --tokens 1,7,0,9999", 1e-12),
                Arguments.of("--weights " + fixture("embedding_keras.npz") + " --tokens 1,4,11,0,2 --head-activation sigmoid "
                        + "--values y", 1e-12),
                Arguments.of(tiny + " --init numpy-uniform --activation relu --values o", 1e-12),
                Arguments.of(tiny + " --init numpy-uniform --activation sigmoid --head-activation sigmoid --values y", 1e-12),
                Arguments.of(tiny + " --init numpy-uniform --activation linear --head-activation softmax --values y", 1e-12),
                Arguments.of(tiny + " --init numpy-uniform --timesteps 40 --units 9 --input-features 7 --output-size 3 "
                        + "--notation goodfellow --values y --head-activation softmax", 1e-12),
                Arguments.of("--weights " + fixture("unroll_names.npz"), 1e-12),
                Arguments.of("--weights " + fixture("keras_names.npz") + " --inputs " + fixture("keras_inputs.npy"), 1e-12),
                Arguments.of("--weights " + fixture("keras_get_weights.npz") + " --inputs " + fixture("keras_inputs.npy")
                        + " --activation relu --values y --head-activation softmax", 1e-12),
                Arguments.of("--weights W=" + fixture("csv/W.csv") + " --weights U=" + fixture("csv/U.csv")
                        + " --weights b=" + fixture("csv/b.csv") + " --inputs " + fixture("csv/x.txt"), 1e-12));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void programRunByNumpyPrintsWhatTracePrints(String options, double tolerance) throws Exception {
        assertProgramPrintsWhatTracePrints(List.of(options.split(" ")), tolerance, folder);
    }

    @Test
    void lessonFileWithItsNumbersIsReadByTheProgramAsIs() throws Exception {
        Path lesson = folder.resolve("explicit.unroll.json");
        CommandLineRun save = CommandLineRun.of("lesson", "--weights", fixture("unroll_names.npz"), "--activation", "sigmoid",
                "--save", lesson.toString());
        assertEquals(0, save.status(), save.err());
        String program = assertProgramPrintsWhatTracePrints(List.of("--lesson", lesson.toString()), 1e-12, folder);
        assertTrue(program.contains("json.load(f)[\"weights\"]"), program);
    }

    @Test
    void lessonFileWithAnEmbeddingIsLookedUpByTheProgram() throws Exception {
        Path lesson = folder.resolve("review.unroll.json");
        CommandLineRun save = CommandLineRun.of("lesson", "--preset", "sentiment", "--tokens", "1,14,22", "--embed-numbers",
                "--save", lesson.toString());
        assertEquals(0, save.status(), save.err());
        String program = assertProgramPrintsWhatTracePrints(List.of("--lesson", lesson.toString(), "--values", "y"), 1e-12, folder);
        assertTrue(program.contains("E = np.array(stored[\"embeddings\"], dtype=np.float64)"), program);
    }

    @Test
    void programNamesItsFilesSoThatItRunsFromAnyFolder() throws Exception {
        // a path relative to where the command runs; the program is then run from another folder
        String relative = Path.of("").toAbsolutePath().relativize(Path.of(fixture("unroll_names.npz"))).toString();
        Path elsewhere = Files.createDirectories(folder.resolve("elsewhere"));
        assertProgramPrintsWhatTracePrints(List.of("--weights", relative), 1e-12, elsewhere);
    }

    @Test
    void csvFilesBeginningWithAByteOrderMarkAreReadAsUnrollReadsThem() throws Exception {
        List<String> args = new ArrayList<>();
        for (String name : List.of("W", "U", "b")) {
            Path copy = folder.resolve("bom-" + name + ".csv");
            Files.writeString(copy, "\uFEFF" + Files.readString(Path.of(fixture("csv/" + name + ".csv"))));
            args.addAll(List.of("--weights", name + "=" + copy));
        }
        Path x = folder.resolve("bom-x.txt");
        Files.writeString(x, "\uFEFF" + Files.readString(Path.of(fixture("csv/x.txt"))));
        args.addAll(List.of("--inputs", x.toString()));
        assertProgramPrintsWhatTracePrints(args, 1e-12, folder);
    }

    @Test
    void npyFilesWithoutTheirExtensionAreLoadedAsNpyAsUnrollReadsThem() throws Exception {
        // the entries of an .npz are .npy files: saved here under names without an extension
        List<String> args = new ArrayList<>();
        try (java.util.zip.ZipFile npz = new java.util.zip.ZipFile(fixture("unroll_names.npz"))) {
            for (String name : List.of("W", "U", "b", "x")) {
                Path file = folder.resolve("array-" + name);
                try (var in = npz.getInputStream(npz.getEntry(name + ".npy"))) {
                    Files.write(file, in.readAllBytes());
                }
                args.addAll(name.equals("x") ? List.of("--inputs", file.toString()) : List.of("--weights", name + "=" + file));
            }
        }
        String program = assertProgramPrintsWhatTracePrints(args, 1e-12, folder);
        assertFalse(program.contains("read_table"), program);
    }

    @Test
    void programWrittenToAFileIsTheOneWrittenToStandardOutput() throws Exception {
        Path program = folder.resolve("tiny.py");
        CommandLineRun written = CommandLineRun.of("code", "--preset", "tiny", "--out", program.toString());
        assertEquals(0, written.status(), written.err());
        assertEquals(List.of("wrote " + program + ": run it with python3 " + program + " (needs numpy)"), written.outLines());
        assertEquals(CommandLineRun.of("code", "--preset", "tiny").out(), Files.readString(program));
    }

    /**
     * Runs {@code trace} with {@code options} (less {@code --notation}, which only renames), {@code code}
     * with them, and the program with python3 in {@code directory}; the printed tables agree to
     * {@code tolerance}, relative to values past 1. Returns the program.
     */
    private static String assertProgramPrintsWhatTracePrints(List<String> options, double tolerance, Path directory)
            throws Exception {
        Assumptions.assumeTrue(pythonHasNumpy, "needs Debian's python3-numpy at " + PYTHON);
        List<String> traceArgs = new ArrayList<>(List.of("trace"));
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).equals("--notation")) {
                i++;
            } else {
                traceArgs.add(options.get(i));
            }
        }
        CommandLineRun trace = CommandLineRun.of(traceArgs.toArray(String[]::new));
        assertEquals(0, trace.status(), trace.err());
        List<String> codeArgs = new ArrayList<>(List.of("code"));
        codeArgs.addAll(options);
        CommandLineRun code = CommandLineRun.of(codeArgs.toArray(String[]::new));
        assertEquals(0, code.status(), code.err());
        Path program = Files.createTempFile(folder, "lesson", ".py");
        Files.writeString(program, code.out());
        PythonRun run = python(List.of(program.toString()), directory);
        assertEquals(0, run.status, run.err);
        assertSameTable(trace.outLines(), run.out.lines().toList(), tolerance);
        return code.out();
    }

    @Test
    void valuesOfTheHeadOnALessonWithoutOneAreRefusedInOneLine() {
        CommandLineRun.of("code", "--preset", "seed-numpy", "--values", "y")
                .assertRejectedWithOneLine("code --preset seed-numpy --values y");
    }

    private static void assertSameTable(List<String> expected, List<String> actual, double tolerance) {
        assertEquals(expected.size(), actual.size(), "lines");
        assertTrue(expected.size() > 0, "the trace printed no lines");
        for (int t = 0; t < expected.size(); t++) {
            String[] e = expected.get(t).split(",");
            String[] a = actual.get(t).split(",");
            assertEquals(e.length, a.length, "values on line " + (t + 1));
            for (int i = 0; i < e.length; i++) {
                double ev = Double.parseDouble(e[i]);
                double av = Double.parseDouble(a[i]);
                if (!Double.isFinite(ev)) {
                    assertEquals(ev, av, "line " + (t + 1) + " value " + i);
                } else {
                    assertEquals(ev, av, tolerance * Math.max(1, Math.abs(ev)), "line " + (t + 1) + " value " + i);
                }
            }
        }
    }

    private static String fixture(String name) {
        try {
            return Path.of(CodeCommandTest.class.getResource("/fixtures/io/" + name).toURI()).toString();
        } catch (Exception e) {
            throw new IllegalStateException("missing fixture io/" + name, e);
        }
    }

    private record PythonRun(int status, String out, String err) {
    }

    /** Runs python3 in {@code directory}, its output collected in files so that the time limit holds. */
    private static PythonRun python(List<String> args, Path directory) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(PYTHON.toString()));
        command.addAll(args);
        Path out = Files.createTempFile(folder, "out", ".txt");
        Path err = Files.createTempFile(folder, "err", ".txt");
        Process p = new ProcessBuilder(command).directory(directory.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new PythonRun(-1, "", "timed out");
        }
        return new PythonRun(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
