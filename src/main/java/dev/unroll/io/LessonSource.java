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

    /** A source that draws its numbers from a seed. */
    static LessonSource of(LessonSpec spec) {
        return new Seeded(spec);
    }

    /** A source that keeps these numbers. */
    static LessonSource of(Lesson lesson) {
        return new Explicit(lesson);
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
    }

    /** Explicit weights, inputs and initial state. */
    record Explicit(Lesson lesson) implements LessonSource {
        public Explicit {
            Objects.requireNonNull(lesson, "lesson");
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
                    lesson.b(), lesson.v(), lesson.c(), lesson.initialState()));
        }
    }
}
