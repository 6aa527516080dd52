package dev.unroll.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.unroll.rnn.Keys;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

/**
 * What the lesson reader and writer share: the format's name and version, the parser's limits, and
 * how a JSON failure becomes one clear message.
 */
final class LessonJson {

    /** The value of {@code "format"} in every lesson file. */
    static final String FORMAT = "unroll-lesson";
    /**
     * The newest version this Unroll reads and writes (version 4 added Dense layers between h_t and the head,
     * see {@link #VERSION_WITH_DENSE}; version 3 an Embedding, see {@link #VERSION_WITH_EMBEDDING}). Version 2 added notes for single steps
     * ({@code "stepNotes"}); a lesson without them is still written as version 1, so that an older
     * Unroll keeps opening every file that holds nothing it would lose.
     */
    static final int VERSION = 4;
    /** The version of a lesson with no step notes: everything in it an Unroll of version 1 reads. */
    static final int VERSION_WITHOUT_STEP_NOTES = 1;
    /** The version of a lesson with step notes and no Embedding. */
    static final int VERSION_WITH_STEP_NOTES = 2;
    /**
     * Version 3 added an Embedding: {@code "embedding": {"rows": V, "tokens": [...]}} in a recipe, and
     * {@code "embeddings"} (V, D) with {@code "tokens"} in place of {@code "x"} in explicit weights. Only a
     * lesson with an Embedding is written as version 3.
     */
    static final int VERSION_WITH_EMBEDDING = 3;
    /**
     * Version 4 added Dense layers between h_t and the head, as a Keras model with several Dense layers has
     * them: {@code "dense": [{"V": …, "c": …, "activation": "relu"}, …, {"V": …, "c": …}]}, every Dense
     * layer in order, the last being the head (its activation is {@code "headActivation"}), while
     * {@code "weights"} then holds no V or c. Only such a lesson is written as version 4: an older Unroll
     * says the file is newer rather than opening a head it would compute wrongly.
     */
    static final int VERSION_WITH_DENSE = 4;
    /** The key of the Dense layers, added in version 4. */
    static final String DENSE = "dense";
    /** The most Dense layers a lesson file may hold. */
    static final int MAX_DENSE_LAYERS = 64;
    /** The key of a recipe's Embedding, added in version 3. */
    static final String EMBEDDING = "embedding";
    /**
     * The key of the Keras model a lesson was made from, {@code {"file": …, "summary": …}}. It needs no
     * new version: an older Unroll skips keys it does not know and opens the same numbers.
     */
    static final String MODEL = "model";
    /** The key of the notes for single steps, by step: added in version 2. */
    static final String STEP_NOTES = "stepNotes";
    /** What a lesson file should be, for messages. */
    static final String EXPECTED = "a lesson file as Unroll saves it";
    /** The most characters one number may have: Unroll writes at most 25. */
    private static final int MAX_NUMBER_LENGTH = 1_000;

