package dev.unroll.io;

import dev.unroll.export.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens and saves lesson files: JSON with {@code "format": "unroll-lesson"} and {@code "version": 1}.
 *
 * <p>A lesson file holds a title, notes, the activations, the view settings, and either a seeded
 * recipe ({@code "seeded"}: sizes, initialisation, seed) or explicit {@code "weights"} (W, U, b,
 * optionally V, c and h0, and the inputs x), written so that every double reads back to the same
 * bits. Saving is atomic (see {@link AtomicFiles}): a save that fails leaves the old file intact.
 * Opening refuses malformed JSON, a missing field, a value of the wrong kind, another format or a
 * newer version, each with a {@link BadInputException} naming the file; unknown keys are skipped,
 * and unknown view settings are kept.
 */
public final class LessonFiles {

    /** The extension lesson files are saved with. */
    public static final String EXTENSION = ".unroll.json";

    private LessonFiles() {
    }

    /**
     * Opens a lesson file. Explicit weights are checked and built into a lesson; a seeded recipe is
     * checked but not drawn (see {@link LessonSource#build()}).
     *
     * @throws BadInputException     naming the file, what is wrong and what was expected
     * @throws java.util.concurrent.CancellationException if the reading thread is interrupted
     */
    public static LessonFile read(Path path) {
        return LessonJsonReader.read(path);
    }

    /**
     * Saves a lesson file, replacing any file at {@code path} only once the new one is complete.
     *
     * @throws IOException              naming the file and the reason, when it cannot be written;
     *                                  an existing file is then left as it was
     * @throws IllegalArgumentException if explicit weights hold NaN or infinity, which JSON cannot store
     * @throws BadInputException       if a text or the view settings are past what {@link #read} accepts,
     *                                  with the message reading would give
     */
    public static void write(Path path, LessonFile lesson) throws IOException {
        LessonLimits.requireWithin(lesson, BadInputException.name(path));
        LessonJsonWriter.requireWritable(lesson);
        AtomicFiles.write(path, out -> LessonJsonWriter.write(lesson, out));
    }
}
