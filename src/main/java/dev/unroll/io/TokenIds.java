package dev.unroll.io;

import java.util.Objects;

/**
 * Token ids for an Embedding, and where they were given: a command-line option such as
 * {@code --tokens}, or an array named {@code tokens} in a file, for messages.
 *
 * @param source what gave the ids, as messages name it
 * @param ids    the ids, one per timestep; each is checked against the Embedding's rows where it is used
 */
public record TokenIds(String source, int[] ids) {

    public TokenIds {
        Objects.requireNonNull(source, "source");
        ids = ids.clone();
    }

    /** A copy of the ids. */
    @Override
    public int[] ids() {
        return ids.clone();
    }

    /**
     * The ids stored in a file as an array of numbers (as numpy and a lesson file store them).
     *
     * @param weightsSource the files that hold the Embedding, named when they hold no ids
     * @throws BadInputException when there are none, or one is not a whole number an int holds
     */
    static TokenIds stored(SourcedArray tokens, String weightsSource) {
        if (tokens == null) {
            throw new BadInputException(weightsSource, "holds an Embedding but no token ids",
                    "the ids to look up: --tokens 1,14,22 or --text \"...\" on the command line, or an array named tokens");
        }
        NdArray values = tokens.values();
        if (!values.isVectorLike()) {
            throw new BadInputException(tokens.source(), tokens.label() + " is not 1-D", "tokens (T,), one id per timestep");
        }
        int[] ids = new int[values.size()];
        for (int i = 0; i < ids.length; i++) {
            double v = values.flat(i);
            if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
                throw new BadInputException(tokens.source(), tokens.label() + " holds " + v + " at " + i,
                        "whole numbers, the ids of the Embedding's rows");
            }
            ids[i] = (int) v;
        }
        return new TokenIds(tokens.source(), ids);
    }
}
