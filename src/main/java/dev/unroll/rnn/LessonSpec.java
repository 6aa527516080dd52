package dev.unroll.rnn;

import java.util.Objects;

/**
 * The recipe for a lesson whose numbers come from a seed: sizes, activations, initialisation and
 * seed, and optionally an Embedding with its token ids. {@link #build()} draws the inputs and weights;
 * the same recipe always gives the same numbers. With an Embedding the seed draws its table E (V, M)
 * where it would draw the inputs, and the inputs are E's rows for the ids; the ids then number T.
 *
 * @param embedding the Embedding's rows and ids, or null for inputs drawn as vectors
 */
public record LessonSpec(Dimensions dimensions, Activation activation, HeadActivation headActivation,
                         Initialisation initialisation, long seed, EmbeddingRecipe embedding) {

    /** A recipe whose inputs are drawn as vectors, with no Embedding. */
    public LessonSpec(Dimensions dimensions, Activation activation, HeadActivation headActivation,
                      Initialisation initialisation, long seed) {
        this(dimensions, activation, headActivation, initialisation, seed, null);
    }

    /**
     * @throws IllegalArgumentException if the seed is outside [0, 2^32 − 1], or the ids are not T long
     */
    public LessonSpec {
        Objects.requireNonNull(dimensions, "dimensions");
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(headActivation, "headActivation");
        Objects.requireNonNull(initialisation, "initialisation");
        if (seed < 0 || seed > NumpyRandom.MAX_SEED) {
            throw new IllegalArgumentException("seed must be between 0 and " + NumpyRandom.MAX_SEED + ", got " + seed);
        }
        if (embedding != null) {
            Embedding.requireTable(embedding.rows(), dimensions.inputFeatures());
            if (embedding.tokens().size() != dimensions.timesteps()) {
                throw new IllegalArgumentException(embedding.tokens().size() + " token ids for " + dimensions.timesteps()
                        + " timesteps; expected one id per timestep");
            }
        }
    }

    /** Draws the inputs and weights this recipe describes. */
    public Lesson build() {
        NumpyRandom random = new NumpyRandom(seed);
        return switch (initialisation) {
            case NUMPY_UNIFORM -> Initialisers.numpyUniform(dimensions, activation, headActivation, embedding, random);
            case KERAS -> Initialisers.keras(dimensions, activation, headActivation, embedding, random);
        };
    }

    /** This recipe with other sizes; the ids of an Embedding are fitted to the new T (see {@link EmbeddingRecipe#fitted}). */
    public LessonSpec withDimensions(Dimensions d) {
        return new LessonSpec(d, activation, headActivation, initialisation, seed,
                embedding == null ? null : embedding.fitted(d.timesteps()));
    }

    /** This recipe with an Embedding of these rows and ids, T set to their number; null removes the Embedding. */
    public LessonSpec withEmbedding(EmbeddingRecipe e) {
        Dimensions d = e == null ? dimensions : dimensions.withTimesteps(e.tokens().size());
        return new LessonSpec(d, activation, headActivation, initialisation, seed, e);
    }

    /** This recipe with another cell activation. */
    public LessonSpec withActivation(Activation a) {
        return new LessonSpec(dimensions, a, headActivation, initialisation, seed, embedding);
    }

    /** This recipe with another head activation. */
    public LessonSpec withHeadActivation(HeadActivation a) {
        return new LessonSpec(dimensions, activation, a, initialisation, seed, embedding);
    }

    /** This recipe with another initialisation. */
    public LessonSpec withInitialisation(Initialisation i) {
        return new LessonSpec(dimensions, activation, headActivation, i, seed, embedding);
    }

    /** This recipe with another seed. */
    public LessonSpec withSeed(long s) {
        return new LessonSpec(dimensions, activation, headActivation, initialisation, s, embedding);
    }
}
