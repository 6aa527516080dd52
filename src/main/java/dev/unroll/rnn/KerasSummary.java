package dev.unroll.rnn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A Keras Sequential model made of an optional Embedding, one SimpleRNN and any number of Dense
 * layers, with the output shapes and parameter counts that {@code model.summary()} prints.
 *
 * <ul>
 *   <li>Embedding(vocab, dim): vocab · dim parameters, output {@code (None, None, dim)}.</li>
 *   <li>SimpleRNN(N) on M features: N · (N + M + 1) parameters (W, U and b), output {@code (None, N)},
 *       or {@code (None, None, N)} with {@code return_sequences=True}.</li>
 *   <li>Dense(K) on N inputs: K · (N + 1) parameters (V and c), keeping the time axis if there is one.</li>
 * </ul>
 */
public final class KerasSummary {

    /** One row of the summary. */
    public record Layer(String name, String type, String outputShape, long params) {
    }

    private final List<Layer> layers = new ArrayList<>();
    private final Map<String, Integer> namesUsed = new HashMap<>();
    private int width = -1;
    private boolean sequence;
    private String modelName = "sequential";
    private String steps = "None";
    private long optimizerParams;
    private long optimizerBytes;

    /** Parameters of a SimpleRNN with N units on M input features: N · (N + M + 1). */
    public static long simpleRnnParams(int inputFeatures, int units) {
        return Math.multiplyExact((long) units, (long) units + inputFeatures + 1);
    }

    /** Parameters of a Dense layer with K units on N inputs: K · (N + 1). */
    public static long denseParams(int inputs, int units) {
        return Math.multiplyExact((long) units, (long) inputs + 1);
    }

    /** The SimpleRNN count worked out: "4 × (4 + 3 + 1) = 32". */
    public static String simpleRnnArithmetic(int inputFeatures, int units) {
        return String.format(Locale.ROOT, "%d \u00D7 (%d + %d + 1) = %,d", units, units, inputFeatures,
                simpleRnnParams(inputFeatures, units));
    }

    /** The Dense count worked out: "2 × (4 + 1) = 10". */
    public static String denseArithmetic(int inputs, int units) {
        return String.format(Locale.ROOT, "%d \u00D7 (%d + 1) = %,d", units, inputs, denseParams(inputs, units));
    }

    /** Parameters of a lesson's model: the SimpleRNN and, with a head, the Dense layer on top. */
    public static long params(Dimensions d) {
        long rnn = simpleRnnParams(d.inputFeatures(), d.units());
        return d.hasHead() ? rnn + denseParams(d.units(), d.outputSize()) : rnn;
    }

    /** Adds {@code Embedding(vocab, dim)}; must come first. */
    public KerasSummary embedding(int vocab, int dim) {
        return embedding(nextName("embedding"), vocab, dim);
    }

    /** Adds {@code Embedding(vocab, dim)} named as in a model file; must come first, or after the input layer. */
    public KerasSummary embedding(String name, int vocab, int dim) {
        requirePositive("vocab", vocab);
        requirePositive("embedding dimension", dim);
        if (width > 0) {
            throw new IllegalStateException("an Embedding must be the first layer");
        }
        sequence = true;
        width = dim;
        add(name, "Embedding", Math.multiplyExact((long) vocab, dim), dim);
        return this;
    }

    /**
     * Adds {@code SimpleRNN(units)}; the input features are the embedding's dimension after an
     * Embedding, otherwise {@code inputFeatures}.
     */
    public KerasSummary simpleRnn(int inputFeatures, int units, boolean returnSequences) {
        return simpleRnn(nextName("simple_rnn"), inputFeatures, units, returnSequences, true);
    }

    /**
     * Adds {@code SimpleRNN(units)} named as in a model file, as {@link #simpleRnn(int, int, boolean)};
     * without a bias it has N · (N + M) parameters.
     */
    public KerasSummary simpleRnn(String name, int inputFeatures, int units, boolean returnSequences, boolean useBias) {
        requirePositive("units", units);
        int features = width > 0 ? width : inputFeatures;
        requirePositive("input features", features);
        sequence = returnSequences;
        width = units;
        long params = simpleRnnParams(features, units) - (useBias ? 0 : units);
        add(name, "SimpleRNN", params, units);
        return this;
    }

    /** Adds {@code Dense(units)} on top of the previous layer. */
    public KerasSummary dense(int units) {
        return dense(nextName("dense"), units, true);
    }

