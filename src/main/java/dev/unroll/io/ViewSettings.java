package dev.unroll.io;

import dev.unroll.diagram.Notation;
import dev.unroll.diagram.ViewKind;
import dev.unroll.rnn.Dimensions;
import dev.unroll.rnn.Keys;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How a lesson was being shown when it was saved: the current timestep, the view, the output head,
 * the notation, shapes, return_sequences — and any setting a later Unroll adds. The section is an
 * open map of plain JSON values (text, true/false, numbers, null, lists and maps of these): a key this
 * version does not know is kept and written back unchanged, and a known key with a value of the
 * wrong kind reads as absent, so a view setting never stops a lesson from opening.
 */
public final class ViewSettings {

    /** The current timestep t, 0 … T: a whole number. */
    public static final String TIMESTEP = "timestep";
    /** folded, unrolled or both. */
    public static final String VIEW = "view";
    /** Whether the output head is drawn: true or false. */
    public static final String HEAD = "head";
    /** keras or goodfellow. */
    public static final String NOTATION = "notation";
    /** Whether shapes are written next to vectors and matrices: true or false. */
    public static final String SHAPES = "shapes";
    /** Keras's return_sequences: true or false. */
    public static final String RETURN_SEQUENCES = "returnSequences";

    /** No settings stored: the window uses its defaults. */
    public static final ViewSettings NONE = new ViewSettings(Map.of());

    private final Map<String, Object> values;

    private ViewSettings(Map<String, Object> values) {
        this.values = values;
    }

    /**
     * Settings from a map of plain values.
     *
     * @throws IllegalArgumentException if a value is not text, a boolean, a finite number, null, or a
     *                                  list or map of these
     */
    public static ViewSettings of(Map<String, ?> values) {
        return new ViewSettings(plainMap(values));
    }

    /** Every stored setting, in file order, unmodifiable. */
    public Map<String, Object> asMap() {
        return values;
    }

    /** The stored value of a setting, if any. */
    public Optional<Object> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** A setting stored as text. */
    public Optional<String> text(String key) {
        return values.get(key) instanceof String s ? Optional.of(s) : Optional.empty();
    }

    /** A setting stored as true or false. */
    public Optional<Boolean> flag(String key) {
        return values.get(key) instanceof Boolean b ? Optional.of(b) : Optional.empty();
    }

    /** The current timestep, if stored as a whole number from 0 up. */
    public OptionalInt timestep() {
        return values.get(TIMESTEP) instanceof Long t && t >= 0 && t <= Integer.MAX_VALUE
                ? OptionalInt.of(t.intValue()) : OptionalInt.empty();
    }

    /** The view, if stored as one of folded, unrolled, both. */
    public Optional<ViewKind> view() {
        return text(VIEW).flatMap(s -> Keys.find(ViewKind.values(), ViewKind::key, s.toLowerCase(Locale.ROOT)::equals));
    }

    /** The notation, if stored as keras or goodfellow. */
    public Optional<Notation> notation() {
        return text(NOTATION).flatMap(s -> Keys.find(Notation.values(), Notation::key, s.toLowerCase(Locale.ROOT)::equals));
    }

    /** Whether the head is drawn, if stored. */
    public Optional<Boolean> head() {
        return flag(HEAD);
    }

    /** Whether shapes are shown, if stored. */
    public Optional<Boolean> shapes() {
        return flag(SHAPES);
    }

    /** Keras's return_sequences, if stored. */
    public Optional<Boolean> returnSequences() {
        return flag(RETURN_SEQUENCES);
    }

    /**
     * These settings with every known setting filled in for a lesson of dimensions {@code d}: what
     * the window shows when it opens them. A missing setting takes the window's default (both views,
     * the head where the lesson has one, Keras letters, no shapes, return_sequences, every step
     * shown); a timestep past T is clamped to T; a head on a lesson without outputs is off. Settings
     * this version does not know are kept as they are.
     */
    public ViewSettings resolvedFor(Dimensions d) {
        int t = timestep().isPresent() ? Math.min(timestep().getAsInt(), d.timesteps()) : d.timesteps();
        return withView(view().orElse(ViewKind.BOTH)).withHead(head().orElse(true) && d.hasHead())
                .withNotation(notation().orElse(Notation.KERAS)).withShapes(shapes().orElse(false))
                .withReturnSequences(returnSequences().orElse(true)).withTimestep(t);
    }

    /** These settings with the timestep set. */
    public ViewSettings withTimestep(int t) {
        if (t < 0) {
            throw new IllegalArgumentException("timestep must be 0 or more, got " + t);
        }
        return with(TIMESTEP, (long) t);
    }

    /** These settings with the view set. */
    public ViewSettings withView(ViewKind view) {
        return with(VIEW, view.key());
    }

    /** These settings with the notation set. */
    public ViewSettings withNotation(Notation notation) {
        return with(NOTATION, notation.key());
    }

    /** These settings with the head switch set. */
    public ViewSettings withHead(boolean head) {
        return with(HEAD, head);
    }

    /** These settings with the shapes switch set. */
    public ViewSettings withShapes(boolean shapes) {
        return with(SHAPES, shapes);
    }

    /** These settings with return_sequences set. */
    public ViewSettings withReturnSequences(boolean returnSequences) {
        return with(RETURN_SEQUENCES, returnSequences);
    }

    /**
     * These settings with one more (or a replaced) setting, for settings this class has no method
     * for yet, such as a theme.
     *
     * @throws IllegalArgumentException if the value is not plain (see {@link #of})
     */
    public ViewSettings with(String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.put(key, plain(value));
        return new ViewSettings(Collections.unmodifiableMap(copy));
    }

    /** These settings without one. */
    public ViewSettings without(String key) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.remove(key);
        return new ViewSettings(Collections.unmodifiableMap(copy));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ViewSettings v && v.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "ViewSettings" + values;
    }

    private static Map<String, Object> plainMap(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            if (!(k instanceof String key)) {
                throw new IllegalArgumentException("view setting names are text, not " + k);
            }
            copy.put(key, plain(v));
        });
        return Collections.unmodifiableMap(copy);
    }

    /** A deep, unmodifiable copy of a plain value, with whole numbers as Long. */
    private static Object plain(Object v) {
        if (v == null || v instanceof String || v instanceof Boolean || v instanceof Long) {
            return v;
        }
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("a view setting cannot be " + d + ": JSON has no such number");
            }
            return d;
        }
        if (v instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (Object item : list) {
                copy.add(plain(item));
            }
            return Collections.unmodifiableList(copy);
        }
        if (v instanceof Map<?, ?> map) {
            return plainMap(map);
        }
        throw new IllegalArgumentException("a view setting is text, true/false, a number, null, or a list or map of these, not "
                + v.getClass().getSimpleName());
    }
}
