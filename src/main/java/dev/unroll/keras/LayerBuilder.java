package dev.unroll.keras;

import dev.unroll.io.BadInputException;
import dev.unroll.io.NdArray;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Builds a {@link KerasModel} from a checked configuration and the file's weights, each weight's
 * shape following from the layer below it: the Embedding is (input_dim, output_dim); the SimpleRNN's
 * kernel (M, N), recurrent_kernel (N, N) and bias (N,); each Dense kernel (width below, K) and bias (K,).
 */
final class LayerBuilder {

    private LayerBuilder() {
    }

    static KerasModel build(String source, String kerasVersion, ModelConfig config, LayerWeights weights, long[] optimizer) {
        Optional<EmbeddingLayer> embedding = config.embedding().map(layer -> {
            int vocab = layer.integer("input_dim", 1, KerasLimits.MAX_VOCABULARY);
            int dim = layer.integer("output_dim", 1, KerasLimits.MAX_WIDTH);
            if ((long) vocab * dim > KerasLimits.MAX_VALUES) {
                throw new BadInputException(source, layer.label() + " would hold " + (long) vocab * dim + " values",
                        "at most " + KerasLimits.MAX_VALUES);
            }
            return new EmbeddingLayer(layer.name(), vocab, dim,
                    weights.read(layer, "embeddings", 0, 1, new int[] {vocab, dim}, 0));
        });
        LayerConfig rnnConfig = config.rnn();
        int units = rnnConfig.integer("units", 1, KerasLimits.MAX_WIDTH);
        boolean rnnBias = rnnConfig.flag("use_bias", true);
        int features = embedding.map(EmbeddingLayer::outputDim).orElse(declaredFeatures(config));
        int rnnCount = rnnBias ? 3 : 2;
        NdArray kernel = weights.read(rnnConfig, "kernel", 0, rnnCount, new int[] {features, units}, KerasLimits.MAX_WIDTH);
        NdArray recurrent = weights.read(rnnConfig, "recurrent_kernel", 1, rnnCount, new int[] {units, units}, 0);
        Optional<NdArray> bias = rnnBias
                ? Optional.of(weights.read(rnnConfig, "bias", 2, rnnCount, new int[] {units}, 0)) : Optional.empty();
        SimpleRnnLayer rnn = new SimpleRnnLayer(rnnConfig.name(), units, rnnConfig.activation("tanh"), rnnBias,
                rnnConfig.flag("return_sequences", false), kernel, recurrent, bias);
        List<DenseLayer> dense = new ArrayList<>();
        int width = units;
        for (LayerConfig layer : config.dense()) {
            int k = layer.integer("units", 1, KerasLimits.MAX_WIDTH);
            boolean useBias = layer.flag("use_bias", true);
            int count = useBias ? 2 : 1;
            NdArray denseKernel = weights.read(layer, "kernel", 0, count, new int[] {width, k}, 0);
            Optional<NdArray> denseBias = useBias
                    ? Optional.of(weights.read(layer, "bias", 1, count, new int[] {k}, 0)) : Optional.empty();
            dense.add(new DenseLayer(layer.name(), k, layer.activation("linear"), useBias, denseKernel, denseBias));
            width = k;
        }
        Optional<String> inputName = config.input().map(LayerConfig::name);
        return new KerasModel(source, kerasVersion, config.modelName(), inputName, timesteps(config), embedding, rnn, dense,
                optimizer[0], optimizer[1]);
    }

    /** The input features the model declares, (None, T, M); -1 when it does not, and the kernel says. */
    private static int declaredFeatures(ModelConfig config) {
        List<Object> shape = config.inputShape().orElse(List.of());
        if (shape.size() == 3 && shape.get(2) instanceof Long m && m >= 1 && m <= KerasLimits.MAX_WIDTH) {
            return m.intValue();
        }
        return -1;
    }

    /** The time axis the model was built for: the second entry of its input's batch shape, if a number. */
    private static OptionalInt timesteps(ModelConfig config) {
        List<Object> shape = config.inputShape().orElse(List.of());
        if (shape.size() >= 2 && shape.get(1) instanceof Long t && t >= 1 && t <= Integer.MAX_VALUE) {
            return OptionalInt.of(t.intValue());
        }
        return OptionalInt.empty();
    }
}
