package dev.unroll.cli;

import dev.unroll.rnn.KerasSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code unroll summary}: the table Keras's {@code model.summary()} prints for an [Embedding +] SimpleRNN [+ Dense] model. */
@Command(name = "summary", mixinStandardHelpOptions = true,
        description = {"Prints a Keras-style summary: layers, output shapes, parameter counts and Total params.",
                "Give --units N, and --input-features M or an Embedding's --vocab V with --embed D."})
final class SummaryCommand implements Callable<Integer> {

    private static final Set<String> DENSE_ACTIVATIONS = Set.of("linear", "relu", "sigmoid", "softmax", "tanh");

    @Option(names = "--vocab", paramLabel = "V", description = "Embedding vocabulary size (with --embed)")
    private Integer vocab;

    @Option(names = "--embed", paramLabel = "D", description = "Embedding dimension (with --vocab); the RNN's input features")
    private Integer embed;

    @Mixin
    private LayerSizeOptions layer;

    @Option(names = "--return-sequences", description = "the RNN returns h_t for every t, not only h_T")
    private boolean returnSequences;

    @Option(names = "--dense", paramLabel = "K[:ACTIVATION]", description = "a Dense layer on top; repeatable, for example --dense 1:sigmoid")
    private List<String> dense = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Integer inputFeatures = layer.inputFeatures();
        Integer units = layer.units();
        if (units == null) {
            throw new IllegalArgumentException("give --units N, the number of units of the SimpleRNN");
        }
        if ((vocab == null) != (embed == null)) {
            throw new IllegalArgumentException("--vocab and --embed go together: give both or neither");
        }
        if (embed != null && inputFeatures != null && !embed.equals(inputFeatures)) {
            throw new IllegalArgumentException("--input-features " + inputFeatures + " differs from --embed " + embed
                    + "; after an Embedding the RNN's input features are its dimension");
        }
        if (embed == null && inputFeatures == null) {
            throw new IllegalArgumentException("give --input-features M, or --vocab V with --embed D");
        }
        KerasSummary summary = new KerasSummary();
        if (vocab != null) {
            summary.embedding(vocab, embed);
        }
        summary.simpleRnn(inputFeatures != null ? inputFeatures : embed, units, returnSequences);
        for (String layer : dense) {
            summary.dense(denseUnits(layer));
        }
        spec.commandLine().getOut().print(summary.format());
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static int denseUnits(String layer) {
        String[] parts = layer.split(":", -1);
        if (parts.length > 2 || (parts.length == 2 && !DENSE_ACTIVATIONS.contains(parts[1]))) {
            throw new IllegalArgumentException("--dense " + layer + ": expected K or K:ACTIVATION with ACTIVATION one of "
                    + String.join(", ", DENSE_ACTIVATIONS.stream().sorted().toList()));
        }
        try {
            return Integer.parseInt(parts[0]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--dense " + layer + ": '" + parts[0] + "' is not a whole number of units");
        }
    }
}
