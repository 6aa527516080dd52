package dev.unroll.app;

import dev.unroll.rnn.TraceMonitor;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.application.Platform;
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
 * The latest of a series of computations, run off the JavaFX thread one at a time: starting one cancels
 * the one still running, whose result is then never shown. Read-only properties hold the result of the
 * last one to finish (null while one runs, or after a cancel or a failure), whether one runs, its progress,
 * and why the last one failed. The work is handed a {@link TraceMonitor} that reports its progress and
 * says when it is cancelled, as the engine's long loops ask. Used on the JavaFX thread only.
 *
 * @param <T> what the computation gives
 */
final class LatestWork<T> {

    private final Executor executor;
    private final ReadOnlyObjectWrapper<T> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private Task<T> running;

    /** @param executor where the work runs, never the JavaFX thread */
    LatestWork(Executor executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    ReadOnlyObjectProperty<T> resultProperty() {
        return result.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The running computation's progress in [0, 1]. */
    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Why the last computation failed or was stopped, or the empty string. */
    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Starts {@code work}, cancelling the computation still running; the result is null until it ends. */
    void start(Function<TraceMonitor, T> work) {
        requireFxThread();
        clear();
        Task<T> task = new MonitoredTask<>(work);
        running = task;
        busy.set(true);
        progress.bind(task.progressProperty());
        task.setOnSucceeded(e -> settle(task, () -> result.set(task.getValue())));
        task.setOnFailed(e -> settle(task, () -> problem.set(LessonViewModel.describe(task.getException()))));
        executor.execute(task);
    }

    /**
     * Stops the computation in progress and, when one was running, says {@code why} (empty to say
     * nothing); returns whether one was.
     */
    boolean cancel(String why) {
        requireFxThread();
        boolean wasRunning = running != null;
        stop();
        if (wasRunning) {
            problem.set(why);
        }
        return wasRunning;
    }

    /** Stops the computation in progress and forgets the last result and problem. */
    void clear() {
        stop();
        result.set(null);
        problem.set("");
    }

    private void stop() {
        Task<T> old = running;
        running = null;
        if (old != null) {
            old.cancel();
        }
        progress.unbind();
        progress.set(0);
        busy.set(false);
    }

    /** The outcome of {@code task}, if it is still the one wanted; then nothing runs any more. */
    private void settle(Task<T> task, Runnable outcome) {
        if (running == task) {
            outcome.run();
            // the task has finished: stopping it only lets go of it
            stop();
        }
    }

    private static void requireFxThread() {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("background work is started and stopped only on the JavaFX thread");
        }
    }

    /** A task whose work sees its progress and cancellation through a {@link TraceMonitor}. */
    private static final class MonitoredTask<T> extends Task<T> implements TraceMonitor {
        private final Function<TraceMonitor, T> work;

        MonitoredTask(Function<TraceMonitor, T> work) {
            this.work = work;
        }

        @Override
        protected T call() {
            return work.apply(this);
        }

        @Override
        public void progress(long done, long total) {
            updateProgress(done, total);
        }
    }
}
