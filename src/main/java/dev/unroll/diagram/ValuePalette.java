package dev.unroll.diagram;

import java.util.Arrays;
import java.util.Optional;

/** The value colour scales a user can choose, by the name the command line and the settings use. */
public enum ValuePalette {
    RED_BLUE("rdbu", DivergingPalette.BLUE_WHITE_RED),
    PURPLE_ORANGE("puor", DivergingPalette.PURPLE_WHITE_ORANGE),
    VIRIDIS("viridis", DivergingPalette.VIRIDIS);

    private final String code;
    private final DivergingPalette palette;

    ValuePalette(String code, DivergingPalette palette) {
        this.code = code;
        this.palette = palette;
    }

    /** The name on the command line and in the settings: {@code rdbu}, {@code puor}, {@code viridis}. */
    public String code() {
        return code;
    }

    /** The colour scale. */
    public DivergingPalette palette() {
        return palette;
    }

    /** The palette named {@code code}, if there is one. */
    public static Optional<ValuePalette> ofCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }
}
