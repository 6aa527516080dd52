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
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.controlsfx.control.Notifications;

/**
 * File → Export snapshot…: asks for format, scale and background, then a file, and writes the
 * diagram at the current step off the JavaFX thread. A notification says where it went; a failure
 * says why, and any file already there is left as it was.
 */
final class SnapshotExport {

    /** What the user chose in the dialog. */
    record Choice(String format, int scale, boolean transparent) {
    }

    private final Supplier<Window> owner;
    private final Supplier<Trace> trace;
    private final Supplier<DiagramOptions> options;
    private final Executor executor;
    private final Supplier<DialogService> dialogs;

    SnapshotExport(Supplier<Window> owner, Supplier<Trace> trace, Supplier<DiagramOptions> options, Executor executor,
                   Supplier<DialogService> dialogs) {
        this.owner = owner;
        this.dialogs = dialogs;
        this.trace = trace;
        this.options = options;
        this.executor = executor;
    }


    /** Runs the whole exchange: dialog, file, background write, notification. */
    void run() {
        if (trace.get() == null) {
            return;
        }
        ask().ifPresent(choice -> {
            String extension = choice.format().toLowerCase(Locale.ROOT);
            Path file = dialogs.get().choose(owner.get(), true, "Export snapshot as " + choice.format(), choice.format() + " image",
                    "*." + extension);
            if (file != null) {
                exportTo(FilePrompt.withExtension(file, "." + extension), choice);
            }
        });
    }

    /** Writes the snapshot to {@code file} in the background. */
    Task<Path> exportTo(Path file, Choice choice) {
        Trace current = trace.get();
        DiagramOptions shown = options.get();
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                updateMessage("Drawing\u2026");
                Drawing drawing = StillPicture.draw(current, shown,
                        choice.transparent() ? Theme.LIGHT.transparent() : Theme.LIGHT);
                updateMessage("Writing " + file.getFileName() + "\u2026");
                SnapshotExporter.write(drawing, file, choice.scale(), choice.transparent());
                return file;
            }
        };
        task.setOnSucceeded(e -> Notifications.create().owner(owner.get()).title("Snapshot exported")
                .text("Saved " + file.getFileName() + " in " + file.toAbsolutePath().getParent()).showInformation());
        task.setOnFailed(e -> dialogs.get().showFailure(owner.get(), "export", file, task.getException()));
        executor.execute(task);
        return task;
    }

    private Optional<Choice> ask() {
        ChoiceBox<String> format = new ChoiceBox<>();
        format.setId("exportFormat");
        format.getItems().setAll("PNG", "SVG");
        format.setValue("PNG");
        Spinner<Integer> scale = new Spinner<>(1, 4, 2);
        scale.setId("exportScale");
        scale.disableProperty().bind(format.valueProperty().isEqualTo("SVG"));
        CheckBox transparent = new CheckBox("Transparent background");
        transparent.setId("exportTransparent");
        GridPane grid = ExportDialog.grid();
        grid.addRow(0, new Label("Format"), format);
        grid.addRow(1, new Label("Scale (PNG)"), scale);
        grid.add(transparent, 1, 2);
        return ExportDialog.ask(owner.get(), "Export snapshot", "Export the diagram at t = " + options.get().t(), grid,
                () -> new Choice(format.getValue(), scale.getValue(), transparent.isSelected()));
    }
}
