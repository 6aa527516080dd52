package dev.unroll.code;

import java.util.Objects;

/** One line of a generated program and what it does. */
public record ProgramLine(String text, LineRole role) {

    public ProgramLine {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(role, "role");
        if (text.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a program line holds no line break: " + text);
        }
    }
}
