package dev.unroll.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.io.NdArray;
import dev.unroll.io.NpzReader;
import dev.unroll.rnn.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code --text} and {@code --tokens} for lessons with an Embedding, on every command that runs one. */
class TextInputCommandTest {

    private static final double TOLERANCE = 1e-12;

    @TempDir
    Path dir;

    @Test
    void textIsTracedAsItsTokenIds() {
        CommandLineRun text = CommandLineRun.of("trace", "--preset", "sentiment", "--text", "This movie was GREAT!", "--values", "y");
        CommandLineRun ids = CommandLineRun.of("trace", "--preset", "sentiment", "--tokens", "1, 14,22,16,83", "--values", "y");
        assertEquals(0, text.status(), text.err());
        assertEquals(5, text.outLines().size());
        assertEquals(ids.out(), text.out());
        CommandLineRun bad = CommandLineRun.of("trace", "--preset", "sentiment", "--text", "this movie was bad", "--values", "y");
        assertEquals(text.outLines().subList(0, 4), bad.outLines().subList(0, 4), "the same first words, the same steps");
        assertNotEquals(text.outLines().get(4), bad.outLines().get(4), "another last word gives another y_5");
    }

    @Test
    void unknownWordsBecomeTwoAndKoreanHasItsOwnVocabulary() {
        CommandLineRun unknown = CommandLineRun.of("trace", "--preset", "sentiment", "--text", "this zzzqx");
        assertEquals(unknown.out(), CommandLineRun.of("trace", "--preset", "sentiment", "--tokens", "1,14,2").out());
        CommandLineRun korean = CommandLineRun.of("trace", "--preset", "sentiment", "--vocabulary", "korean", "--text", "은닉 상태");
        assertEquals(0, korean.status(), korean.err());
        assertEquals(3, korean.outLines().size());
        assertNotEquals(CommandLineRun.of("trace", "--preset", "sentiment", "--tokens", "1,2,2").out(), korean.out());
    }

    @Test
    void userVocabularyReplacesTheBuiltInOne() throws IOException {
        Path words = Files.writeString(dir.resolve("words.txt"), "great\nmovie\n\nthis\n");
        Path index = Files.writeString(dir.resolve("word_index.json"), "{\"great\": 1, \"movie\": 2, \"this\": 3}");
        CommandLineRun byIds = CommandLineRun.of("trace", "--preset", "sentiment", "--tokens", "1,6,5,4");
        for (Path vocabulary : List.of(words, index)) {
            CommandLineRun run = CommandLineRun.of("trace", "--preset", "sentiment", "--vocabulary", vocabulary.toString(),
                    "--text", "this movie great");
            assertEquals(0, run.status(), run.err());
            assertEquals(byIds.out(), run.out(), vocabulary.toString());
        }
    }

