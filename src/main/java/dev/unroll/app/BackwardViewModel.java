package dev.unroll.app;

import dev.unroll.diagram.BackwardPicture;
import dev.unroll.grad.Gradients;
import dev.unroll.grad.LossChoice;
import dev.unroll.rnn.Trace;
import dev.unroll.rnn.TraceMonitor;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Task;

/**
 * The gradients of the lesson on screen, the one place the window computes them: while {@link #activeProperty()
 * active} (the backward mode, or any view that reads gradients), each new trace or choice of the steps that
 * count starts a backward pass off the JavaFX thread, under the {@linkplain LossChoice#defaults default loss};
 * a newer request cancels an older one still running, as does {@link #cancel()}. {@link #gradientsProperty()}
 * holds the result, or null while none fits the lesson on screen.
 */
public final class BackwardViewModel {

    private final ObservableValue<Trace> trace;
    private final ObservableValue<Boolean> returnSequences;
    private final Executor executor;
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", false);
    private final ReadOnlyObjectWrapper<BackwardPicture> gradients = new ReadOnlyObjectWrapper<>(this, "gradients");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private Task<BackwardPicture> running;
    /** What the gradients on hand were computed for: the trace and whether every step counted. */
    private Trace computedFor;
    private boolean computedWithSequences;

    /**
     * @param trace           the trace of the lesson on screen
     * @param returnSequences whether every step's output counts in the loss (Keras's return_sequences)
     * @param executor        where the backward passes run, never the JavaFX thread
     */
    public BackwardViewModel(ObservableValue<Trace> trace, ObservableValue<Boolean> returnSequences, Executor executor) {
        this.trace = Objects.requireNonNull(trace, "trace");
        this.returnSequences = Objects.requireNonNull(returnSequences, "returnSequences");
        this.executor = Objects.requireNonNull(executor, "executor");
        trace.addListener((obs, old, now) -> update());
        returnSequences.addListener((obs, old, now) -> update());
        active.addListener((obs, old, now) -> update());
    }

    /** Whether gradients are wanted: while it is false nothing is computed. */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** The gradients of the lesson on screen under the default loss, or null while they are computed or not wanted. */
    public ReadOnlyObjectProperty<BackwardPicture> gradientsProperty() {
        return gradients.getReadOnlyProperty();
    }

    /** Whether a backward pass is running. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The running backward pass's progress in [0, 1]. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Why the last backward pass failed (a run too long to hold, say), or the empty string. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Stops the backward pass in progress, if any; no gradients are shown until the lesson changes again. */
    public void cancel() {
        Task<BackwardPicture> old = running;
        running = null;
        if (old != null) {
            old.cancel();
        }
        progress.unbind();
        progress.set(0);
        busy.set(false);
    }

    private void update() {
        Trace now = trace.getValue();
        boolean sequences = Boolean.TRUE.equals(returnSequences.getValue());
        if (!active.get() || now == null) {
            return;
        }
        if (gradients.get() != null && computedFor == now && computedWithSequences == sequences) {
            return;
        }
        cancel();
        gradients.set(null);
        problem.set("");
        computedFor = now;
        computedWithSequences = sequences;
        GradientTask task = new GradientTask(now, sequences);
        running = task;
        busy.set(true);
        progress.bind(task.progressProperty());
        task.setOnSucceeded(e -> {
            if (running == task) {
                running = null;
                progress.unbind();
                progress.set(0);
                gradients.set(task.getValue());
                busy.set(false);
            }
        });
        task.setOnFailed(e -> {
            if (running == task) {
                running = null;
                progress.unbind();
                progress.set(0);
                computedFor = null;
                Throwable error = task.getException();
                problem.set(error.getMessage() != null ? error.getMessage() : error.toString());
                busy.set(false);
            }
        });
        executor.execute(task);
    }

    /** One backward pass under the default loss; its cancellation stops it between steps. */
    private static final class GradientTask extends Task<BackwardPicture> implements TraceMonitor {
        private final Trace trace;
        private final boolean returnSequences;

        GradientTask(Trace trace, boolean returnSequences) {
            this.trace = trace;
            this.returnSequences = returnSequences;
        }

        @Override
        protected BackwardPicture call() {
            LossChoice loss = LossChoice.defaults(trace.lesson(), returnSequences);
            Gradients g = dev.unroll.grad.Backprop.compute(trace.lesson(), loss.targets(), loss.loss(), returnSequences, this);
            return new BackwardPicture(g, loss);
        }

        @Override
        public void progress(long done, long total) {
            updateProgress(done, total);
        }
    }
}
