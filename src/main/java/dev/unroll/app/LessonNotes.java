package dev.unroll.app;

import dev.unroll.io.LessonFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * A lesson's notes as one value, for the undo history: the note for the whole lesson and the notes
 * for single steps, by step.
 *
 * @param lesson the note for the whole lesson; may be empty
 * @param steps  the notes for single steps, by step, none empty
 */
record LessonNotes(String lesson, SortedMap<Integer, String> steps) {

    /** No notes at all. */
    static final LessonNotes NONE = new LessonNotes("", Collections.emptySortedMap());

    /** The words an undo names an edit of the lesson's note by. */
    private static final String LESSON_NOTE = "lesson note";
    /** The words an undo names an edit of step t's note by. */
    private static final String STEP_NOTE = "note for t = %d";

    LessonNotes {
        Objects.requireNonNull(lesson, "lesson");
        Objects.requireNonNull(steps, "steps");
    }

    /** The notes {@code file} holds. */
    static LessonNotes of(LessonFile file) {
        return new LessonNotes(file.notes(), file.stepNotes());
    }

    /** {@code file} with these notes in place of its own. */
    LessonFile applyTo(LessonFile file) {
        return file.withNotes(lesson).withStepNotes(steps);
    }

    /** Which notes differ between these and {@code other}, in words: "lesson note", "note for t = 3". */
    List<String> changes(LessonNotes other) {
        List<String> changed = new ArrayList<>();
        if (!lesson.equals(other.lesson)) {
            changed.add(LESSON_NOTE);
        }
        TreeSet<Integer> steps = new TreeSet<>(this.steps.keySet());
        steps.addAll(other.steps.keySet());
        for (int t : steps) {
            if (!Objects.equals(this.steps.get(t), other.steps.get(t))) {
                changed.add(String.format(STEP_NOTE, t));
            }
        }
        return changed;
    }
}
