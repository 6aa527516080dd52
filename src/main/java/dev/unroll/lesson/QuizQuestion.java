package dev.unroll.lesson;

import dev.unroll.i18n.Text;
import java.util.List;
import java.util.Objects;

/**
 * One question of the quiz about step t, asked while h_t is hidden: its words, the choices, which
 * one is right, and the value that decides it.
 *
 * @param t       the step asked about, 1 … T
 * @param kind    what is asked
 * @param unit    the unit i asked about; for {@link Kind#LARGEST_UNIT}, the largest unit (the answer)
 * @param prompt  the question, in words
 * @param choices the possible answers, as shown; two or more, all different
 * @param answer  the index of the right choice
 * @param value   h_t[unit], the value revealed with the answer
 */
public record QuizQuestion(int t, Kind kind, int unit, String prompt, List<String> choices, int answer, double value) {

    /** The letters the choices are shown with: A) … D). */
    static final String LETTERS = "ABCDEFGH";

    /** What a question can ask. */
    public enum Kind {
        /** Which unit of h_t will be largest? Asked when N is small enough to list the units. */
        LARGEST_UNIT,
        /** Will h_t[i] be positive? */
        SIGN,
        /** Roughly what will h_t[i] = act(a_t[i]) be, given a_t[i]? Multiple choice. */
        VALUE
    }

    public QuizQuestion {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(prompt, "prompt");
        choices = List.copyOf(choices);
        if (choices.size() < 2 || choices.size() > LETTERS.length() || answer < 0 || answer >= choices.size()) {
            throw new IllegalArgumentException("a question needs 2 to " + LETTERS.length() + " choices and one right answer");
        }
    }

    /** The right choice, as shown. */
    public String answerText() {
        return choices.get(answer);
    }

    /** The choices on one line with their letters: "A) yes   B) no". */
    public String choicesLine() {
        StringBuilder line = new StringBuilder();
        for (int k = 0; k < choices.size(); k++) {
            if (k > 0) {
                line.append("   ");
            }
            // a choice with its letter, never broken across lines
            line.append(Text.get("quiz.choice", String.valueOf(LETTERS.charAt(k)), choices.get(k)));
        }
        return line.toString();
    }

    /** The answer once h_t is on screen, with a tick and the value itself: "✓ B) no — h₃[2] = −0.412". */
    public String reveal() {
        return Text.get("quiz.reveal", String.valueOf(LETTERS.charAt(answer)), answerText(), QuizQuestions.sub(t),
                Integer.toString(unit), QuizQuestions.shown(value));
    }
}
