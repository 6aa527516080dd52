package dev.unroll.keras;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.unroll.io.BadInputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Keras model configuration (Keras 3's {@code config.json}, Keras 2's {@code model_config}) read
 * into plain values: {@link Map} for objects, {@link List} for arrays, {@link String}, {@link Long}
 * or {@link Double}, {@link Boolean}, and {@link #NULL} for JSON's null. The text is at most
 * {@link KerasLimits#MAX_CONFIG_BYTES} long and nested at most {@link KerasLimits#MAX_CONFIG_NESTING}
 * deep, so the tree it makes stays small.
 */
final class ConfigJson {

    /** JSON's null, kept apart from a missing key. */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(KerasLimits.MAX_CONFIG_NESTING)
                    .maxStringLength(KerasLimits.MAX_CONFIG_BYTES)
                    .maxNumberLength(1_000)
                    .build())
            .build();

    private ConfigJson() {
    }

    /**
     * Parses one JSON object.
     *
     * @param source what messages name, such as {@code "config.json in m.keras"}
     * @throws BadInputException if the text is not one JSON object or passes a limit
     */
    static Map<String, Object> parse(String source, byte[] json, String expected) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new BadInputException(source, "is not a JSON object", expected);
            }
            Map<String, Object> root = object(parser);
            if (parser.nextToken() != null) {
                throw new BadInputException(source, "has more after the model's closing brace", expected);
            }
            return root;
        } catch (StreamConstraintsException e) {
            throw new BadInputException(source, "is nested deeper or holds a longer text or number than a model's "
                    + "configuration can (" + String.valueOf(e.getOriginalMessage()).split("\\(")[0].strip() + ")", expected, e);
        } catch (JsonProcessingException e) {
            throw new BadInputException(source, "is not valid JSON: " + String.valueOf(e.getOriginalMessage()).lines()
                    .findFirst().orElse(""), expected, e);
        } catch (IOException e) {
            throw new BadInputException(source, "cannot be read as JSON text", expected, e);
        }
    }

    private static Map<String, Object> object(JsonParser parser) throws IOException {
        Map<String, Object> map = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            parser.nextToken();
            map.put(key, value(parser));
        }
        return Collections.unmodifiableMap(map);
    }

    private static List<Object> array(JsonParser parser) throws IOException {
        List<Object> list = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            list.add(value(parser));
        }
        return Collections.unmodifiableList(list);
    }

    private static Object value(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> object(parser);
            case START_ARRAY -> array(parser);
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? (Object) parser.getDoubleValue() : (Object) parser.getLongValue();
            case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            default -> NULL;
        };
    }
}
