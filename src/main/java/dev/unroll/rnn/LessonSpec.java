package dev.unroll.rnn;

import java.util.Objects;

/**
 * The recipe for a lesson whose numbers come from a seed: sizes, activations, initialisation and
 * seed. {@link #build()} draws the inputs and weights; the same recipe always gives the same numbers.
 */
public record LessonSpec(Dimensions dimensions, Activation activation, HeadActivation headActivation,
                         Initialisation initialisation, long seed) {

    /**
     * @throws IllegalArgumentException if the seed is outside [0, 2^32 − 1]
     */
    public LessonSpec {
        Objects.requireNonNull(dimensions, "dimensions");
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(headActivation, "headActivation");
        Objects.requireNonNull(initialisation, "initialisation");
        if (seed < 0 || seed > NumpyRandom.MAX_SEED) {
            throw new IllegalArgumentException("seed must be between 0 and " + NumpyRandom.MAX_SEED + ", got " + seed);
        }
    }

    /** Draws the inputs and weights this recipe describes. */
    public Lesson build() {
        NumpyRandom random = new NumpyRandom(seed);
        return switch (initialisation) {
            case NUMPY_UNIFORM -> Initialisers.numpyUniform(dimensions, activation, headActivation, random);
            case KERAS -> Initialisers.keras(dimensions, activation, headActivation, random);
        };
    }

    /** This recipe with other sizes. */
    public LessonSpec withDimensions(Dimensions d) {
        return new LessonSpec(d, activation, headActivation, initialisation, seed);
    }

    /** This recipe with another cell activation. */
    public LessonSpec withActivation(Activation a) {
        return new LessonSpec(dimensions, a, headActivation, initialisation, seed);
    }

    /** This recipe with another head activation. */
    public LessonSpec withHeadActivation(HeadActivation a) {
        return new LessonSpec(dimensions, activation, a, initialisation, seed);
    }

    /** This recipe with another initialisation. */
    public LessonSpec withInitialisation(Initialisation i) {
        return new LessonSpec(dimensions, activation, headActivation, i, seed);
    }

    /** This recipe with another seed. */
    public LessonSpec withSeed(long s) {
        return new LessonSpec(dimensions, activation, headActivation, initialisation, s);
    }
}
