package dev.unroll.app;

import dev.unroll.io.ImportActivations;
import dev.unroll.io.LessonFile;
import dev.unroll.io.LessonFiles;
import dev.unroll.io.LessonSource;
import dev.unroll.io.ViewSettings;
import dev.unroll.io.WeightsImporter;
import dev.unroll.rnn.Lesson;
import dev.unroll.rnn.NumpyRandom;
import dev.unroll.rnn.Preset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.concurrent.Task;
import javafx.scene.control.MenuItem;

/**
 * Lessons in and out: New, Open, Save, Save as, recent files, presets, another seed and Import
 * weights. Whatever would replace a lesson with unsaved changes asks first (Save, Don't save,
 * Cancel). Every read and write runs off the JavaFX thread; a bad file gets one dialog naming it,
 * the problem and what was expected, and the lesson on screen stays as it was. Whether the lesson is
 * unsaved is derived from the document and the view on screen, never set by hand.
 */
final class LessonFileActions {

    private static final String RECENT = "recent.";
    private static final int MAX_RECENT = 8;
    private static final String SEED_SUFFIX = ", seed ";

    private final FileWork work;
    private final LessonViewModel model;
    private final DiagramViewState state;
    private final Preferences prefs;
    private final RememberedSettings remembered;
    private final BooleanBinding unsaved;
    /** The start-up reopening of the last lesson, while it is still wanted; null once it is applied or dropped. */
    private Task<LessonFile> pendingReopen;

    LessonFileActions(FileWork work, LessonViewModel model, DiagramViewState state, Preferences prefs) {
        this.work = work;
        this.model = model;
        this.state = state;
        this.prefs = prefs;
        this.remembered = new RememberedSettings(prefs);
        // the step is left out: stepping through a lesson is reading it, not editing it
        this.unsaved = Bindings.createBooleanBinding(() -> {
            LessonDocument shown = model.getDocument();
            return shown != null && shown.differsFromSaved(shown.toSave(currentView(shown)));
        }, model.documentProperty(), state.lookProperty());
        // an edit asks for another lesson; the start-up lesson's own arrival (from none) is no edit
        model.requestedSourceProperty().addListener((obs, old, now) -> dropPendingReopen());
        model.documentProperty().addListener((obs, old, now) -> {
            if (old != null) {
                dropPendingReopen();
            }
        });
    }

    /** Whether Save would write something other than what was last opened or saved. */
    BooleanBinding unsavedProperty() {
        return unsaved;
    }

    /** File → New lesson: the tiny classroom lesson, with no file. */
    void newLesson() {
        whenSafe(() -> model.open(Preset.TINY.title(), LessonSource.of(Preset.TINY.spec())));
    }

    /** A preset, as a new lesson with no file. */
    void openPreset(Preset preset) {
        whenSafe(() -> model.open(LessonFile.of(preset.title(), LessonSource.of(preset.spec())).withView(ViewSettings.of(preset)), null));
    }

    /** Lesson → Next seed: the same recipe with the next seed, as a new lesson with no file, named for its seed. */
    void nextSeed() {
        // weights from a file have no seed: say so at once, rather than after asking about saving
        if (!model.requireRecipe()) {
            return;
        }
        whenSafe(() -> {
            LessonDocument shown = model.getDocument();
            String name = shown == null ? "" : shown.name();
            int suffix = name.lastIndexOf(SEED_SUFFIX);
            String base = suffix > 0 ? name.substring(0, suffix) : name;
            model.openVariant(spec -> spec.withSeed((spec.seed() + 1) % (NumpyRandom.MAX_SEED + 1)),
                    spec -> base + SEED_SUFFIX + spec.seed());
        });
    }

    /** File → Open lesson… */
    void open() {
        whenSafe(() -> {
            Path path = work.dialogs().choose(work.owner(), false, Words.get("files.open"), Words.get("files.lessonKind"), "*.json");
            if (path != null) {
                openFile(path);
            }
        });
    }

    /**
     * Reads {@code path} in the background, then shows it: the window takes its title and file only
     * once its trace is ready, so a failed or cancelled open changes nothing. Returns the read, for tests.
     */
    Task<LessonFile> openFile(Path path) {
        dropPendingReopen();
        LessonDocument askedAbout = model.getDocument();
        return work.run("open", path, () -> LessonFiles.read(path), lessonFile -> {
            remember(path);
            stillSafe(askedAbout, () -> model.open(lessonFile, path));
        });
    }

