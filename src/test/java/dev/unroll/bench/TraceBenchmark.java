package dev.unroll.bench;

import dev.unroll.rnn.Activation;
import dev.unroll.rnn.Dimensions;
import dev.unroll.rnn.HeadActivation;
import dev.unroll.rnn.Initialisation;
import dev.unroll.rnn.Lesson;
import dev.unroll.rnn.LessonSpec;
import dev.unroll.rnn.Preset;
import dev.unroll.rnn.Trace;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long the forward pass and the drawing of a lesson take: the seed's example (T 100, 32 → 64),
 * a long run (T 100,000, 32 → 64, past the limit for keeping every term) and a wide one (T 100, 32 → 512).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TraceBenchmark {

    @Param({"seed-example", "long-100k", "wide-512"})
    public String lesson;

    private LessonSpec spec;
    private Lesson built;

    @Setup
    public void setUp() {
        spec = switch (lesson) {
            case "seed-example" -> Preset.SEED_NUMPY.spec();
            case "long-100k" -> Preset.SEED_NUMPY.spec().withDimensions(new Dimensions(100_000, 32, 64, 0));
            case "wide-512" -> new LessonSpec(new Dimensions(100, 32, 512, 0), Activation.TANH,
                    HeadActivation.LINEAR, Initialisation.NUMPY_UNIFORM, 0);
            default -> throw new IllegalArgumentException(lesson);
        };
        built = spec.build();
    }

    /** Drawing the inputs and weights from the seed. */
    @Benchmark
    public Lesson draw() {
        return spec.build();
    }

    /** The forward pass h_0 → h_T over already drawn weights. */
    @Benchmark
    public Trace forwardPass() {
        return Trace.run(built);
    }
}
