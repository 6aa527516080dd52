package dev.unroll.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a sentence into words the simplest way that still works for English and Korean: the text is
 * lower-cased (with {@link Locale#ROOT}, so a Turkish locale does not turn "I" into a dotless ı), and
 * every run of letters is a word; everything else (spaces, digits, punctuation, apostrophes) separates
 * words. A letter is what {@link Character#isLetter(int)} says is one, so Hangul syllables and jamo
 * count as letters and {@code "영화는 좋았다!"} gives {@code [영화는, 좋았다]}. Korean particles stay on
 * their word, and {@code "don't"} gives {@code [don, t]}: the vocabularies are written for this split.
 */
public final class Tokeniser {

    private Tokeniser() {
    }

    /** The words of {@code text}, in order, lower case; an empty list when it has no letters. */
    public static List<String> words(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            boolean letter = Character.isLetter(cp);
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                words.add(lower.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            words.add(lower.substring(start));
        }
        return words;
    }
}