    /**
     * At start: reopens the lesson file last opened or saved, if one is remembered. It never asks and
     * never waits its turn: it replaces the lesson on screen only if, when the file has been read,
     * that lesson is still the untouched start-up one and no open, new lesson, preset, import or edit
     * was asked for meanwhile; otherwise it is dropped without a word. One that is gone or no longer
     * reads leaves the start-up lesson on screen, says so in one line through {@code notice} (never in
     * an error dialog) and is forgotten, so that the next start does not try it again. Returns the
     * read, for tests; null when none was started.
     */
    Task<LessonFile> reopenLastLesson(Consumer<String> notice) {
        Path path = remembered.lastLesson().orElse(null);
        if (path == null) {
            return null;
        }
        // what is on screen comes first: the rest of the line may be cut short on a narrow window
        String showing = Words.get("preset." + Preset.TINY.key());
        if (!Files.isRegularFile(path)) {
            Path folder = path.toAbsolutePath().getParent();
            notice.accept(folder == null ? Words.get("reopen.gone", showing, DialogService.nameOf(path))
                    : Words.get("reopen.goneFrom", showing, DialogService.nameOf(path), folder));
            remembered.forgetLastLesson();
            return null;
        }
        // the start-up lesson may still be computing: that computation is the only one a reopen may replace
        LessonSource startedFrom = model.getRequestedSource();
        pendingReopen = work.run(() -> LessonFiles.read(path), lessonFile -> {
            boolean untouched = pendingReopen != null && model.getRequestedSource() == startedFrom && !unsaved.get();
            pendingReopen = null;
            if (untouched) {
                model.open(lessonFile, path);
            }
        }, failure -> {
            pendingReopen = null;
            notice.accept(Words.get("reopen.failed", showing, DialogService.failureLine("open", path, failure)));
            remembered.forgetLastLesson();
        });
        return pendingReopen;
    }

    /** Cancels the start-up reopening, if it is still under way: the user has asked for something else. */
    private void dropPendingReopen() {
        Task<LessonFile> pending = pendingReopen;
        pendingReopen = null;
        if (pending != null) {
            pending.cancel();
        }
    }

    /** File → Save: to the lesson's file, or as a new one. */
    void save() {
        save(() -> { });
    }

    /** File → Save as… */
    void saveAs() {
        saveAs(() -> { });
    }

    /**
     * Runs {@code proceed}, which would replace the lesson on screen, once its unsaved changes are safe:
     * at once when there are none; otherwise as the user answers — after saving, without saving, or
     * not at all.
     */
    void whenSafe(Runnable proceed) {
        dropPendingReopen();
        LessonDocument shown = model.getDocument();
        if (shown == null || !unsaved.get()) {
            proceed.run();
            return;
        }
        switch (work.dialogs().askToSave(work.owner(), shown.name())) {
            // an edit made while the save was being written is asked about again
            case SAVE -> save(() -> whenSafe(proceed));
            case DISCARD -> proceed.run();
            case CANCEL -> {
                // everything stays as it was
            }
        }
    }

    /**
     * Runs {@code proceed} once a file has been read: at once if the lesson on screen is still the one
     * the user was asked about (or had nothing unsaved), else after asking again, since an edit that
     * arrived while the file was read would otherwise go without a word.
     */
    void stillSafe(LessonDocument askedAbout, Runnable proceed) {
        if (model.getDocument() == askedAbout) {
            proceed.run();
        } else {
            whenSafe(proceed);
        }
    }

    private void save(Runnable then) {
        LessonDocument shown = model.getDocument();
        if (shown == null) {
            return;
        }
        if (shown.file() == null) {
            saveAs(then);
        } else {
            saveTo(shown.file(), then);
        }
    }

    private void saveAs(Runnable then) {
        Path path = work.chooseToSave(Words.get("files.save"), Words.get("files.lessonKind"), ".json");
        if (path != null) {
            saveTo(path, then);
        }
    }

    private void saveTo(Path path, Runnable then) {
        LessonDocument shown = model.getDocument();
        if (shown == null) {
            return;
        }
        LessonFile written = toWrite(shown, path);
        work.run("save", path, () -> {
            LessonFiles.write(path, written);
            return path;
        }, saved -> {
            model.saved(shown.id(), saved, written);
            remember(saved);
            work.tellWritten(Words.get("files.saved"), saved);
            then.run();
        });
    }

