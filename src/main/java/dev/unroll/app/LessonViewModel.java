package dev.unroll.app;

import dev.unroll.rnn.Lesson;
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

    private final ReadOnlyObjectWrapper<LessonSpec> spec = new ReadOnlyObjectWrapper<>(this, "spec");
    private final ReadOnlyObjectWrapper<Trace> trace = new ReadOnlyObjectWrapper<>(this, "trace");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyDoubleWrapper spectralRadius = new ReadOnlyDoubleWrapper(this, "spectralRadius", Double.NaN);
    private final Executor executor;
    private final ReadOnlyObjectWrapper<LessonSpec> requested = new ReadOnlyObjectWrapper<>(this, "requestedSpec");
    private Task<Computed> running;

    /**
     * @param initial  the lesson to show first; it is computed at once in the background
     * @param executor where traces are computed, never the JavaFX thread
     */
    public LessonViewModel(LessonSpec initial, Executor executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
        spec.set(Objects.requireNonNull(initial, "initial"));
        requested.set(initial);
        compute(initial);
    }

    /** The recipe of the lesson on screen: it changes only when its trace is ready. */
    public ReadOnlyObjectProperty<LessonSpec> specProperty() {
        return spec.getReadOnlyProperty();
    }

    /** The recipe of the lesson on screen. */
    public LessonSpec getSpec() {
        return spec.get();
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
     * The recipe the controls should show: the one being computed, or else the one on screen.
     * It changes when a change is asked for, and falls back when that change is cancelled or fails.
     */
    public ReadOnlyObjectProperty<LessonSpec> requestedSpecProperty() {
        return requested.getReadOnlyProperty();
    }

    /** The recipe being computed, or else the one on screen. */
    public LessonSpec getRequestedSpec() {
        return requested.get();
    }

    /**
     * Asks for the lesson {@code edit} makes of the requested recipe. An edit that throws
     * {@link IllegalArgumentException} is refused with its message and changes nothing.
     *
     * @return false when the edit was refused
     */
    public boolean change(UnaryOperator<LessonSpec> edit) {
        requireFxThread();
        LessonSpec base = requested.get();
        LessonSpec next;
        try {
            next = edit.apply(base);
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return false;
        }
        problem.set("");
        if (next.equals(spec.get()) && trace.get() != null) {
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
        requested.set(spec.get());
    }

    private void stopRunning() {
        Task<Computed> old = running;
        if (old != null) {
            running = null;
            progress.unbind();
            progress.set(0);
            busy.set(false);
            old.cancel();
        }
    }

    private void compute(LessonSpec next) {
        Task<Computed> old = running;
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
            spectralRadius.set(task.getValue().spectralRadius());
            trace.set(task.getValue().trace());
            spec.set(next);
            problem.set("");
        }));
        task.setOnFailed(e -> finish(task, () -> {
            problem.set(describe(task.getException()));
            requested.set(spec.get());
        }));
        executor.execute(task);
    }

    private void finish(Task<Computed> task, Runnable outcome) {
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

    /** A lesson's trace and what is worked out from its weights alone. */
    private record Computed(Trace trace, double spectralRadius) {
    }

    /** Builds and runs one lesson; its cancellation stops the forward pass. */
    private static final class TraceTask extends Task<Computed> implements TraceMonitor {
        private final LessonSpec spec;

        TraceTask(LessonSpec spec) {
            this.spec = spec;
        }

        @Override
        protected Computed call() {
            Lesson lesson = spec.build();
            Trace trace = Trace.run(lesson, this);
            return new Computed(trace, Spectral.radiusOfU(lesson));
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
