package dev.unroll.code;

import dev.unroll.io.LessonSource;
import dev.unroll.io.NumbersOrigin;
import dev.unroll.rnn.LessonSpec;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a generated program gets a lesson's numbers: drawn again from the recipe's seed, or loaded
 * from the very files Unroll read them from.
 */
public sealed interface ProgramNumbers permits ProgramNumbers.Drawn, ProgramNumbers.Loaded {

    /** The recipe's draws, made again with numpy's legacy generator from the same seed, in the same order. */
    record Drawn(LessonSpec spec) implements ProgramNumbers {
        public Drawn {
            Objects.requireNonNull(spec, "spec");
        }
    }

    /** Arrays loaded from the files they were read from. */
    record Loaded(NumbersOrigin origin) implements ProgramNumbers {
        public Loaded {
            Objects.requireNonNull(origin, "origin");
        }
    }

    /**
     * Where a program finds the numbers of {@code source}: its recipe, or the files its numbers were
     * read from; empty for numbers from no known file.
     */
    static Optional<ProgramNumbers> of(LessonSource source) {
        if (source instanceof LessonSource.Seeded seeded) {
            return Optional.of(new Drawn(seeded.spec()));
        }
        NumbersOrigin origin = ((LessonSource.Explicit) source).origin();
        return origin == null ? Optional.empty() : Optional.of(new Loaded(origin));
    }
}
