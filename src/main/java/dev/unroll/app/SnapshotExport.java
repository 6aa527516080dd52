package dev.unroll.app;

import dev.unroll.diagram.DiagramOptions;
import dev.unroll.diagram.Drawing;
import dev.unroll.diagram.StillPicture;
import dev.unroll.diagram.Theme;
import dev.unroll.export.SnapshotExporter;
import dev.unroll.rnn.Trace;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
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
    private BiFunction<Window, Choice, Path> destination = SnapshotExport::chooseFile;
    /** Where the last snapshot went, so the next one starts there. */
    private static File lastFolder;

    SnapshotExport(Supplier<Window> owner, Supplier<Trace> trace, Supplier<DiagramOptions> options, Executor executor) {
        this.owner = owner;
        this.trace = trace;
        this.options = options;
        this.executor = executor;
    }

    /** Replaces the system file chooser, for tests. */
    void setDestination(BiFunction<Window, Choice, Path> chooser) {
        destination = chooser;
    }

    /** Runs the whole exchange: dialog, file, background write, notification. */
    void run() {
        if (trace.get() == null) {
            return;
        }
        ask().ifPresent(choice -> {
            Path file = destination.apply(owner.get(), choice);
            if (file != null) {
                exportTo(file, choice);
            }
        });
    }

    /** Writes the snapshot to {@code file} in the background; returns the task, for tests. */
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
        task.setOnFailed(e -> {
            Alert alert = new Alert(Alert.AlertType.ERROR);
            alert.initOwner(owner.get());
            alert.setTitle("Export failed");
            alert.setHeaderText("Could not export " + file.getFileName());
            Throwable error = task.getException();
            alert.setContentText(error.getMessage() != null ? error.getMessage() : error.toString());
            alert.show();
        });
        executor.execute(task);
        return task;
    }

    private Optional<Choice> ask() {
        Dialog<Choice> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle("Export snapshot");
        dialog.setHeaderText("Export the diagram at t = " + options.get().t());
        ChoiceBox<String> format = new ChoiceBox<>();
        format.setId("exportFormat");
        format.getItems().setAll("PNG", "SVG");
        format.setValue("PNG");
        Spinner<Integer> scale = new Spinner<>(1, 4, 2);
        scale.setId("exportScale");
        scale.disableProperty().bind(format.valueProperty().isEqualTo("SVG"));
        CheckBox transparent = new CheckBox("Transparent background");
        transparent.setId("exportTransparent");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(16));
        grid.addRow(0, new Label("Format"), format);
        grid.addRow(1, new Label("Scale (PNG)"), scale);
        grid.add(transparent, 1, 2);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new Choice(format.getValue(), scale.getValue(), transparent.isSelected()) : null);
        return dialog.showAndWait();
    }

    private static Path chooseFile(Window owner, Choice choice) {
        String extension = choice.format().toLowerCase(Locale.ROOT);
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export snapshot as " + choice.format());
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(choice.format() + " image", "*." + extension));
        chooser.setInitialFileName("unroll." + extension);
        File home = new File(System.getProperty("user.home"));
        chooser.setInitialDirectory(lastFolder != null && lastFolder.isDirectory() ? lastFolder : home);
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return null;
        }
        lastFolder = file.getParentFile();
        Path path = file.toPath();
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + extension)
                ? path : path.resolveSibling(path.getFileName() + "." + extension);
    }
}
