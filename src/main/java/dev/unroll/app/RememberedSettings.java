package dev.unroll.app;

import dev.unroll.diagram.ThemeKind;
import dev.unroll.diagram.ValuePalette;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the window remembers from one start to the next, in one {@link Preferences} node: the window's
 * place ({@link WindowPlacement}'s {@code window.*}), the recent files ({@code recent.0} …), the last
 * lesson file opened or saved, and the last snapshot export's folder, format and scale. A value that
 * reads back wrong (a number that is not one, a folder that is gone) is read as the default, without
 * a word: a preference is a convenience, never a reason for an error at start.
 *
 * <p>Theme, value palette and language are kept here beside the others under the keys {@code theme},
 * {@code palette} and {@code language}; {@link #reset} clears them with the rest of the node.
 */
final class RememberedSettings {

    /** The snapshot export's formats, the first the default. */
    static final java.util.List<String> EXPORT_FORMATS = java.util.List.of("PNG", "SVG", "GIF");
    static final int MIN_SCALE = 1;
    static final int MAX_SCALE = 4;
    static final int DEFAULT_SCALE = 2;

    private static final String LAST_LESSON = "lesson.last";
    private static final String EXPORT_FOLDER = "export.folder";
    private static final String EXPORT_FORMAT = "export.format";
    private static final String EXPORT_SCALE = "export.scale";
    private static final String LANGUAGE = "language";
    private static final String THEME = "theme";
    private static final String PALETTE = "palette";

    /** The snapshot export's last choices. */
    record ExportChoices(Optional<Path> folder, String format, int scale) {
    }

    private final Preferences prefs;

    RememberedSettings(Preferences prefs) {
        this.prefs = prefs;
    }

    /** The node itself, for the parts that keep their own keys in it (window place, recent files). */
    Preferences node() {
        return prefs;
    }

    /** The lesson file last on screen (opened or saved), if one is remembered and its name is one a file can have here. */
    Optional<Path> lastLesson() {
        return path(prefs.get(LAST_LESSON, null));
    }

    void rememberLastLesson(Path file) {
        prefs.put(LAST_LESSON, file.toAbsolutePath().toString());
    }

    /** Forgets the last lesson, so that the next start does not try it again. */
    void forgetLastLesson() {
        prefs.remove(LAST_LESSON);
    }

    /** The last export's choices; each one that is missing or wrong is the default (no folder, PNG, 2). */
    ExportChoices exportChoices() {
        Optional<Path> folder = path(prefs.get(EXPORT_FOLDER, null)).filter(Files::isDirectory);
        String format = prefs.get(EXPORT_FORMAT, EXPORT_FORMATS.get(0));
        if (!EXPORT_FORMATS.contains(format)) {
            format = EXPORT_FORMATS.get(0);
        }
        // getInt gives the default for a value that is not a whole number
        int scale = prefs.getInt(EXPORT_SCALE, DEFAULT_SCALE);
        if (scale < MIN_SCALE || scale > MAX_SCALE) {
            scale = DEFAULT_SCALE;
        }
        return new ExportChoices(folder, format, scale);
    }

    /** Remembers an export written to {@code file} as {@code format} at {@code scale}. */
    void rememberExport(Path file, String format, int scale) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            prefs.put(EXPORT_FOLDER, folder.toString());
        }
        prefs.put(EXPORT_FORMAT, format);
        prefs.putInt(EXPORT_SCALE, scale);
    }

    /** The language chosen in the window, if one was and it is one the window speaks. */
    Optional<dev.unroll.i18n.Language> language() {
        return dev.unroll.i18n.Language.ofCode(prefs.get(LANGUAGE, null));
    }

    void rememberLanguage(dev.unroll.i18n.Language language) {
        prefs.put(LANGUAGE, language.code());
    }

    /** The theme chosen in the window, if one was and it is one the window has. */
    Optional<ThemeKind> theme() {
        return Optional.ofNullable(prefs.get(THEME, null)).flatMap(ThemeKind::ofCode);
    }

    void rememberTheme(ThemeKind theme) {
        prefs.put(THEME, theme.code());
    }

    /** The value palette chosen in the window, if one was and it is one the window has. */
    Optional<ValuePalette> palette() {
        return Optional.ofNullable(prefs.get(PALETTE, null)).flatMap(ValuePalette::ofCode);
    }

    void rememberPalette(ValuePalette palette) {
        prefs.put(PALETTE, palette.code());
    }

    /**
     * Forgets everything remembered, so that the next start is a first start. Returns whether the
     * store took it; a store that cannot be written is left as it was.
     */
    boolean reset() {
        try {
            prefs.clear();
            prefs.flush();
            return true;
        } catch (BackingStoreException | IllegalStateException e) {
            return false;
        }
    }

    /** The path a stored string names, or nothing for no string or one that is no path on this system. */
    static Optional<Path> path(String stored) {
        if (stored == null || stored.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(stored));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
