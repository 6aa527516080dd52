package dev.unroll.io;

import dev.unroll.rnn.Lesson;
import java.util.Objects;

/**
 * Everything a lesson file holds: a title and notes for the teacher, where the numbers come from,
 * and how the lesson was being shown. Read and written by {@link LessonFiles}.
 *
 * @param title  the lesson's name, shown in the window's title; may be empty
 * @param notes  free text for the teacher; may be empty
 * @param source a seeded recipe or explicit weights and inputs
 * @param view   the view settings stored with it; {@link ViewSettings#NONE} for none
 */
public record LessonFile(String title, String notes, LessonSource source, ViewSettings view) {

    public LessonFile {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(view, "view");
    }

    /** A lesson file with no notes and no view settings. */
    public static LessonFile of(String title, LessonSource source) {
        return new LessonFile(title, "", source, ViewSettings.NONE);
    }

    /** The lesson's numbers: see {@link LessonSource#build()}. */
    public Lesson lesson() {
        return source.build();
    }

    /** This file with another title. */
    public LessonFile withTitle(String t) {
        return new LessonFile(t, notes, source, view);
    }

    /** This file with other notes. */
    public LessonFile withNotes(String n) {
        return new LessonFile(title, n, source, view);
    }

    /** This file with another source of numbers. */
    public LessonFile withSource(LessonSource s) {
        return new LessonFile(title, notes, s, view);
    }

    /** This file with other view settings. */
    public LessonFile withView(ViewSettings v) {
        return new LessonFile(title, notes, source, v);
    }
}
