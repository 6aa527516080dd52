package dev.unroll.io;

import dev.unroll.files.AtomicFiles;
import dev.unroll.files.RefusedTargetException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Opens and saves lesson files: JSON with {@code "format": "unroll-lesson"} and {@code "version": 1},
 * or {@code 2} when it holds notes for single steps ({@code "stepNotes"}, added in version 2). Both
 * versions open; a lesson without step notes is still saved as version 1.
 *
 * <p>A lesson file holds a title, notes (for the lesson, and for single steps), the activations, the view settings, and either a seeded
 * recipe ({@code "seeded"}: sizes, initialisation, seed) or explicit {@code "weights"} (W, U, b,
 * optionally V, c and h0, and the inputs x), written so that every double reads back to the same
 * bits; a lesson made from a Keras model also holds {@code "model"}, the model file's name and its
 * summary (see {@link ModelOrigin}), which needs no new version since older readers skip it. Saving is atomic (see {@link AtomicFiles}): a save that fails leaves the old file intact.
 * Opening refuses malformed JSON, a missing field, a value of the wrong kind, another format or a
 * newer version, each with a {@link BadInputException} naming the file; unknown keys are skipped,
 * and unknown view settings are kept.
 */
public final class LessonFiles {

    /** The extension lesson files are saved with. */
    public static final String EXTENSION = ".unroll.json";

    /** The extensions of the data files lessons are made from, which a lesson save must never replace. */
    private static final List<String> DATA_EXTENSIONS = List.of(".npz", ".npy", ".csv");

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
     * @throws RefusedTargetException  when {@code path} ends in a data file's extension, or the place
     *                                  is one no save may write (see {@link AtomicFiles})
     * @throws IOException              naming the file and the reason, when it cannot be written;
     *                                  an existing file is then left as it was
     * @throws IllegalArgumentException if explicit weights hold NaN or infinity, which JSON cannot store
     * @throws BadInputException       if a text or the view settings are past what {@link #read} accepts,
     *                                  with the message reading would give
     */
    public static void write(Path path, LessonFile lesson) throws IOException {
        requireLessonName(path);
        LessonLimits.requireWithin(lesson, BadInputException.name(path));
        LessonJsonWriter.requireWritable(lesson);
        AtomicFiles.write(path, out -> LessonJsonWriter.write(lesson, out));
    }

    /**
     * Refuses to save a lesson under the extension of a data file (.npz, .npy, .csv): the file would
     * become JSON that no importer reads, and it is most likely the weights or inputs themselves.
     *
     * @throws RefusedTargetException naming the file and a name that would do
     */
    public static void requireLessonName(Path path) throws RefusedTargetException {
        Path fileName = path.getFileName();
        String name = fileName == null ? "" : fileName.toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot);
        if (DATA_EXTENSIONS.contains(extension.toLowerCase(Locale.ROOT))) {
            throw new RefusedTargetException(path, "a lesson is saved as JSON, and " + extension + " is the extension of a data file",
                    "a name ending in .json, for example " + name.substring(0, dot) + EXTENSION);
        }
    }
}
