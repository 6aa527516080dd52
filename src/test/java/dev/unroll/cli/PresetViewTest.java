package dev.unroll.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.io.LessonFiles;
import dev.unroll.io.ViewSettings;
import dev.unroll.render.SvgDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A preset opens with the same view on the command line as in the window: the sentiment preset, the
 * seed's last Keras model, keeps return_sequences=False, so only h_T feeds its Dense layer.
 */
class PresetViewTest {

    @TempDir
    Path dir;

    @Test
    void theSentimentPictureHasOneOutputAtTheEnd() throws Exception {
        Path out = dir.resolve("sentiment.svg");
        CommandLineRun run = CommandLineRun.of("export", "--preset", "sentiment", "--text", "this movie was great",
                "--view", "unrolled", "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        SvgDocument doc = SvgDocument.parse(Files.readAllBytes(out));
        assertEquals(1, doc.parts("unrolled", "o").size(), "o_T alone");
        assertEquals(6, doc.parts("unrolled", "h").size(), "h_0 to h_5: the start id and four words");
    }

    @Test
    void aSavedSentimentLessonKeepsReturnSequencesOffAndOthersSayNothing() throws Exception {
        Path sentiment = dir.resolve("sentiment.unroll.json");
        Path tiny = dir.resolve("tiny.unroll.json");
        assertEquals(0, CommandLineRun.of("lesson", "--preset", "sentiment", "--save", sentiment.toString()).status());
        assertEquals(0, CommandLineRun.of("lesson", "--preset", "tiny", "--save", tiny.toString()).status());
        assertEquals(Boolean.FALSE, LessonFiles.read(sentiment).view().flag(ViewSettings.RETURN_SEQUENCES).orElseThrow());
        assertTrue(LessonFiles.read(tiny).view().flag(ViewSettings.RETURN_SEQUENCES).isEmpty());
    }
}
