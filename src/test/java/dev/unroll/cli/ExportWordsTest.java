package dev.unroll.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An exported picture names token ids in the vocabulary they were looked up in, not always in English. */
class ExportWordsTest {

    /** 상태 (state) and 유닛 (unit), the seed's own words, both in the Korean vocabulary. */
    private static final String KOREAN = "\uC0C1\uD0DC \uC720\uB2DB";

    @TempDir
    Path dir;

    @Test
    void koreanWordsAreDrawnAsKoreanWords() throws Exception {
        Path out = dir.resolve("ko.svg");
        CommandLineRun run = CommandLineRun.of("export", "--preset", "sentiment", "--vocabulary", "korean", "--text", KOREAN,
                "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        String svg = Files.readString(out);
        assertTrue(svg.contains("\uC0C1\uD0DC") && svg.contains("\uC720\uB2DB"), "both words under their x_t");
    }

    @Test
    void aLessonSavedFromKoreanWordsExportsThemAsKoreanWords() throws Exception {
        Path lesson = dir.resolve("review.unroll.json");
        assertEquals(0, CommandLineRun.of("lesson", "--preset", "sentiment", "--vocabulary", "korean", "--text", KOREAN,
                "--save", lesson.toString()).status());
        Path out = dir.resolve("review.svg");
        CommandLineRun run = CommandLineRun.of("export", "--lesson", lesson.toString(), "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        String svg = Files.readString(out);
        assertTrue(svg.contains("\uC0C1\uD0DC") && svg.contains("\uC720\uB2DB"), "the lesson file says which words its ids are");
        // the same ids named in English would be other words
        assertFalse(svg.contains(">feel<"), "not the English vocabulary's word for the same id");
    }
}
