package dev.unroll.app;

import dev.unroll.io.LessonFile;
import dev.unroll.io.LessonSource;
import dev.unroll.io.NumbersOrigin;
import dev.unroll.io.ViewSettings;
import dev.unroll.rnn.Dimensions;
import dev.unroll.rnn.Trace;
import dev.unroll.settings.StoredView;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The lesson the window shows, as one immutable value: its contents (title, notes, where the
 * numbers come from, and the view settings it was opened with), its computed trace, the file it
 * belongs to, and what that file held when it was last read or written. The window publishes a new
 * document in one step when a new lesson is ready; nothing in it changes piecemeal.
 *
 * <p>Whether the lesson is unsaved is not stored but derived: {@link #differsFromSaved} compares what
 * Save would write with {@link #saved()}. The timestep is left out of that comparison: stepping
 * through a lesson is reading it, not editing it (Save still records the step).
 *
 * @param id     the same for a lesson and its edits, new for every lesson opened, chosen or imported:
 *               the window applies a document's view settings when the id changes
 * @param lesson the contents, with view settings resolved for the lesson's dimensions
 * @param trace  every step of the lesson, computed
 * @param file   the file Save writes to, or null when the lesson has none (a preset, imported weights)
 * @param saved  what Save would have written when the lesson was opened or last saved
 */
public record LessonDocument(long id, LessonFile lesson, Trace trace, Path file, LessonFile saved) {

    public LessonDocument {
        Objects.requireNonNull(lesson, "lesson");
        Objects.requireNonNull(trace, "trace");
        Objects.requireNonNull(saved, "saved");
    }

    /**
     * A lesson just opened, chosen or imported: nothing unsaved yet. Its view settings are resolved
     * for its dimensions, so that the view the window shows is the view it would save.
     */
    static LessonDocument opened(long id, LessonFile lesson, Trace trace, Path file) {
        LessonFile resolved = lesson.withView(stored(lesson, trace).writeOver(lesson.view()));
        return new LessonDocument(id, resolved, trace, file, resolved);
    }

    /** What this lesson's view settings show: the look and the step the window opens it at. */
    StoredView storedView() {
        return stored(lesson, trace);
    }

    private static StoredView stored(LessonFile lesson, Trace trace) {
        return StoredView.read(lesson.view(), trace.lesson().dimensions());
    }

    /** Where the numbers come from. */
    public LessonSource source() {
        return lesson.source();
    }

    /** The name to show: the lesson's title, else its file's name, else "Untitled". */
    public String name() {
        if (!lesson.title().isEmpty()) {
            return lesson.title();
        }
        return file == null ? "Untitled" : stem(file);
    }

    /**
     * This lesson with other numbers, for an edit: the same file, title and saved state. A lesson made
     * from a Keras model keeps the model's summary while the edit keeps its layers' shapes (other words
     * through the Embedding, another activation, other values); other sizes or a recipe are no longer
     * that model.
     */
    LessonDocument edited(LessonSource source, Trace newTrace) {
        LessonFile now = lesson.withSource(source);
        if (lesson.model() != null && !sameLayers(lesson.source(), source)) {
            now = now.withModel(null);
        }
        return new LessonDocument(id, now, newTrace, file, saved);
    }

    /** Whether both are explicit numbers with the same M, N, K and the same kind of input: the summary's shapes. */
    private static boolean sameLayers(LessonSource before, LessonSource after) {
        Dimensions b = before.dimensions();
        Dimensions a = after.dimensions();
        return after instanceof LessonSource.Explicit && before.hasEmbedding() == after.hasEmbedding()
                && before.embeddingRows() == after.embeddingRows() && b.inputFeatures() == a.inputFeatures()
                && b.units() == a.units() && b.outputSize() == a.outputSize();
    }

    /** This lesson with other notes, for an edit of them: the same numbers, trace, file and saved state. */
    LessonDocument annotated(String notes, java.util.SortedMap<Integer, String> stepNotes) {
        return new LessonDocument(id, lesson.withNotes(notes).withStepNotes(stepNotes), trace, file, saved);
    }

    /** This lesson once {@code written} is in {@code path}: that file is now its file, and nothing is unsaved. */
    LessonDocument savedAs(Path path, LessonFile written) {
        LessonFile now = lesson.withTitle(written.title());
        // explicit numbers are in the lesson file now: a program that reproduces the lesson reads them there
        if (now.source() instanceof LessonSource.Explicit explicit) {
            now = now.withSource(LessonSource.of(explicit.lesson(), NumbersOrigin.lessonFile(path, explicit.lesson())));
        }
        return new LessonDocument(id, now, trace, path, written);
    }

    /** What Save writes with the window showing {@code view}: the contents, with the view on screen. */
    LessonFile toSave(ViewSettings view) {
        return lesson.withView(view);
    }

    /** Whether {@code wouldWrite} differs from what the file holds, apart from the timestep. */
    boolean differsFromSaved(LessonFile wouldWrite) {
        return !withoutTimestep(wouldWrite).equals(withoutTimestep(saved));
    }

    private static LessonFile withoutTimestep(LessonFile f) {
        return f.withView(f.view().without(ViewSettings.TIMESTEP));
    }

    /** A file's name without its extensions: {@code week3} for {@code week3.unroll.json}. */
    static String stem(Path path) {
        String name = path.getFileName().toString();
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
