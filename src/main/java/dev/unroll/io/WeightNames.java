package dev.unroll.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The three ways an archive may name a SimpleRNN's arrays, and which role each name plays. Keras
 * stores its kernels transposed relative to the seed's W, U and V (it multiplies row vectors from the
 * left), so Keras's names carry the flag that turns them around on the way in.
 */
enum WeightNames {
    /** Unroll's own names, in the seed's orientation. */
    UNROLL("Unroll's names", false, "W", "U", "b", "V", "c"),
    /** The names of Keras's weight variables. */
    KERAS("Keras's names", true, "kernel", "recurrent_kernel", "bias", "dense_kernel", "dense_bias"),
    /** {@code np.savez('w.npz', *layer.get_weights())}: positional, in get_weights() order. */
    GET_WEIGHTS("get_weights() order", true, "arr_0", "arr_1", "arr_2", "arr_3", "arr_4");

    /** What every archive may also hold: the inputs, one row per timestep in every convention. */
    static final String INPUTS = "x";
    /** Unroll's name for h_0; the other conventions have none (Keras starts from zeros). */
    static final String INITIAL_STATE = "h0";
    /** An Embedding layer's table E (V, D), Keras's own name in every convention: one row per token id. */
    static final String EMBEDDINGS = "embeddings";
    /** The token ids an Embedding looks up, one per timestep, in place of the inputs x. */
    static final String TOKENS = "tokens";

    private final String title;
    private final boolean transposed;
    private final String[] names;

    WeightNames(String title, boolean transposed, String... names) {
        this.title = title;
        this.transposed = transposed;
        this.names = names;
    }

    /** Whether the matrices are stored transposed (Keras's kernel = Wᵀ). */
    boolean transposed() {
        return transposed;
    }

    /** The name of a role in this convention. */
    String name(Role role) {
        return switch (role) {
            case X -> INPUTS;
            case H0 -> INITIAL_STATE;
            case EMBEDDINGS -> EMBEDDINGS;
            case TOKENS -> TOKENS;
            default -> names[role.ordinal()];
        };
    }

    /** The roles of the arrays in this convention. */
    enum Role { W, U, B, V, C, X, H0, EMBEDDINGS, TOKENS }

    /** The names every convention shares, by role. */
    private static final Map<String, Role> SHARED = Map.of(INPUTS, Role.X, INITIAL_STATE, Role.H0,
            EMBEDDINGS, Role.EMBEDDINGS, TOKENS, Role.TOKENS);

    /** Every name any convention uses: the only entries an archive's reader unpacks. */
    static boolean isKnown(String name) {
        return SHARED.containsKey(name) || of(name) != null;
    }

    /** The role an array named {@code name} plays in whichever naming uses it, or null for an unknown name. */
    static Role roleOf(String name) {
        Role shared = SHARED.get(name);
        if (shared != null) {
            return shared;
        }
        WeightNames n = of(name);
        return n == null ? null : Role.values()[Arrays.asList(n.names).indexOf(name)];
    }

    private static WeightNames of(String name) {
        for (WeightNames n : values()) {
            for (String s : n.names) {
                if (s.equals(name)) {
                    return n;
                }
            }
        }
        return null;
    }

    /** What an archive should hold, for messages. */
    static String expectation() {
        return "Unroll's names W, U, b (and V, c, x, or embeddings and tokens), Keras's kernel, recurrent_kernel, bias (and dense_kernel, "
                + "dense_bias), or arr_0, arr_1, arr_2 (and arr_3, arr_4) as np.savez(file, *layer.get_weights()) writes them";
    }

    /** Refuses a name no convention uses. */
    static void requireKnown(String name, String source) {
        if (!isKnown(name)) {
            throw new BadInputException(source, "holds an array named " + BadInputException.quoted(name), expectation());
        }
    }

    /**
     * Sorts named arrays into roles, working out the convention from the names.
     *
     * @throws BadInputException for unknown names, mixed conventions, or a missing array
     */
    static Map<Role, SourcedArray> roles(Map<String, SourcedArray> arrays, String source) {
        WeightNames convention = null;
        for (String name : arrays.keySet()) {
            requireKnown(name, source);
            WeightNames n = of(name);
            if (n != null && convention != null && n != convention) {
                throw new BadInputException(source, "mixes " + convention.title + " with " + n.title + " ("
                        + BadInputException.quoted(name) + ")", "one naming throughout: " + expectation());
            }
            convention = n != null ? n : convention;
        }
        if (convention == null) {
            throw new BadInputException(source, "holds no weights" + (arrays.isEmpty() ? "" : ", only " + String.join(", ", arrays.keySet())),
                    expectation());
        }
        if (arrays.containsKey(INITIAL_STATE) && convention != UNROLL) {
            throw new BadInputException(source, "has h0 beside " + convention.title, "h0 only with Unroll's names W, U, b");
        }
        Map<Role, SourcedArray> roles = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (Role role : Role.values()) {
            SourcedArray a = arrays.get(convention.name(role));
            if (a != null) {
                roles.put(role, a);
            } else if (Set.of(Role.W, Role.U, Role.B).contains(role)) {
                missing.add(convention.name(role));
            }
        }
        if (!missing.isEmpty()) {
            throw new BadInputException(source, "has no " + String.join(" and no ", missing),
                    convention.name(Role.W) + ", " + convention.name(Role.U) + " and " + convention.name(Role.B)
                            + (convention == GET_WEIGHTS ? " = kernel, recurrent_kernel and bias, as get_weights() returns them" : ""));
        }
        if (roles.containsKey(Role.EMBEDDINGS) && roles.containsKey(Role.X)) {
            throw new BadInputException(source, "has both embeddings and inputs x", "one of them: the Embedding's table "
                    + "(with token ids), whose rows become the inputs, or the inputs x themselves");
        }
        if (roles.containsKey(Role.TOKENS) && !roles.containsKey(Role.EMBEDDINGS)) {
            throw new BadInputException(source, "has token ids but no embeddings", "embeddings (V, D) beside tokens");
        }
        if (roles.containsKey(Role.V) != roles.containsKey(Role.C)) {
            String has = convention.name(roles.containsKey(Role.V) ? Role.V : Role.C);
            String lacks = convention.name(roles.containsKey(Role.V) ? Role.C : Role.V);
            throw new BadInputException(source, "has " + has + " but no " + lacks,
                    "both " + convention.name(Role.V) + " and " + convention.name(Role.C) + " for the output head, or neither");
        }
        return roles;
    }

    /** The convention of arrays already sorted by {@link #roles}. */
    static WeightNames conventionOf(Map<Role, SourcedArray> roles) {
        return of(roles.get(Role.W).name());
    }
}
