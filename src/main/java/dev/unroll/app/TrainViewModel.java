package dev.unroll.app;

import dev.unroll.io.LessonSource;
import dev.unroll.rnn.Initialisation;
import dev.unroll.rnn.Lesson;
import dev.unroll.rnn.LessonSpec;
import dev.unroll.rnn.Preset;
import dev.unroll.train.Training;
import dev.unroll.train.TrainingSettings;
import dev.unroll.train.TrainingTask;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/**
 * A training run on the lesson on screen, for the Train panel: read-only properties for its state,
 * step, losses and notice, and the commands Start, Pause, Resume and Reset. The steps run on a thread
 * of their own, so the lesson's traces (on the window's compute thread) go on meanwhile. The run hands
 * its losses and, at most every {@value #SNAPSHOT_MILLIS} ms, its weights to the FX thread through a
 * queue; a frame timer takes them at most once a frame, so the FX thread is never flooded. Each
 * lesson taken becomes the window's lesson through {@link LessonViewModel#change}, an edit like any
 * other: the edits of one run come within the edit history's burst of each other and undo as one.
 */
final class TrainViewModel {

    /** Where a run is. */
    enum State {
        /** No run, or one that was reset. */
        IDLE,
        /** Taking steps. */
        RUNNING,
        /** Stopped between two steps; Resume goes on from there. */
        PAUSED,
        /** All its steps taken, or stopped by a loss that is not a number. */
        FINISHED
    }

