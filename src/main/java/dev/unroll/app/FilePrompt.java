package dev.unroll.app;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** How the window asks for a file: the system's dialog, or in tests a file chosen in advance. */
@FunctionalInterface
interface FilePrompt {

    /**
     * A file to open ({@code save} false) or to write, offering {@code extensions} (such as
     * {@code *.json}) under {@code description}; null when the user cancels.
     */
    Path choose(Window owner, boolean save, String title, String description, String... extensions);

    /** The system's file dialog, starting where the last file was chosen. */
    static FilePrompt system() {
        return SystemDialog.INSTANCE;
    }

    /** {@code path}, with {@code extension} (such as {@code .png}) added unless it already ends so. */
    static Path withExtension(Path path, String extension) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(extension)
                ? path : path.resolveSibling(path.getFileName() + extension);
    }

    /** The system's dialog; remembers its last folder for the next time. */
    final class SystemDialog implements FilePrompt {
        private static final SystemDialog INSTANCE = new SystemDialog();
        private File lastFolder;

        @Override
        public Path choose(Window owner, boolean save, String title, String description, String... extensions) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(description, extensions),
                    new FileChooser.ExtensionFilter("All files", "*.*"));
            File home = new File(System.getProperty("user.home"));
            chooser.setInitialDirectory(lastFolder != null && lastFolder.isDirectory() ? lastFolder : home);
            File picked = save ? chooser.showSaveDialog(owner) : chooser.showOpenDialog(owner);
            if (picked == null) {
                return null;
            }
            lastFolder = picked.getParentFile();
            return picked.toPath();
        }
    }
}
