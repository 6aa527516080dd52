package dev.unroll.cli;

import dev.unroll.io.TokenIds;
import dev.unroll.io.ViewSettings;
import dev.unroll.io.VocabularyFiles;
import dev.unroll.rnn.Dimensions;
import dev.unroll.rnn.Embedding;
import dev.unroll.text.Vocabulary;
import picocli.CommandLine.Option;

/**
 * The input of a lesson with an Embedding given as words or token ids: {@code --text} (split and looked
 * up in a vocabulary, {@code --vocabulary}) or {@code --tokens}. Ids follow Keras's IMDB convention
 * (0 padding, 1 start, 2 unknown, words from 4; see {@link Vocabulary}).
 */
final class TokenOptions {

    @Option(names = "--text", paramLabel = "TEXT",
            description = "a sentence for a lesson with an Embedding: lower-cased, split on everything but letters, "
                    + "each word looked up in the vocabulary (1 first, 2 for an unknown word)")
    private String text;

    @Option(names = "--tokens", paramLabel = "IDS", description = "token ids for a lesson with an Embedding, separated by "
            + "commas: 1,14,22,16 (0 padding, 1 start, 2 unknown, words from 4, as Keras's IMDB data)")
    private String tokens;

    @Option(names = "--vocabulary", paramLabel = "NAME|FILE", description = "the words --text is looked up in: english "
            + "(the default), korean, a word list (one word per line, most common first) or Keras's word_index as .json")
    private String vocabulary;

    /** Whether --text, --tokens or --vocabulary is given. */
    boolean given() {
        return text != null || tokens != null || vocabulary != null;
    }

    /**
     * The ids for an Embedding of {@code rows} rows, or null when neither --text nor --tokens is given.
     * Ids are checked against the rows where the Embedding is made, with the option named in the message.
     *
     * @throws IllegalArgumentException for both options, --vocabulary without --text, a bad vocabulary file,
     *                                  or ids that are not whole numbers
     */
    TokenIds ids(int rows) {
        if (vocabulary != null && text == null) {
            throw new IllegalArgumentException("--vocabulary goes with --text: it says how words become token ids");
        }
        if (text != null && tokens != null) {
            throw new IllegalArgumentException("give --text or --tokens, not both");
        }
        if (tokens != null) {
            return new TokenIds("--tokens", parse(tokens));
        }
        if (text == null) {
            return null;
        }
        // an Embedding too small for the ids 0, 1 and 2 cannot take text; its own message says so where the ids are used
        return new TokenIds("--text", vocabulary().encode(text, Math.max(rows, Vocabulary.UNKNOWN + 1)));
    }

    /**
     * {@link #ids(int)}, checked against the rows: what a recipe takes, where nothing else names the ids.
     *
     * @throws IllegalArgumentException naming the option and the first id outside 0 … rows − 1
     */
    int[] checkedIds(int rows) {
        TokenIds ids = ids(rows);
        try {
            Embedding.requireTokens(ids.ids(), rows);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(ids.source() + ": " + e.getMessage(), e);
        }
        return ids.ids();
    }

    private Vocabulary vocabulary() {
        if (vocabulary == null || vocabulary.equals("english")) {
            return Vocabulary.english();
        }
        if (vocabulary.equals("korean")) {
            return Vocabulary.korean();
        }
        return VocabularyFiles.read(CommandLineText.path(vocabulary));
    }

    /**
     * The vocabulary whose words the lesson's ids are, for a picture to name them: the one --text was
     * looked up in, else the built-in one a lesson file records, else English.
     */
    Vocabulary wordsOf(ViewSettings view) {
        if (text != null) {
            return vocabulary();
        }
        return view.text(ViewSettings.VOCABULARY).filter("korean"::equals).isPresent() ? Vocabulary.korean() : Vocabulary.english();
    }

    /** The built-in vocabulary --text was looked up in, english or korean, or null for --tokens or a user's file. */
    String builtInVocabulary() {
        if (text == null) {
            return null;
        }
        return vocabulary == null ? "english" : vocabulary.equals("english") || vocabulary.equals("korean") ? vocabulary : null;
    }

    /** "1,14,22,16" as ids; spaces around each are allowed. */
    private static int[] parse(String list) {
        String[] parts = list.split(",", -1);
        if (parts.length > Dimensions.MAX_TIMESTEPS) {
            throw new IllegalArgumentException("--tokens: more than " + Dimensions.MAX_TIMESTEPS + " ids, one per timestep");
        }
        int[] ids = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            try {
                ids[i] = Integer.parseInt(part);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--tokens: '" + part + "' (number " + (i + 1) + " of " + parts.length
                        + ") is not a whole number; expected token ids separated by commas, such as --tokens 1,14,22,16", e);
            }
        }
        return ids;
    }
}
