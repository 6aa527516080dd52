package dev.unroll.cli;

import dev.unroll.io.TokenIds;
import dev.unroll.io.ViewSettings;
import dev.unroll.rnn.Activation;
import dev.unroll.rnn.Dimensions;
import dev.unroll.rnn.EmbeddingRecipe;
import dev.unroll.rnn.HeadActivation;
import dev.unroll.rnn.Initialisation;
import dev.unroll.rnn.LessonSpec;
import dev.unroll.rnn.Preset;
import dev.unroll.text.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options that describe a lesson, shared by every subcommand that runs one. */
public final class ModelOptions {

    @Option(names = "--preset", paramLabel = "NAME",
            description = "tiny (T 5, M 3, N 4, K 2, keras init; the default), seed-numpy (T 100, M 32, N 64, numpy-uniform, "
                    + "no head), keras-embedding (a 20-word review through Embedding(10000, 32), 32 units, keras init) or sentiment "
                    + "(the same with a Dense(1, sigmoid) head)")
    private Preset preset;

    @Option(names = "--seed", paramLabel = "S", description = "seed, 0 to 4294967295 (default 0), as np.random.seed(S)")
    private Long seed;

    @Option(names = "--timesteps", paramLabel = "T", description = "timesteps, 1 to 1,000,000")
    private Integer timesteps;

    @Mixin
    private LayerSizeOptions layer;

    @Option(names = "--output-size", paramLabel = "K", description = "size of the output head o_t = V·h_t + c; 0 removes the head")
    private Integer outputSize;

    @Option(names = "--init", paramLabel = "NAME", description = "numpy-uniform or keras")
    private Initialisation initialisation;

    @Option(names = "--activation", paramLabel = "NAME", description = "tanh, relu, sigmoid or linear")
    private Activation activation;

    @Option(names = "--head-activation", paramLabel = "NAME", description = "linear, softmax or sigmoid")
    private HeadActivation headActivation;

    @Mixin
    private TokenOptions tokens;

    /**
     * The preset's recipe with every option given on the command line applied to it.
     *
     * @throws IllegalArgumentException naming the first value out of range
     */
    public LessonSpec toSpec() {
        LessonSpec spec = (preset != null ? preset : Preset.TINY).spec();
        Dimensions d = spec.dimensions();
        EmbeddingRecipe embedding = spec.embedding();
        if (tokens.given()) {
            if (embedding == null) {
                throw new IllegalArgumentException("--text and --tokens need a lesson with an Embedding: --preset sentiment "
                        + "or --preset keras-embedding, or weights that hold embeddings");
            }
            embedding = EmbeddingRecipe.of(embedding.rows(), tokens.checkedIds(embedding.rows()));
        }
        d = new Dimensions(
                timesteps != null ? timesteps : embedding != null ? embedding.tokens().size() : d.timesteps(),
                layer.inputFeatures() != null ? layer.inputFeatures() : d.inputFeatures(),
                layer.units() != null ? layer.units() : d.units(),
                outputSize != null ? outputSize : d.outputSize());
        return new LessonSpec(d,
                activation != null ? activation : spec.activation(),
                headActivation != null ? headActivation : spec.headActivation(),
                initialisation != null ? initialisation : spec.initialisation(),
                seed != null ? seed : spec.seed(),
                // --timesteps with ids: fitted as Keras's pad_sequences fits a review to maxlen
                embedding == null ? null : embedding.fitted(d.timesteps()));
    }

    /**
     * The ids of --text or --tokens for an Embedding of {@code rows} rows, or null when neither is given.
     *
     * @throws IllegalArgumentException for options that do not go together, or ids that are not whole numbers
     */
    TokenIds tokenIds(int rows) {
        return tokens.ids(rows);
    }

    /** The vocabulary whose words the ids of a lesson with these view settings are: see {@link TokenOptions#wordsOf}. */
    Vocabulary wordsOf(ViewSettings view) {
        return tokens.wordsOf(view);
    }

    /** The built-in vocabulary --text was looked up in, english or korean, or null. */
    String builtInVocabulary() {
        return tokens.builtInVocabulary();
    }

    /** Whether --text, --tokens or --vocabulary is given. */
    boolean tokensGiven() {
        return tokens.given();
    }

    /** The preset given, or {@link Preset#TINY}. */
    Preset preset() {
        return preset != null ? preset : Preset.TINY;
    }

    /** The cell activation given on the command line, or null. */
    Activation activation() {
        return activation;
    }

    /** The head activation given on the command line, or null. */
    HeadActivation headActivation() {
        return headActivation;
    }

    /**
     * The options given that describe a recipe (preset, seed, sizes, initialisation): they have no
     * meaning for a lesson whose numbers come from files.
     */
    List<String> recipeOptionsGiven() {
        List<String> given = new ArrayList<>();
        addIf(given, preset != null, "--preset");
        addIf(given, seed != null, "--seed");
        addIf(given, timesteps != null, "--timesteps");
        addIf(given, layer.inputFeatures() != null, "--input-features");
        addIf(given, layer.units() != null, "--units");
        addIf(given, outputSize != null, "--output-size");
        addIf(given, initialisation != null, "--init");
        return given;
    }

    private static void addIf(List<String> list, boolean condition, String option) {
        if (condition) {
            list.add(option);
        }
    }
}
