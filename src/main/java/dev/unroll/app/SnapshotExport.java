package dev.unroll.app;

import dev.unroll.diagram.DiagramOptions;
import dev.unroll.diagram.Drawing;
import dev.unroll.diagram.StillPicture;
import dev.unroll.diagram.Theme;
import dev.unroll.export.SnapshotExporter;
import dev.unroll.rnn.Trace;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;

/**
 * File → Export snapshot…: asks for format, scale and background, then a file, and writes the
 * diagram at the current step off the JavaFX thread. A notification says where it went; a failure
 * says why, and any file already there is left as it was.
 */
final class SnapshotExport {

    /** What the user chose in the dialog. */
    record Choice(String format, int scale, boolean transparent) {
    }

    private final FileWork files;
    private final Supplier<Trace> trace;
    private final Supplier<DiagramOptions> options;
    private final RememberedSettings remembered;

    /** An export whose dialogs start from the last export's choices, kept in {@code remembered}. */
    SnapshotExport(FileWork files, Supplier<Trace> trace, Supplier<DiagramOptions> options, RememberedSettings remembered) {
        this.files = files;
        this.trace = trace;
        this.options = options;
        this.remembered = remembered;
    }

    /** Runs the whole exchange: dialog, file, background write, notification. */
    void run() {
        if (trace.get() == null) {
            return;
        }
        RememberedSettings.ExportChoices last = remembered.exportChoices();
        ask(last).ifPresent(choice -> {
            Path file = files.chooseToSave(last.folder().orElse(null), "Export snapshot as " + choice.format(), choice.format() + " image",
                    "." + choice.format().toLowerCase(Locale.ROOT));
            if (file != null) {
                exportTo(file, choice);
            }
        });
    }

    /** Draws and writes the snapshot to {@code file} in the background. */
    private void exportTo(Path file, Choice choice) {
        Trace current = trace.get();
        DiagramOptions shown = options.get();
        files.run("export", file, () -> {
            Drawing drawing = StillPicture.draw(current, shown, choice.transparent() ? Theme.LIGHT.transparent() : Theme.LIGHT);
            SnapshotExporter.write(drawing, file, choice.scale(), choice.transparent());
            return file;
        }, written -> {
            remembered.rememberExport(written, choice.format(), choice.scale());
            files.tellWritten("Snapshot exported", written);
        });
    }

    /** The format, scale and background, starting from the {@code last} export's format and scale. */
    private Optional<Choice> ask(RememberedSettings.ExportChoices last) {
        ChoiceBox<String> format = new ChoiceBox<>();
        format.setId("exportFormat");
        format.getItems().setAll(RememberedSettings.EXPORT_FORMATS);
        format.setValue(last.format());
        Spinner<Integer> scale = new Spinner<>(RememberedSettings.MIN_SCALE, RememberedSettings.MAX_SCALE, last.scale());
        scale.setId("exportScale");
        scale.disableProperty().bind(format.valueProperty().isEqualTo("SVG"));
        CheckBox transparent = new CheckBox("Transparent background");
        transparent.setId("exportTransparent");
        GridPane grid = ExportDialog.grid();
        grid.addRow(0, new Label("Format"), format);
        grid.addRow(1, new Label("Scale (PNG)"), scale);
        grid.add(transparent, 1, 2);
        return ExportDialog.ask(files.owner(), "Export snapshot", "Export the diagram at t = " + options.get().t(), grid,
                () -> new Choice(format.getValue(), scale.getValue(), transparent.isSelected()));
    }
}
