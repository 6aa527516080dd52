package dev.unroll.code;

import dev.unroll.rnn.LessonSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

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
     * Arrays loaded from files. Each is named by its role in Unroll's names ({@code x}, {@code W},
     * {@code U}, {@code b}, and where present {@code V}, {@code c}, {@code h0}); W, U and b are required,
     * and x too.
     */
    record Loaded(List<StoredArray> arrays) implements ProgramNumbers {
        public Loaded {
            arrays = List.copyOf(arrays);
            for (String required : List.of("x", "W", "U", "b")) {
                if (arrays.stream().noneMatch(a -> a.role().equals(required))) {
                    throw new IllegalArgumentException("no array for " + required);
                }
            }
        }

        /** The stored array of a role, or null. */
        StoredArray array(String role) {
            return arrays.stream().filter(a -> a.role().equals(role)).findFirst().orElse(null);
        }
    }

    /**
     * One array in a file: the role it plays in Unroll's names, the file, the name under which the
     * file stores it (an entry of an .npz, a key of a lesson file's {@code weights}; null for a file
     * that holds this one array), and whether it is stored transposed, as Keras stores its kernels.
     */
    record StoredArray(String role, Path file, String storedName, boolean transposed) {
        public StoredArray {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(file, "file");
        }
    }
}