    /** The least time between two lessons the run hands over: about two frames. */
    static final long SNAPSHOT_MILLIS = 30;
    /** The most units of a fresh lesson made for a task the lesson on screen cannot learn. */
    static final int MAX_FRESH_UNITS = 32;
    private static final ExecutorService TRAINING = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "unroll-training");
        thread.setDaemon(true);
        return thread;
    });

    private final LessonViewModel lessons;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.IDLE);
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(this, "step", 0);
    private final ReadOnlyObjectWrapper<LossHistory> history = new ReadOnlyObjectWrapper<>(this, "history", LossHistory.EMPTY);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ConcurrentLinkedQueue<double[]> losses = new ConcurrentLinkedQueue<>();
    private final AtomicReference<Lesson> latest = new AtomicReference<>();
    private final FrameClock clock = new FrameClock(0.1, seconds -> take());
    private Training training;
    /** Where the lesson on screen when the run started came from, which Reset puts back. */
    private LessonSource before;
    private Task<Void> running;
    private volatile boolean stopAsked;

    TrainViewModel(LessonViewModel lessons) {
        this.lessons = lessons;
        lessons.documentProperty().addListener((obs, old, now) -> {
            // another lesson opened: the run belongs to the one before it
            if (old != null && now != null && old.id() != now.id() && state.get() != State.IDLE) {
                forget();
            }
        });
    }

    ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The steps taken so far. */
    ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** Every step's loss so far. */
    ReadOnlyObjectProperty<LossHistory> historyProperty() {
        return history.getReadOnlyProperty();
    }

    /** What the panel should say about the run: a fresh lesson made for the task, a loss gone wrong. */
    ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /**
     * Starts a run from the lesson on screen. A lesson the task cannot learn (the tiny preset, for the
     * echo task) is replaced first by a fresh Keras-initialised one of the task's shape, and the notice says so.
     */
    void start(TrainingSettings settings) {
        if (state.get() == State.RUNNING || lessons.getTrace() == null) {
            return;
        }
        Lesson current = lessons.getTrace().lesson();
        TrainingTask task = settings.task();
        boolean fits = task.misfit(current.dimensions(), current.embedding() != null) == null;
        Lesson start = fits ? current : fresh(task, current, settings.seed());
        notice.set(fits ? "" : Words.get("train.fresh", Words.get("train.task." + task.key()),
                Words.get(task.needsEmbedding() ? "train.needs.embedding" : "train.needs.vectors")));
        before = lessons.getSource();
        training = new Training(start, settings);
        history.set(LossHistory.of(settings.steps()));
        step.set(0);
        losses.clear();
        latest.set(fits ? null : training.lesson());
        run();
    }

    /** Stops the run after the step it is taking; the state turns to paused once it has. */
    void pause() {
        stopAsked = true;
    }

    /** Goes on with a paused run. */
    void resume() {
        if (state.get() == State.PAUSED) {
            run();
        }
    }

    /** Stops and forgets the run, and puts back the lesson it started from. */
    void reset() {
        LessonSource start = before;
        forget();
        if (start != null) {
            lessons.change(s -> start);
        }
    }

    /** Stops and forgets the run, leaving the lesson on screen as it is: the window is going away. */
    void close() {
        forget();
    }

    private void forget() {
        stopAsked = true;
        Task<Void> old = running;
        running = null;
        if (old != null) {
            old.cancel(false);
        }
        clock.stop();
        training = null;
        before = null;
        latest.set(null);
        losses.clear();
        history.set(LossHistory.EMPTY);
        step.set(0);
        notice.set("");
        state.set(State.IDLE);
    }

    private void run() {
        stopAsked = false;
        Training run = training;
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() {
                long[] handed = {0};
                run.run(1, (s, loss) -> {
                    losses.add(new double[] {s, loss});
                    long now = System.nanoTime();
                    if (now - handed[0] >= SNAPSHOT_MILLIS * 1_000_000L) {
                        latest.set(run.lesson());
                        handed[0] = now;
                    }
                }, () -> stopAsked || isCancelled());
                latest.set(run.lesson());
                return null;
            }
        };
        running = task;
        task.setOnSucceeded(e -> ended(task, null));
        task.setOnFailed(e -> ended(task, task.getException()));
        state.set(State.RUNNING);
        clock.start();
        TRAINING.execute(task);
    }

    private void ended(Task<Void> task, Throwable failure) {
        if (running != task) {
            return;
        }
        running = null;
        take();
        double last = history.get().last();
        if (failure != null) {
            notice.set(failure.getMessage() != null ? failure.getMessage() : failure.toString());
            state.set(State.PAUSED);
        } else if (!Double.isFinite(last) && history.get().size() > 0) {
            notice.set(Words.get("train.diverged", Double.toString(last), Integer.toString(step.get())));
            state.set(State.FINISHED);
        } else {
            state.set(training.finished() ? State.FINISHED : State.PAUSED);
        }
    }

    /** On the FX thread, once a frame: the losses since the last frame, and the newest weights if the window can take them. */
    private void take() {
        List<double[]> fresh = new ArrayList<>();
        for (double[] point = losses.poll(); point != null; point = losses.poll()) {
            fresh.add(point);
        }
        if (!fresh.isEmpty() && training != null) {
            LossHistory h = history.get();
            for (double[] point : fresh) {
                h = h.with((int) point[0], point[1]);
            }
            history.set(h);
            step.set((int) fresh.get(fresh.size() - 1)[0]);
        }
        // one lesson at a time: while the last is still being traced, the newest waits for the next frame
        if (!lessons.busyProperty().get()) {
            Lesson next = latest.getAndSet(null);
            if (next != null && training != null) {
                lessons.change(s -> LessonSource.of(next));
            }
        }
        if (running == null && latest.get() == null) {
            // the run has stopped and its last weights are on their way: nothing more to take
            clock.stop();
        }
    }

    /** A fresh lesson the task can learn, with the lesson's activation and at most {@value #MAX_FRESH_UNITS} of its units. */
    static Lesson fresh(TrainingTask task, Lesson current, long seed) {
        int units = Math.min(current.dimensions().units(), MAX_FRESH_UNITS);
        if (task.needsEmbedding()) {
            LessonSpec review = Preset.SENTIMENT.spec();
            return review.withDimensions(review.dimensions().withUnits(units)).withSeed(seed).build();
        }
        return new LessonSpec(task.shape(TrainingTask.DEFAULT_TIMESTEPS, units), current.activation(), task.headActivation(),
                Initialisation.KERAS, seed).build();
    }

    /** A loss as the panel prints it: four significant digits. */
    static String format(double loss) {
        return String.format(Locale.ROOT, "%.4g", loss);
    }
}
