package dev.unroll.diagram;

import dev.unroll.rnn.Embedding;
import dev.unroll.rnn.Lesson;
import dev.unroll.text.Vocabulary;
import java.util.ArrayList;
import java.util.List;

/**
 * The words under the inputs of a lesson with an Embedding: for each timestep t its token id and the
 * word the vocabulary names it by (ids 0, 1 and 2 as {@code <pad>}, {@code <start>}, {@code <unk>}),
 * with the table's shape E (V, D), since x_t is row id of E.
 *
 * @param ids   token_1 … token_T
 * @param words the word of each id, in the same order
 * @param rows  V, the rows of E
 * @param width D, the length of each row: x_t's length
 */
public record TokenWords(List<Integer> ids, List<String> words, int rows, int width) {

    public TokenWords {
        ids = List.copyOf(ids);
        words = List.copyOf(words);
        if (ids.size() != words.size()) {
            throw new IllegalArgumentException(ids.size() + " ids for " + words.size() + " words");
        }
    }

    /** The words of {@code lesson}'s token ids in {@code vocabulary}, or null when its inputs are not looked up in an Embedding. */
    public static TokenWords of(Lesson lesson, Vocabulary vocabulary) {
        Embedding e = lesson.embedding();
        if (e == null) {
            return null;
        }
        List<Integer> ids = new ArrayList<>(e.length());
        List<String> words = new ArrayList<>(e.length());
        for (int i = 0; i < e.length(); i++) {
            ids.add(e.token(i));
            words.add(vocabulary.word(e.token(i)));
        }
        return new TokenWords(ids, words, e.rows(), e.width());
    }

    /** The token id at step t, from 1. */
    public int id(int t) {
        return ids.get(t - 1);
    }

    /** The word at step t, from 1. */
    public String word(int t) {
        return words.get(t - 1);
    }

    /** The lookup that makes x_t: {@code E[16]}. */
    public String lookup(int t) {
        return "E[" + id(t) + "]";
    }
}
