package dev.unroll.perf;

import com.sun.javafx.perf.PerformanceTracker;
import dev.unroll.app.DiagramView;
import dev.unroll.app.DiagramViewState;
import dev.unroll.app.StepPlayer;
import dev.unroll.diagram.Paint;
import dev.unroll.diagram.Theme;
import dev.unroll.diagram.ViewKind;
import dev.unroll.render.CanvasRenderer;
import dev.unroll.rnn.Dimensions;
import dev.unroll.rnn.Lesson;
import dev.unroll.rnn.Preset;
import dev.unroll.rnn.Trace;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The frames' figures: {@code frame-unrolled-seed} and {@code frame-unrolled-100k-512}, the
 * milliseconds from a changed phase of playback to the frame that shows it rendered, for the unrolled
 * view of the window's own diagram ({@link DiagramView} bound to a {@link DiagramViewState}) in a
 * 1600 × 1000 scene, painted by the real JavaFX pipeline: headless Monocle with the software renderer.
 * <p>
 * Each sample starts in an {@link AnimationTimer}, at the start of a pulse, as playing starts each
 * frame: the view state advances by one 60th of a second at 1× ({@link StepPlayer#SECONDS_PER_STEP}),
 * as {@link StepPlayer#tick} does. It ends when the render thread reports the frame rendered. What
 * marks "rendered": Quantum's paint collector, once a scene's render job has painted the scene and
 * handed it to the screen (for Monocle, copied into its frame buffer), calls the scene's paint
 * listener, which runs the {@link PerformanceTracker}'s rendered-frame task; that task ends the
 * sample. One frame is in flight at a time, so the frame that ends a sample is the one holding its
 * change: the next phase waits for it.
 * <p>
 * A phase whose picture happens not to differ from the last one would repaint nothing and wait for
 * no frame; so when the view has painted (its layout property changes), a one-pixel marker under the
 * diagram changes colour, which makes sure a frame follows. That frame costs what the diagram's
 * change costs plus one pixel.
 */
final class FrameFigures implements FigureSource {

    static final String SEED = "frame-unrolled-seed";
    static final String LONG = "frame-unrolled-100k-512";
    static final double WIDTH = 1600;
    static final double HEIGHT = 1000;
    /** Frames painted before the samples, for the JIT and the caches the pipeline fills. */
    private static final int WARM_UP = 60;
    /** How long a single frame may take before the figure is given up as broken. */
    private static final long FRAME_TIMEOUT_SECONDS = 10;

    @Override
    public List<String> names() {
        return List.of(SEED, LONG);
    }

    @Override
    public void measure(Predicate<String> wanted, boolean quick, Consumer<Figure> out) throws Exception {
        int samples = quick ? 60 : 400;
        if (wanted.test(SEED)) {
            out.accept(figure(SEED, Preset.SEED_NUMPY.spec().build(), samples));
        }
        if (wanted.test(LONG)) {
            out.accept(figure(LONG, Preset.SEED_NUMPY.spec().withDimensions(new Dimensions(100_000, 32, 512, 0)).build(), samples));
        }
    }

    private static Figure figure(String name, Lesson lesson, int samples) throws Exception {
        Trace trace = Trace.run(lesson);
        startToolkit();
        Playback playback = onFxThread(() -> new Playback(trace, WARM_UP + samples));
        try {
            double[] times = playback.await(WARM_UP + samples);
            return Samples.figure(name, "ms", java.util.Arrays.copyOfRange(times, WARM_UP, times.length));
        } finally {
            onFxThread(() -> {
                playback.close();
                return null;
            });
        }
    }

    /** Starts JavaFX headless with the software renderer, once; the properties must be set before it starts. */
    private static synchronized void startToolkit() throws InterruptedException {
        if (started) {
            return;
        }
        HeadlessWindow.setInThisProcess();
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        Platform.setImplicitExit(false);
        up.await();
        started = true;
    }

    private static boolean started;

    private static <T> T onFxThread(Supplier<T> work) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                result.set(work.get());
            } catch (RuntimeException e) {
                failure.set(e);
            } finally {
                done.countDown();
            }
        });
        if (!done.await(FRAME_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the JavaFX thread did not answer within " + FRAME_TIMEOUT_SECONDS + " s");
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    /** One window playing a lesson in the unrolled view, timing each frame; made and closed on the JavaFX thread. */
    private static final class Playback {

        private final DiagramViewState state = new DiagramViewState();
        private final DiagramView view = new DiagramView();
        private final Region marker = new Region();
        private final Stage stage = new Stage();
        private final double[] times;
        private final CountDownLatch finished = new CountDownLatch(1);
        private final AnimationTimer clock;
        /** Samples taken; written by the render thread before it clears {@link #inFlight}. */
        private volatile int taken;
        /** When the current sample's phase changed, in nanoseconds; written before {@link #inFlight} is set. */
        private volatile long changedAt;
        /** Whether a sample waits for its frame. */
        private volatile boolean inFlight;
        /** Whether the view has painted the current sample's phase, so the next frame rendered shows it. */
        private volatile boolean painted;
        private boolean markerLit;

        Playback(Trace trace, int frames) {
            times = new double[frames];
            state.lessonChanged(trace.timesteps(), trace.units(), false);
            state.setView(ViewKind.UNROLLED);
            state.setPosition(1, 0);
            view.optionsProperty().bind(state.optionsBinding());
            view.traceProperty().set(trace);
            // as the window does: the step being played stays in view
            state.tProperty().addListener((obs, old, now) -> view.showStep(now.intValue()));
            view.setPrefSize(WIDTH, HEIGHT);
            view.setMinSize(WIDTH, HEIGHT);
            view.setMaxSize(WIDTH, HEIGHT);
            marker.setPrefSize(WIDTH, 1);
            marker.setMinHeight(1);
            view.layoutProperty().addListener((obs, old, now) -> {
                if (inFlight && !painted) {
                    markerLit = !markerLit;
                    marker.setBackground(Background.fill(CanvasRenderer.color(Paint.of(markerLit ? Theme.LIGHT.ink() : Theme.LIGHT.rulerBand()))));
                    painted = true;
                }
            });
            Scene scene = new Scene(new VBox(view, marker), WIDTH, HEIGHT + 1);
            PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(this::frameRendered);
            stage.setScene(scene);
            stage.show();
            double stepsPerFrame = 1 / (60 * StepPlayer.SECONDS_PER_STEP);
            clock = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (inFlight || taken >= times.length) {
                        return;
                    }
                    if (state.atEnd()) {
                        state.setPosition(1, 0);
                    }
                    painted = false;
                    changedAt = System.nanoTime();
                    inFlight = true;
                    state.advance(stepsPerFrame);
                }
            };
            clock.start();
        }

        /** On the render thread: ends the sample in flight once its phase has been painted. */
        private void frameRendered() {
            if (inFlight && painted) {
                times[taken] = (System.nanoTime() - changedAt) / 1e6;
                taken++;
                painted = false;
                // last, so the clock sees the sample recorded before it starts the next
                inFlight = false;
                if (taken == times.length) {
                    finished.countDown();
                }
            }
        }

        double[] await(int frames) throws InterruptedException {
            if (!finished.await(FRAME_TIMEOUT_SECONDS * frames, TimeUnit.SECONDS)) {
                throw new IllegalStateException("only " + taken + " of " + frames + " frames were rendered");
            }
            return times;
        }

        void close() {
            clock.stop();
            stage.close();
        }
    }
}
