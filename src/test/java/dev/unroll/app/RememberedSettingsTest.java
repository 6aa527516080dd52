package dev.unroll.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Remembered values read back as written, and wrong ones as the defaults, without a word. */
class RememberedSettingsTest {

    private final Preferences prefs = WindowTesting.freshPreferences();
    private final RememberedSettings remembered = new RememberedSettings(prefs);

    @TempDir
    Path folder;

    @AfterEach
    void removeNode() throws Exception {
        prefs.removeNode();
    }

    @Test
    void anExportIsRememberedByItsFolderFormatAndScale() {
        remembered.rememberExport(folder.resolve("t3.svg"), "SVG", 4);

        assertEquals(new RememberedSettings.ExportChoices(Optional.of(folder.toAbsolutePath()), "SVG", 4),
                remembered.exportChoices());
    }

    @Test
    void nothingRememberedReadsAsNoFolderPngAtScaleTwo() {
        assertEquals(new RememberedSettings.ExportChoices(Optional.empty(), "PNG", 2), remembered.exportChoices());
        assertEquals(Optional.empty(), remembered.lastLesson());
    }

    @Test
    void wrongValuesReadAsTheDefaults() {
        prefs.put("export.folder", folder.resolve("gone").toString());
        prefs.put("export.format", "JPEG");
        prefs.put("export.scale", "two");
        prefs.put("lesson.last", "   ");

        assertEquals(new RememberedSettings.ExportChoices(Optional.empty(), "PNG", 2), remembered.exportChoices());
        assertEquals(Optional.empty(), remembered.lastLesson());
    }

    @Test
    void aScaleOutsideTheSpinnersRangeReadsAsTwo() {
        prefs.putInt("export.scale", 9);
        assertEquals(2, remembered.exportChoices().scale());
        prefs.putInt("export.scale", 0);
        assertEquals(2, remembered.exportChoices().scale());
    }

    @Test
    void resetClearsEveryKeyOfTheNode() throws Exception {
        remembered.rememberLastLesson(folder.resolve("a.json"));
        remembered.rememberExport(folder.resolve("a.png"), "PNG", 3);
        prefs.putDouble("window.x", 10);
        prefs.put("recent.0", folder.resolve("a.json").toString());

        assertTrue(remembered.reset());

        assertEquals(0, prefs.keys().length);
    }
}
