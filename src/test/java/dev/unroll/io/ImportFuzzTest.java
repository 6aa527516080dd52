package dev.unroll.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.unroll.keras.KerasModelReader;
import dev.unroll.rnn.Activation;
import dev.unroll.rnn.Dimensions;
import dev.unroll.rnn.EmbeddingRecipe;
import dev.unroll.rnn.HeadActivation;
import dev.unroll.rnn.Initialisation;
import dev.unroll.rnn.LessonSpec;
import dev.unroll.rnn.Preset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingConsumer;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated files through every importer: bit flips, truncations, inserted, overwritten and repeated
 * bytes of valid .npy, .npz, CSV and lesson files, and of trained Keras models (.keras and .h5). Every case must end in a valid import or a
 * {@link BadInputException} — no other exception, no hang, no out-of-memory. The mutations come
 * from a fixed seed, so a failure names a case that can be run again.
 */
class ImportFuzzTest {

    private static final long SEED = 20_240_611L;
    private static final int CASES_PER_SEED_FILE = 160;
    /** Far beyond what any case needs (a few milliseconds); only a hang would reach it. */
    private static final Duration PER_CASE = Duration.ofSeconds(10);
    private static final byte[] INTERESTING = "0123456789.-+eE,;[]{}()\"':\n \t\u0000\u007f".getBytes(StandardCharsets.ISO_8859_1);

    @TempDir
    Path dir;

    private record Kind(String extension, ThrowingConsumer<Path> importer) {
    }

