package dev.unroll.app;

import dev.unroll.io.WeightsExport;
import dev.unroll.rnn.Lesson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

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

    private final FileWork files;
    private final Supplier<Lesson> lesson;

    NumbersExport(FileWork files, Supplier<Lesson> lesson) {
        this.files = files;
        this.lesson = lesson;
    }

    /** Runs the whole exchange: dialog, file or folder, background write, notification. */
    void run() {
        if (lesson.get() == null) {
            return;
        }
        ask().ifPresent(choice -> {
            try {
                WeightsExport.requireNamesHold(lesson.get(), choice.names());
            } catch (IllegalArgumentException e) {
                // said before a file is chosen, since no file would do
                files.dialogs().showFailure(files.owner(), "export", Path.of("numbers"), e);
                return;
            }
            Path target = choice.csvFolder()
                    ? files.dialogs().chooseFolder(files.owner(), Words.get("numbers.chooseFolder"))
                    : files.chooseToSave(Words.get("numbers.chooseNpz"), Words.get("numbers.npzKind"), ".npz");
            if (target != null && (!choice.csvFolder() || mayReplace(target, choice))) {
                exportTo(target, choice);
            }
        });
    }

    /**
     * Whether the CSV files the export would write into {@code folder} are all new, or the user agrees
     * to replace those already there: a folder chooser, unlike a file chooser, never asks.
     */
    private boolean mayReplace(Path folder, Choice choice) {
        List<String> existing = WeightsExport.csvFiles(folder, WeightsExport.names(lesson.get().dimensions(), choice.names()))
                .stream().filter(Files::exists).map(p -> String.valueOf(p.getFileName())).toList();
        return existing.isEmpty() || files.dialogs().confirmReplace(files.owner(), folder, existing);
    }

    /** Writes the numbers to {@code target} in the background. */
    private void exportTo(Path target, Choice choice) {
        Lesson numbers = lesson.get();
        files.run("export", target, () -> WeightsExport.write(target, choice.csvFolder(), WeightsExport.arrays(numbers, choice.names())),
                written -> files.tellWritten(Words.get("numbers.done"),
                        choice.csvFolder() ? Words.get("numbers.csvFiles", written.size()) : String.valueOf(target.getFileName()),
                        choice.csvFolder() ? target.toAbsolutePath() : target.toAbsolutePath().getParent(), ""));
    }

    private Optional<Choice> ask() {
        ChoiceBox<Boolean> format = choices("numbersFormat", List.of(false, true),
                csv -> Words.get(csv ? "numbers.format.csv" : "numbers.format.npz"));
        ChoiceBox<WeightsExport.Names> names = choices("numbersNames", List.of(WeightsExport.Names.values()),
                n -> Words.get(n == WeightsExport.Names.UNROLL ? "numbers.names.unroll" : "numbers.names.keras"));
        GridPane grid = ExportDialog.grid();
        grid.addRow(0, Words.label(new Label(), "numbers.write"), format);
        grid.addRow(1, Words.label(new Label(), "numbers.names"), names);
        return ExportDialog.ask(files.owner(), Words.get("numbers.title"), Words.get("numbers.header"),
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
