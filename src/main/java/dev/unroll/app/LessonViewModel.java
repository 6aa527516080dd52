package dev.unroll.app;

import dev.unroll.rnn.LessonSpec;
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
import javafx.concurrent.Task;

/**
 * The lesson on screen: its recipe and its trace as read-only properties, changed only through
 * {@link #change(UnaryOperator)}. Each change is computed off the JavaFX thread; a newer change
 * cancels an older one still running, and a change that fails leaves the lesson as it was and
 * says why in {@link #problemProperty()}.
 */
public final class LessonViewModel {

    private final ReadOnlyObjectWrapper<LessonSpec> spec = new ReadOnlyObjectWrapper<>(this, "spec");
    private final ReadOnlyObjectWrapper<Trace> trace = new ReadOnlyObjectWrapper<>(this, "trace");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final Executor executor;
    private Task<Trace> running;
    /** The recipe {@link #running} computes. */
    private LessonSpec pending;

    /**
     * @param initial  the lesson to show first; it is computed at once in the background
     * @param executor where traces are computed, never the JavaFX thread
     */
    public LessonViewModel(LessonSpec initial, Executor executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
        spec.set(Objects.requireNonNull(initial, "initial"));
        compute(initial);
    }

    /** The recipe of the lesson on screen: it changes only when its trace is ready. */
    public ReadOnlyObjectProperty<LessonSpec> specProperty() {
        return spec.getReadOnlyProperty();
    }

    public LessonSpec getSpec() {
        return spec.get();
    }

    /** The trace of the lesson on screen; null until the first one is computed. */
    public ReadOnlyObjectProperty<Trace> traceProperty() {
        return trace.getReadOnlyProperty();
    }

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

    /** Why the last change was refused, or the empty string. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /**
     * Asks for the lesson {@code edit} makes of the current recipe (or of the one still being
     * computed). An edit that throws {@link IllegalArgumentException} is refused with its message.
     */
    public void change(UnaryOperator<LessonSpec> edit) {
        LessonSpec next;
        try {
            next = edit.apply(pendingOrCurrent());
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return;
        }
        boolean alreadyThere = next.equals(pendingOrCurrent()) && (running != null || trace.get() != null);
        if (!alreadyThere) {
            compute(next);
        }
    }

    /** Stops the computation in progress, if any; the lesson on screen stays. */
    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    private LessonSpec pendingOrCurrent() {
        return running != null && pending != null ? pending : spec.get();
    }

    private void compute(LessonSpec next) {
        cancel();
        pending = next;
        TraceTask task = new TraceTask(next);
        running = task;
        busy.set(true);
        progress.bind(task.progressProperty());
        task.setOnSucceeded(e -> finish(task, () -> {
            spec.set(next);
            trace.set(task.getValue());
            problem.set("");
        }));
        task.setOnFailed(e -> finish(task, () -> problem.set(describe(task.getException()))));
        task.setOnCancelled(e -> finish(task, () -> { }));
        executor.execute(task);
    }

    private void finish(Task<Trace> task, Runnable outcome) {
        if (running != task) {
            return;
        }
        running = null;
        pending = null;
        progress.unbind();
        progress.set(0);
        busy.set(false);
        outcome.run();
    }

    /** Builds and runs one lesson; its cancellation stops the forward pass. */
    private static final class TraceTask extends Task<Trace> implements TraceMonitor {
        private final LessonSpec spec;

        TraceTask(LessonSpec spec) {
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
