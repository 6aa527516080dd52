package dev.unroll.app;

import dev.unroll.io.WeightsExport;
import dev.unroll.rnn.Lesson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.controlsfx.control.Notifications;

/**
 * File → Export numbers…: asks for one .npz or a folder of CSV files, and for Unroll's or Keras's
 * names, then for the file or folder, and writes the lesson's W, U, b, [V, c,] x and h0 off the
 * JavaFX thread, as {@code unroll weights --out} does. A notification says where they went; a
 * failure says why, and any file already there is left as it was.
 */
final class NumbersExport {

    /** What the user chose in the dialog: a folder of CSV files or one .npz, and the names. */
    record Choice(boolean csvFolder, WeightsExport.Names names) {
    }

    private final Supplier<Window> owner;
    private final Supplier<Lesson> lesson;
    private final Executor executor;
    private final Supplier<DialogService> dialogs;

    NumbersExport(Supplier<Window> owner, Supplier<Lesson> lesson, Executor executor, Supplier<DialogService> dialogs) {
        this.owner = owner;
        this.lesson = lesson;
        this.executor = executor;
        this.dialogs = dialogs;
    }

    /** Runs the whole exchange: dialog, file or folder, background write, notification. */
    void run() {
        if (lesson.get() == null) {
            return;
        }
        ask().ifPresent(choice -> {
            Path target = choice.csvFolder()
                    ? dialogs.get().chooseFolder(owner.get(), "Export numbers as CSV files into a folder")
                    : dialogs.get().choose(owner.get(), true, "Export numbers as .npz", "numpy archive", "*.npz");
            if (target != null && (!choice.csvFolder() || mayReplace(target, choice))) {
                exportTo(choice.csvFolder() ? target : FilePrompt.withExtension(target, ".npz"), choice);
            }
        });
    }

    /**
     * Whether the CSV files the export would write into {@code folder} are all new, or the user agrees
     * to replace those already there: a folder chooser, unlike a file chooser, never asks.
     */
    private boolean mayReplace(Path folder, Choice choice) {
        List<String> existing;
        try {
            existing = WeightsExport.csvFiles(folder, WeightsExport.arrays(lesson.get(), choice.names())).stream()
                    .filter(Files::exists).map(p -> String.valueOf(p.getFileName())).toList();
        } catch (IllegalArgumentException e) {
            // numbers these names cannot hold: the export itself says why, and writes nothing
            return true;
        }
        return existing.isEmpty() || dialogs.get().confirmReplace(owner.get(), folder, existing);
    }

    /** Writes the numbers to {@code target} in the background; returns the task, for tests. */
    Task<List<Path>> exportTo(Path target, Choice choice) {
        Lesson numbers = lesson.get();
        Task<List<Path>> task = new Task<>() {
            @Override
            protected List<Path> call() throws Exception {
                return WeightsExport.write(target, choice.csvFolder(), WeightsExport.arrays(numbers, choice.names()));
            }
        };
        task.setOnSucceeded(e -> {
            List<Path> written = task.getValue();
            String what = choice.csvFolder() ? written.size() + " CSV files" : String.valueOf(target.getFileName());
            Path where = choice.csvFolder() ? target.toAbsolutePath() : target.toAbsolutePath().getParent();
            Notifications.create().owner(owner.get()).title("Numbers exported").text("Saved " + what + " in " + where)
                    .showInformation();
        });
        task.setOnFailed(e -> dialogs.get().showFailure(owner.get(), "export", target, task.getException()));
        executor.execute(task);
        return task;
    }

    private Optional<Choice> ask() {
        ChoiceBox<Boolean> format = choices("numbersFormat", List.of(false, true),
                csv -> csv ? "a folder of CSV files, one per array" : "one .npz file (np.load)");
        ChoiceBox<WeightsExport.Names> names = choices("numbersNames", List.of(WeightsExport.Names.values()),
                n -> n == WeightsExport.Names.UNROLL ? "Unroll's: W, U, b, V, c, x, h0"
                        : "Keras's: kernel = W\u1D40, recurrent_kernel = U\u1D40, bias, \u2026");
        GridPane grid = ExportDialog.grid();
        grid.addRow(0, new Label("Write"), format);
        grid.addRow(1, new Label("Names"), names);
        return ExportDialog.ask(owner.get(), "Export numbers", "Export the lesson's weights, inputs and h\u2080 as float64 arrays",
                grid, () -> new Choice(format.getValue(), names.getValue()));
    }

    /** A choice among {@code values}, the first chosen, each shown as {@code text} says. */
    private static <T> ChoiceBox<T> choices(String id, List<T> values, Function<T, String> text) {
        ChoiceBox<T> box = new ChoiceBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setValue(values.get(0));
        box.setConverter(ControlSync.shownAs(values, text));
        return box;
    }
}
