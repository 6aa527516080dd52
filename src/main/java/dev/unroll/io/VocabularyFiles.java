package dev.unroll.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.unroll.text.Tokeniser;
import dev.unroll.text.Vocabulary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a user's vocabulary, which replaces the built-in one: either a plain word list in UTF-8, one
 * word per line, most common first (blank lines are skipped; each word must be one word as
 * {@link Tokeniser} splits text, so lower case and letters only), or Keras's {@code word_index} saved as
 * JSON ({@code json.dump(imdb.get_word_index(), f)}): an object of word → rank, 1 the most common. Either
 * way the word of rank r gets the id r + 3, as {@link Vocabulary} describes.
 */
public final class VocabularyFiles {

    /** The largest vocabulary file read: the IMDB word index is under 2 MB as JSON. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;
    /** The longest word, in characters. */
    public static final int MAX_WORD = 200;

    private static final String EXPECTED = "a word list, one word per line, or Keras's word_index as JSON";
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(2).maxNameLength(MAX_WORD)
                    .maxNumberLength(20).build())
            .build();

    private VocabularyFiles() {
    }

    /**
     * @throws BadInputException naming the file, the line or word that is wrong, and what was expected
     */
    public static Vocabulary read(Path file) {
        String source = BadInputException.name(file);
        InputFiles.check(file, MAX_BYTES, EXPECTED);
        boolean json = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).endsWith(".json") || startsWithBrace(file);
        try {
            return json ? Vocabulary.ofWordIndex(source, wordIndex(file, source)) : Vocabulary.of(source, lines(file, source));
        } catch (BadInputException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new BadInputException(source, e.getMessage(), EXPECTED, e);
        }
    }

    private static boolean startsWithBrace(Path file) {
        try (InputStream in = InputFiles.open(file)) {
            for (int b = in.read(); b >= 0; b = in.read()) {
                if (!Character.isWhitespace(b) && b != 0xEF && b != 0xBB && b != 0xBF) {
                    return b == '{';
                }
            }
            return false;
        } catch (IOException e) {
            throw InputFiles.unreadable(BadInputException.name(file), e);
        }
    }

    private static List<String> lines(Path file, String source) {
        List<String> words = new ArrayList<>();
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(InputFiles.open(file), decoder))) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                String word = line.strip();
                if (number == 1 && word.startsWith("\uFEFF")) {
                    word = word.substring(1).strip();
                }
                if (word.isEmpty()) {
                    continue;
                }
                if (word.length() > MAX_WORD || !Tokeniser.words(word).equals(List.of(word))) {
                    throw new BadInputException(source, "line " + number + " holds " + BadInputException.quoted(word)
                            + ", which the tokeniser never makes", "one word per line, lower case letters only "
                            + "(at most " + MAX_WORD + "), as text is split into words");
                }
                if (words.size() >= Vocabulary.MAX_WORDS) {
                    throw new BadInputException(source, "holds more than " + InputFiles.count(Vocabulary.MAX_WORDS) + " words",
                            "at most " + InputFiles.count(Vocabulary.MAX_WORDS) + " words");
                }
                words.add(word);
            }
            return words;
        } catch (CharacterCodingException e) {
            throw new BadInputException(source, "is not UTF-8 text", EXPECTED, e);
        } catch (IOException e) {
            throw InputFiles.unreadable(source, e);
        }
    }

    private static Map<String, Integer> wordIndex(Path file, String source) {
        try (InputStream in = InputFiles.open(file); JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new BadInputException(source, "is JSON but not an object of words", "Keras's word_index: {\"the\": 1, \"and\": 2, …}");
            }
            Map<String, Integer> index = new HashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String word = p.currentName();
                JsonToken value = p.nextToken();
                if (value != JsonToken.VALUE_NUMBER_INT) {
                    throw new BadInputException(source, "gives " + BadInputException.quoted(word) + " " + LessonJson.kind(value)
                            + " rather than a rank", "a whole number from 1 to " + InputFiles.count(Vocabulary.MAX_WORDS));
                }
                long rank = p.getLongValue();
                if (rank < 1 || rank > Vocabulary.MAX_WORDS) {
                    throw new BadInputException(source, "gives " + BadInputException.quoted(word) + " the rank " + rank,
                            "ranks from 1 to " + InputFiles.count(Vocabulary.MAX_WORDS));
                }
                if (index.size() >= Vocabulary.MAX_WORDS) {
                    throw new BadInputException(source, "holds more than " + InputFiles.count(Vocabulary.MAX_WORDS) + " words",
                            "at most " + InputFiles.count(Vocabulary.MAX_WORDS) + " words");
                }
                index.put(word, (int) rank);
            }
            if (p.nextToken() != null) {
                throw new BadInputException(source, "has more after the word index's closing brace", "one JSON object");
            }
            return index;
        } catch (JsonProcessingException e) {
            throw new BadInputException(source, "is not valid JSON: " + BadInputException.shorten(String.valueOf(e.getOriginalMessage())),
                    "Keras's word_index as JSON", e);
        } catch (IOException e) {
            throw InputFiles.unreadable(source, e);
        }
    }
}
