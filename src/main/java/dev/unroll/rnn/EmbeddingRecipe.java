package dev.unroll.rnn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The Embedding part of a seeded recipe: the number of rows V of the table E that the seed draws (its
 * width D is the recipe's input features M), and the token ids fed to it, one per timestep.
 *
 * @param rows   V, the token ids the table holds
 * @param tokens the ids, each from 0 to V − 1; as many as the recipe has timesteps
 */
public record EmbeddingRecipe(int rows, List<Integer> tokens) {

    /**
     * @throws IllegalArgumentException for V past {@link Embedding#MAX_ROWS}, no ids, or an id outside 0 … V − 1
     */
    public EmbeddingRecipe {
        Objects.requireNonNull(tokens, "tokens");
        tokens = List.copyOf(tokens);
        Embedding.requireTable(rows, 1);
        Embedding.requireTokens(ids(tokens), rows);
    }

    /** A recipe for these ids. */
    public static EmbeddingRecipe of(int rows, int... tokens) {
        List<Integer> list = new ArrayList<>(tokens.length);
        for (int id : tokens) {
            list.add(id);
        }
        return new EmbeddingRecipe(rows, list);
    }

    /** The ids as an array. */
    public int[] ids() {
        return ids(tokens);
    }

    /**
     * The ids made exactly {@code length} long as Keras's {@code pad_sequences(maxlen=length)} does by
     * default: a longer sequence loses its first ids, a shorter one gets padding (0) in front.
     */
    public EmbeddingRecipe fitted(int length) {
        if (length == tokens.size()) {
            return this;
        }
        List<Integer> fitted = new ArrayList<>(length);
        if (length < tokens.size()) {
            fitted.addAll(tokens.subList(tokens.size() - length, tokens.size()));
        } else {
            fitted.addAll(Collections.nCopies(length - tokens.size(), 0));
            fitted.addAll(tokens);
        }
        return new EmbeddingRecipe(rows, fitted);
    }

    private static int[] ids(List<Integer> tokens) {
        int[] ids = new int[tokens.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = tokens.get(i);
        }
        return ids;
    }
}
