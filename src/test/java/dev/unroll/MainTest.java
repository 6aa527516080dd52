package dev.unroll;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path folder;

    @Test
    void aLessonFilesNameOpensTheWindowOnIt() throws Exception {
        assertTrue(Main.opensALesson(new String[] {"week3.unroll.json"}));
        assertTrue(Main.opensALesson(new String[] {"lessons/week3"}));
        Path plain = Files.writeString(folder.resolve("week3"), "{}");
        assertTrue(Main.opensALesson(new String[] {plain.toString()}));
    }

    @Test
    void commandsAndMistypedCommandsAreLeftToTheCommandLine() {
        assertFalse(Main.opensALesson(new String[] {"trace"}));
        assertFalse(Main.opensALesson(new String[] {"tarce"}));
        assertFalse(Main.opensALesson(new String[] {"--help"}));
        assertFalse(Main.opensALesson(new String[] {"export", "--out", "a.json"}));
        assertFalse(Main.opensALesson(new String[] {" "}));
    }
}
