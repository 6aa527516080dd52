package dev.unroll.io;

import dev.unroll.rnn.Lesson;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything a lesson file holds: a title and notes for the teacher, where the numbers come from,
 * and how the lesson was being shown. Read and written by {@link LessonFiles}.
 *
 * @param title     the lesson's name, shown in the window's title; may be empty
 * @param notes     free text for the teacher about the whole lesson; may be empty
 * @param stepNotes a note for some steps t (0 … T), by t, in order; a step without a note is absent,
 *                  never mapped to empty text. A note for a step past T is kept: it shows again if
 *                  the lesson grows back to that step
 * @param source    a seeded recipe or explicit weights and inputs
 * @param view      the view settings stored with it; {@link ViewSettings#NONE} for none
 * @param model     the trained Keras model the numbers were read from, or null for a lesson made otherwise
 */
public record LessonFile(String title, String notes, SortedMap<Integer, String> stepNotes, LessonSource source,
                         ViewSettings view, ModelOrigin model) {

    public LessonFile {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(view, "view");
        stepNotes = cleaned(Objects.requireNonNull(stepNotes, "stepNotes"));
    }

    /** A lesson file made from no Keras model. */
    public LessonFile(String title, String notes, SortedMap<Integer, String> stepNotes, LessonSource source,
                      ViewSettings view) {
        this(title, notes, stepNotes, source, view, null);
    }

    /** A lesson file with no step notes. */
    public LessonFile(String title, String notes, LessonSource source, ViewSettings view) {
        this(title, notes, Collections.emptySortedMap(), source, view);
    }

    /** A lesson file with no notes and no view settings. */
    public static LessonFile of(String title, LessonSource source) {
        return new LessonFile(title, "", source, ViewSettings.NONE);
    }

    /** The lesson's numbers: see {@link LessonSource#build()}. */
    public Lesson lesson() {
        return source.build();
    }

    /** The note for step {@code t}, or the empty string when it has none. */
    public String stepNote(int t) {
        return stepNotes.getOrDefault(t, "");
    }

    /** This file with another title. */
    public LessonFile withTitle(String t) {
        return new LessonFile(t, notes, stepNotes, source, view, model);
    }

    /** This file with other notes for the whole lesson. */
    public LessonFile withNotes(String n) {
        return new LessonFile(title, n, stepNotes, source, view, model);
    }

    /** This file with {@code note} for step {@code t}; empty text removes the step's note. */
    public LessonFile withStepNote(int t, String note) {
        if (t < 0) {
            throw new IllegalArgumentException("a step's note needs a step from 0 up, got " + t);
        }
        SortedMap<Integer, String> changed = new TreeMap<>(stepNotes);
        changed.put(t, Objects.requireNonNull(note, "note"));
        return new LessonFile(title, notes, changed, source, view, model);
    }

    /** This file with the step notes of {@code other}, all of them replacing its own. */
    public LessonFile withStepNotes(Map<Integer, String> other) {
        return new LessonFile(title, notes, new TreeMap<>(other), source, view, model);
    }

    /** This file with another source of numbers. */
    public LessonFile withSource(LessonSource s) {
        return new LessonFile(title, notes, stepNotes, s, view, model);
    }

    /** This file with other view settings. */
    public LessonFile withView(ViewSettings v) {
        return new LessonFile(title, notes, stepNotes, source, v, model);
    }

    /** This file made from the Keras model {@code m} (null for none). */
    public LessonFile withModel(ModelOrigin m) {
        return new LessonFile(title, notes, stepNotes, source, view, m);
    }

    /** An unmodifiable copy in step order, without empty notes, so that two files with the same notes are equal. */
    private static SortedMap<Integer, String> cleaned(Map<Integer, String> notes) {
        SortedMap<Integer, String> kept = new TreeMap<>();
        notes.forEach((t, note) -> {
            if (Objects.requireNonNull(t, "step") < 0) {
                throw new IllegalArgumentException("a step's note needs a step from 0 up, got " + t);
            }
            if (!Objects.requireNonNull(note, "note").isEmpty()) {
                kept.put(t, note);
            }
        });
        return Collections.unmodifiableSortedMap(kept);
    }
}
