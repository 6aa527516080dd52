package dev.unroll.app;

import dev.unroll.io.LessonFile;
import dev.unroll.io.LessonFiles;
import dev.unroll.io.LessonSource;
import dev.unroll.io.ViewSettings;
import dev.unroll.io.WeightsImporter;
import dev.unroll.rnn.Lesson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.controlsfx.control.Notifications;

/**
 * Lessons in and out: Open, Save, Save as, recent files and Import weights. Every read and write
 * runs off the JavaFX thread; a bad file gets one dialog naming it, the problem and what was
 * expected, and the lesson on screen stays as it was. Keeps the lesson's file, title and whether it
 * has unsaved changes, for the window's title.
 */
final class LessonFileActions {

    private static final String RECENT = "recent.";
    private static final int MAX_RECENT = 8;

    private final Supplier<Window> owner;
    private final LessonViewModel model;
    private final DiagramViewState state;
    private final Executor executor;
    private final Preferences prefs;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private FilePrompt chooser = FilePrompt.system();
    private String notes = "";
    private ViewSettings extraView = ViewSettings.NONE;
    /** A view to apply once the opened lesson's trace has arrived. */
    private ViewSettings pendingView;
    /** True while a change comes from opening a file, so it does not count as an edit. */
    private boolean loading;
    /** True while a file's view settings are being applied, which is not an edit either. */
    private boolean applying;

    LessonFileActions(Supplier<Window> owner, LessonViewModel model, DiagramViewState state, Executor executor,
                      Preferences prefs) {
        this.owner = owner;
        this.model = model;
        this.state = state;
        this.executor = executor;
        this.prefs = prefs;
        // the source is published after the trace, and after the window has followed the new trace:
        // the moment to put back the opened file's step and head
        model.sourceProperty().addListener((obs, old, now) -> {
            if (loading) {
                loading = false;
                if (pendingView != null) {
                    applyView(pendingView);
                    pendingView = null;
                }
            } else {
                dirty.set(true);
            }
        });
        for (var p : List.of(state.viewProperty(), state.headProperty(), state.notationProperty(), state.shapesProperty(),
                state.returnSequencesProperty())) {
            p.addListener((obs, old, now) -> {
                if (!applying) {
                    dirty.set(true);
                }
            });
        }
    }

    /** The file the lesson was opened from or saved to, or null. */
    ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** The lesson's title, or the empty string. */
    ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Whether the lesson changed since it was opened or saved. */
    ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** Replaces the system file dialogs, for tests. */
    void setChooser(FilePrompt replacement) {
        chooser = replacement;
    }

    /** File → Open lesson… */
    void open() {
        Path path = chooser.choose(owner.get(), false, "Open lesson", "Unroll lesson", "*.json");
        if (path != null) {
            openFile(path);
        }
    }

    /** Opens {@code path} in the background; returns the task, for tests. */
    Task<LessonFile> openFile(Path path) {
        return run("open", path, () -> LessonFiles.read(path), lessonFile -> {
            loading = true;
            if (!model.open(lessonFile.source())) {
                loading = false;
                return;
            }
            pendingView = lessonFile.view();
            applyView(lessonFile.view());
            extraView = lessonFile.view();
            notes = lessonFile.notes();
            title.set(lessonFile.title());
            file.set(path);
            remember(path);
            dirty.set(false);
        });
    }

    /** File → Save: to the lesson's file, or as a new one. */
    void save() {
        if (file.get() == null) {
            saveAs();
        } else {
            saveTo(file.get());
        }
    }

    /** File → Save as… */
    void saveAs() {
        Path path = chooser.choose(owner.get(), true, "Save lesson", "Unroll lesson", "*.json");
        if (path != null) {
            saveTo(FilePrompt.withExtension(path, ".json"));
        }
    }

    /** Saves to {@code path} in the background; returns the task, for tests. */
    Task<Path> saveTo(Path path) {
        String name = title.get().isEmpty() ? stem(path) : title.get();
        LessonFile lesson = new LessonFile(name, notes, model.getSource(), currentView());
        return run("save", path, () -> {
            LessonFiles.write(path, lesson);
            return path;
        }, saved -> {
            title.set(name);
            file.set(saved);
            remember(saved);
            dirty.set(false);
            Notifications.create().owner(owner.get()).title("Lesson saved").text("Saved " + saved.getFileName())
                    .showInformation();
        });
    }

    /** File → Import weights…: weights from an .npz (with its x, or with inputs from a second file). */
    void importWeights(boolean separateInputs) {
        Path weights = chooser.choose(owner.get(), false, "Import weights", "numpy or CSV weights", "*.npz", "*.npy", "*.csv");
        if (weights == null) {
            return;
        }
        Path inputs = separateInputs
                ? chooser.choose(owner.get(), false, "Import inputs (T, M)", "numpy or CSV inputs", "*.npy", "*.csv")
                : null;
        if (separateInputs && inputs == null) {
            return;
        }
        var source = model.getRequestedSource();
        run("import", weights, () -> WeightsImporter.importLesson(weights, inputs, source.activation(), source.headActivation()),
                (Lesson lesson) -> {
                    if (model.open(LessonSource.of(lesson))) {
                        title.set("Weights from " + weights.getFileName());
                        file.set(null);
                    }
                });
    }

    /** The recent files, newest first, as menu items that open them. */
    List<MenuItem> recentItems() {
        List<MenuItem> items = new ArrayList<>();
        for (Path path : recent()) {
            MenuItem item = new MenuItem(path.getFileName() + "   (" + path.getParent() + ")");
            item.setMnemonicParsing(false);
            item.setOnAction(e -> openFile(path));
            items.add(item);
        }
        return items;
    }

    private ViewSettings currentView() {
        return extraView.withTimestep(state.tProperty().get()).withView(state.viewProperty().get())
                .withHead(state.headProperty().get()).withNotation(state.notationProperty().get())
                .withShapes(state.shapesProperty().get()).withReturnSequences(state.returnSequencesProperty().get());
    }

    private void applyView(ViewSettings view) {
        applying = true;
        try {
            setView(view);
        } finally {
            applying = false;
        }
    }

    private void setView(ViewSettings view) {
        view.view().ifPresent(state::setView);
        view.notation().ifPresent(state::setNotation);
        view.shapes().ifPresent(state::setShapes);
        view.returnSequences().ifPresent(state::setReturnSequences);
        if (model.getTrace() != null && model.getTrace().lesson().dimensions().equals(model.getSource().dimensions())) {
            view.head().ifPresent(state::setHead);
            view.timestep().ifPresent(state::setT);
        }
    }

    /** Runs {@code work} off the JavaFX thread; on failure says why in one dialog, on success hands the result on. */
    private <T> Task<T> run(String verb, Path path, Callable<T> work, Consumer<T> done) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> done.accept(task.getValue()));
        task.setOnFailed(e -> {
            showFailure(owner.get(), verb, path, task.getException());
        });
        executor.execute(task);
        return task;
    }

    /** The one dialog for a file that could not be opened, saved, imported or exported: the file and why. */
    static void showFailure(Window owner, String verb, Path path, Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle("Could not " + verb + " the file");
        alert.setHeaderText("Could not " + verb + " " + path.getFileName());
        alert.setContentText(error.getMessage() != null ? error.getMessage() : error.toString());
        alert.getDialogPane().setId("fileErrorDialog");
        alert.show();
    }

    private List<Path> recent() {
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String value = prefs.get(RECENT + i, null);
            if (value != null) {
                paths.add(Path.of(value));
            }
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

    private static String stem(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }


}
