package dev.unroll.code;

import dev.unroll.io.LessonSource;
import dev.unroll.io.NumbersOrigin;
import dev.unroll.rnn.LessonSpec;
import dev.unroll.rnn.Embedding;
import java.util.Arrays;
import java.util.List;
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

    /**
     * Arrays loaded from the files they were read from, and with an Embedding the ids it looks up, which
     * the program spells out (they may have come from the command line, not a file).
     *
     * @param tokens the ids, or null without an Embedding
     */
    record Loaded(NumbersOrigin origin, List<Integer> tokens) implements ProgramNumbers {
        public Loaded {
            Objects.requireNonNull(origin, "origin");
            tokens = tokens == null ? null : List.copyOf(tokens);
        }

        /** Arrays loaded from files, with no Embedding. */
        public Loaded(NumbersOrigin origin) {
            this(origin, null);
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
        LessonSource.Explicit explicit = (LessonSource.Explicit) source;
        NumbersOrigin origin = explicit.origin();
        if (origin == null) {
            return Optional.empty();
        }
        Embedding e = explicit.lesson().embedding();
        return Optional.of(new Loaded(origin, e == null ? null : Arrays.stream(e.tokens()).boxed().toList()));
    }
}
