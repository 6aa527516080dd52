package dev.unroll.rnn;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Finds an enum's constant by the short name it is written as in files and on the command line, so
 * that every reader looks names up, and lists the choices, in the same way. It lives here, beside
 * the enums with the most keys, because the diagram, io, export and cli packages may all use rnn.
 */
public final class Keys {

    private Keys() {
    }

    /**
     * The first constant whose key {@code matches} accepts, if there is one. Readers differ in how
     * strict they are (a lesson file's keys are exact, the command line ignores case), so the
     * caller says how a key matches: {@code k -> k.equals(value)} or {@code k -> k.equalsIgnoreCase(value)}.
     */
    public static <E> Optional<E> find(E[] constants, Function<? super E, String> keyOf, Predicate<String> matches) {
        for (E e : constants) {
            if (matches.test(keyOf.apply(e))) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** Every constant's key in declaration order, for a message: {@code tanh, relu, sigmoid, linear}. */
    public static <E> String choices(E[] constants, Function<? super E, String> keyOf) {
        return Arrays.stream(constants).map(keyOf).collect(Collectors.joining(", "));
    }
}
