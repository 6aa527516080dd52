package dev.unroll.app;

import dev.unroll.diagram.BackwardPicture;
import dev.unroll.grad.Backprop;
import dev.unroll.grad.LossChoice;
import dev.unroll.rnn.Trace;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;

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
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", false);
    private final LatestWork<BackwardPicture> work;
    /** What the gradients on hand, or being computed, are for: the trace and whether every step counted. */
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
        this.work = new LatestWork<>(executor);
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
        return work.resultProperty();
    }

    /** Whether a backward pass is running. */
    public ReadOnlyBooleanProperty busyProperty() {
        return work.busyProperty();
    }

    /** The running backward pass's progress in [0, 1]. */
    public ReadOnlyDoubleProperty progressProperty() {
        return work.progressProperty();
    }

    /** Why the last backward pass failed (a run too long to hold, say), or the empty string. */
    public ReadOnlyStringProperty problemProperty() {
        return work.problemProperty();
    }

    /** Stops the backward pass in progress, if any; no gradients are shown until the lesson changes again. */
    public void cancel() {
        work.cancel("");
    }

    private void update() {
        Trace now = trace.getValue();
        boolean sequences = Boolean.TRUE.equals(returnSequences.getValue());
        if (!active.get() || now == null) {
            return;
        }
        if (work.resultProperty().get() != null && computedFor == now && computedWithSequences == sequences) {
            return;
        }
        computedFor = now;
        computedWithSequences = sequences;
        work.start(monitor -> {
            LossChoice loss = LossChoice.defaults(now.lesson(), sequences);
            return new BackwardPicture(Backprop.compute(now.lesson(), loss.targets(), loss.loss(), sequences, monitor), loss);
        });
    }
}