    /**
     * File → Save a copy with numbers…: the lesson as a file that keeps its numbers, as {@code lesson
     * --save --embed-numbers} writes it, so it opens to the same bits whatever draws a seed's numbers
     * later. The lesson on screen keeps its recipe and its own file: the copy is for handing out.
     */
    void saveCopyWithNumbers() {
        Path path = work.chooseToSave(Words.get("files.saveCopy"), Words.get("files.lessonKind"), ".json");
        if (path != null) {
            saveCopyWithNumbers(path);
        }
    }

    /** Writes the copy to {@code path} in the background. */
    private void saveCopyWithNumbers(Path path) {
        LessonDocument shown = model.getDocument();
        if (shown == null) {
            return;
        }
        if (shown.file() != null && shown.file().toAbsolutePath().normalize().equals(path.toAbsolutePath().normalize())) {
            // the window would go on showing the recipe over a file that holds numbers, and the next Save would undo the copy
            work.dialogs().showFailure(work.owner(), "save", path,
                    new IllegalArgumentException(Words.get("saveCopy.ownFile", path.getFileName())));
            return;
        }
        // the numbers on screen, already drawn: a seeded recipe is not drawn a second time
        LessonFile copy = toWrite(shown, path).withSource(LessonSource.of(shown.trace().lesson()));
        work.run("save", path, () -> {
            LessonFiles.write(path, copy);
            return path;
        }, saved -> {
            remember(saved);
            work.tellWritten(Words.get("files.savedCopy"), saved);
        });
    }

    /**
     * File → Import weights…: one .npz of weights (with its x, or with inputs from a second file), or
     * several .npy and CSV files picked together, each named for its array (W.csv, U.npy, b.csv, x.csv).
     */
    void importWeights(boolean separateInputs) {
        whenSafe(() -> {
            List<Path> weights = work.dialogs().chooseMany(work.owner(), Words.get("files.importWeights"), Words.get("files.weightsKind"),
                    "*.npz", "*.npy", "*.csv", "*.txt");
            if (weights.isEmpty()) {
                return;
            }
            Path inputs = separateInputs
                    ? work.dialogs().choose(work.owner(), false, Words.get("files.importInputs"), Words.get("files.inputsKind"),
                    "*.npy", "*.npz", "*.csv", "*.txt")
                    : null;
            if (separateInputs && inputs == null) {
                return;
            }
            importFiles(weights, inputs);
        });
    }

    /**
     * Imports {@code weights} (and {@code inputs}, if not null) in the background; returns the task, for
     * tests. The weights run with Keras's default activations, as on the command line; the user names
     * others in the Model tab once they are on screen.
     */
    Task<LessonSource.Explicit> importFiles(List<Path> weights, Path inputs) {
        dropPendingReopen();
        LessonDocument askedAbout = model.getDocument();
        return work.run("import", weights.get(0),
                () -> WeightsImporter.importSource(weights, inputs, ImportActivations.KERAS_DEFAULTS),
                source -> stillSafe(askedAbout, () -> model.open(Words.get("files.weightsFrom", source.origin().describe()), source)));
    }

    /** The recent files, newest first, as menu items that open them. */
    List<MenuItem> recentItems() {
        List<MenuItem> items = new ArrayList<>();
        for (Path path : recent()) {
            MenuItem item = new MenuItem(path.getFileName() + "   (" + path.getParent() + ")");
            item.setMnemonicParsing(false);
            item.setOnAction(e -> whenSafe(() -> openFile(path)));
            items.add(item);
        }
        return items;
    }

    /** What a save to {@code path} writes: the lesson with the view on screen, titled by the file when it has no title. */
    private LessonFile toWrite(LessonDocument shown, Path path) {
        String name = shown.lesson().title().isEmpty() ? LessonDocument.stem(path) : shown.lesson().title();
        return shown.toSave(currentView(shown)).withTitle(name);
    }

    /** The view settings Save writes: those the lesson came with, overlaid with what the window shows. */
    private ViewSettings currentView(LessonDocument shown) {
        return state.stored().writeOver(shown.lesson().view());
    }

    private List<Path> recent() {
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            // a name that is no path on this system is passed over, as if it were not there
            RememberedSettings.path(prefs.get(RECENT + i, null)).ifPresent(paths::add);
        }
        return paths;
    }

    private void remember(Path path) {
        List<Path> paths = recent();
        Path absolute = path.toAbsolutePath();
        paths.remove(absolute);
        paths.add(0, absolute);
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < paths.size()) {
                prefs.put(RECENT + i, paths.get(i).toString());
            } else {
                prefs.remove(RECENT + i);
            }
        }
    }
}
