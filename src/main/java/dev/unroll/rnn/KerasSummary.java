package dev.unroll.rnn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
        requirePositive("vocab", vocab);
        requirePositive("embedding dimension", dim);
        if (!layers.isEmpty()) {
            throw new IllegalStateException("an Embedding must be the first layer");
        }
        sequence = true;
        width = dim;
        add("embedding", "Embedding", Math.multiplyExact((long) vocab, dim), dim);
        return this;
    }

    /**
     * Adds {@code SimpleRNN(units)}; the input features are the embedding's dimension after an
     * Embedding, otherwise {@code inputFeatures}.
     */
    public KerasSummary simpleRnn(int inputFeatures, int units, boolean returnSequences) {
        requirePositive("units", units);
        int features = width > 0 ? width : inputFeatures;
        requirePositive("input features", features);
        sequence = returnSequences;
        width = units;
        add("simple_rnn", "SimpleRNN", simpleRnnParams(features, units), units);
        return this;
    }

    /** Adds {@code Dense(units)} on top of the previous layer. */
    public KerasSummary dense(int units) {
        requirePositive("dense units", units);
        if (width <= 0) {
            throw new IllegalStateException("a Dense layer needs a layer below it");
        }
        long params = denseParams(width, units);
        width = units;
        add("dense", "Dense", params, units);
        return this;
    }

    /** The rows, in order. */
    public List<Layer> layers() {
        return List.copyOf(layers);
    }

    /** The sum of all layers' parameters. */
    public long totalParams() {
        return layers.stream().mapToLong(Layer::params).reduce(0, Math::addExact);
    }

    /** The table as Keras 2 prints it, ending with {@code Total params: 322,113} and the trainable counts. */
    public String format() {
        String rule = "_".repeat(65);
        String doubleRule = "=".repeat(65);
        StringBuilder s = new StringBuilder();
        s.append("Model: \"sequential\"\n").append(rule).append('\n');
        s.append(row("Layer (type)", "Output Shape", "Param #")).append(doubleRule).append('\n');
        for (int i = 0; i < layers.size(); i++) {
            Layer layer = layers.get(i);
            s.append(row(layer.name() + " (" + layer.type() + ")", layer.outputShape(), Long.toString(layer.params())));
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

    private void add(String baseName, String type, long params, int outputWidth) {
        int used = namesUsed.merge(baseName, 1, Integer::sum);
        String name = used == 1 ? baseName : baseName + "_" + (used - 1);
        String shape = sequence ? "(None, None, " + outputWidth + ")" : "(None, " + outputWidth + ")";
        layers.add(new Layer(name, type, shape, params));
    }

    private static void requirePositive(String what, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(what + " must be positive, got " + value);
        }
    }
}
