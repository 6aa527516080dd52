package dev.unroll.keras;

import dev.unroll.FixtureFiles;
import dev.unroll.io.NdArray;
import dev.unroll.io.NpyReader;
import dev.unroll.io.NpzReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Model files laid out as Keras writes them, made with h5py and numpy by
 * src/test/python/make_keras_fixtures.py, and files written by Keras 3 itself under {@code real/}
 * (src/test/python/make_real_keras_fixtures.py).
 */
final class KerasFixtures {

    private KerasFixtures() {
    }

    /** A file under src/test/resources/fixtures/keras/. */
    static Path fixture(String name) {
        return FixtureFiles.of("keras", name, "make_keras_fixtures.py");
    }

    /** The non-comment lines of a fixture text file. */
    static List<String> lines(String name) {
        try {
            return Files.readAllLines(fixture(name), StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of a {@code file | words} list (refused.txt, hostile.txt) as test arguments: the file, then the words. */
    static Stream<Arguments> fileAndWords(String name) {
        return lines(name).stream().map(line -> {
            String[] parts = line.split(" \\| ", 2);
            return Arguments.of(parts[0], parts[1]);
        });
    }

    /** A fixture text file whole. */
    static String text(String name) {
        try {
            return Files.readString(fixture(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One array numpy saved beside a model, as .npy. */
    static NdArray array(String name) {
        return NpyReader.read(fixture(name));
    }

    /** The arrays numpy saved beside a model. */
    static Map<String, NdArray> arrays(String name) {
        return NpzReader.read(fixture(name));
    }
}
