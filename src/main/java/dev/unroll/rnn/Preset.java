package dev.unroll.rnn;

/** Ready-made lessons. */
public enum Preset {
    /** T 5, M 3, N 4 with a head of 2 and Keras initialisation: small enough to print every number. */
    TINY("tiny", "Tiny classroom", 0,
            new LessonSpec(new Dimensions(5, 3, 4, 2), Activation.TANH, HeadActivation.LINEAR, Initialisation.KERAS, 0)),
    /** The seed's numpy example: 100 timesteps, 32 input features, 64 units, uniform weights, no head. */
    SEED_NUMPY("seed-numpy", "The seed's numpy example", 0,
            new LessonSpec(new Dimensions(100, 32, 64, 0), Activation.TANH, HeadActivation.LINEAR,
                    Initialisation.NUMPY_UNIFORM, 0)),
    /**
     * The book's {@code Embedding(10000, 32)} + {@code SimpleRNN(32)}: each x_t is the row of the Embedding's
     * table E (10000, 32) that the t-th token id names, 32 units, Keras initialisation, the 20 ids of
     * {@link #REVIEW} in the built-in English vocabulary.
     */
    KERAS_EMBEDDING("keras-embedding", "Keras SimpleRNN(32) after Embedding(10000, 32)", 10_000,
            new LessonSpec(new Dimensions(20, 32, 32, 0), Activation.TANH, HeadActivation.LINEAR, Initialisation.KERAS, 0,
                    EmbeddingRecipe.of(10_000, Ids.REVIEW))),
    /** The same with {@code Dense(1, activation='sigmoid')} on top: a review's sentiment as y_t in (0, 1). */
    SENTIMENT("sentiment", "Sentiment: SimpleRNN(32) + Dense(1, sigmoid)", 10_000,
            new LessonSpec(new Dimensions(20, 32, 32, 1), Activation.TANH, HeadActivation.SIGMOID, Initialisation.KERAS, 0,
                    EmbeddingRecipe.of(10_000, Ids.REVIEW)));

    /** The review the Embedding presets read until another text is given. */
    public static final String REVIEW = "this movie was great the story is simple but the acting is wonderful and i would watch it again";

    /** Constants an enum's constructor arguments may name. */
    private static final class Ids {
        /** {@link #REVIEW} encoded in the built-in English vocabulary: 1 (start), then each word's id (a test checks them). */
        static final int[] REVIEW = {1, 14, 22, 16, 83, 4, 63, 9, 535, 19, 4, 106, 9, 338, 5, 12, 60, 100, 11, 164};
    }

    private final String key;
    private final String title;
    private final LessonSpec spec;
    private final int embeddingVocabulary;

    Preset(String key, String title, int embeddingVocabulary, LessonSpec spec) {
        this.key = key;
        this.title = title;
        this.embeddingVocabulary = embeddingVocabulary;
        this.spec = spec;
    }

    /** The vocabulary of the Embedding that feeds this lesson's x_t in the book's model, or 0 without one. */
    public int embeddingVocabulary() {
        return embeddingVocabulary;
    }

    /** The name used on the command line, for example {@code seed-numpy}. */
    public String key() {
        return key;
    }

    /** The name shown to users. */
    public String title() {
        return title;
    }

    /** The preset's recipe, with seed 0. */
    public LessonSpec spec() {
        return spec;
    }

    @Override
    public String toString() {
        return title;
    }
}