    @Test
    void mutatedFilesEndInAnImportOrTheDocumentedError() throws IOException {
        Kind npy = new Kind(".npy", NpyReader::read);
        Kind npz = new Kind(".npz", p -> WeightsImporter.importLesson(p, null, ImportActivations.KERAS_DEFAULTS));
        Kind csv = new Kind(".csv", p -> WeightsImporter.readInputs(p));
        Kind lesson = new Kind(".json", LessonFiles::read);
        Kind keras = new Kind(".keras", KerasModelReader::read);
        Kind h5 = new Kind(".h5", KerasModelReader::read);
        List<Object[]> seeds = List.of(
                new Object[] {npy, IoFixtures.bytes("matrix_lef8.npy")},
                new Object[] {npy, IoFixtures.bytes("matrix_bef4.npy")},
                new Object[] {npy, IoFixtures.bytes("matrix_fortran.npy")},
                new Object[] {npy, IoFixtures.bytes("matrix_v3.npy")},
                new Object[] {npz, IoFixtures.bytes("unroll_names.npz")},
                new Object[] {npz, IoFixtures.bytes("unroll_names_compressed.npz")},
                new Object[] {npz, IoFixtures.bytes("keras_names.npz")},
                new Object[] {csv, IoFixtures.bytes("csv/W.csv")},
                new Object[] {csv, IoFixtures.bytes("csv/x.txt")},
                new Object[] {csv, "x1,x2\n1,2\n-3.5,4e-2\n".getBytes(StandardCharsets.UTF_8)},
                new Object[] {lesson, seededLesson()},
                new Object[] {lesson, explicitLesson()},
                new Object[] {lesson, viewLesson()},
                new Object[] {lesson, saved("review.json", LessonFile.of("Review", LessonSource.of(REVIEW)))},
                new Object[] {lesson, saved("review-numbers.json", LessonFile.of("Review", LessonSource.of(REVIEW.build())))},
                new Object[] {keras, IoFixtures.bytes("../keras/k3_emb_seq_bias_d1.keras")},
                new Object[] {keras, IoFixtures.bytes("../keras/real/functional_chain.keras")},
                new Object[] {h5, IoFixtures.bytes("../keras/k2_emb_seq_bias_d1.h5")},
                new Object[] {h5, IoFixtures.bytes("../keras/real/embedding_rnn_dense.h5")});
        Random random = new Random(SEED);
        int cases = 0;
        int imported = 0;
        long start = System.nanoTime();
        for (int s = 0; s < seeds.size(); s++) {
            Kind kind = (Kind) seeds.get(s)[0];
            byte[] original = (byte[]) seeds.get(s)[1];
            for (int i = 0; i < CASES_PER_SEED_FILE; i++) {
                String mutation = pickMutation(random);
                byte[] mutated = mutate(original, mutation, random);
                Path file = dir.resolve("case-" + s + "-" + i + kind.extension());
                Files.write(file, mutated);
                String name = "seed file " + s + ", case " + i + " (" + mutation + ")";
                boolean ok = assertTimeoutPreemptively(PER_CASE, () -> runOne(kind, file, name), name);
                imported += ok ? 1 : 0;
                cases++;
                Files.delete(file);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "import fuzz: %,d mutated files, %,d imported, %,d refused with a message, in %.2f s%n",
                cases, imported, cases - imported, seconds);
        assertEquals(seeds.size() * CASES_PER_SEED_FILE, cases);
        assertTrue(cases >= 2_000, "at least 2,000 cases");
        assertTrue(imported > 0 && imported < cases, "both outcomes occur: " + imported + " of " + cases);
    }

    /** True for a valid import, false for the documented refusal; anything else fails the test. */
    private static boolean runOne(Kind kind, Path file, String name) {
        try {
            kind.importer().accept(file);
            return true;
        } catch (BadInputException e) {
            String message = e.getMessage();
            if (message.lines().count() != 1 || !message.contains(": ")) {
                fail(name + ": the message is not one line naming the file: " + message);
            }
            return false;
        } catch (Throwable t) {
            throw new AssertionError(name + ": " + t, t);
        }
    }

    private static String pickMutation(Random random) {
        return switch (random.nextInt(6)) {
            case 0, 1 -> "bit flips";
            case 2 -> "truncation";
            case 3 -> "inserted bytes";
            case 4 -> "overwritten bytes";
            default -> "repeated block";
        };
    }

    private static byte[] mutate(byte[] original, String mutation, Random random) {
        byte[] b = original.clone();
        switch (mutation) {
            case "bit flips" -> {
                int flips = 1 + random.nextInt(8);
                for (int i = 0; i < flips; i++) {
                    int at = random.nextInt(b.length);
                    b[at] ^= (byte) (1 << random.nextInt(8));
                }
            }
            case "truncation" -> b = Arrays.copyOf(b, random.nextInt(b.length));
            case "inserted bytes" -> {
                int at = random.nextInt(b.length + 1);
                byte[] inserted = new byte[1 + random.nextInt(16)];
                for (int i = 0; i < inserted.length; i++) {
                    inserted[i] = random.nextBoolean() ? INTERESTING[random.nextInt(INTERESTING.length)] : (byte) random.nextInt(256);
                }
                byte[] out = new byte[b.length + inserted.length];
                System.arraycopy(b, 0, out, 0, at);
                System.arraycopy(inserted, 0, out, at, inserted.length);
                System.arraycopy(b, at, out, at + inserted.length, b.length - at);
                b = out;
            }
            case "overwritten bytes" -> {
                int at = random.nextInt(b.length);
                int n = Math.min(b.length - at, 1 + random.nextInt(8));
                for (int i = 0; i < n; i++) {
                    b[at + i] = INTERESTING[random.nextInt(INTERESTING.length)];
                }
            }
            default -> {
                int from = random.nextInt(b.length);
                int n = Math.min(b.length - from, 1 + random.nextInt(64));
                int at = random.nextInt(b.length + 1);
                byte[] out = new byte[b.length + n];
                System.arraycopy(b, 0, out, 0, at);
                System.arraycopy(b, from, out, at, n);
                System.arraycopy(b, at, out, at + n, b.length - at);
                b = out;
            }
        }
        return b;
    }

    /** A small lesson with an Embedding: its file holds the recipe's rows and ids, or the table and the ids. */
    private static final LessonSpec REVIEW = new LessonSpec(new Dimensions(4, 3, 2, 1), Activation.TANH,
            HeadActivation.SIGMOID, Initialisation.KERAS, 5, EmbeddingRecipe.of(12, 1, 4, 11, 0));

    private byte[] seededLesson() throws IOException {
        return saved("seeded.json", LessonFile.of("Tiny", LessonSource.of(Preset.TINY.spec())));
    }

    private byte[] explicitLesson() throws IOException {
        return saved("explicit.json", LessonFile.of("Real", LessonSource.of(WeightsImporter.importLesson(
                IoFixtures.fixture("unroll_names.npz"), null, ImportActivations.KERAS_DEFAULTS))));
    }

    private byte[] viewLesson() throws IOException {
        ViewSettings view = ViewSettings.NONE.withTimestep(2).with(ViewSettings.VIEW, "both").with(ViewSettings.HEAD, true)
                .with("extra", List.of(1L, "two", List.of(true)));
        return saved("view.json", new LessonFile("View", "notes", LessonSource.of(Preset.SEED_NUMPY.spec()), view));
    }

    private byte[] saved(String name, LessonFile lesson) throws IOException {
        Path file = dir.resolve(name);
        LessonFiles.write(file, lesson);
        return Files.readAllBytes(file);
    }
}
