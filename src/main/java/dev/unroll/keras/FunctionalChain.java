package dev.unroll.keras;

import dev.unroll.io.BadInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks that a functional model's graph is a chain: its first layer takes no input, every later one
 * takes its one input from the layer listed just before it, and the last layer is the model's only
 * output. Keras 3 names a layer's inputs in {@code inbound_nodes} as tensors whose
 * {@code keras_history} starts with the layer's name; Keras 2 as lists {@code [name, node, tensor, {}]}.
 */
final class FunctionalChain {

    private static final String CHAIN = ModelConfig.SUPPORTED + ", each taking the output of the one before";

    private FunctionalChain() {
    }

    static void check(String source, List<LayerConfig> layers, Object outputLayers) {
        for (int i = 0; i < layers.size(); i++) {
            LayerConfig layer = layers.get(i);
            List<String> inputs = new ArrayList<>();
            Object nodes = layer.layer().get("inbound_nodes");
            if (nodes instanceof List<?> list && list.size() > 1) {
                throw new BadInputException(source, "uses layer " + layer.label() + " more than once", CHAIN);
            }
            references(nodes, inputs, 0);
            List<String> expected = i == 0 ? List.of() : List.of(layers.get(i - 1).name());
            if (!inputs.equals(expected)) {
                throw new BadInputException(source, "has layer " + layer.label() + " taking its input from "
                        + (inputs.isEmpty() ? "nothing" : String.join(", ", inputs.stream().map(n -> BadInputException.quoted(n)).toList()))
                        + ": the model is a graph, not a chain", CHAIN);
            }
        }
        List<String> outputs = new ArrayList<>();
        references(outputLayers, outputs, 0);
        String last = layers.isEmpty() ? "" : layers.get(layers.size() - 1).name();
        if (!outputs.equals(List.of(last))) {
            String extra = outputs.stream().filter(n -> !n.equals(last)).findFirst().orElse(last);
            LayerConfig named = layers.stream().filter(l -> l.name().equals(extra)).findFirst().orElse(null);
            throw new BadInputException(source, "has " + (named != null ? "layer " + named.label() : BadInputException.quoted(extra))
                    + " among its outputs, not only its last layer", CHAIN);
        }
    }

    /** Collects layer names referenced in inbound nodes or output lists, in either Keras's form. */
    private static void references(Object value, List<String> names, int depth) {
        if (depth > KerasLimits.MAX_CONFIG_NESTING) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            if (map.get("keras_history") instanceof List<?> history && !history.isEmpty()
                    && history.get(0) instanceof String name) {
                names.add(name);
                return;
            }
            for (Object inner : map.values()) {
                references(inner, names, depth + 1);
            }
        } else if (value instanceof List<?> list) {
            if (!list.isEmpty() && list.get(0) instanceof String name) {
                names.add(name);
                return;
            }
            for (Object inner : list) {
                references(inner, names, depth + 1);
            }
        }
    }
}
