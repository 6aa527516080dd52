package dev.unroll.io;

import static dev.unroll.io.IoFixtures.assertBad;
import static dev.unroll.io.IoFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.rnn.Preset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Notes for single steps in lesson files: version 2 when there are some, version 1 otherwise, and old files still open. */
class StepNotesFileTest {

    private static final String BODY = "\"title\": \"t\", \"notes\": \"whole lesson\", \"activation\": \"tanh\", "
            + "\"headActivation\": \"linear\", \"seeded\": {\"timesteps\": 5, \"inputFeatures\": 3, \"units\": 4, "
            + "\"outputSize\": 2, \"initialisation\": \"keras\", \"seed\": 7}";

    @TempDir
    Path dir;

    private static LessonFile tiny() {
        return LessonFile.of("Tiny", LessonSource.of(Preset.TINY.spec())).withNotes("Ask before revealing.");
    }

    @Test
    void stepNotesRoundTripAsVersionTwo() throws IOException {
        LessonFile saved = tiny().withStepNote(0, "h_0 is all zeros.").withStepNote(3, "line one\nline two, ünïcode \"quoted\"");
        Path file = dir.resolve("noted.unroll.json");
        LessonFiles.write(file, saved);
        String json = Files.readString(file);
        assertTrue(json.contains("\"version\": 2"), json);
        LessonFile opened = LessonFiles.read(file);
        assertEquals(saved, opened);
        assertEquals("Ask before revealing.", opened.notes());
        assertEquals("h_0 is all zeros.", opened.stepNote(0));
        assertEquals("line one\nline two, ünïcode \"quoted\"", opened.stepNote(3));
        assertEquals("", opened.stepNote(1));
    }

    @Test
    void lessonWithoutStepNotesIsStillWrittenAsVersionOne() throws IOException {
        Path file = dir.resolve("plain.unroll.json");
        LessonFiles.write(file, tiny().withStepNote(2, "soon gone").withStepNote(2, ""));
        String json = Files.readString(file);
        assertTrue(json.contains("\"version\": 1"), json);
        assertTrue(!json.contains(LessonJson.STEP_NOTES), json);
        assertEquals(tiny(), LessonFiles.read(file));
    }

    @Test
    void versionOneFileOpensWithItsNotesAndNoStepNotes() {
        Path file = write(dir, "old.json", "{\"format\": \"unroll-lesson\", \"version\": 1, " + BODY + "}");
        LessonFile opened = LessonFiles.read(file);
        assertEquals("whole lesson", opened.notes());
        assertEquals(Map.of(), opened.stepNotes());
    }

    @Test
    void stepNotesAreReadInStepOrderWhateverTheFileOrder() {
        Path file = write(dir, "v2.json", "{\"format\": \"unroll-lesson\", \"version\": 2, " + BODY
                + ", \"stepNotes\": {\"4\": \"four\", \"0\": \"zero\", \"12\": \"past T, kept\"}}");
        LessonFile opened = LessonFiles.read(file);
        assertEquals(new TreeMap<>(Map.of(0, "zero", 4, "four", 12, "past T, kept")), opened.stepNotes());
        assertEquals(0, opened.stepNotes().firstKey());
    }

    @Test
    void stepNoteNamedOtherThanAStepIsRefused() {
        Path file = write(dir, "bad.json", "{\"format\": \"unroll-lesson\", \"version\": 2, " + BODY
                + ", \"stepNotes\": {\"-1\": \"minus\"}}");
        assertBad(file, () -> LessonFiles.read(file), "stepNotes has a note named '-1'", "a step from 0 to 1,000,000");
        Path padded = write(dir, "padded.json", "{\"format\": \"unroll-lesson\", \"version\": 2, " + BODY
                + ", \"stepNotes\": {\"03\": \"three\"}}");
        assertBad(padded, () -> LessonFiles.read(padded), "stepNotes has a note named '03'");
    }

    @Test
    void stepNoteThatIsNotTextIsRefused() {
        Path file = write(dir, "number.json", "{\"format\": \"unroll-lesson\", \"version\": 2, " + BODY
                + ", \"stepNotes\": {\"1\": 5}}");
        assertBad(file, () -> LessonFiles.read(file), "stepNotes.'1' is a number", "text in quotes");
    }

    @Test
    void stepNoteTooLongToOpenIsRefusedWhenSaving() {
        Path file = dir.resolve("long.unroll.json");
        LessonFile tooLong = tiny().withStepNote(1, "x".repeat(ImportLimits.MAX_LESSON_TEXT + 1));
        assertBad(file, () -> LessonFiles.write(file, tooLong), "stepNotes.'1' is longer than 1,000,000 characters");
        assertTrue(Files.notExists(file));
    }

    @Test
    void versionFiveIsRefusedWithTheNewerUnrollMessage() {
        Path file = write(dir, "v5.json", "{\"format\": \"unroll-lesson\", \"version\": 5, " + BODY + "}");
        assertBad(file, () -> LessonFiles.read(file), "was made by a newer Unroll (version 5); this one reads version 4");
    }
}
