package dev.unroll.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppLogTest {

    private static final Path LINUX_HOME = Path.of("/home/teacher");

    private final Logger root = Logger.getLogger("");
    private List<Handler> rootHandlers;
    private Level rootLevel;

    @BeforeEach
    void keepTheRootLogger() {
        rootHandlers = List.of(root.getHandlers());
        rootLevel = root.getLevel();
    }

    @AfterEach
    void putTheRootLoggerBack() {
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
            handler.close();
        }
        rootHandlers.forEach(root::addHandler);
        root.setLevel(rootLevel);
    }

    @Test
    void recordsGoToTheFirstLogFileInTheDirectoryAndNotToTheConsole(@TempDir Path config) throws IOException {
        Path directory = config.resolve("unroll");

        String pattern = AppLog.install(directory);
        Logger.getLogger("javafx").warning("Unsupported JavaFX configuration");

        assertEquals(directory.resolve("unroll-%g.log").toString(), pattern);
        assertEquals(1, root.getHandlers().length);
        assertEquals("java.util.logging.FileHandler", root.getHandlers()[0].getClass().getName());
        root.getHandlers()[0].flush();
        String log = Files.readString(directory.resolve("unroll-0.log"));
        assertTrue(log.contains("WARNING javafx: Unsupported JavaFX configuration"), log);
    }

    @Test
    void logIsWrittenInUtf8WhateverTheLocale(@TempDir Path config) throws IOException {
        AppLog.install(config.resolve("unroll"));
        // under LANG=C the platform's encoding is ASCII, and a Korean file name in the log would become "?"
        assertEquals("UTF-8", root.getHandlers()[0].getEncoding());
        Logger.getLogger("unroll").warning("cannot open 한국어.unroll.json");
        root.getHandlers()[0].flush();
        String log = Files.readString(config.resolve("unroll").resolve("unroll-0.log"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(log.contains("cannot open 한국어.unroll.json"), log);
    }

    @Test
    void aLogThatCannotBeOpenedLeavesOnlyWarningsOnStandardError(@TempDir Path config) throws IOException {
        Path notADirectory = Files.writeString(config.resolve("unroll"), "a file where the directory should be");

        String pattern = AppLog.install(notADirectory);

        assertEquals("", pattern);
        assertEquals(1, root.getHandlers().length);
        assertEquals(Level.WARNING, root.getHandlers()[0].getLevel());
    }

    @Test
    void onLinuxTheLogLivesUnderXdgConfigHomeWhenItIsSet() {
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", "/srv/config");
        assertEquals(Path.of("/srv/config/unroll"), AppLog.configDirectory("Linux", env::get, LINUX_HOME));
    }

    @Test
    void onLinuxWithoutXdgConfigHomeTheLogLivesUnderDotConfig() {
        assertEquals(Path.of("/home/teacher/.config/unroll"), AppLog.configDirectory("Linux", name -> null, LINUX_HOME));
    }

    @Test
    void aRelativeXdgConfigHomeIsIgnoredAsTheSpecificationSays() {
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", "config");
        assertEquals(Path.of("/home/teacher/.config/unroll"), AppLog.configDirectory("Linux", env::get, LINUX_HOME));
    }

    @Test
    void onWindowsTheLogLivesUnderAppData() {
        // built from the running system's paths so that the test reads the same on every system
        Path appData = Path.of("").toAbsolutePath().resolve("Roaming");
        Map<String, String> env = Map.of("APPDATA", appData.toString());
        assertEquals(appData.resolve("Unroll"), AppLog.configDirectory("Windows 11", env::get, LINUX_HOME));
    }

    @Test
    void onWindowsWithoutAppDataTheLogLivesInTheUsualRoamingFolder() {
        assertEquals(LINUX_HOME.resolve("AppData").resolve("Roaming").resolve("Unroll"),
                AppLog.configDirectory("Windows 10", name -> null, LINUX_HOME));
    }

    @Test
    void onMacOsTheLogLivesUnderApplicationSupport() {
        assertEquals(Path.of("/home/teacher/Library/Application Support/Unroll"),
                AppLog.configDirectory("Mac OS X", name -> null, LINUX_HOME));
    }
}
