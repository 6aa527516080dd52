package dev.unroll.app;

import dev.unroll.grad.GradientComparison;
import dev.unroll.io.LessonSource;
import dev.unroll.rnn.LessonSpec;
import dev.unroll.rnn.Trace;
import dev.unroll.rnn.TraceMonitor;
import java.util.Objects;
import java.util.concurrent.Executor;
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
 * The gradients' norms of the lesson on screen and of its contrast ({@link GradientComparison}), worked
 * out off the JavaFX thread: read-only properties to bind to, and two commands, {@link #compute} and
 * {@link #cancel()}. A newer request cancels an older one still running; a cancelled or failed one
 * leaves no comparison and, when it failed, says why. Whoever owns the lesson (the window now, the
 * lesson's view model later) can own one of these and hand it to the panels that show it.
 */
final class GradientWork {

    private final Executor executor;
    private final ReadOnlyObjectWrapper<GradientComparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private Task<GradientComparison> running;
    /** The trace whose comparison is shown or being computed, so that the same lesson is not worked out twice. */
    private Trace asked;

    /** @param executor where the norms are computed, never the JavaFX thread */
    GradientWork(Executor executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    /** The comparison of the last lesson computed to the end; null while none is, or after a cancel or a failure. */
    ReadOnlyObjectProperty<GradientComparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    /** Whether the norms are being computed. */
    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The running computation's progress in [0, 1]. */
    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Why the last computation failed or stopped, or the empty string. */
    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Works out the comparison for the lesson of {@code document}, unless it is the one shown or being worked out. */
    void compute(LessonDocument document) {
        requireFxThread();
        if (document == null || document.trace() == asked) {
            return;
        }
        stop();
        asked = document.trace();
        LessonSpec spec = document.source() instanceof LessonSource.Seeded seeded ? seeded.spec() : null;
        comparison.set(null);
        problem.set("");
        Task<GradientComparison> task = new ComparisonTask(document.trace(), spec);
        running = task;
        busy.set(true);
        progress.bind(task.progressProperty());
        task.setOnSucceeded(e -> settle(task, () -> comparison.set(task.getValue())));
        task.setOnFailed(e -> settle(task, () -> problem.set(LessonViewModel.describe(task.getException()))));
        executor.execute(task);
    }

    /** Stops the computation in progress, if any, and says so; the lesson is worked out again when asked for. */
    void cancel() {
        requireFxThread();
        if (running != null) {
            stop();
            asked = null;
            problem.set(Words.get("gradients.cancelled"));
        }
    }

    private void stop() {
        Task<GradientComparison> old = running;
        running = null;
        if (old != null) {
            old.cancel();
        }
        progress.unbind();
        progress.set(0);
        busy.set(false);
    }

    /** The outcome of {@code task}, if it is still the one wanted; then nothing runs any more. */
    private void settle(Task<GradientComparison> task, Runnable outcome) {
        if (running == task) {
            outcome.run();
            // the task has finished: stopping it only lets go of it
            stop();
        }
    }

    private static void requireFxThread() {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("the gradients are asked for only on the JavaFX thread");
        }
    }

    /** One comparison; its cancellation stops the forward passes and the norms between steps. */
    private static final class ComparisonTask extends Task<GradientComparison> implements TraceMonitor {
        private final Trace trace;
        private final LessonSpec spec;

        ComparisonTask(Trace trace, LessonSpec spec) {
            this.trace = trace;
            this.spec = spec;
        }

        @Override
        protected GradientComparison call() {
            return GradientComparison.of(trace.lesson(), spec, this);
        }

        @Override
        public void progress(long done, long total) {
            updateProgress(done, total);
        }
    }
}
