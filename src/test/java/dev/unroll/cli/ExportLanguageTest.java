package dev.unroll.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.i18n.HangulFont;
import dev.unroll.i18n.Language;
import dev.unroll.i18n.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --lang}: the picture's words in English or Korean, its symbols the same in both. */
class ExportLanguageTest {

    @TempDir
    Path dir;

    @Test
    void koreanWritesTheCaptionsInKoreanAndKeepsTheSymbols() throws IOException {
        Path out = dir.resolve("tiny-ko.svg");
        CommandLineRun run = CommandLineRun.of("export", "--preset", "tiny", "--lang", "ko", "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        String svg = Files.readString(out);
        // 펼친 그림 (unrolled) and 접힌 그림 (folded), at the last of the tiny lesson's five steps
        assertTrue(svg.contains("\uD3BC\uCE5C \uADF8\uB9BC, t = 5 / 5"), "the unrolled picture's caption");
        assertTrue(svg.contains("\uC811\uD78C \uADF8\uB9BC"), "the folded picture's caption");
        assertFalse(svg.contains("unrolled, t ="), "no English caption is left");
        assertTrue(svg.contains("tanh"), "the formula keeps its symbols");
        List<String> expectedErr = HangulFont.available() ? List.of()
                : List.of("note: no font on this system draws Hangul, so a PNG or GIF shows the Korean words as boxes "
                        + "(an SVG is drawn by its viewer's fonts); install one, for example fonts-nanum");
        assertEquals(expectedErr, run.errLines());
    }

    @Test
    void englishIsTheDefaultWhateverTheLanguageBefore() throws IOException {
        Language before = Text.language();
        Path korean = dir.resolve("ko.svg");
        Path english = dir.resolve("en.svg");
        assertEquals(0, CommandLineRun.of("export", "--preset", "tiny", "--lang", "ko", "--out", korean.toString()).status());
        CommandLineRun run = CommandLineRun.of("export", "--preset", "tiny", "--out", english.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err());
        assertTrue(Files.readString(english).contains("unrolled, t = 5 of 5"));
        assertEquals(before, Text.language(), "a Korean export leaves the language it found");
    }

    @Test
    void anUnknownLanguageIsRejectedWithOneLineBeforeAnythingIsWritten() throws IOException {
        Path out = dir.resolve("fr.svg");
        CommandLineRun run = CommandLineRun.of("export", "--preset", "tiny", "--lang", "fr", "--out", out.toString());
        run.assertRejectedWithOneLine("--lang fr");
        assertTrue(run.err().contains("expected en or ko"), run.err());
        assertFalse(Files.exists(out));
    }
}
