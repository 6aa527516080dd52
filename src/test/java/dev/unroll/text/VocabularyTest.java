package dev.unroll.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.rnn.Preset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The tokeniser's split and the vocabularies' ids, in Keras's IMDB numbering. */
class VocabularyTest {

    @Test
    void tokeniserLowerCasesAndSplitsOnEverythingButLetters() {
        assertEquals(List.of("this", "movie", "was", "great"), Tokeniser.words("  This MOVIE was... great!!"));
        assertEquals(List.of("don", "t", "watch", "it", "times", "again"), Tokeniser.words("Don't watch it 2 times, again"));
        assertEquals(List.of(), Tokeniser.words("1, 2, 3 ... !"));
    }

    @Test
    void tokeniserCountsHangulAsLetters() {
        assertEquals(List.of("영화는", "정말", "좋았다", "rnn"), Tokeniser.words("영화는 정말 좋았다! RNN"));
    }

    @Test
    void idsFollowKerasImdbNumberingFromFour() {
        Vocabulary v = Vocabulary.of("test", List.of("the", "movie", "great"));
        assertEquals(4, v.id("the"));
        assertEquals(6, v.id("great"));
        assertEquals(Vocabulary.UNKNOWN, v.id("awful"));
        assertEquals("<pad>", v.word(0));
        assertEquals("<start>", v.word(1));
        assertEquals("<unk>", v.word(2));
        assertEquals("<unused>", v.word(3));
        assertEquals("movie", v.word(5));
        assertEquals(7, v.idsNeeded());
    }

    @Test
    void encodeStartsWithOneAndWritesWordsPastTheRowsAsUnknown() {
        Vocabulary v = Vocabulary.of("test", List.of("the", "movie", "great"));
        assertArrayEquals(new int[] {1, 4, 5, 2, 6}, v.encode("The movie, really great", 7));
        // with 6 rows the id 6 of "great" does not fit: load_data(num_words=6) writes it as 2
        assertArrayEquals(new int[] {1, 4, 5, 2}, v.encode("the movie great", 6));
        assertThrows(IllegalArgumentException.class, () -> v.encode("the", 2));
    }

    @Test
    void englishVocabularyGivesThePresetsReviewItsIds() {
        Vocabulary english = Vocabulary.english();
        assertEquals(2_487, english.size());
        assertArrayEquals(Preset.SENTIMENT.spec().embedding().ids(), english.encode(Preset.REVIEW, 10_000));
        assertArrayEquals(new int[] {1, 14, 22, 16, 83}, english.encode("this movie was great", 10_000));
    }

    @Test
    void builtInVocabulariesHoldOnlyWordsTheTokeniserMakes() {
        for (Vocabulary v : List.of(Vocabulary.english(), Vocabulary.korean())) {
            for (int id = 4; id < v.idsNeeded(); id++) {
                String word = v.word(id);
                assertEquals(List.of(word), Tokeniser.words(word), v.name() + " id " + id);
            }
        }
    }

    @Test
    void koreanVocabularyHoldsTheSeedsWords() {
        Vocabulary korean = Vocabulary.korean();
        assertTrue(korean.size() >= 300, "size " + korean.size());
        for (String word : List.of("상태", "은닉", "유닛", "입력", "출력", "가중치", "임베딩", "케라스")) {
            assertTrue(korean.id(word) > Vocabulary.INDEX_FROM, word);
        }
        int[] ids = korean.encode("은닉 상태", 10_000);
        assertEquals(List.of("<start>", "은닉", "상태"), List.of(korean.word(ids[0]), korean.word(ids[1]), korean.word(ids[2])));
    }

    @Test
    void wordIndexGivesRankPlusThree() {
        Vocabulary v = Vocabulary.ofWordIndex("word_index.json", Map.of("the", 1, "and", 2, "film", 19));
        assertEquals(4, v.id("the"));
        assertEquals(22, v.id("film"));
        assertEquals("<unk>", v.word(10));
        assertEquals(23, v.idsNeeded());
    }

    @Test
    void badWordListsAreRefusedWithTheirReason() {
        assertEquals("the word 'the' is given twice (words 1 and 3)", assertThrows(IllegalArgumentException.class,
                () -> Vocabulary.of("x", List.of("the", "a", "the"))).getMessage());
        assertEquals("no words", assertThrows(IllegalArgumentException.class, () -> Vocabulary.of("x", List.of())).getMessage());
        assertEquals("the words 'a' and 'b' have the same rank 1", assertThrows(IllegalArgumentException.class,
                () -> Vocabulary.ofWordIndex("x", new java.util.TreeMap<>(Map.of("a", 1, "b", 1)))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Vocabulary.ofWordIndex("x", Map.of("a", 0)));
    }
}
