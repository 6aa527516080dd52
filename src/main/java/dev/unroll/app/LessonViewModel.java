package dev.unroll.app;

import dev.unroll.io.LessonFile;
import dev.unroll.io.LessonSource;
import dev.unroll.rnn.LessonSpec;
import dev.unroll.rnn.Spectral;
import dev.unroll.rnn.Trace;
import dev.unroll.rnn.TraceMonitor;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.ObjectExpression;
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
 * The lesson on screen as one {@link LessonDocument}, changed only through the commands
 * ({@link #open}, {@link #change(UnaryOperator)}, {@link #cancel()}), on the JavaFX thread. Each
 * lesson is computed off that thread; a newer request cancels an older one still running, and one
 * that fails leaves the document as it was and says why in {@link #problemProperty()}. The document
 * changes in one step when a trace is ready; its trace and source are views of it.
 */
public final class LessonViewModel {

    /** The most units for which ρ(U) is worked out: at 512 it takes about a second. */
    public static final int MAX_UNITS_FOR_SPECTRUM = 512;
    private static final java.util.concurrent.ExecutorService SPECTRUM = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "unroll-spectrum");
        thread.setDaemon(true);
        return thread;
    });

    private final ReadOnlyObjectWrapper<LessonDocument> document = new ReadOnlyObjectWrapper<>(this, "document");
    private final ObjectBinding<Trace> trace = Bindings.createObjectBinding(
            () -> document.get() == null ? null : document.get().trace(), document);
    private final ObjectBinding<LessonSource> source = Bindings.createObjectBinding(
            () -> document.get() == null ? null : document.get().source(), document);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyDoubleWrapper spectralRadius = new ReadOnlyDoubleWrapper(this, "spectralRadius", Double.NaN);
    private final Executor executor;
    private final ReadOnlyObjectWrapper<LessonSource> requested = new ReadOnlyObjectWrapper<>(this, "requestedSource");
    private Task<Trace> running;
    /**
     * The lesson being opened, until it is on screen: an edit made meanwhile belongs to it (its file,
     * its title, unsaved), not to the lesson it is replacing. Null when no open is under way.
     */
    private Function<Trace, LessonDocument> pendingOpening;
    /** The id the next lesson opened gets; edits keep their lesson's id. */
    private long nextId = 1;

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
        this(LessonFile.of("", initial), executor);
    }

    /**
     * @param initial  the lesson to show first, with no file; it is computed at once in the background
     * @param executor where traces are computed, never the JavaFX thread
     */
    public LessonViewModel(LessonFile initial, Executor executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(initial, "initial");
        requested.set(initial.source());
        pendingOpening = opening(initial, null);
        compute(initial.source(), pendingOpening);
    }

    /**
     * The lesson on screen with its trace, its file and what that file holds, published in one step
     * when a lesson is ready; null until the first one is computed.
     */
    public ReadOnlyObjectProperty<LessonDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    /** The lesson on screen, or null before the first. */
    public LessonDocument getDocument() {
        return document.get();
    }

    /** Where the lesson on screen comes from (a recipe, or explicit weights): the document's source. */
    public ObjectExpression<LessonSource> sourceProperty() {
        return source;
    }

    /** Where the lesson on screen comes from. */
    public LessonSource getSource() {
        return source.get();
    }

    /** The trace of the lesson on screen: the document's trace; null until the first one is computed. */
    public ObjectExpression<Trace> traceProperty() {
        return trace;
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

    /**
     * Shows another lesson altogether, with no file: a preset, another seed, imported weights. Once
     * its trace is ready it replaces the lesson on screen, with nothing unsaved.
     */
    public void open(String title, LessonSource next) {
        open(LessonFile.of(title, next), null);
    }

    /**
     * Shows the lesson {@code content}, which belongs to {@code file} (null for none). The lesson on
     * screen, its file and title stay as they are until the new trace is ready; if it is cancelled or
     * fails, they stay for good.
     */
    public void open(LessonFile content, Path file) {
        requireFxThread();
        problem.set("");
        if (content.source().equals(source.get())) {
            // the same numbers as on screen: the lesson is ready at once
            stopRunning();
            requested.set(content.source());
            document.set(opening(content, file).apply(trace.get()));
            return;
        }
        pendingOpening = opening(content, file);
        compute(content.source(), pendingOpening);
    }

    /**
     * Records that {@code written} is now in {@code path}: the lesson {@code id} belongs to that file
     * and has nothing unsaved. Ignored when another lesson has been opened since the save began.
     */
    void saved(long id, Path path, LessonFile written) {
        LessonDocument shown = document.get();
        if (shown != null && shown.id() == id) {
            document.set(shown.savedAs(path, written));
            if (running == null) {
                // the next edit starts from what is requested: from here on, explicit numbers are read from this file
                requested.set(document.get().source());
            }
        }
    }

    /**
     * Changes the notes of the lesson on screen (for the whole lesson, and for single steps) to those
     * {@code edit} makes of its file. Nothing is computed from notes, so the new document is published
     * at once; a lesson still being computed for another edit keeps them, as it is made from the
     * document on screen when it is ready.
     */
    public void annotate(UnaryOperator<LessonFile> edit) {
        requireFxThread();
        LessonDocument shown = document.get();
        if (shown != null) {
            LessonFile next = edit.apply(shown.lesson());
            if (!next.notes().equals(shown.lesson().notes()) || !next.stepNotes().equals(shown.lesson().stepNotes())) {
                document.set(shown.annotated(next.notes(), next.stepNotes()));
            }
        }
    }

    private Function<Trace, LessonDocument> opening(LessonFile content, Path file) {
        long id = nextId++;
        return computed -> LessonDocument.opened(id, content, computed, file);
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
                throw new IllegalArgumentException(Words.get("problem.fixedWeights"));
            }
            return LessonSource.of(edit.apply(seeded.spec()));
        });
    }

    /**
     * Opens, as a new lesson with no file, the recipe {@code edit} makes of the requested one (another
     * seed, say), titled as {@code title} names it. Weights from a file have no recipe: that is refused with a message.
     *
     * @return false when it was refused
     */
    public boolean openVariant(UnaryOperator<LessonSpec> edit, Function<LessonSpec, String> title) {
        requireFxThread();
        if (!requireRecipe()) {
            return false;
        }
        LessonSpec variant = edit.apply(((LessonSource.Seeded) requested.get()).spec());
        open(title.apply(variant), LessonSource.of(variant));
        return true;
    }

    /**
     * Whether the requested lesson has a recipe (a seed, sizes, an initialisation) to vary; weights
     * from a file have none, and that is said in {@link #problemProperty()}.
     */
    public boolean requireRecipe() {
        if (requested.get() instanceof LessonSource.Seeded) {
            return true;
        }
        problem.set(Words.get("problem.fixedWeights"));
        return false;
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
            // the edit applies to the lesson being opened, if one is, else to the one on screen when it
            // is ready, keeping its file and title
            Function<Trace, LessonDocument> opened = pendingOpening;
            compute(next, computed -> opened != null ? opened.apply(computed).edited(next, computed)
                    : document.get() == null ? LessonDocument.opened(nextId++, LessonFile.of("", next), computed, null)
                    : document.get().edited(next, computed));
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
        pendingOpening = null;
        Task<Trace> old = running;
        if (old != null) {
            running = null;
            progress.unbind();
            progress.set(0);
            busy.set(false);
            old.cancel();
        }
    }

    /** Computes {@code next}'s trace off the FX thread, then publishes the document {@code publish} makes of it. */
    private void compute(LessonSource next, Function<Trace, LessonDocument> publish) {
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
            document.set(publish.apply(task.getValue()));
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
        pendingOpening = null;
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

    static String describe(Throwable error) {
        if (error instanceof OutOfMemoryError) {
            return Words.get("problem.memory");
        }
        return error.getMessage() != null ? error.getMessage() : error.toString();
    }
}
