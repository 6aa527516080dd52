package dev.unroll.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Atomic replacement: a write either replaces the whole file or leaves the old one, and never leaves half a file. */
class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void failedWriteLeavesTheOldFileIntactAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("snapshot.png");
        byte[] old = {1, 2, 3, 4};
        Files.write(file, old);
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            out.write(new byte[100_000]);
            throw new IOException("disk full");
        }));
        assertTrue(e.getMessage().contains("snapshot.png"), e.getMessage());
        assertTrue(e.getMessage().contains("disk full"), e.getMessage());
        assertArrayEquals(old, Files.readAllBytes(file));
        assertEquals(List.of(file), list(dir));
    }

    @Test
    void crashInTheContentAlsoLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("snapshot.svg");
        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(file, out -> {
            out.write(1);
            throw new IllegalStateException("bug");
        }));
        assertEquals(List.of(), list(dir));
    }

    @Test
    void successfulWriteReplacesTheOldFileAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "old and longer than the new text");
        AtomicFiles.writeString(file, "new \u00B7");
        assertEquals("new \u00B7", Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(List.of(file), list(dir));
    }

    @Test
    void writingOverAFolderFailsAndKeepsTheFolder() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("taken.svg"));
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeString(folder, "x"));
        assertTrue(e.getMessage().contains("taken.svg"), e.getMessage());
        assertTrue(Files.isDirectory(folder));
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
