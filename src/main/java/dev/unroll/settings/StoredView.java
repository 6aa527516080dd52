package dev.unroll.settings;

import dev.unroll.diagram.DiagramLook;
import dev.unroll.diagram.Notation;
import dev.unroll.diagram.ViewKind;
import dev.unroll.io.ViewSettings;
import dev.unroll.rnn.Dimensions;
import dev.unroll.rnn.Keys;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A lesson's look and current timestep as its file's view settings hold them. {@link #read} fills
 * what the settings lack from {@link DiagramLook#DEFAULT} and the lesson's length; {@link #writeOver}
 * puts them back into settings, leaving every other key as it was.
 *
 * @param look     how the diagram is drawn
 * @param timestep the current timestep t, 0 … T
 */
public record StoredView(DiagramLook look, int timestep) {

    public StoredView {
        Objects.requireNonNull(look, "look");
        if (timestep < 0) {
            throw new IllegalArgumentException("timestep must be 0 or more, got " + timestep);
        }
    }

    /**
     * What a lesson of dimensions {@code d} shows with {@code stored}: each setting the file holds
     * with a value of the right kind, the default look for the rest, and every step computed. A
     * timestep past T is clamped to T, and a head on a lesson without outputs is off.
     */
    public static StoredView read(ViewSettings stored, Dimensions d) {
        DiagramLook fallback = DiagramLook.DEFAULT;
        DiagramLook look = new DiagramLook(
                key(stored, ViewSettings.VIEW, ViewKind.values(), ViewKind::key).orElse(fallback.view()),
                stored.flag(ViewSettings.HEAD).orElse(fallback.head()) && d.hasHead(),
                key(stored, ViewSettings.NOTATION, Notation.values(), Notation::key).orElse(fallback.notation()),
                stored.flag(ViewSettings.SHAPES).orElse(fallback.shapes()),
                stored.flag(ViewSettings.RETURN_SEQUENCES).orElse(fallback.returnSequences()));
        int t = stored.timestep().isPresent() ? Math.min(stored.timestep().getAsInt(), d.timesteps()) : d.timesteps();
        return new StoredView(look, t);
    }

    /** What a lesson of dimensions {@code d} shows when its file stores no view settings. */
    public static StoredView defaultsFor(Dimensions d) {
        return read(ViewSettings.NONE, d);
    }

    /** {@code stored} with this look and timestep written in; settings this mapping does not know are kept as they are. */
    public ViewSettings writeOver(ViewSettings stored) {
        return stored.with(ViewSettings.VIEW, look.view().key())
                .with(ViewSettings.HEAD, look.head())
                .with(ViewSettings.NOTATION, look.notation().key())
                .with(ViewSettings.SHAPES, look.shapes())
                .with(ViewSettings.RETURN_SEQUENCES, look.returnSequences())
                .withTimestep(timestep);
    }

    /** The constant whose key a text setting names, in any case; absent when the setting is missing, not text, or no key. */
    private static <E> Optional<E> key(ViewSettings stored, String setting, E[] constants, Function<E, String> keyOf) {
        return stored.text(setting).flatMap(s -> Keys.find(constants, keyOf, s.toLowerCase(Locale.ROOT)::equals));
    }
}
