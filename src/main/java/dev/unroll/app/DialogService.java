package dev.unroll.app;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Every question and message the window puts to the user in a dialog of its own: which file, files or
 * folder, whether
 * to save unsaved work, and why a file could not be read or written. The window asks through this
 * interface, so a test can answer in the user's place.
 */
interface DialogService extends FilePrompt {

    /** The answers to "save the changes first?". */
    enum SaveChoice {
        /** Save, then go on; if saving fails or is cancelled, do not go on. */
        SAVE,
        /** Go on, and lose the changes. */
        DISCARD,
        /** Do not go on: everything stays as it was. */
        CANCEL
    }

    /**
     * Files to open, as many as the user picks, offering {@code extensions} under {@code description};
     * empty when the user cancels.
     */
    List<Path> chooseMany(Window owner, String title, String description, String... extensions);

    /**
     * A file to write, as {@link #choose} asks for one, starting in {@code folder}; where the last
     * file dialog was when {@code folder} is null or gone.
     */
    default Path chooseToSaveIn(Path folder, Window owner, String title, String description, String... extensions) {
        return choose(owner, true, title, description, extensions);
    }

    /** Asks whether to forget every remembered preference; false when the user cancels. */
    boolean confirmReset(Window owner);

    /** A folder to write files into; null when the user cancels. */
    Path chooseFolder(Window owner, String title);

    /** Whether to replace the files {@code names} already in {@code folder}; false when the user cancels. */
    boolean confirmReplace(Window owner, Path folder, List<String> names);

    /** Asks whether to save the unsaved changes to {@code lessonName} before they would be lost. */
    SaveChoice askToSave(Window owner, String lessonName);

    /** Says that a file could not be opened, saved, imported or exported ({@code verb}), naming it and why. */
    void showFailure(Window owner, String verb, Path path, Throwable error);

    /** The first line of {@link #showFailure}'s dialog: "Could not open week3.json". */
    static String failureHeading(String verb, Path path) {
        String key = "failure." + verb;
        return dev.unroll.i18n.Text.has(key) ? Words.get(key, nameOf(path)) : Words.get("failure.other", verb, nameOf(path));
    }

    /** Why {@code error} happened: its message, or its kind when it has none. */
    static String reason(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message.strip();
    }

    /**
     * The failure in one line, for a status bar that must not grow taller: the dialog's first line,
     * then the first line of the reason.
     */
    static String failureLine(String verb, Path path, Throwable error) {
        return failureHeading(verb, path) + ": " + reason(error).lines().findFirst().orElse("").strip();
    }

    /** The file's name, or the whole path for one that has none (a root). */
    static String nameOf(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }

    /** The system's dialogs. */
    static DialogService system() {
        return SystemDialogs.INSTANCE;
    }

    /** The system's file dialog and JavaFX alerts. */
    final class SystemDialogs implements DialogService {
        private static final SystemDialogs INSTANCE = new SystemDialogs();

        private SystemDialogs() {
        }

        @Override
        public Path choose(Window owner, boolean save, String title, String description, String... extensions) {
            return FilePrompt.SystemDialog.INSTANCE.choose(owner, save, title, description, extensions);
        }

        @Override
        public List<Path> chooseMany(Window owner, String title, String description, String... extensions) {
            return FilePrompt.SystemDialog.INSTANCE.chooseMany(owner, title, description, extensions);
        }

        @Override
        public Path chooseToSaveIn(Path folder, Window owner, String title, String description, String... extensions) {
            return FilePrompt.SystemDialog.INSTANCE.chooseToSaveIn(folder, owner, title, description, extensions);
        }

        @Override
        public boolean confirmReset(Window owner) {
            ButtonType reset = new ButtonType(Words.get("reset.button"), ButtonBar.ButtonData.YES);
            ButtonType cancel = new ButtonType(Words.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", reset, cancel);
            alert.initOwner(owner);
            alert.setTitle(Words.get("reset.title"));
            alert.setHeaderText(Words.get("reset.header"));
            alert.setContentText(Words.get("reset.content"));
            alert.getDialogPane().setId("resetPreferencesDialog");
            // Enter keeps everything: forgetting is chosen, never fallen into
            ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(reset)).setDefaultButton(false);
            ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
            return alert.showAndWait().orElse(cancel) == reset;
        }

        @Override
        public Path chooseFolder(Window owner, String title) {
            return FilePrompt.SystemDialog.INSTANCE.chooseFolder(owner, title);
        }

        @Override
        public boolean confirmReplace(Window owner, Path folder, List<String> names) {
            ButtonType replace = new ButtonType(Words.get("replace.button"), ButtonBar.ButtonData.YES);
            ButtonType cancel = new ButtonType(Words.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
            Alert alert = new Alert(Alert.AlertType.WARNING, "", replace, cancel);
            alert.initOwner(owner);
            alert.setTitle(Words.get("replace.title"));
            alert.setHeaderText(names.size() == 1 ? Words.get("replace.header.one", folder.getFileName())
                    : Words.get("replace.header.many", names.size(), folder.getFileName()));
            alert.setContentText(Words.get("replace.content", String.join(", ", names)));
            alert.getDialogPane().setId("replaceFilesDialog");
            return alert.showAndWait().orElse(cancel) == replace;
        }

        @Override
        public SaveChoice askToSave(Window owner, String lessonName) {
            ButtonType save = new ButtonType(Words.get("unsaved.save"), ButtonBar.ButtonData.YES);
            ButtonType discard = new ButtonType(Words.get("unsaved.discard"), ButtonBar.ButtonData.NO);
            ButtonType cancel = new ButtonType(Words.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
            Alert alert = new Alert(Alert.AlertType.WARNING, "", save, discard, cancel);
            alert.initOwner(owner);
            alert.setTitle(Words.get("unsaved.title"));
            alert.setHeaderText(Words.get("unsaved.header", lessonName));
            alert.setContentText(Words.get("unsaved.content"));
            alert.getDialogPane().setId("saveChangesDialog");
            ButtonType answer = alert.showAndWait().orElse(cancel);
            return answer == save ? SaveChoice.SAVE : answer == discard ? SaveChoice.DISCARD : SaveChoice.CANCEL;
        }

        @Override
        public void showFailure(Window owner, String verb, Path path, Throwable error) {
            Alert alert = new Alert(Alert.AlertType.ERROR);
            alert.initOwner(owner);
            alert.setTitle(Words.get("failure.title"));
            alert.setHeaderText(DialogService.failureHeading(verb, path));
            alert.setContentText(DialogService.reason(error));
            alert.getDialogPane().setId("fileErrorDialog");
            alert.show();
        }
    }
}
