package dev.unroll.app;

import java.nio.file.Path;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.stage.Window;

/**
 * The window's dialogs answered by a test: the files and folders to pick and the answer to "save first?", in order.
 * What was asked is recorded on the FX thread and read by the test's, so the records are thread-safe.
 */
final class ScriptedDialogs implements DialogService {

    private final Deque<List<Path>> files = new java.util.concurrent.ConcurrentLinkedDeque<>();
    private SaveChoice answer = SaveChoice.CANCEL;
    /** The titles of the file dialogs shown, in order. */
    final List<String> fileDialogs = new CopyOnWriteArrayList<>();
    /** The lesson names asked about, in order. */
    final List<String> askedToSave = new CopyOnWriteArrayList<>();
    /** The failures shown: verb, file name and message. */
    final List<String> failures = new CopyOnWriteArrayList<>();

    /** The next file or folder dialog picks {@code file} (null: the user cancels it). */
    ScriptedDialogs pick(Path file) {
        files.add(file == null ? List.of() : List.of(file));
        return this;
    }

    /** The next file dialog picks all of {@code chosen} at once. */
    ScriptedDialogs pickMany(Path... chosen) {
        files.add(List.of(chosen));
        return this;
    }

    /** Every "save first?" is answered {@code choice}. */
    ScriptedDialogs answer(SaveChoice choice) {
        answer = choice;
        return this;
    }

    @Override
    public Path choose(Window owner, boolean save, String title, String description, String... extensions) {
        List<Path> next = chooseMany(owner, title, description, extensions);
        return next.isEmpty() ? null : next.get(0);
    }

    @Override
    public List<Path> chooseMany(Window owner, String title, String description, String... extensions) {
        fileDialogs.add(title);
        List<Path> next = files.poll();
        return next == null ? List.of() : next;
    }

    /** The folders and file names the user was asked to let replace, in order. */
    final List<String> replaceQuestions = new CopyOnWriteArrayList<>();
    private volatile boolean replace;

    /** Every "replace these files?" is answered {@code yes}; the default is no, as a cancelled dialog. */
    ScriptedDialogs replace(boolean yes) {
        replace = yes;
        return this;
    }

    @Override
    public boolean confirmReplace(Window owner, Path folder, List<String> names) {
        replaceQuestions.add(folder.getFileName() + ": " + String.join(", ", names));
        return replace;
    }

    /** The folders the save dialogs started in, in order; "(last)" for one left to the dialog. */
    final List<String> startFolders = new CopyOnWriteArrayList<>();
    private volatile boolean reset;
    /** How many times the user was asked whether to reset the preferences. */
    final java.util.concurrent.atomic.AtomicInteger resetQuestions = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public Path chooseToSaveIn(Path folder, Window owner, String title, String description, String... extensions) {
        startFolders.add(folder == null ? "(last)" : folder.toString());
        return choose(owner, true, title, description, extensions);
    }

    /** Every "reset the preferences?" is answered {@code yes}; the default is no, as a cancelled dialog. */
    ScriptedDialogs reset(boolean yes) {
        reset = yes;
        return this;
    }

    @Override
    public boolean confirmReset(Window owner) {
        resetQuestions.incrementAndGet();
        return reset;
    }

    @Override
    public Path chooseFolder(Window owner, String title) {
        return choose(owner, true, title, "Folders");
    }

    @Override
    public SaveChoice askToSave(Window owner, String lessonName) {
        askedToSave.add(lessonName);
        return answer;
    }

    @Override
    public void showFailure(Window owner, String verb, Path path, Throwable error) {
        failures.add(verb + " " + path.getFileName() + ": " + error.getMessage());
    }
}
