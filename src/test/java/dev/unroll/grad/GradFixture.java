package dev.unroll.grad;

import dev.unroll.FixtureFiles;
import dev.unroll.io.CsvMatrixReader;
import dev.unroll.io.NdArray;
import dev.unroll.io.NpyReader;
import dev.unroll.io.NpzReader;
import dev.unroll.rnn.Activation;
import dev.unroll.rnn.HeadActivation;
import dev.unroll.rnn.Lesson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One case of src/test/resources/fixtures/grad/, made by src/test/python/make_grad_fixtures.py: a
 * lesson (NAME.npz), its targets, and the gradients numpy computed for them (NAME_expected.npz).
 *
 * @param name            the case's name
 * @param activation      the cell's activation
 * @param headActivation  the head's activation
 * @param loss            the loss
 * @param returnSequences whether every step counts
 * @param targetsFile     the targets' file name, .npy or .csv
 */
public record GradFixture(String name, Activation activation, HeadActivation headActivation, Loss loss,
                          boolean returnSequences, String targetsFile) {

    /** Every case listed in cases.txt. */
    public static List<GradFixture> all() {
        try {
            return Files.readAllLines(file("cases.txt")).stream()
                    .filter(line -> !line.startsWith("#") && !line.isBlank())
                    .map(line -> line.split(" "))
                    .map(f -> new GradFixture(f[0], Activation.valueOf(f[1].toUpperCase(Locale.ROOT)),
                            HeadActivation.valueOf(f[2].toUpperCase(Locale.ROOT)), Loss.valueOf(f[3].toUpperCase(Locale.ROOT)),
                            Boolean.parseBoolean(f[4]), f[5]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file under src/test/resources/fixtures/grad/. */
    public static Path file(String name) {
        return FixtureFiles.of("grad", name, "make_grad_fixtures.py");
    }

    /** The lesson's file, W, U, b, [V, c,] x and h0. */
    public Path lessonFile() {
        return file(name + ".npz");
    }

    /** The targets' file. */
    public Path targetsPath() {
        return file(targetsFile);
    }

    /** The lesson, built straight from the arrays. */
    public Lesson lesson() {
        Map<String, NdArray> a = NpzReader.read(lessonFile());
        return new Lesson(activation, headActivation, a.get("x").toMatrix(), a.get("W").toMatrix(), a.get("U").toMatrix(),
                a.get("b").toMatrix(), a.containsKey("V") ? a.get("V").toMatrix() : null,
                a.containsKey("c") ? a.get("c").toMatrix() : null, a.get("h0").toMatrix());
    }

    /** The targets, row-major. */
    public double[] targets() {
        return (targetsFile.endsWith(".csv") ? CsvMatrixReader.read(targetsPath()) : NpyReader.read(targetsPath())).values();
    }

    /** What numpy computed: loss (1,), dW, dU, db, [dV, dc,] dh and da. */
    public Map<String, NdArray> expected() {
        return NpzReader.read(file(name + "_expected.npz"));
    }

    @Override
    public String toString() {
        return name;
    }
}
