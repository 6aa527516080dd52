package dev.unroll.keras;

import dev.unroll.io.BadInputException;
import java.util.List;
import java.util.Map;

/**
 * One layer of a model's configuration: its Keras class, its name and its settings, with typed
 * getters that refuse a wrong or missing value with a message naming the file and the layer.
 *
 * @param source    the file, as messages name it
 * @param className Keras's class name, such as {@code SimpleRNN}
 * @param name      the layer's name
 * @param config    the layer's {@code config} object
 * @param layer     the whole layer entry, with {@code inbound_nodes} in a functional model
 */
record LayerConfig(String source, String className, String name, Map<String, Object> config, Map<String, Object> layer) {

    /** The layer as messages name it: {@code 'simple_rnn' (SimpleRNN)}. */
    String label() {
        return "'" + BadInputException.shorten(name) + "' (" + BadInputException.shorten(className) + ")";
    }

    /** A whole number setting between {@code min} and {@code max}. */
    int integer(String key, int min, int max) {
        Object value = config.get(key);
        if (!(value instanceof Long number)) {
            throw new BadInputException(source, label() + " has " + key + " " + describe(value),
                    "a whole number from " + min + " to " + String.format(java.util.Locale.ROOT, "%,d", max));
        }
        if (number < min || number > max) {
            throw new BadInputException(source, label() + " has " + key + "=" + number + ", outside what Unroll can show",
                    key + " from " + min + " to " + String.format(java.util.Locale.ROOT, "%,d", max));
        }
        return number.intValue();
    }

    /** A true/false setting, {@code fallback} when absent (as Keras's default). */
    boolean flag(String key, boolean fallback) {
        Object value = config.get(key);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Boolean b)) {
            throw new BadInputException(source, label() + " has " + key + " " + describe(value), key + " true or false");
        }
        return b;
    }

    /** An activation named by a string; {@code fallback} when absent, {@code linear} for JSON's null as Keras reads it. */
    String activation(String fallback) {
        Object value = config.get("activation");
        if (value == null) {
            return fallback;
        }
        if (value == ConfigJson.NULL) {
            return "linear";
        }
        if (!(value instanceof String text) || text.isBlank()) {
            throw new BadInputException(source, label() + " has an activation that is not named by a string, such as a "
                    + "custom function", "one of Keras's named activations, such as tanh, relu, sigmoid or linear");
        }
        return text;
    }

    /** Refuses a setting that changes the maths Unroll shows when it is true. */
    void refuseIfTrue(String key, String why) {
        if (flag(key, false)) {
            throw new BadInputException(source, label() + " has " + key + "=True, " + why, ModelConfig.SUPPORTED);
        }
    }

    private static String describe(Object value) {
        if (value == null) {
            return "missing";
        }
        if (value instanceof String text) {
            return "'" + BadInputException.shorten(text) + "', a text";
        }
        if (value instanceof Map || value instanceof List) {
            return "given as a JSON " + (value instanceof Map ? "object" : "list");
        }
        return "= " + BadInputException.shorten(String.valueOf(value));
    }
}
