package dev.unroll.rnn;

/** Ready-made lessons. */
public enum Preset {
    /** T 5, M 3, N 4 with a head of 2 and Keras initialisation: small enough to print every number. */
    TINY("tiny", "Tiny classroom",
            new LessonSpec(new Dimensions(5, 3, 4, 2), Activation.TANH, HeadActivation.LINEAR, Initialisation.KERAS, 0)),
    /** The seed's numpy example: 100 timesteps, 32 input features, 64 units, uniform weights, no head. */
    SEED_NUMPY("seed-numpy", "The seed's numpy example",
            new LessonSpec(new Dimensions(100, 32, 64, 0), Activation.TANH, HeadActivation.LINEAR,
                    Initialisation.NUMPY_UNIFORM, 0)),
    /**
     * The book's {@code Embedding(10000, 32)} + {@code SimpleRNN(32)}: each x_t is a 32-long word
     * vector (drawn here, as the embedding would look them up), 32 units, Keras initialisation, 20 words.
     */
    KERAS_EMBEDDING("keras-embedding", "Keras SimpleRNN(32) after Embedding(10000, 32)",
            new LessonSpec(new Dimensions(20, 32, 32, 0), Activation.TANH, HeadActivation.LINEAR, Initialisation.KERAS, 0)),
    /** The same with {@code Dense(1, activation='sigmoid')} on top: a review's sentiment as y_t in (0, 1). */
    SENTIMENT("sentiment", "Sentiment: SimpleRNN(32) + Dense(1, sigmoid)",
            new LessonSpec(new Dimensions(20, 32, 32, 1), Activation.TANH, HeadActivation.SIGMOID, Initialisation.KERAS, 0));

    private final String key;
    private final String title;
    private final LessonSpec spec;

    Preset(String key, String title, LessonSpec spec) {
        this.key = key;
        this.title = title;
        this.spec = spec;
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
