package dev.unroll.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FailureLineTest {

    @Test
    void aFailureWithoutMessageIsNamedByItsKind() {
        assertEquals("Could not open week3.json: NoSuchFileException",
                DialogService.failureLine("open", Path.of("week3.json"), new java.nio.file.NoSuchFileException(null)));
    }

    @Test
    void aMessageOfSeveralLinesKeepsItsFirstLine() {
        assertEquals("Could not open week3.json: line 4: expected a number",
                DialogService.failureLine("open", Path.of("lessons", "week3.json"),
                        new IOException("line 4: expected a number\n  \"units\": \"eight\"\n           ^")));
    }

    @Test
    void aPathWithoutAFileNameIsNamedWhole() {
        Path root = Path.of("/");
        assertEquals("Could not open " + root + ": IOException", DialogService.failureLine("open", root, new IOException(" ")));
    }
}
