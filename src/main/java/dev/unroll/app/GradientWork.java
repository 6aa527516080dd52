package dev.unroll.app;

import dev.unroll.grad.GradientComparison;
import dev.unroll.io.LessonSource;
import dev.unroll.rnn.LessonSpec;
import dev.unroll.rnn.Trace;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * The gradients' norms of the lesson on screen and of its contrast ({@link GradientComparison}), worked
 * out off the JavaFX thread: read-only properties to bind to, and two commands, {@link #compute} and
 * {@link #cancel()}. A newer request cancels an older one still running; a cancelled or failed one
 * leaves no comparison and, when it failed, says why. Whoever owns the lesson (the window now, the
 * lesson's view model later) can own one of these and hand it to the panels that show it.
 */
final class GradientWork {

    private final LatestWork<GradientComparison> work;
    /** The trace whose comparison is shown or being computed, so that the same lesson is not worked out twice. */
    private Trace asked;

    /** @param executor where the norms are computed, never the JavaFX thread */
    GradientWork(Executor executor) {
        this.work = new LatestWork<>(executor);
    }

    /** The comparison of the last lesson computed to the end; null while none is, or after a cancel or a failure. */
    ReadOnlyObjectProperty<GradientComparison> comparisonProperty() {
        return work.resultProperty();
    }

    /** Whether the norms are being computed. */
    ReadOnlyBooleanProperty busyProperty() {
        return work.busyProperty();
    }

    /** The running computation's progress in [0, 1]. */
    ReadOnlyDoubleProperty progressProperty() {
        return work.progressProperty();
    }

    /** Why the last computation failed or stopped, or the empty string. */
    ReadOnlyStringProperty problemProperty() {
        return work.problemProperty();
    }

    /** Works out the comparison for the lesson of {@code document}, unless it is the one shown or being worked out. */
    void compute(LessonDocument document) {
        if (document == null || document.trace() == asked) {
            return;
        }
        Trace trace = document.trace();
        asked = trace;
        LessonSpec spec = document.source() instanceof LessonSource.Seeded seeded ? seeded.spec() : null;
        work.start(monitor -> GradientComparison.of(trace.lesson(), spec, monitor));
    }

    /** Stops the computation in progress, if any, and says so; the lesson is worked out again when asked for. */
    void cancel() {
        if (work.cancel(Words.get("gradients.cancelled"))) {
            asked = null;
        }
    }
}
