package dev.unroll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.io.NdArray;
import dev.unroll.io.NpyWriter;
import dev.unroll.io.NpzWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command-line example in the README runs and exits 0: the lines of its {@code sh} code blocks
 * that start Unroll ({@code java … -jar target/unroll.jar SUBCOMMAND …}, or an app image's
 * {@code bin/unroll SUBCOMMAND …}), in the README's order, in one fresh folder, so an example that
 * reads a file an earlier one wrote finds it there, as a reader following along would. Each runs in its
 * own process, the jar's entry point on the test class path. Lines that open the window (no subcommand)
 * and lines holding a placeholder ({@code …}) are not runnable as written and are left out; so are the
 * lines of other programs (the build, the package manager, Python), which are not Unroll's command line,
 * and a full {@code bench}, which measures for minutes by design (its {@code --quick} form runs).
 * The files a reader is assumed to bring, {@code w.npz} (a Keras SimpleRNN and Dense layer's
 * {@code get_weights()}, as the README's Python shows), {@code x.npy}, {@code model.keras} and
 * {@code imdb.keras} (models Keras saved, the second with an Embedding), are written first.
 */
class ReadmeExamplesTest {

    /** Far beyond what any example takes: one that runs this long is stuck. */
    private static final long TIMEOUT_SECONDS = 180;
    private static final String JAR = "target/unroll.jar";

    @Test
    void everyCommandLineExampleInTheReadmeExitsWithStatusZero(@TempDir Path dir) throws Exception {
        List<List<String>> examples = unrollExamples(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8));
        // the README shows trace, lesson, weights, code, bench, summary, export, grad and train at least once each
        assertTrue(examples.size() >= 15, "the README's examples were found: " + examples);
        for (String command : List.of("trace", "lesson", "weights", "code", "bench", "summary", "export", "grad", "train")) {
            assertTrue(examples.stream().anyMatch(e -> e.contains(command)), "an example of " + command + " in " + examples);
        }
        writeTheReadersOwnFiles(dir);
        Files.createDirectories(dir.resolve("assets"));
        // the folders the --all-steps and grad examples' own mkdir makes, lines of another program that are not run
        Files.createDirectories(dir.resolve("steps"));
        Files.createDirectories(dir.resolve("echo"));
        for (List<String> example : examples) {
            Result result = run(example, dir);
            assertEquals(0, result.status(), String.join(" ", example) + "\n" + result.err());
        }
    }

    @Test
    void examplesAreTheLinesThatStartUnrollWithASubcommand() {
        String readme = String.join("\n",
                "Some prose: `java -jar target/unroll.jar trace` is not in a block.",
                "```sh",
                "./mvnw package",
                "# a comment",
                "java -jar target/unroll.jar                   # the window",
                "java -jar target/unroll.jar export …          # any command",
                "java -jar target/unroll.jar trace --preset tiny --title \"Week 3\"   # h_t",
                "LC_ALL=C.UTF-8 java -jar target/unroll.jar lesson --save 'a b.json' \\",
                "    --seed 7",
                "target/dist/unroll/bin/unroll summary --units 4",
                "python3 tiny.py",
                "java -XX:SharedArchiveFile=target/unroll.jsa -jar target/unroll.jar bench   # minutes",
                "java -jar target/unroll.jar bench --quick --only engine",
                "```",
                "```python",
                "java -jar target/unroll.jar trace --preset seed-numpy",
                "```");
        assertEquals(List.of(
                List.of("java", "-jar", JAR, "trace", "--preset", "tiny", "--title", "Week 3"),
                List.of("LC_ALL=C.UTF-8", "java", "-jar", JAR, "lesson", "--save", "a b.json", "--seed", "7"),
                List.of("target/dist/unroll/bin/unroll", "summary", "--units", "4"),
                List.of("java", "-jar", JAR, "bench", "--quick", "--only", "engine")),
                unrollExamples(readme));
    }

    /** The runnable Unroll command lines of the README's {@code sh} blocks, each split into words as a shell would. */
    static List<List<String>> unrollExamples(String readme) {
        List<List<String>> examples = new ArrayList<>();
        boolean inShellBlock = false;
        StringBuilder pending = new StringBuilder();
        for (String line : readme.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("```")) {
                inShellBlock = !inShellBlock && trimmed.equals("```sh");
                continue;
            }
            if (!inShellBlock) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                pending.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            pending.append(trimmed);
            List<String> words = words(pending.toString());
            pending.setLength(0);
            if (words.isEmpty() || words.stream().anyMatch(w -> w.contains("…"))) {
                continue;
            }
            int program = firstWordAfterEnvironment(words);
            int subcommand = startsUnroll(words, program);
            if (subcommand > 0 && subcommand < words.size() && !isFullBench(words.subList(subcommand, words.size()))) {
                examples.add(words);
            }
        }
        return examples;
    }

    private static boolean isFullBench(List<String> arguments) {
        return arguments.get(0).equals("bench") && !arguments.contains("--quick");
    }

    /** The index of the first word that is not a {@code NAME=VALUE} setting for the environment. */
    private static int firstWordAfterEnvironment(List<String> words) {
        int i = 0;
        while (i < words.size() && words.get(i).matches("[A-Za-z_][A-Za-z0-9_]*=.*")) {
            i++;
        }
        return i;
    }

    /** Where Unroll's own arguments start, if the program at {@code program} is Unroll, or −1. */
    private static int startsUnroll(List<String> words, int program) {
        if (program >= words.size()) {
            return -1;
        }
        String first = words.get(program);
        if (first.endsWith("bin/unroll")) {
            return program + 1;
        }
        if (!first.equals("java")) {
            return -1;
        }
        int jar = words.indexOf("-jar");
        return jar > program && jar + 1 < words.size() && words.get(jar + 1).equals(JAR) ? jar + 2 : -1;
    }

    /** A line split into words: blanks separate them, quotes group them, and an unquoted {@code #} starts a comment. */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                word = word == null ? new StringBuilder() : word;
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else if (c == '#' && word == null) {
                break;
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    private record Result(int status, String err) {
    }

    /** Runs one example in {@code dir}: its environment settings kept, Unroll started from the test class path. */
    private static Result run(List<String> example, Path dir) throws IOException, InterruptedException {
        int program = firstWordAfterEnvironment(example);
        int arguments = startsUnroll(example, program);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (example.get(program).equals("java")) {
            // the JVM options the example gives before -jar
            command.addAll(example.subList(program + 1, example.indexOf("-jar")));
        }
        command.addAll(List.of("-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(example.subList(arguments, example.size()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        for (String setting : example.subList(0, program)) {
            int equals = setting.indexOf('=');
            builder.environment().put(setting.substring(0, equals), setting.substring(equals + 1));
        }
        Process process = builder.start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new Result(-1, "still running after " + TIMEOUT_SECONDS + " s\n" + err);
        }
        return new Result(process.exitValue(), err);
    }

    /**
     * {@code w.npz}: a SimpleRNN(4) and a Dense(2) layer's {@code get_weights()} as {@code np.savez} stores the list
     * ({@code arr_0} … {@code arr_4}: kernel (3, 4), recurrent kernel (4, 4), bias, dense kernel (4, 2), dense bias),
     * and {@code x.npy}, one sequence (5, 3).
     */
    private static void writeTheReadersOwnFiles(Path dir) throws IOException {
        Map<String, NdArray> weights = new LinkedHashMap<>();
        weights.put("arr_0", NdArray.of(smallValues(3, 4, 1)));
        weights.put("arr_1", NdArray.of(smallValues(4, 4, 2)));
        weights.put("arr_2", NdArray.ofColumn(smallValues(4, 1, 3)));
        weights.put("arr_3", NdArray.of(smallValues(4, 2, 4)));
        weights.put("arr_4", NdArray.ofColumn(smallValues(2, 1, 5)));
        NpzWriter.write(dir.resolve("w.npz"), weights);
        NpyWriter.write(dir.resolve("x.npy"), NdArray.of(smallValues(5, 3, 6)));
        // a model Keras 3 saved: SimpleRNN(4) on 3 features, then Dense(2)
        try (InputStream model = ReadmeExamplesTest.class.getResourceAsStream("/fixtures/keras/real/sequences_no_bias.keras")) {
            Files.copy(model, dir.resolve("model.keras"));
        }
        // and one that reads words: Embedding, SimpleRNN, then Dense(1, sigmoid)
        try (InputStream model = ReadmeExamplesTest.class.getResourceAsStream("/fixtures/keras/real/embedding_rnn_dense.keras")) {
            Files.copy(model, dir.resolve("imdb.keras"));
        }
    }

    /** A matrix of values in (−0.5, 0.5), different for each {@code salt}: trained weights' usual size. */
    private static DMatrixRMaj smallValues(int rows, int cols, int salt) {
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = Math.sin(salt * 7.0 + i * 1.3) / 2;
        }
        return m;
    }
}
