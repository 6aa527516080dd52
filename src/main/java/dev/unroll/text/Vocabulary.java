package dev.unroll.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Words and the token ids an Embedding layer looks them up by, numbered as Keras's IMDB data set numbers
 * them after {@code keras.datasets.imdb.load_data(index_from=3)}:
 * <ul>
 *   <li>0 is padding ({@link #PAD}), 1 marks the start of a sequence ({@link #START}), 2 stands for any
 *       word the vocabulary does not hold ({@link #UNKNOWN}), and 3 is reserved and unused;</li>
 *   <li>the word of rank r (1 the most common, as in Keras's {@code word_index}) has id r + 3
 *       ({@link #INDEX_FROM}): the first word of the list has id 4.</li>
 * </ul>
 * An Embedding of V rows reads ids 0 … V − 1; {@link #encode(String, int)} writes a word whose id is V or
 * more as {@link #UNKNOWN}, as {@code load_data(num_words=V)} does. The built-in vocabularies are plain
 * word lists, one word per line, most common first, written for this project.
 */
public final class Vocabulary {

    /** The id of padding. */
    public static final int PAD = 0;
    /** The id that starts every encoded sentence. */
    public static final int START = 1;
    /** The id of a word the vocabulary does not hold, or whose id is past the Embedding's rows. */
    public static final int UNKNOWN = 2;
    /** What is added to a word's rank to make its id: Keras's {@code index_from}. */
    public static final int INDEX_FROM = 3;
    /** The most words a vocabulary may hold: ten times the IMDB word index. */
    public static final int MAX_WORDS = 1_000_000;

    private final String name;
    private final Map<String, Integer> ranks;
    private final String[] byRank;

    private Vocabulary(String name, Map<String, Integer> ranks, String[] byRank) {
        this.name = name;
        this.ranks = ranks;
        this.byRank = byRank;
    }

    /**
     * A vocabulary of {@code words}, most common first: the first has rank 1.
     *
     * @throws IllegalArgumentException for an empty list, an empty word, a word given twice, or more than {@link #MAX_WORDS}
     */
    public static Vocabulary of(String name, List<String> words) {
        Map<String, Integer> ranks = new HashMap<>();
        if (words.size() > MAX_WORDS) {
            throw new IllegalArgumentException(words.size() + " words, more than " + MAX_WORDS);
        }
        for (String word : words) {
            requireWord(word, ranks.size() + 1, words.size());
            if (ranks.putIfAbsent(word, ranks.size() + 1) != null) {
                throw new IllegalArgumentException("the word '" + word + "' is given twice (words " + ranks.get(word)
                        + " and " + (ranks.size() + 1) + ")");
            }
        }
        return fromRanks(name, ranks);
    }

    /**
     * A vocabulary from Keras's {@code word_index}: each word with its rank, 1 the most common. Ranks may
     * leave gaps; the word of rank r has id r + 3.
     *
     * @throws IllegalArgumentException for an empty index, a rank below 1 or above {@link #MAX_WORDS}, or two words of one rank
     */
    public static Vocabulary ofWordIndex(String name, Map<String, Integer> wordIndex) {
        if (wordIndex.size() > MAX_WORDS) {
            throw new IllegalArgumentException(wordIndex.size() + " words, more than " + MAX_WORDS);
        }
        Map<String, Integer> ranks = new HashMap<>();
        for (Map.Entry<String, Integer> e : wordIndex.entrySet()) {
            requireWord(e.getKey(), ranks.size() + 1, wordIndex.size());
            int rank = e.getValue();
            if (rank < 1 || rank > MAX_WORDS) {
                throw new IllegalArgumentException("the word '" + e.getKey() + "' has rank " + rank
                        + "; ranks go from 1 to " + MAX_WORDS);
            }
            ranks.put(e.getKey(), rank);
        }
        return fromRanks(name, ranks);
    }

    private static Vocabulary fromRanks(String name, Map<String, Integer> ranks) {
        if (ranks.isEmpty()) {
            throw new IllegalArgumentException("no words");
        }
        int highest = Collections.max(ranks.values());
        String[] byRank = new String[highest + 1];
        for (Map.Entry<String, Integer> e : ranks.entrySet()) {
            String other = byRank[e.getValue()];
            if (other != null) {
                throw new IllegalArgumentException("the words '" + other + "' and '" + e.getKey() + "' have the same rank "
                        + e.getValue());
            }
            byRank[e.getValue()] = e.getKey();
        }
        return new Vocabulary(name, Map.copyOf(ranks), byRank);
    }

    private static void requireWord(String word, int position, int count) {
        Objects.requireNonNull(word, "word");
        if (word.isEmpty()) {
            throw new IllegalArgumentException("word " + position + " of " + count + " is empty");
        }
    }

    /** The built-in English vocabulary, 2,487 common words, most common first. */
    public static Vocabulary english() {
        return BuiltIn.ENGLISH;
    }

    /** The built-in Korean vocabulary, a few hundred common words and the seed's own terms (상태, 은닉, 유닛…). */
    public static Vocabulary korean() {
        return BuiltIn.KOREAN;
    }

    /** The built-in vocabularies, read when first asked for: the class is loaded only then. */
    private static final class BuiltIn {
        static final Vocabulary ENGLISH = builtIn("english", "english.txt");
        static final Vocabulary KOREAN = builtIn("korean", "korean.txt");
    }

    private static Vocabulary builtIn(String name, String resource) {
        try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the built-in vocabulary " + resource + " is missing from the program");
            }
            List<String> words = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                words.add(line.strip());
            }
            return of(name, words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the vocabulary is called in messages: {@code english}, {@code korean}, or its file. */
    public String name() {
        return name;
    }

    /** The number of words. */
    public int size() {
        return ranks.size();
    }

    /** The smallest Embedding that gives every word its own row: the highest id + 1. */
    public int idsNeeded() {
        return byRank.length - 1 + INDEX_FROM + 1;
    }

    /** The id of {@code word} (its rank + 3), or {@link #UNKNOWN} when the vocabulary does not hold it. */
    public int id(String word) {
        Integer rank = ranks.get(word);
        return rank == null ? UNKNOWN : rank + INDEX_FROM;
    }

    /**
     * The word an id stands for: {@code <pad>}, {@code <start>}, {@code <unk>} and {@code <unused>} for
     * ids 0 to 3 (the names Keras's IMDB example gives them), the word itself, or {@code <unk>} for an
     * id no word has.
     */
    public String word(int id) {
        return switch (id) {
            case PAD -> "<pad>";
            case START -> "<start>";
            case UNKNOWN -> "<unk>";
            case INDEX_FROM -> "<unused>";
            default -> {
                int rank = id - INDEX_FROM;
                yield rank >= 1 && rank < byRank.length && byRank[rank] != null ? byRank[rank] : "<unk>";
            }
        };
    }

    /**
     * The token ids of a sentence as an IMDB review is stored: {@link #START}, then each word's id, a word
     * this vocabulary does not hold or whose id is {@code rows} or more as {@link #UNKNOWN}.
     *
     * @param rows the Embedding's V: ids from 0 to V − 1 are valid
     * @throws IllegalArgumentException when {@code rows} is under 3, too few for padding, start and unknown
     */
    public int[] encode(String text, int rows) {
        if (rows <= UNKNOWN) {
            throw new IllegalArgumentException("an Embedding of " + rows + " rows has no room for the ids 0, 1 and 2");
        }
        List<String> words = Tokeniser.words(text);
        int[] ids = new int[words.size() + 1];
        ids[0] = START;
        for (int i = 0; i < words.size(); i++) {
            int id = id(words.get(i));
            ids[i + 1] = id < rows ? id : UNKNOWN;
        }
        return ids;
    }

    @Override
    public String toString() {
        return name + " (" + size() + " words)";
    }
}
