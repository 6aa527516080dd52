package dev.unroll.app;

import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;

/** How an unexpected error is shown: a dialog, or in tests a stand-in that records what it was given. */
@FunctionalInterface
interface ErrorDialog {

    /**
     * Shows {@code report} without waiting for the user, on the JavaFX thread; runs
     * {@code whenClosed} on that thread once the user has dismissed it.
     */
    void show(ErrorReport report, Runnable whenClosed);

    /** An alert over {@code owner}'s window: the summary, the details folded away, and a button that copies them. */
    static ErrorDialog alert(Supplier<Window> owner) {
        return (report, whenClosed) -> {
            Alert alert = new Alert(Alert.AlertType.ERROR);
            Window window = owner.get();
            if (window != null && window.isShowing()) {
                alert.initOwner(window);
            }
            alert.setTitle(Words.get("error.title"));
            alert.setHeaderText(Words.get("error.header"));
            alert.setContentText(report.summary());
            alert.getDialogPane().setId("errorDialog");

            TextArea details = new TextArea(report.details());
            details.setId("errorDetails");
            details.setEditable(false);
            details.setWrapText(false);
            details.setPrefRowCount(14);
            alert.getDialogPane().setExpandableContent(details);

            ButtonType copy = new ButtonType(Words.get("error.copy"), ButtonBar.ButtonData.LEFT);
            alert.getButtonTypes().setAll(copy, ButtonType.CLOSE);
            // copying leaves the dialog open: a dialog's buttons close it unless their action is consumed
            alert.getDialogPane().lookupButton(copy).setId("copyDetailsButton");
            alert.getDialogPane().lookupButton(copy).addEventFilter(ActionEvent.ACTION, event -> {
                ClipboardContent content = new ClipboardContent();
                content.putString(report.details());
                Clipboard.getSystemClipboard().setContent(content);
                event.consume();
            });
            alert.setOnHidden(event -> whenClosed.run());
            alert.show();
        };
    }
}
