package dev.unroll.app;

import java.nio.file.Path;
import dev.unroll.export.AnimatedGif;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.stage.Window;
import org.controlsfx.control.Notifications;

/**
 * How the window reads and writes files, once for every action that does: it asks where through
 * the dialog service, runs the work off the JavaFX thread, says in one dialog why it failed, and in
 * a notification where a file went.
 */
final class FileWork {

    private final Supplier<Window> owner;
    private final Executor executor;
    private final Supplier<DialogService> dialogs;
    private final WorkProgress progress = new WorkProgress();

    FileWork(Supplier<Window> owner, Executor executor, Supplier<DialogService> dialogs) {
        this.owner = owner;
        this.executor = executor;
        this.dialogs = dialogs;
    }

    /** How far the work run by {@link #runWithProgress} has got, with its Cancel button, for the status bar. */
    Node progressView() {
        return progress.root();
    }

    /** Work that tells how far it has got, and is stopped by the progress it tells when it was cancelled. */
    @FunctionalInterface
    interface ProgressWork<T> {
        T call(AnimatedGif.Progress progress) throws Exception;
    }

    /**
     * {@link #run(String, Path, Callable, Consumer)} for work that takes long enough to watch: its
     * progress and a Cancel button show in the {@link #progressView()} while it runs. Once cancelled,
     * the next progress it tells throws, so the work stops there; a cancel is no failure and says nothing.
     */
    <T> Task<T> runWithProgress(String verb, Path path, ProgressWork<T> work, Consumer<T> done) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call((finished, total) -> {
                    if (isCancelled()) {
                        throw new CancellationException();
                    }
                    updateProgress(finished, total);
                });
            }
        };
        task.setOnSucceeded(e -> done.accept(task.getValue()));
        task.setOnFailed(e -> dialogs.get().showFailure(owner.get(), verb, path, task.getException()));
        progress.follow(task);
        executor.execute(task);
        return task;
    }

    /** The window the dialogs belong to. */
    Window owner() {
        return owner.get();
    }

    /** The dialogs, for the questions an action asks besides where. */
    DialogService dialogs() {
        return dialogs.get();
    }

    /** Asks where to write, offering {@code extension} (".json"), added to a name that lacks it; null when cancelled. */
    Path chooseToSave(String title, String description, String extension) {
        return chooseToSave(null, title, description, extension);
    }

    /** {@link #chooseToSave(String, String, String)}, starting in {@code folder} when it is not null. */
    Path chooseToSave(Path folder, String title, String description, String extension) {
        Path path = dialogs.get().chooseToSaveIn(folder, owner.get(), title, description, "*" + extension);
        return path == null ? null : FilePrompt.withExtension(path, extension);
    }

    /** Runs {@code work} off the JavaFX thread; on failure says why in one dialog, on success hands the result on. */
    <T> Task<T> run(String verb, Path path, Callable<T> work, Consumer<T> done) {
        return run(work, done, failure -> dialogs.get().showFailure(owner.get(), verb, path, failure));
    }

    /** Runs {@code work} off the JavaFX thread, then hands its result to {@code done} or its failure to {@code failed}. */
    <T> Task<T> run(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> done.accept(task.getValue()));
        task.setOnFailed(e -> failed.accept(task.getException()));
        executor.execute(task);
        return task;
    }

    /** Says in a notification, titled {@code title}, that {@code what} was written in {@code folder}{@code more}. */
    void tellWritten(String title, String what, Path folder, String more) {
        Notifications.create().owner(owner.get()).title(title).text(Words.get("written", what, folder) + more).showInformation();
    }

    /** {@link #tellWritten} for one file. */
    void tellWritten(String title, Path file) {
        tellWritten(title, String.valueOf(file.getFileName()), file.toAbsolutePath().getParent(), "");
    }
}
