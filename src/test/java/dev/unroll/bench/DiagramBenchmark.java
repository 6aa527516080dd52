package dev.unroll.bench;

import dev.unroll.diagram.ColourScales;
import dev.unroll.diagram.DiagramLayout;
import dev.unroll.diagram.DiagramLook;
import dev.unroll.diagram.DiagramOptions;
import dev.unroll.diagram.DiagramPainter;
import dev.unroll.diagram.Drawing;
import dev.unroll.diagram.StillPicture;
import dev.unroll.diagram.Theme;
import dev.unroll.diagram.ViewKind;
import dev.unroll.render.Java2DRenderer;
import dev.unroll.render.SvgRenderer;
import dev.unroll.rnn.Dimensions;
import dev.unroll.rnn.Preset;
import dev.unroll.rnn.Trace;
import java.awt.image.BufferedImage;
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
 * What one screen frame and one snapshot cost: laying out and painting a 1,400-pixel viewport of the
 * unrolled chain (the same work for T 100 and T 100,000), and writing a still picture as SVG or PNG.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Djava.awt.headless=true")
public class DiagramBenchmark {

    @Param({"100", "100000"})
    public int timesteps;

    private Trace trace;
    private ColourScales scales;
    private DiagramOptions options;
    private double middle;
    private Drawing still;

    @Setup
    public void setUp() {
        trace = Trace.run(Preset.SEED_NUMPY.spec().withDimensions(new Dimensions(timesteps, 32, 64, 0)).build());
        scales = ColourScales.of(trace);
        options = DiagramOptions.still(DiagramLook.DEFAULT.withHead(false).withView(ViewKind.BOTH), timesteps / 2);
        middle = DiagramLayout.of(trace.lesson().dimensions(), options, 1, timesteps, 0, 0).columnLeft(timesteps / 2);
        still = StillPicture.draw(trace, options, Theme.LIGHT);
    }

    /** One frame of the screen: lay out and paint what a 1,400-pixel-wide view shows, mid-chain. */
    @Benchmark
    public Drawing viewportFrame() {
        DiagramLayout layout = DiagramLayout.of(trace.lesson().dimensions(), options, 1, timesteps, middle, middle + 1400);
        return DiagramPainter.paint(layout, trace, scales, Theme.LIGHT);
    }

    /** A snapshot as SVG text. */
    @Benchmark
    public String stillAsSvg() {
        return SvgRenderer.render(still);
    }

    /** A snapshot as a 2× image, as the PNG export draws it. */
    @Benchmark
    public BufferedImage stillAsImage() {
        return Java2DRenderer.render(still, 2, false);
    }
}
