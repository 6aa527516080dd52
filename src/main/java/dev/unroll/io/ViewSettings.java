package dev.unroll.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How a lesson was being shown when it was saved: the current timestep, the view, the output head,
 * the notation, shapes, return_sequences — and any setting a later Unroll adds. The section is an
 * open map of plain JSON values (text, true/false, numbers, null, lists and maps of these): a key this
 * version does not know is kept and written back unchanged, and a known key with a value of the
 * wrong kind reads as absent, so a view setting never stops a lesson from opening. What the known
 * settings mean to the diagram, and what a missing one stands for, is decided outside the formats,
 * in {@code dev.unroll.settings.StoredView}.
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
    /** The built-in vocabulary whose words the token ids are: english or korean (a user's own file is not recorded). */
    public static final String VOCABULARY = "vocabulary";

    /** No settings stored: the window uses its defaults. */
    public static final ViewSettings NONE = new ViewSettings(Map.of());

    /**
     * The view a preset opens with, in the window and on the command line alike: the sentiment preset is
     * the seed's last Keras model, whose SimpleRNN keeps Keras's default return_sequences=False, so only
     * h_T feeds the Dense layer; the others show every step's state leaving the layer.
     */
    public static ViewSettings of(dev.unroll.rnn.Preset preset) {
        return preset == dev.unroll.rnn.Preset.SENTIMENT ? NONE.with(RETURN_SEQUENCES, false) : NONE;
    }

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

    /** These settings with the timestep set. */
    public ViewSettings withTimestep(int t) {
        if (t < 0) {
            throw new IllegalArgumentException("timestep must be 0 or more, got " + t);
        }
        return with(TIMESTEP, (long) t);
    }

    /**
     * These settings with one more (or a replaced) setting: a view, a switch, a theme.
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