    /**
     * Duplicate keys are refused (which of two titles would be meant?), and nesting, text and number
     * lengths are bounded so that a hostile file cannot exhaust the stack or memory.
     */
    static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(ImportLimits.MAX_LESSON_NESTING)
                    .maxStringLength(ImportLimits.MAX_LESSON_TEXT)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxNameLength(ImportLimits.MAX_LESSON_TEXT)
                    .build())
            .build();

    private LessonJson() {
    }

    /** Something done with a parser that may fail with I/O. */
    @FunctionalInterface
    interface ParserWork<T> {
        T apply(JsonParser parser) throws IOException;
    }

    /** Runs {@code work} on a parser over the file, turning every failure into a {@link BadInputException}. */
    static <T> T parse(Path path, String source, ParserWork<T> work) {
        return parse(path, source, true, work);
    }

    /**
     * As {@link #parse(Path, String, ParserWork)}; with {@code whole} false, {@code work} may stop
     * part-way through the file, and what follows is not checked.
     */
    static <T> T parse(Path path, String source, boolean whole, ParserWork<T> work) {
        try (InputStream in = InputFiles.open(path); JsonParser parser = FACTORY.createParser(in)) {
            T result = work.apply(parser);
            JsonToken after = whole ? parser.nextToken() : null;
            if (after != null) {
                throw new BadInputException(source, "has more after the lesson's closing brace, at " + where(parser.currentLocation()),
                        "one JSON object");
            }
            return result;
        } catch (StreamConstraintsException e) {
            throw pastLimit(source, e);
        } catch (JsonProcessingException e) {
            String message = String.valueOf(e.getOriginalMessage());
            if (e instanceof JsonEOFException || message.startsWith("Unexpected end-of-input")) {
                throw new BadInputException(source, "ends before the lesson is complete" + at(e.getLocation())
                        + ": a list, an object or a text is not closed", EXPECTED + ", whole", e);
            }
            String token = nonNumericToken(message);
            if (token != null) {
                throw new BadInputException(source, "holds " + token + at(e.getLocation()) + ", which JSON has no number for",
                        "finite numbers only", e);
            }
            throw new BadInputException(source, "is not valid JSON" + at(e.getLocation()) + ": "
                    + BadInputException.shorten(plain(message)), EXPECTED, e);
        } catch (CharConversionException e) {
            throw new BadInputException(source, "is not valid JSON text (" + BadInputException.shorten(String.valueOf(e.getMessage()))
                    + ")", EXPECTED, e);
        } catch (IOException e) {
            throw InputFiles.unreadable(source, e);
        }
    }

    /** One of the parser's limits, in the same words as {@link LessonLimits} uses when saving. */
    private static BadInputException pastLimit(String source, StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage());
        String where = at(e.getLocation());
        if (message.startsWith("Document nesting depth")) {
            return LessonLimits.tooDeep(source, e);
        }
        if (message.startsWith("String value length")) {
            return LessonLimits.textTooLong(source, "a text" + where, e);
        }
        if (message.startsWith("Name length")) {
            return LessonLimits.textTooLong(source, "a name" + where, e);
        }
        if (message.startsWith("Number value length")) {
            return new BadInputException(source, "has a number" + where + " longer than " + InputFiles.count(MAX_NUMBER_LENGTH)
                    + " characters", "numbers as Unroll writes them, such as 0.5 or -1.25E-4", e);
        }
        return new BadInputException(source, "is past the limits of a lesson file" + where, EXPECTED, e);
    }

    /** The token of a parser's "Non-standard token 'NaN'" message, or null for any other message. */
    private static String nonNumericToken(String message) {
        String prefix = "Non-standard token '";
        if (!message.startsWith(prefix) || !message.contains("NUMERIC_NUMBERS")) {
            return null;
        }
        int end = message.indexOf('\'', prefix.length());
        return end < 0 ? null : message.substring(prefix.length(), end);
    }

    /**
     * A parser's message without what only a programmer could use: the features and limits it names
     * (in backquotes, or as "Feature 'ALLOW_COMMENTS'"), and the "[Source: …]" of locations, which
     * the message says in words already.
     */
    static String plain(String message) {
        return message.replaceAll("\\s*\\(start marker at \\[Source:.*?\\]\\)", "")
                .replaceAll("\\s*\\[Source:[^\\]]*\\]", "")
                .replaceAll(":?\\s*enable `[^`]*` to allow", "")
                .replaceAll("\\s*\\([^()]*`[^`]*`[^()]*\\)", "")
                .replaceAll("\\s*\\([^()]*Feature[^()]*\\)", "")
                .replace('`', '\'');
    }

    /** Requires the current token to open an object. */
    static void requireObject(JsonParser p, String source, String field) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw wrongType(p, source, field, "an object { … }");
        }
    }

    /** The current value as text. */
    static String text(JsonParser p, String source, String field) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw wrongType(p, source, field, "text in quotes");
        }
        try {
            return p.getText();
        } catch (StreamConstraintsException e) {
            throw LessonLimits.textTooLong(source, field, e);
        }
    }

    /** The current value as a whole number that fits in a long. */
    static long whole(JsonParser p, String source, String field) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw wrongType(p, source, field, "a whole number");
        }
        if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            throw new BadInputException(source, field + " is " + BadInputException.shorten(p.getText()), "a far smaller whole number");
        }
        return p.getLongValue();
    }

    /** The current value as the constant of {@code type} whose key it is. */
    static <E extends Enum<E>> E constant(JsonParser p, String source, String field, Class<E> type, Function<E, String> key)
            throws IOException {
        String value = text(p, source, field);
        E[] constants = type.getEnumConstants();
        return Keys.find(constants, key, k -> k.equals(value)).orElseThrow(() -> new BadInputException(source,
                field + " is " + BadInputException.quoted(value), "one of " + Keys.choices(constants, key)));
    }

    /** A message for a value of the wrong kind, saying what it is and what was expected. */
    static BadInputException wrongType(JsonParser p, String source, String field, String expected) {
        return new BadInputException(source, field + " is " + kind(p.currentToken()) + at(p.currentTokenLocation()), expected);
    }

    /** What a JSON token is, in words. */
    static String kind(JsonToken token) {
        if (token == null) {
            return "missing";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            case VALUE_NULL -> "null";
            default -> token.name().toLowerCase(Locale.ROOT);
        };
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? "" : " at " + where(location);
    }

    private static String where(JsonLocation location) {
        return "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
