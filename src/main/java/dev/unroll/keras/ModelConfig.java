package dev.unroll.keras;

import dev.unroll.io.BadInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A model's configuration checked against the one architecture Unroll opens — an optional Embedding,
 * exactly one SimpleRNN, then zero or more Dense layers, one after another — in either Keras's
 * {@code Sequential} form or a functional model ({@code Functional}, Keras 2's {@code Model}) whose
 * layers form that same chain. Anything else is refused with one message naming the layer.
 *
 * @param modelName  the model's name, as {@code model.summary()} prints it
 * @param functional whether it is a functional model, whose summary lists its input layer
 * @param input      the input layer of a functional model, or empty
 * @param inputShape the declared batch shape, such as {@code [null, 5, 3]}, or empty if none is declared
 * @param embedding  the Embedding, or empty
 * @param rnn        the SimpleRNN
 * @param dense      the Dense layers, bottom to top
 */
record ModelConfig(String modelName, boolean functional, Optional<LayerConfig> input, Optional<List<Object>> inputShape,
        Optional<LayerConfig> embedding, LayerConfig rnn, List<LayerConfig> dense) {

    /** What Unroll opens, for messages. */
    static final String SUPPORTED = "a Keras model of an optional Embedding, one SimpleRNN and then Dense layers, one after "
            + "another (no LSTM, GRU, Bidirectional, Masking, stacked RNNs or other layers)";

    private static final Set<String> MODEL_CLASSES = Set.of("Sequential", "Functional", "Model");

    /** Reads and checks the configuration of {@code root}, a model's whole configuration object. */
    static ModelConfig of(String source, Map<String, Object> root) {
        Object className = root.get("class_name");
        if (!(className instanceof String modelClass) || !MODEL_CLASSES.contains(modelClass)) {
            throw new BadInputException(source, "holds a model of class " + quote(className), SUPPORTED
                    + ", saved as a Sequential or functional model");
        }
        boolean functional = !"Sequential".equals(modelClass);
        Object config = root.get("config");
        List<?> entries = config instanceof Map<?, ?> map ? listOrNull(map.get("layers")) : listOrNull(config);
        if (entries == null) {
            throw new BadInputException(source, "has a model configuration without a list of layers", SUPPORTED);
        }
        if (entries.size() > KerasLimits.MAX_LAYERS) {
            throw new BadInputException(source, "lists " + entries.size() + " layers", SUPPORTED);
        }
        String modelName = config instanceof Map<?, ?> map && map.get("name") instanceof String name ? name
                : functional ? "model" : "sequential";
        List<LayerConfig> layers = new ArrayList<>();
        for (Object entry : entries) {
            layers.add(layer(source, entry));
        }
        if (functional) {
            FunctionalChain.check(source, layers, config instanceof Map<?, ?> map ? map.get("output_layers") : null);
        }
        Optional<LayerConfig> input = Optional.empty();
        Optional<List<Object>> shape = Optional.empty();
        if (!layers.isEmpty() && "InputLayer".equals(layers.get(0).className())) {
            LayerConfig first = layers.remove(0);
            input = Optional.of(first);
            shape = batchShape(first);
        } else if (!layers.isEmpty()) {
            shape = batchShape(layers.get(0));
        }
        if (shape.isEmpty() && root.get("build_config") instanceof Map<?, ?> build
                && build.get("input_shape") instanceof List<?> list) {
            shape = Optional.of(List.copyOf(list));
        }
        return chain(source, modelName, functional, functional ? input : Optional.empty(), shape, layers);
    }

    private static ModelConfig chain(String source, String modelName, boolean functional, Optional<LayerConfig> input,
            Optional<List<Object>> shape, List<LayerConfig> layers) {
        for (LayerConfig layer : layers) {
            if (!Set.of("Embedding", "SimpleRNN", "Dense").contains(layer.className())) {
                throw new BadInputException(source, "holds layer " + layer.label() + ", which Unroll does not open", SUPPORTED);
            }
        }
        List<LayerConfig> rnns = layers.stream().filter(l -> "SimpleRNN".equals(l.className())).toList();
        if (rnns.isEmpty()) {
            throw new BadInputException(source, "holds no SimpleRNN layer", SUPPORTED);
        }
        if (rnns.size() > 1) {
            throw new BadInputException(source, "holds a second SimpleRNN, layer " + rnns.get(1).label()
                    + ": stacked RNNs are not opened", SUPPORTED);
        }
        int at = layers.indexOf(rnns.get(0));
        Optional<LayerConfig> embedding = Optional.empty();
        for (int i = 0; i < at; i++) {
            LayerConfig below = layers.get(i);
            if (i > 0 || !"Embedding".equals(below.className())) {
                throw new BadInputException(source, "holds layer " + below.label() + " below the SimpleRNN", SUPPORTED);
            }
            below.refuseIfTrue("mask_zero", "which masks padding steps, a path Unroll does not draw");
            embedding = Optional.of(below);
        }
        LayerConfig rnn = rnns.get(0);
        rnn.refuseIfTrue("go_backwards", "which reads the sequence backwards");
        rnn.refuseIfTrue("stateful", "which carries h from one batch to the next");
        rnn.refuseIfTrue("return_state", "which adds a second output");
        rnn.refuseIfTrue("time_major", "which swaps the batch and time axes");
        List<LayerConfig> dense = new ArrayList<>();
        for (LayerConfig above : layers.subList(at + 1, layers.size())) {
            if (!"Dense".equals(above.className())) {
                throw new BadInputException(source, "holds layer " + above.label() + " above the SimpleRNN", SUPPORTED);
            }
            dense.add(above);
        }
        return new ModelConfig(modelName, functional, input, shape, embedding, rnn, List.copyOf(dense));
    }

    private static LayerConfig layer(String source, Object entry) {
        if (!(entry instanceof Map<?, ?> raw) || !(raw.get("class_name") instanceof String className)
                || !(raw.get("config") instanceof Map<?, ?> config)) {
            throw new BadInputException(source, "lists a layer without a class_name and a config", SUPPORTED);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> settings = (Map<String, Object>) config;
        @SuppressWarnings("unchecked")
        Map<String, Object> whole = (Map<String, Object>) raw;
        Object name = settings.get("name") instanceof String n ? n : raw.get("name");
        if (!(name instanceof String layerName)) {
            throw new BadInputException(source, "lists a " + BadInputException.shorten(className) + " layer without a name",
                    "every layer named, as Keras saves it");
        }
        return new LayerConfig(source, className, layerName, settings, whole);
    }

    private static Optional<List<Object>> batchShape(LayerConfig layer) {
        for (String key : List.of("batch_shape", "batch_input_shape")) {
            if (layer.config().get(key) instanceof List<?> list) {
                return Optional.of(List.copyOf(list));
            }
        }
        return Optional.empty();
    }

    private static List<?> listOrNull(Object value) {
        return value instanceof List<?> list ? list : null;
    }

    private static String quote(Object value) {
        return value instanceof String text ? BadInputException.quoted(text) : "(none)";
    }
}
