package dev.unroll.app;

import dev.unroll.io.LessonSource;
import dev.unroll.rnn.LessonSpec;
import dev.unroll.rnn.Spectral;
import dev.unroll.rnn.Trace;
import dev.unroll.rnn.TraceMonitor;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * The lesson on screen: its recipe and its trace as read-only properties, changed only through
 * {@link #change(UnaryOperator)} and {@link #cancel()}, on the JavaFX thread. Each change is
 * computed off that thread; a newer change cancels an older one still running, and a change that
 * fails leaves the lesson as it was and says why in {@link #problemProperty()}. The trace is set
 * before the recipe, and busy turns false last, so a listener on either sees the new pair.
 */
public final class LessonViewModel {

    /** The most units for which ρ(U) is worked out: at 512 it takes about a second. */
    public static final int MAX_UNITS_FOR_SPECTRUM = 512;
    private static final java.util.concurrent.ExecutorService SPECTRUM = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "unroll-spectrum");
        thread.setDaemon(true);
        return thread;
    });

    private final ReadOnlyObjectWrapper<LessonSource> source = new ReadOnlyObjectWrapper<>(this, "source");
    private final ReadOnlyObjectWrapper<Trace> trace = new ReadOnlyObjectWrapper<>(this, "trace");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyDoubleWrapper spectralRadius = new ReadOnlyDoubleWrapper(this, "spectralRadius", Double.NaN);
    private final Executor executor;
    private final ReadOnlyObjectWrapper<LessonSource> requested = new ReadOnlyObjectWrapper<>(this, "requestedSource");
    private Task<Trace> running;

    /**
     * @param initial  the lesson to show first; it is computed at once in the background
     * @param executor where traces are computed, never the JavaFX thread
     */
    public LessonViewModel(LessonSpec initial, Executor executor) {
        this(LessonSource.of(initial), executor);
    }

    /**
     * @param initial  the lesson to show first; it is computed at once in the background
     * @param executor where traces are computed, never the JavaFX thread
     */
    public LessonViewModel(LessonSource initial, Executor executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
        source.set(Objects.requireNonNull(initial, "initial"));
        requested.set(initial);
        compute(initial);
    }

    /** Where the lesson on screen comes from (a recipe, or explicit weights): it changes only when its trace is ready. */
    public ReadOnlyObjectProperty<LessonSource> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /** Where the lesson on screen comes from. */
    public LessonSource getSource() {
        return source.get();
    }

    /** The trace of the lesson on screen; null until the first one is computed. */
    public ReadOnlyObjectProperty<Trace> traceProperty() {
        return trace.getReadOnlyProperty();
    }

    /** The trace of the lesson on screen, or null before the first. */
    public Trace getTrace() {
        return trace.get();
    }

    /** Whether a trace is being computed. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The running computation's progress in [0, 1]. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** ρ(U), the spectral radius of the lesson on screen's recurrent matrix; NaN before the first lesson. */
    public ReadOnlyDoubleProperty spectralRadiusProperty() {
        return spectralRadius.getReadOnlyProperty();
    }

    /** Why the last change was refused, or the empty string. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /**
     * The lesson the controls should show: the one being computed, or else the one on screen.
     * It changes when a change is asked for, and falls back when that change is cancelled or fails.
     */
    public ReadOnlyObjectProperty<LessonSource> requestedSourceProperty() {
        return requested.getReadOnlyProperty();
    }

    /** The lesson being computed, or else the one on screen. */
    public LessonSource getRequestedSource() {
        return requested.get();
    }

    /** Shows another lesson altogether: a preset, an opened file, imported weights. */
    public boolean open(LessonSource next) {
        return change(s -> next);
    }

    /**
     * Edits the recipe of a lesson that has one. Weights from a file have no recipe: their sizes,
     * seed and initialisation cannot change, and such an edit is refused with a message.
     *
     * @return false when the edit was refused
     */
    public boolean changeRecipe(UnaryOperator<LessonSpec> edit) {
        return change(s -> {
            if (!(s instanceof LessonSource.Seeded seeded)) {
                throw new IllegalArgumentException("this lesson's weights came from a file, so its sizes, seed and "
                        + "initialisation are fixed; pick a preset to start from a seed");
            }
            return LessonSource.of(edit.apply(seeded.spec()));
        });
    }

    /**
     * Asks for the lesson {@code edit} makes of the requested one. An edit that throws
     * {@link IllegalArgumentException} is refused with its message and changes nothing.
     *
     * @return false when the edit was refused
     */
    public boolean change(UnaryOperator<LessonSource> edit) {
        requireFxThread();
        LessonSource base = requested.get();
        LessonSource next;
        try {
            next = edit.apply(base);
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return false;
        }
        problem.set("");
        if (next.equals(source.get()) && trace.get() != null) {
            // back to the lesson on screen: nothing to compute
            stopRunning();
            requested.set(next);
        } else if (!next.equals(base) || running == null) {
            compute(next);
        }
        return true;
    }

    /** Clears the message about a refused change. */
    public void dismissProblem() {
        problem.set("");
    }

    /** Stops the computation in progress, if any; the lesson on screen stays. */
    public void cancel() {
        requireFxThread();
        stopRunning();
        requested.set(source.get());
    }

    private void stopRunning() {
        Task<Trace> old = running;
        if (old != null) {
            running = null;
            progress.unbind();
            progress.set(0);
            busy.set(false);
            old.cancel();
        }
    }

    private void compute(LessonSource next) {
        Task<Trace> old = running;
        // forget the old task before cancelling it, so its handlers see it is no longer wanted
        running = null;
        if (old != null) {
            old.cancel();
        }
        TraceTask task = new TraceTask(next);
        running = task;
        requested.set(next);
        busy.set(true);
        progress.bind(task.progressProperty());
        task.setOnSucceeded(e -> finish(task, () -> {
            spectralRadius.set(Double.NaN);
            trace.set(task.getValue());
            source.set(next);
            problem.set("");
            computeSpectralRadius(task.getValue());
        }));
        task.setOnFailed(e -> finish(task, () -> {
            problem.set(describe(task.getException()));
            requested.set(source.get());
        }));
        executor.execute(task);
    }

    /**
     * ρ(U) costs O(N³) and cannot be interrupted, so it is worked out after the lesson is on screen, on
     * a thread of its own, and only up to {@value #MAX_UNITS_FOR_SPECTRUM} units; a newer lesson's
     * result replaces an older one's.
     */
    private void computeSpectralRadius(Trace shown) {
        if (shown.units() > MAX_UNITS_FOR_SPECTRUM) {
            return;
        }
        Task<Double> task = new Task<>() {
            @Override
            protected Double call() {
                return Spectral.radiusOfU(shown.lesson());
            }
        };
        task.setOnSucceeded(e -> {
            if (trace.get() == shown) {
                spectralRadius.set(task.getValue());
            }
        });
        SPECTRUM.execute(task);
    }

    private void finish(Task<Trace> task, Runnable outcome) {
        if (running != task) {
            return;
        }
        running = null;
        progress.unbind();
        progress.set(0);
        outcome.run();
        busy.set(false);
    }

    private static void requireFxThread() {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("the lesson changes only on the JavaFX thread");
        }
    }


    /** Builds and runs one lesson; its cancellation stops the forward pass. */
    private static final class TraceTask extends Task<Trace> implements TraceMonitor {
        private final LessonSource spec;

        TraceTask(LessonSource spec) {
            this.spec = spec;
        }

        @Override
        protected Trace call() {
            return Trace.run(spec.build(), this);
        }

        @Override
        public void progress(long done, long total) {
            updateProgress(done, total);
        }
    }

    private static String describe(Throwable error) {
        if (error instanceof OutOfMemoryError) {
            return "not enough memory for a lesson this large; try fewer timesteps or units";
        }
        return error.getMessage() != null ? error.getMessage() : error.toString();
    }
}