    /** Adds {@code Dense(units)} named as in a model file; without a bias it has K · N parameters. */
    public KerasSummary dense(String name, int units, boolean useBias) {
        requirePositive("dense units", units);
        if (width <= 0) {
            throw new IllegalStateException("a Dense layer needs a layer below it");
        }
        long params = denseParams(width, units) - (useBias ? 0 : units);
        width = units;
        add(name, "Dense", params, units);
        return this;
    }

    /** Names the model, as the first line prints it: {@code Model: "sequential"}. */
    public KerasSummary named(String name) {
        modelName = Objects.requireNonNull(name, "name");
        return this;
    }

    /**
     * Sets the time axis of every shape to {@code timesteps} (a model built on a fixed length prints
     * {@code (None, 5, 4)}) rather than {@code None}; call it before adding layers.
     */
    public KerasSummary timesteps(int timesteps) {
        requirePositive("timesteps", timesteps);
        steps = Integer.toString(timesteps);
        return this;
    }

    /**
     * Adds a functional model's input layer, the row {@code Model.summary()} shows for it with no
     * parameters: token ids {@code (None, T)} when {@code features} is 0, else {@code (None, T, features)}.
     */
    public KerasSummary input(String name, int features) {
        if (!layers.isEmpty()) {
            throw new IllegalStateException("the input layer comes first");
        }
        String shape = features > 0 ? "(None, " + steps + ", " + features + ")" : "(None, " + steps + ")";
        layers.add(new Layer(name, "InputLayer", shape, 0));
        return this;
    }

    /**
     * Counts a compiled model's optimizer variables, which Keras 3 adds to the total as
     * {@code Optimizer params}.
     *
     * @param params how many values they hold
     * @param bytes  how many bytes, as their dtypes store them
     */
    public KerasSummary optimizer(long params, long bytes) {
        optimizerParams = params;
        optimizerBytes = bytes;
        return this;
    }

    /** The model's name. */
    public String modelName() {
        return modelName;
    }

    /** The optimizer's variable count, 0 when the model was not compiled and trained. */
    public long optimizerParams() {
        return optimizerParams;
    }

    /** The bytes the optimizer's variables take. */
    public long optimizerBytes() {
        return optimizerBytes;
    }

    /** The rows, in order. */
    public List<Layer> layers() {
        return List.copyOf(layers);
    }

    /** The sum of all layers' parameters. */
    public long totalParams() {
        return layers.stream().mapToLong(Layer::params).reduce(0, Math::addExact);
    }

    /**
     * The table as Keras 3 prints it in an 80-column terminal, with its box-drawing lines and the
     * parameters' size in bytes (float32, four bytes each).
     */
    public String formatKeras3() {
        return KerasSummaryTable.format(this);
    }

    /** The table as Keras 2 prints it, ending with {@code Total params: 322,113} and the trainable counts. */
    public String format() {
        String rule = "_".repeat(65);
        String doubleRule = "=".repeat(65);
        StringBuilder s = new StringBuilder();
        s.append("Model: \"").append(modelName).append("\"\n").append(rule).append('\n');
        s.append(row("Layer (type)", "Output Shape", "Param #")).append(doubleRule).append('\n');
        for (int i = 0; i < layers.size(); i++) {
            Layer layer = layers.get(i);
            // Keras 2 gives an input layer's output as a list of one shape
            String shape = "InputLayer".equals(layer.type()) ? "[" + layer.outputShape() + "]" : layer.outputShape();
            s.append(row(layer.name() + " (" + layer.type() + ")", shape, Long.toString(layer.params())));
            s.append(i == layers.size() - 1 ? doubleRule : rule).append('\n');
        }
        String total = String.format(Locale.ROOT, "%,d", totalParams());
        s.append("Total params: ").append(total).append('\n');
        s.append("Trainable params: ").append(total).append('\n');
        s.append("Non-trainable params: 0\n").append(rule).append('\n');
        return s.toString();
    }

    private static String row(String layer, String shape, String params) {
        return String.format(Locale.ROOT, " %-28s %-25s %s", layer, shape, params).stripTrailing() + "\n";
    }

    /** Keras's own naming: the first Dense is {@code dense}, the next {@code dense_1}. */
    private String nextName(String baseName) {
        int used = namesUsed.merge(baseName, 1, Integer::sum);
        return used == 1 ? baseName : baseName + "_" + (used - 1);
    }

    private void add(String name, String type, long params, int outputWidth) {
        String shape = sequence ? "(None, " + steps + ", " + outputWidth + ")" : "(None, " + outputWidth + ")";
        layers.add(new Layer(Objects.requireNonNull(name, "name"), type, shape, params));
    }

    private static void requirePositive(String what, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(what + " must be positive, got " + value);
        }
    }
}
