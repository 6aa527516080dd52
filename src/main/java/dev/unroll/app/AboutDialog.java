package dev.unroll.app;

import dev.unroll.about.AboutText;
import dev.unroll.about.BuildInfo;
import dev.unroll.about.BundledLibrary;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Help → About: what Unroll is, its version and build date, the Java and JavaFX running it, and the
 * bundled libraries with their licences, in text that scrolls, can be selected, and is copied whole
 * by Copy (for a bug report). Close and Esc close it.
 */
final class AboutDialog {

    /** Wide enough for a licence's address on one line; short enough to fit a 1024 × 768 screen with its frame. */
    private static final double TEXT_WIDTH = 620;
    private static final double TEXT_HEIGHT = 340;

    private AboutDialog() {
    }

    /** Shows the dialog over {@code owner} without waiting for it to close. */
    static void show(Window owner) {
        BuildInfo build = BuildInfo.current();
        String javafx = System.getProperty("javafx.runtime.version", "unknown");
        String text = AboutText.of(build, AboutText.runningJava(), javafx, BundledLibrary.all());

        // no-break spaces keep the formula on one line
        Label what = new Label(Words.get("about.what"));
        what.setWrapText(true);
        what.setPrefWidth(TEXT_WIDTH);
        what.setMinHeight(Label.USE_PREF_SIZE);
        TextArea details = new TextArea(text);
        details.setId("aboutText");
        details.setEditable(false);
        // a licence's long name wraps rather than hiding behind a sideways scroll bar
        details.setWrapText(true);
        details.setPrefSize(TEXT_WIDTH, TEXT_HEIGHT);
        details.getStyleClass().add("about-text");
        VBox content = new VBox(10, what, details);
        VBox.setVgrow(details, Priority.ALWAYS);

        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Words.get("about.title"));
        dialog.setHeaderText(Words.get("about.header", build.versionLine(), build.buildDate()));
        dialog.setResizable(true);
        dialog.getDialogPane().setId("aboutDialog");
        dialog.getDialogPane().setContent(content);
        ButtonType copy = new ButtonType(Words.get("about.copy"), ButtonBar.ButtonData.LEFT);
        // a Close button with the cancel role is what lets Esc close the dialog
        ButtonType close = new ButtonType(Words.get("button.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(copy, close);
        Button copyButton = (Button) dialog.getDialogPane().lookupButton(copy);
        copyButton.setId("aboutCopyButton");
        // Copy leaves the dialog open: the press is taken before the dialog would close on it
        copyButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            ClipboardContent clip = new ClipboardContent();
            clip.putString(text);
            Clipboard.getSystemClipboard().setContent(clip);
        });
        dialog.getDialogPane().lookupButton(close).setId("aboutCloseButton");
        dialog.setOnShown(e -> details.requestFocus());
        dialog.show();
    }
}
