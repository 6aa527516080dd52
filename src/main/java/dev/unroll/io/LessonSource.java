package dev.unroll.io;

import dev.unroll.rnn.Activation;
import dev.unroll.rnn.Dimensions;
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

    /** The same numbers with other activations. */
    LessonSource withActivations(Activation activation, HeadActivation headActivation);

    /**
     * The same lesson with its numbers kept rather than drawn: a recipe's numbers are drawn now, so a
     * lesson file opens to the same bits in any version of Unroll; explicit numbers stay as they are.
     */
    LessonSource withNumbers();

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
        public LessonSource withActivations(Activation activation, HeadActivation headActivation) {
            return new Explicit(new Lesson(activation, headActivation, lesson.inputs(), lesson.w(), lesson.u(),
                    lesson.b(), lesson.v(), lesson.c(), lesson.initialState()), origin);
        }

        @Override
        public LessonSource withNumbers() {
            return this;
        }
    }
}