    @Test
    void weightsFileWithEmbeddingsRunsTokensAsNumpyDoes() {
        Fixtures.Case expected = Fixtures.load("io/embedding_keras.txt");
        String npz = fixture("embedding_keras.npz");
        for (String kind : List.of("h", "y")) {
            CommandLineRun run = CommandLineRun.of("trace", "--weights", npz, "--tokens", "1,4,11,0,2", "--head-activation",
                    "sigmoid", "--values", kind);
            assertEquals(0, run.status(), run.err());
            List<String> lines = run.outLines();
            assertEquals(5, lines.size());
            for (int t = 1; t <= 5; t++) {
                double[] row = java.util.Arrays.stream(lines.get(t - 1).split(",")).mapToDouble(Double::parseDouble).toArray();
                Fixtures.assertClose(expected.step(kind, t), row, TOLERANCE, kind + "_" + t);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "trace --preset sentiment --tokens 1,10000|--tokens: token id 10000 (number 2 of 2) is outside the Embedding's 10,000 rows; expected ids from 0 to 9,999",
        "trace --preset sentiment --tokens 1,-3|--tokens: token id -3 (number 2 of 2) is outside the Embedding's 10,000 rows; expected ids from 0 to 9,999",
        "trace --preset sentiment --tokens 1,two|--tokens: 'two' (number 2 of 2) is not a whole number; expected token ids separated by commas, such as --tokens 1,14,22,16",
        "trace --preset sentiment --tokens 1,,4|--tokens: '' (number 2 of 3) is not a whole number; expected token ids separated by commas, such as --tokens 1,14,22,16",
        "trace --preset tiny --tokens 1,4|--text and --tokens need a lesson with an Embedding: --preset sentiment or --preset keras-embedding, or weights that hold embeddings",
        "trace --preset sentiment --vocabulary korean|--vocabulary goes with --text: it says how words become token ids",
        "export --preset sentiment --tokens 1,99999 --out x.svg|--tokens: token id 99999 (number 2 of 2) is outside the Embedding's 10,000 rows; expected ids from 0 to 9,999",
        "code --preset sentiment --tokens x|--tokens: 'x' (number 1 of 1) is not a whole number; expected token ids separated by commas, such as --tokens 1,14,22,16",
    })
    void badTokensAreRefusedInOneLineWithExitTwo(String args, String message) {
        CommandLineRun run = CommandLineRun.of(args.split(" "));
        run.assertRejectedWithOneLine(args);
        assertEquals("unroll: " + message, run.err().strip());
    }

    @Test
    void tokensPastTheWeightsEmbeddingAreRefusedNamingTheOption() {
        String npz = fixture("embedding_keras.npz");
        CommandLineRun run = CommandLineRun.of("trace", "--weights", npz, "--tokens", "1,12");
        run.assertRejectedWithOneLine("--weights embedding_keras.npz --tokens 1,12");
        assertEquals("unroll: --tokens: token id 12 (number 2 of 2) is outside the Embedding's 12 rows; expected ids from 0 to 11",
                run.err().strip());
        CommandLineRun noTable = CommandLineRun.of("trace", "--weights", fixture("unroll_names.npz"), "--tokens", "1,2");
        noTable.assertRejectedWithOneLine("--weights unroll_names.npz --tokens 1,2");
        assertTrue(noTable.err().contains("holds no embeddings, so --tokens has no table to look up"), noTable.err());
    }

    @Test
    void badVocabularyFileIsRefusedNamingItsLine() throws IOException {
        Path words = Files.writeString(dir.resolve("words.txt"), "great\nwasn't\n");
        CommandLineRun run = CommandLineRun.of("trace", "--preset", "sentiment", "--vocabulary", words.toString(), "--text", "great");
        run.assertRejectedWithOneLine("bad vocabulary");
        assertEquals("unroll: " + words + ": line 2 holds 'wasn't', which the tokeniser never makes; expected one word per line, "
                + "lower case letters only (at most 200), as text is split into words", run.err().strip());
        Path json = Files.writeString(dir.resolve("index.json"), "{\"great\": \"one\"}");
        CommandLineRun bad = CommandLineRun.of("trace", "--preset", "sentiment", "--vocabulary", json.toString(), "--text", "great");
        bad.assertRejectedWithOneLine("bad word index");
        assertTrue(bad.err().contains("gives 'great' text rather than a rank"), bad.err());
    }

    @Test
    void weightsExportsTheTableAsKerasEmbeddingsAndTracesBack() throws IOException {
        Path npz = dir.resolve("w.npz");
        String[] text = {"--preset", "sentiment", "--text", "this movie was great"};
        CommandLineRun write = CommandLineRun.of(CommandLineRun.concat(new String[] {"weights", "--names", "keras", "--out",
                npz.toString()}, text));
        assertEquals(0, write.status(), write.err());
        Map<String, NdArray> arrays = NpzReader.read(npz);
        assertEquals(List.of("kernel", "recurrent_kernel", "bias", "dense_kernel", "dense_bias", "embeddings", "tokens"),
                List.copyOf(arrays.keySet()));
        assertEquals(10_000, arrays.get("embeddings").rows());
        assertEquals(32, arrays.get("embeddings").cols());
        assertEquals(List.of(1.0, 14.0, 22.0, 16.0, 83.0), java.util.Arrays.stream(arrays.get("tokens").values()).boxed().toList());
        CommandLineRun original = CommandLineRun.of(CommandLineRun.concat(new String[] {"trace", "--values", "y"}, text));
        CommandLineRun reread = CommandLineRun.of("trace", "--weights", npz.toString(), "--head-activation", "sigmoid", "--values", "y");
        assertEquals(0, reread.status(), reread.err());
        assertEquals(original.out(), reread.out());
        CommandLineRun otherIds = CommandLineRun.of("trace", "--weights", npz.toString(), "--tokens", "1,14,22,16,83",
                "--head-activation", "sigmoid", "--values", "y");
        assertEquals(original.out(), otherIds.out());
    }

    @Test
    void lessonFilesKeepTheEmbeddingAndTokensSeededOrWithNumbers() throws IOException {
        String[] text = {"--preset", "sentiment", "--text", "this movie was great"};
        CommandLineRun original = CommandLineRun.of(CommandLineRun.concat(new String[] {"trace", "--values", "y"}, text));
        for (boolean numbers : List.of(false, true)) {
            Path file = dir.resolve(numbers ? "numbers.unroll.json" : "seeded.unroll.json");
            String[] save = numbers ? new String[] {"lesson", "--save", file.toString(), "--embed-numbers"}
                    : new String[] {"lesson", "--save", file.toString()};
            CommandLineRun saved = CommandLineRun.of(CommandLineRun.concat(save, text));
            assertEquals(0, saved.status(), saved.err());
            String json = Files.readString(file);
            assertTrue(json.contains("\"version\": 3"), json.substring(0, 80));
            assertTrue(json.contains(numbers ? "\"embeddings\"" : "\"embedding\""), file.toString());
            CommandLineRun opened = CommandLineRun.of("trace", "--lesson", file.toString(), "--values", "y");
            assertEquals(0, opened.status(), opened.err());
            assertEquals(original.out(), opened.out(), file.toString());
            CommandLineRun retokened = CommandLineRun.of("trace", "--lesson", file.toString(), "--tokens", "1,14", "--values", "y");
            assertEquals(original.outLines().subList(0, 2), retokened.outLines(), file.toString());
        }
        Path plain = dir.resolve("tiny.unroll.json");
        assertEquals(0, CommandLineRun.of("lesson", "--preset", "tiny", "--save", plain.toString()).status());
        assertTrue(Files.readString(plain).contains("\"version\": 1"), "a lesson without an Embedding keeps version 1");
    }

    @Test
    void exportDrawsTheLessonOfTheText() throws IOException {
        Path svg = dir.resolve("review.svg");
        CommandLineRun run = CommandLineRun.of("export", "--preset", "sentiment", "--text", "this movie was great", "--view",
                "unrolled", "--out", svg.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(Files.readString(svg).contains("<svg"));
    }

    @Test
    void codeLooksTheTokensUpInE() {
        CommandLineRun code = CommandLineRun.of("code", "--preset", "sentiment", "--tokens", "1,14,22");
        assertEquals(0, code.status(), code.err());
        assertTrue(code.outLines().contains("tokens = np.array([1, 14, 22])  # Keras's IMDB ids: 0 padding, 1 start, 2 unknown, "
                + "words from 4"), code.out());
        assertTrue(code.outLines().contains("inputs = E[tokens]  # x_t = E[token_t], one row per timestep"), code.out());
    }

    private static String fixture(String name) {
        try {
            return Path.of(TextInputCommandTest.class.getResource("/fixtures/io/" + name).toURI()).toString();
        } catch (Exception e) {
            throw new IllegalStateException("missing fixture io/" + name, e);
        }
    }
}
