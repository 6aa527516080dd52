package dev.unroll.io;

import dev.unroll.rnn.Activation;
import dev.unroll.rnn.Dimensions;
import dev.unroll.rnn.EmbeddingRecipe;
import dev.unroll.rnn.HeadActivation;
import dev.unroll.rnn.Lesson;
import dev.unroll.rnn.LessonSpec;
import java.util.Objects;

/**
 * Where a lesson's numbers come from: a seeded recipe, which draws them again each time, or explicit
 * weights and inputs (imported, or edited), which are kept as they are.
 */
public sealed interface LessonSource permits LessonSource.Seeded, LessonSource.Explicit {

    /** The lesson's inputs and weights. A seeded source draws them, which for large sizes takes a while. */
    Lesson build();

    /** T, M, N and K. */
    Dimensions dimensions();

    /** The cell's activation. */
    Activation activation();

    /** The head's activation. */
    HeadActivation headActivation();

    /** Whether the inputs are looked up in an Embedding by token ids. */
    boolean hasEmbedding();

    /** V, the rows of the Embedding's table, or 0 without an Embedding. */
    int embeddingRows();

    /** The token ids the Embedding looks up, one per timestep; none without an Embedding. */
    int[] tokens();

    /**
     * The same numbers with the Embedding looking up other ids; T becomes their number.
     *
     * @throws IllegalArgumentException without an Embedding, or for an id outside its rows
     */
    LessonSource withTokens(int[] ids);

    /** The same numbers with other activations. */
    LessonSource withActivations(Activation activation, HeadActivation headActivation);

    /**
     * The same lesson with its numbers kept rather than drawn: a recipe's numbers are drawn now, so a
     * lesson file opens to the same bits in any version of Unroll; explicit numbers stay as they are.
     */
    LessonSource withNumbers();

    private static void requireEmbedding(boolean has) {
        if (!has) {
            throw new IllegalArgumentException("token ids need a lesson with an Embedding, such as --preset sentiment; "
                    + "this lesson's inputs are vectors");
        }
    }

    /** A source that draws its numbers from a seed. */
    static LessonSource of(LessonSpec spec) {
        return new Seeded(spec);
    }

    /** A source that keeps these numbers, read from no file that is known. */
    static LessonSource of(Lesson lesson) {
        return new Explicit(lesson, null);
    }

    /** A source that keeps these numbers, read from {@code origin}. */
    static LessonSource of(Lesson lesson, NumbersOrigin origin) {
        return new Explicit(lesson, origin);
    }

    /** A recipe: sizes, seed, initialisation and activations. */
    record Seeded(LessonSpec spec) implements LessonSource {
        public Seeded {
            Objects.requireNonNull(spec, "spec");
        }

        @Override
        public Lesson build() {
            return spec.build();
        }

        @Override
        public Dimensions dimensions() {
            return spec.dimensions();
        }

        @Override
        public Activation activation() {
            return spec.activation();
        }

        @Override
        public HeadActivation headActivation() {
            return spec.headActivation();
        }

        @Override
        public boolean hasEmbedding() {
            return spec.embedding() != null;
        }

        @Override
        public int embeddingRows() {
            return hasEmbedding() ? spec.embedding().rows() : 0;
        }

        @Override
        public int[] tokens() {
            return hasEmbedding() ? spec.embedding().ids() : new int[0];
        }

        @Override
        public LessonSource withTokens(int[] ids) {
            requireEmbedding(hasEmbedding());
            return new Seeded(spec.withEmbedding(EmbeddingRecipe.of(spec.embedding().rows(), ids)));
        }

        @Override
        public LessonSource withActivations(Activation activation, HeadActivation headActivation) {
            return new Seeded(spec.withActivation(activation).withHeadActivation(headActivation));
        }

        @Override
        public LessonSource withNumbers() {
            return LessonSource.of(build());
        }
    }

    /**
     * Explicit weights, inputs and initial state, and the files they were read from where known (null
     * otherwise). Two sources are equal when their numbers are: where they were read from is history,
     * not content.
     */
    record Explicit(Lesson lesson, NumbersOrigin origin) implements LessonSource {
        public Explicit {
            Objects.requireNonNull(lesson, "lesson");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Explicit e && e.lesson.equals(lesson);
        }

        @Override
        public int hashCode() {
            return lesson.hashCode();
        }

        @Override
        public Lesson build() {
            return lesson;
        }

        @Override
        public Dimensions dimensions() {
            return lesson.dimensions();
        }

        @Override
        public Activation activation() {
            return lesson.activation();
        }

        @Override
        public HeadActivation headActivation() {
            return lesson.headActivation();
        }

        @Override
        public boolean hasEmbedding() {
            return lesson.embedding() != null;
        }

        @Override
        public int embeddingRows() {
            return hasEmbedding() ? lesson.embedding().rows() : 0;
        }

        @Override
        public int[] tokens() {
            return hasEmbedding() ? lesson.embedding().tokens() : new int[0];
        }

        @Override
        public LessonSource withTokens(int[] ids) {
            requireEmbedding(hasEmbedding());
            // the ids are given here, not read from the files: the files still hold the table and the weights
            return new Explicit(lesson.withEmbedding(lesson.embedding().withTokens(ids)), origin);
        }

        @Override
        public LessonSource withActivations(Activation activation, HeadActivation headActivation) {
            return new Explicit(lesson.withActivations(activation, headActivation), origin);
        }

        @Override
        public LessonSource withNumbers() {
            return this;
        }
    }
}
