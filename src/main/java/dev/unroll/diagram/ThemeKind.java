package dev.unroll.diagram;

import java.util.Arrays;
import java.util.Optional;

/** The themes a user can choose, by the name the command line and the settings use. */
public enum ThemeKind {
    LIGHT("light", Theme.LIGHT),
    DARK("dark", Theme.DARK),
    HIGH_CONTRAST("high-contrast", Theme.HIGH_CONTRAST);

    private final String code;
    private final Theme theme;

    ThemeKind(String code, Theme theme) {
        this.code = code;
        this.theme = theme;
    }

    /** The name on the command line and in the settings: {@code light}, {@code dark}, {@code high-contrast}. */
    public String code() {
        return code;
    }

    /** The theme's colours, with the default value palette. */
    public Theme theme() {
        return theme;
    }


    /** The theme named {@code code}, if there is one. */
    public static Optional<ThemeKind> ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
