package dev.unroll.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.unroll.text.Vocabulary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's vocabulary: a word list or Keras's word_index as JSON, and the one message for each bad file. */
class VocabularyFilesTest {

    @TempDir
    Path dir;

    @Test
    void wordListWithByteOrderMarkAndBlankLinesNumbersWordsFromFour() throws IOException {
        Path file = Files.writeString(dir.resolve("words"), "\uFEFFthe\n\n  movie \nrnn\n");
        Vocabulary v = VocabularyFiles.read(file);
        assertEquals(3, v.size());
        assertEquals(4, v.id("the"));
        assertEquals(6, v.id("rnn"));
    }

    @Test
    void wordIndexIsRecognisedByItsBraceWhateverItsName() throws IOException {
        Path file = Files.writeString(dir.resolve("index.txt"), " {\"the\": 1, \"film\": 19}");
        Vocabulary v = VocabularyFiles.read(file);
        assertEquals(22, v.id("film"));
    }

    @Test
    void badFilesAreRefusedWithOneMessageNamingThem() throws IOException {
        assertBad(Files.writeString(dir.resolve("rank.json"), "{\"the\": 0}"),
                ": gives 'the' the rank 0; expected ranks from 1 to 1,000,000");
        assertBad(Files.writeString(dir.resolve("twice.json"), "{\"the\": 1, \"the\": 2}"), ": is not valid JSON: Duplicate field 'the'");
        assertBad(Files.writeString(dir.resolve("list.json"), "[\"the\"]"),
                ": is JSON but not an object of words; expected Keras's word_index: {\"the\": 1, \"and\": 2, …}");
        assertBad(Files.writeString(dir.resolve("same.json"), "{\"a\": 1, \"b\": 1}"), "have the same rank 1");
        assertBad(Files.writeString(dir.resolve("twice.txt"), "the\nmovie\nthe\n"), ": the word 'the' is given twice (words 1 and 3)");
        assertBad(Files.writeString(dir.resolve("empty.txt"), "\n\n"), ": no words");
        assertBad(Files.write(dir.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'}), ": is not UTF-8 text");
        assertBad(dir.resolve("missing.txt"), "missing.txt: does not exist");
    }

    private static void assertBad(Path file, String part) {
        BadInputException e = assertThrows(BadInputException.class, () -> VocabularyFiles.read(file));
        if (!e.getMessage().contains(part)) {
            throw new AssertionError("'" + part + "' not in: " + e.getMessage());
        }
        assertEquals(BadInputException.name(file), e.source());
    }
}
