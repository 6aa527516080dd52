package dev.unroll.io;

import dev.unroll.rnn.Dimensions;
import java.util.List;
import java.util.Map;

/**
 * The limits of a lesson file, and their messages, in one place: the reader refuses a file past
 * them, and the writer refuses to save one, with the same words, so that Unroll never saves a
 * lesson it could not open again. The sizes are {@link ImportLimits}'s.
 */
final class LessonLimits {

    /** The depth of the view section's own object: the lesson's object is the first level. */
    private static final int VIEW_DEPTH = 2;

    /** The most step notes a lesson holds: as many as the view's values, far more than a class has steps to talk about. */
    static final int MAX_STEP_NOTES = ImportLimits.MAX_VIEW_VALUES;

    private LessonLimits() {
    }

    /** More than {@link #MAX_STEP_NOTES} step notes. */
    static BadInputException tooManyStepNotes(String source) {
        return new BadInputException(source, LessonJson.STEP_NOTES + " holds more than " + InputFiles.count(MAX_STEP_NOTES)
                + " notes", "at most " + InputFiles.count(MAX_STEP_NOTES) + " notes, one per step");
    }

    /**
     * The step that a step note's name gives, such as {@code "3"}.
     *
     * @throws BadInputException when the name is not a whole number from 0 to {@link Dimensions#MAX_TIMESTEPS}
     */
    static int step(String source, String name) {
        if (name.matches("0|[1-9][0-9]{0,6}")) {
            int t = Integer.parseInt(name);
            if (t <= Dimensions.MAX_TIMESTEPS) {
                return t;
            }
        }
        throw new BadInputException(source, LessonJson.STEP_NOTES + " has a note named " + BadInputException.quoted(name),
                "a step from 0 to " + InputFiles.count(Dimensions.MAX_TIMESTEPS) + " as its name, such as \"3\"");
    }

    /** A text (the title, the notes, a view setting or its name) longer than {@link ImportLimits#MAX_LESSON_TEXT}. */
    static BadInputException textTooLong(String source, String field) {
        return textTooLong(source, field, null);
    }

    /** As {@link #textTooLong(String, String)}, keeping the parser's own failure as the cause. */
    static BadInputException textTooLong(String source, String field, Throwable cause) {
        return new BadInputException(source, field + " is longer than " + InputFiles.count(ImportLimits.MAX_LESSON_TEXT)
                + " characters", "at most " + InputFiles.count(ImportLimits.MAX_LESSON_TEXT) + " characters", cause);
    }

    /** A view section with more than {@link ImportLimits#MAX_VIEW_VALUES} values. */
    static BadInputException tooManyViewValues(String source) {
        return new BadInputException(source, "view holds more than " + InputFiles.count(ImportLimits.MAX_VIEW_VALUES)
                + " values", "a few view settings");
    }

    /** Lists and objects nested deeper than {@link ImportLimits#MAX_LESSON_NESTING}. */
    static BadInputException tooDeep(String source) {
        return tooDeep(source, null);
    }

    /** As {@link #tooDeep(String)}, keeping the parser's own failure as the cause. */
    static BadInputException tooDeep(String source, Throwable cause) {
        return new BadInputException(source, "nests lists and objects more than " + ImportLimits.MAX_LESSON_NESTING + " deep",
                "at most " + ImportLimits.MAX_LESSON_NESTING + " levels", cause);
    }

    /**
     * Refuses a lesson that the reader would refuse once saved.
     *
     * @param source the file it is to be saved as, for the message
     * @throws BadInputException with the reader's own message
     */
    static void requireWithin(LessonFile file, String source) {
        requireText(source, "title", file.title());
        requireText(source, "notes", file.notes());
        if (file.model() != null) {
            requireText(source, LessonJson.MODEL + ".file", file.model().file());
            requireText(source, LessonJson.MODEL + ".summary", file.model().summary());
        }
        if (file.stepNotes().size() > MAX_STEP_NOTES) {
            throw tooManyStepNotes(source);
        }
        file.stepNotes().forEach((t, note) -> {
            step(source, Integer.toString(t));
            requireText(source, LessonJson.STEP_NOTES + "." + BadInputException.quoted(Integer.toString(t)), note);
        });
        new ViewCheck(source).object(file.view().asMap(), VIEW_DEPTH);
    }

    private static void requireText(String source, String field, String text) {
        if (text.length() > ImportLimits.MAX_LESSON_TEXT) {
            throw textTooLong(source, field);
        }
    }

    /** Walks the view section as the reader counts it: every value, at its depth. */
    private static final class ViewCheck {
        private final String source;
        private int budget = ImportLimits.MAX_VIEW_VALUES;

        ViewCheck(String source) {
            this.source = source;
        }

        void object(Map<?, ?> map, int depth) {
            requireDepth(depth);
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                requireText(source, "view setting " + BadInputException.quoted(key) + "'s name", key);
                value(e.getValue(), depth, "view." + key);
            }
        }

        private void value(Object value, int depth, String field) {
            if (--budget < 0) {
                throw tooManyViewValues(source);
            }
            if (value instanceof String s) {
                requireText(source, field, s);
            } else if (value instanceof Map<?, ?> map) {
                object(map, depth + 1);
            } else if (value instanceof List<?> list) {
                requireDepth(depth + 1);
                for (Object item : list) {
                    value(item, depth + 1, field);
                }
            }
        }

        private void requireDepth(int depth) {
            if (depth > ImportLimits.MAX_LESSON_NESTING) {
                throw tooDeep(source);
            }
        }
    }
}
