package dev.unroll.keras;

import dev.unroll.io.BadInputException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A model saved as HDF5 with {@code model.save("m.h5")}, Keras 2's and tf.keras's format (Keras 3
 * still writes it as its legacy format). The root attribute {@code model_config} holds the
 * configuration as JSON; the group {@code model_weights} holds a group per layer whose attribute
 * {@code weight_names} lists its weights ({@code simple_rnn/simple_rnn_cell/kernel:0}, or
 * {@code sequential/my_rnn/simple_rnn_cell/kernel} from Keras 3), each stored under that path
 * inside the layer's group. A weight is known by the last part of its name, without {@code :0}.
 */
final class Keras2File {

    private Keras2File() {
    }

    static KerasModel read(HdfWeights h5) {
        String source = h5.source();
        String json = h5.text("/", "model_config").orElseThrow(() -> new BadInputException(source,
                "has no model_config: it holds weights alone (model.save_weights), not a model", KerasModelReader.EXPECTED));
        ModelConfig config = ModelConfig.of(source, ConfigJson.parse("model_config in " + source,
                json.getBytes(StandardCharsets.UTF_8), KerasModelReader.EXPECTED));
        String version = h5.text("/", "keras_version").orElse("2");
        LayerWeights reader = (layer, key, index, count, shape, maxAny) -> {
            String group = "model_weights/" + layer.name();
            List<String> names = h5.texts(group, "weight_names");
            if (names.size() != count) {
                throw new BadInputException(source, "lists " + names.size() + " weights for layer " + layer.label()
                        + " in " + group, count + ", as Keras saves that layer");
            }
            for (String name : names) {
                if (key.equals(weightKey(name))) {
                    return h5.floats(group + "/" + name, key + " of " + layer.label(), shape, maxAny);
                }
            }
            throw new BadInputException(source, "has no " + key + " for layer " + layer.label() + " among its weight_names",
                    "the weights Keras saves for a " + layer.className());
        };
        return LayerBuilder.build(source, version, config, reader, new long[] {0, 0});
    }

    /** {@code simple_rnn/simple_rnn_cell/kernel:0} is the kernel. */
    static String weightKey(String name) {
        String last = name.substring(name.lastIndexOf('/') + 1);
        int colon = last.indexOf(':');
        return colon >= 0 ? last.substring(0, colon) : last;
    }
}
