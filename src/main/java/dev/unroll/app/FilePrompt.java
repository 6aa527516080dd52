package dev.unroll.app;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.stage.DirectoryChooser;
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

    /** {@code path}, with {@code extension} (such as {@code .png}) added unless it already ends so. */
    static Path withExtension(Path path, String extension) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(extension)
                ? path : path.resolveSibling(path.getFileName() + extension);
    }

    /** The system's dialog; remembers its last folder for the next time. */
    final class SystemDialog implements FilePrompt {
        static final SystemDialog INSTANCE = new SystemDialog();
        private File lastFolder;

        @Override
        public Path choose(Window owner, boolean save, String title, String description, String... extensions) {
            return pick(chooser(title, description, extensions), owner, save);
        }

        /** A file to write, starting in {@code folder} when it is still there; null when the user cancels. */
        Path chooseToSaveIn(Path folder, Window owner, String title, String description, String... extensions) {
            FileChooser chooser = chooser(title, description, extensions);
            if (folder != null && folder.toFile().isDirectory()) {
                chooser.setInitialDirectory(folder.toFile());
            }
            return pick(chooser, owner, true);
        }

        private Path pick(FileChooser chooser, Window owner, boolean save) {
            File picked = save ? chooser.showSaveDialog(owner) : chooser.showOpenDialog(owner);
            if (picked == null) {
                return null;
            }
            lastFolder = picked.getParentFile();
            return picked.toPath();
        }

        /** Several files to open at once; empty when the user cancels. */
        List<Path> chooseMany(Window owner, String title, String description, String... extensions) {
            List<File> picked = chooser(title, description, extensions).showOpenMultipleDialog(owner);
            if (picked == null || picked.isEmpty()) {
                return List.of();
            }
            lastFolder = picked.get(0).getParentFile();
            return picked.stream().map(File::toPath).toList();
        }

        /** A folder to write into; null when the user cancels. */
        Path chooseFolder(Window owner, String title) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(title);
            chooser.setInitialDirectory(startFolder());
            File picked = chooser.showDialog(owner);
            if (picked == null) {
                return null;
            }
            lastFolder = picked;
            return picked.toPath();
        }

        private FileChooser chooser(String title, String description, String... extensions) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(description, extensions),
                    new FileChooser.ExtensionFilter(Words.get("files.all"), "*.*"));
            chooser.setInitialDirectory(startFolder());
            return chooser;
        }

        private File startFolder() {
            return lastFolder != null && lastFolder.isDirectory() ? lastFolder : new File(System.getProperty("user.home"));
        }
    }
}
