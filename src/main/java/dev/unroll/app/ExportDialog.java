package dev.unroll.app;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * The small dialog an export opens before it asks for a file: a grid of choices under a header, with
 * OK and Cancel, so that every export asks in the same way.
 */
final class ExportDialog {

    private ExportDialog() {
    }

    /** An empty grid of labelled choices, spaced as every export's dialog is. */
    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(16));
        return grid;
    }

    /** Shows {@code grid} and waits: what {@code chosen} makes of it after OK, or nothing after Cancel. */
    static <T> Optional<T> ask(Window owner, String title, String header, GridPane grid, Supplier<T> chosen) {
        Dialog<T> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().setContent(grid);
        // the dialog's own buttons, not JavaFX's, whose words follow the system's locale rather than the window's
        ButtonType ok = new ButtonType(Words.get("button.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Words.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        dialog.setResultConverter(button -> button == ok ? chosen.get() : null);
        return dialog.showAndWait();
    }
}
