package dev.unroll.io;

import static dev.unroll.io.IoFixtures.assertBad;
import static dev.unroll.io.IoFixtures.fixture;
import static dev.unroll.io.IoFixtures.npy;
import static dev.unroll.io.IoFixtures.npyF8;
import static dev.unroll.io.IoFixtures.write;
import static dev.unroll.io.IoFixtures.zip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.unroll.rnn.Activation;
import dev.unroll.rnn.Dimensions;
import dev.unroll.rnn.Fixtures;
import dev.unroll.rnn.HeadActivation;
import dev.unroll.rnn.Lesson;
import dev.unroll.rnn.Trace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Weights and inputs into a lesson: the three namings, files per array, and shapes that do not fit. */
class WeightsImporterTest {

    @TempDir
    Path dir;

    @Test
    void unrollNamesGiveNumpysArraysAndItsForwardPass() {
        Fixtures.Case expected = Fixtures.load("io/unroll_names.txt");
        for (String file : new String[] {"unroll_names.npz", "unroll_names_compressed.npz"}) {
            Lesson lesson = WeightsImporter.importLesson(fixture(file), null, ImportActivations.KERAS_DEFAULTS);
            assertEquals(new Dimensions(4, 3, 4, 2), lesson.dimensions());
            Fixtures.assertSameBits(expected.matrix("W"), Fixtures.rows(lesson.w()), file + " W");
            Fixtures.assertSameBits(expected.matrix("U"), Fixtures.rows(lesson.u()), file + " U");
            Fixtures.assertSameBits(expected.vector("b"), Fixtures.entries(lesson.b()), file + " b");
            Fixtures.assertSameBits(expected.matrix("V"), Fixtures.rows(lesson.v()), file + " V");
            Fixtures.assertSameBits(expected.matrix("x"), Fixtures.rows(lesson.inputs()), file + " x");
            Trace trace = Trace.run(lesson);
            for (int t = 1; t <= 4; t++) {
                Fixtures.assertClose(expected.step("h", t), trace.state(t), 1e-15, file + " h_" + t);
            }
        }
    }

    @Test
    void kerasNamesAndGetWeightsOrderAreTransposedIntoTheSameLesson() {
        Path inputs = fixture("keras_inputs.npy");
        ImportActivations sigmoidHead = new ImportActivations(Activation.TANH, HeadActivation.SIGMOID);
        Lesson named = WeightsImporter.importLesson(fixture("keras_names.npz"), inputs, sigmoidHead);
        Lesson positional = WeightsImporter.importLesson(fixture("keras_get_weights.npz"), inputs, sigmoidHead);
        assertEquals(new Dimensions(6, 3, 4, 2), named.dimensions());
        Fixtures.assertSameBits(Fixtures.rows(named.w()), Fixtures.rows(positional.w()), "W");
        Fixtures.assertSameBits(Fixtures.rows(named.v()), Fixtures.rows(positional.v()), "V");
        NdArray kernel = NpzReader.read(fixture("keras_get_weights.npz")).get("arr_0");
        assertEquals("(3, 4)", kernel.shape());
        for (int m = 0; m < 3; m++) {
            for (int n = 0; n < 4; n++) {
                assertEquals(kernel.get(m, n), named.w().get(n, m), 0.0, "W = kernelᵀ at " + n + ", " + m);
            }
        }
    }

    @Test
    void oneCsvFilePerArrayGivesTheSameLessonAsTheNpz() {
        Map<String, Path> files = new LinkedHashMap<>();
        files.put("W", fixture("csv/W.csv"));
        files.put("U", fixture("csv/U.csv"));
        files.put("b", fixture("csv/b.csv"));
        ImportedWeights weights = WeightsImporter.readFiles(files);
        assertFalse(weights.hasInputs());
        assertFalse(weights.hasHead());
        assertEquals(3, weights.inputFeatures());
        Lesson fromCsv = weights.toLesson(WeightsImporter.readInputs(fixture("csv/x.txt")), Activation.TANH,
                HeadActivation.LINEAR);
        Lesson fromNpz = WeightsImporter.importLesson(fixture("unroll_names.npz"), null, ImportActivations.KERAS_DEFAULTS);
        Fixtures.assertSameBits(Fixtures.rows(fromNpz.u()), Fixtures.rows(fromCsv.u()), "U");
        Fixtures.assertSameBits(Fixtures.rows(fromNpz.inputs()), Fixtures.rows(fromCsv.inputs()), "x");
        Trace a = Trace.run(fromNpz);
        Trace b = Trace.run(fromCsv);
        Fixtures.assertSameBits(a.state(4), b.state(4), "h_4");
        assertNull(fromCsv.v());
    }

    @Test
    void weightsWithoutInputsAskForThem() {
        Path file = fixture("keras_get_weights.npz");
        assertBad(file, () -> WeightsImporter.importLesson(file, null, ImportActivations.KERAS_DEFAULTS), "holds no inputs",
                "expected inputs (T, 3) as well: an .npy or .csv file with one row per timestep, or an array named x");
    }

    @Test
    void inputsWithTheWrongFeatureCountNameBothShapesAndFiles() {
        Path inputs = write(dir, "x.csv", "1,2\n3,4\n");
        String npz = BadInputException.name(fixture("unroll_names.npz"));
        assertBad(inputs, () -> WeightsImporter.importLesson(fixture("unroll_names.npz"), inputs, ImportActivations.KERAS_DEFAULTS),
                "inputs (2, 2) and W (4, 3) in " + npz + " do not fit together",
                "expected inputs (T, 3): one column per input feature");
    }

    @Test
    void nonSquareUIsRefusedNamingUAndW() {
        Path file = npz("u.npz", "W", npyF8("(4, 3)", fill(12)), "U", npyF8("(4, 5)", fill(20)), "b", npyF8("(4,)", fill(4)),
                "x", npyF8("(2, 3)", fill(6)));
        assertBad(file, () -> WeightsImporter.importLesson(file, null, ImportActivations.KERAS_DEFAULTS),
                "U (4, 5) and W (4, 3) do not fit together", "expected U (4, 4): square, one row and column per unit");
    }

    @Test
    void biasOfTheWrongLengthIsRefused() {
        Path file = npz("b.npz", "W", npyF8("(4, 3)", fill(12)), "U", npyF8("(4, 4)", fill(16)), "b", npyF8("(3,)", fill(3)),
                "x", npyF8("(2, 3)", fill(6)));
        assertBad(file, () -> WeightsImporter.importLesson(file, null, ImportActivations.KERAS_DEFAULTS),
                "b (3,) and W (4, 3) do not fit together", "expected b (4,): one value per unit");
    }

    @Test
    void outputMatrixWhoseColumnsAreNotTheUnitsIsRefused() {
        Path file = npz("v.npz", "W", npyF8("(4, 3)", fill(12)), "U", npyF8("(4, 4)", fill(16)), "b", npyF8("(4,)", fill(4)),
                "V", npyF8("(2, 3)", fill(6)), "c", npyF8("(2,)", fill(2)), "x", npyF8("(2, 3)", fill(6)));
        assertBad(file, () -> WeightsImporter.importLesson(file, null, ImportActivations.KERAS_DEFAULTS),
                "V (2, 3) and W (4, 3) do not fit together", "expected V (K, 4): one column per unit");
    }

    @Test
    void outputBiasOfTheWrongLengthIsRefused() {
        Path file = npz("c.npz", "W", npyF8("(4, 3)", fill(12)), "U", npyF8("(4, 4)", fill(16)), "b", npyF8("(4,)", fill(4)),
                "V", npyF8("(2, 4)", fill(8)), "c", npyF8("(3,)", fill(3)), "x", npyF8("(2, 3)", fill(6)));
        assertBad(file, () -> WeightsImporter.importLesson(file, null, ImportActivations.KERAS_DEFAULTS),
                "c (3,) and V (2, 4) do not fit together", "expected c (2,): one value per output");
    }

    @Test
    void kerasShapesAreReportedAsTheFileHasThem() {
        Path file = npz("k.npz", "kernel", npyF8("(3, 4)", fill(12)), "recurrent_kernel", npyF8("(4, 5)", fill(20)),
                "bias", npyF8("(4,)", fill(4)), "x", npyF8("(2, 3)", fill(6)));
        assertBad(file, () -> WeightsImporter.importLesson(file, null, ImportActivations.KERAS_DEFAULTS),
                "recurrent_kernel (4, 5) and kernel (3, 4) do not fit together", "expected recurrent_kernel (4, 4)");
    }

    @Test
    void oneDimensionalKernelIsRefused() {
        Path file = npz("w1.npz", "W", npyF8("(4,)", fill(4)), "U", npyF8("(4, 4)", fill(16)), "b", npyF8("(4,)", fill(4)));
        assertBad(file, () -> WeightsImporter.importLesson(file, null, ImportActivations.KERAS_DEFAULTS), "W (4,) is 1-D", "expected W (N, M), a 2-D array");
    }

    @Test
    void missingArraysAreNamedInTheArchivesOwnNaming() {
        Path unroll = npz("nou.npz", "W", npyF8("(4, 3)", fill(12)), "b", npyF8("(4,)", fill(4)));
        assertBad(unroll, () -> WeightsImporter.readNpz(unroll), "has no U", "expected W, U and b");
        Path positional = npz("noarr2.npz", "arr_0", npyF8("(3, 4)", fill(12)), "arr_1", npyF8("(4, 4)", fill(16)));
        assertBad(positional, () -> WeightsImporter.readNpz(positional), "has no arr_2",
                "expected arr_0, arr_1 and arr_2 = kernel, recurrent_kernel and bias, as get_weights() returns them");
    }

    @Test
    void headNeedsBothItsArrays() {
        Path file = npz("half.npz", "W", npyF8("(4, 3)", fill(12)), "U", npyF8("(4, 4)", fill(16)), "b", npyF8("(4,)", fill(4)),
                "V", npyF8("(2, 4)", fill(8)));
        assertBad(file, () -> WeightsImporter.readNpz(file), "has V but no c", "expected both V and c for the output head, or neither");
    }

    @Test
    void mixedNamingsAreRefused() {
        Path file = npz("mixed.npz", "W", npyF8("(4, 3)", fill(12)), "recurrent_kernel", npyF8("(4, 4)", fill(16)),
                "b", npyF8("(4,)", fill(4)));
        assertBad(file, () -> WeightsImporter.readNpz(file), "mixes Unroll's names with Keras's names ('recurrent_kernel')");
    }

    @Test
    void timestepsPastTheLimitAreRefused() {
        // 1,000,001 float32 zeros: 4 MB on disk, one timestep too many
        Path x = write(dir, "long.npy", npy("{'descr': '<f4', 'fortran_order': False, 'shape': (1000001, 1), }", new byte[4_000_004]));
        Path w = npz("w.npz", "W", npyF8("(2, 1)", fill(2)), "U", npyF8("(2, 2)", fill(4)), "b", npyF8("(2,)", fill(2)));
        assertBad(x, () -> WeightsImporter.importLesson(w, x, ImportActivations.KERAS_DEFAULTS), "inputs has shape (1000001, 1), too large for inputs",
                "expected inputs (T, M) with T at most 1,000,000");
    }

    @Test
    void statesOfAMillionStepsAreNotLimitedSinceALongTraceIsCheckpointed() {
        Path x = write(dir, "x.npy", npy("{'descr': '<f4', 'fortran_order': False, 'shape': (1000000, 1), }", new byte[4_000_000]));
        Path w = npz("w51.npz", "W", npyF8("(51, 1)", fill(51)), "U", npyF8("(51, 51)", fill(51 * 51)), "b", npyF8("(51,)", fill(51)));
        Lesson lesson = WeightsImporter.importLesson(w, x, ImportActivations.KERAS_DEFAULTS);
        assertEquals(new Dimensions(1_000_000, 1, 51, 0), lesson.dimensions());
    }

    @Test
    void unitsPastTheWidthLimitAreRefused() {
        Path w = npz("wide.npz", "W", npyF8("(1025, 1)", fill(1025)), "U", npyF8("(1, 1)", fill(1)), "b", npyF8("(1,)", fill(1)));
        assertBad("W.npy in " + BadInputException.name(w), () -> WeightsImporter.importLesson(w, null, ImportActivations.KERAS_DEFAULTS),
                "W has shape (1025, 1), too large for W", "expected W of at most 1,024 × 1,024 values");
    }

    @Test
    void singleArrayFileIsNotASetOfWeights() {
        Path file = fixture("matrix_lef8.npy");
        assertBad(file, () -> WeightsImporter.readWeights(file), "holds a single array, not a set of weights",
                "one file per array, named: W=w.csv U=u.csv b=b.csv");
    }

    @Test
    void npzGivenAsOneArrayIsRefused() {
        Path file = fixture("unroll_names.npz");
        assertBad(file, () -> WeightsImporter.readFiles(Map.of("W", file)), "is an .npz, which holds several arrays");
    }

    @Test
    void inputsCanComeFromTheXOfAnotherNpz() {
        SourcedArray x = WeightsImporter.readInputs(fixture("unroll_names.npz"));
        assertEquals("x (4, 3)", x.label());
        Path noX = fixture("keras_names.npz");
        assertBad(noX, () -> WeightsImporter.readInputs(noX), "holds no array named x");
    }

    private Path npz(String name, Object... namesAndNpy) {
        Object[] entries = namesAndNpy.clone();
        for (int i = 0; i < entries.length; i += 2) {
            entries[i] = entries[i] + ".npy";
        }
        return write(dir, name, zip(false, entries));
    }

    /** 0.01, 0.02, …: small distinct values. */
    private static double[] fill(int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = (i + 1) / 100.0;
        }
        return v;
    }
    @Test
    void textFileNamedNpyGivenAsTheWeightsIsSaidToLackNumpysMagicString() {
        Path file = write(dir, "w.npy", "W,U,b\n1,2,3\n");
        assertBad(file, () -> WeightsImporter.readWeights(file), "does not start with numpy's magic string",
                "expected an .npy file as np.save writes it");
    }

    @Test
    void filesPickedTogetherAreNamedByTheirFileNamesAndTheirXIsTheInputs() {
        LessonSource.Explicit source = WeightsImporter.importSource(java.util.List.of(fixture("csv/W.csv"),
                fixture("csv/U.csv"), fixture("csv/b.csv"), fixture("csv/x.txt")), null, ImportActivations.KERAS_DEFAULTS);
        Lesson lesson = source.lesson();
        // the first and last rows of W.csv, as written there
        assertEquals(0.37993703120127886, lesson.w().get(0, 0));
        assertEquals(-0.085764980918948686, lesson.w().get(0, 2));
        assertEquals(-0.35583569934657955, lesson.w().get(3, 2));
        assertEquals(-0.0061023256484845356, lesson.b().get(3, 0));
        assertEquals(0.44122748688504143, lesson.inputs().get(0, 0));
        assertEquals("W.csv, U.csv, b.csv and x.txt", source.origin().describe());
    }

    @Test
    void twoFilesForOneArrayAreRefusedNamingBoth() {
        Path csv = fixture("csv/W.csv");
        Path npy = dir.resolve("W.npy");
        assertBad(npy, () -> WeightsImporter.namedByFile(java.util.List.of(csv, npy)),
                "is a second file for W, after " + BadInputException.name(csv));
    }

    @Test
    void filesPickedTogetherThatNameNoArrayAreRefusedNamingTheFileAndTheNamesExpected() throws Exception {
        Path w = Files.copy(fixture("csv/W.csv"), dir.resolve("w.csv"));
        BadInputException refused = assertThrows(BadInputException.class,
                () -> WeightsImporter.namedByFile(java.util.List.of(w, fixture("csv/U.csv"))));
        assertEquals(BadInputException.name(w) + ": is named for no array; expected files named for their arrays, as W.csv, "
                + "U.csv, b.csv (and V, c, x), or Keras's kernel.csv, recurrent_kernel.csv, bias.csv; names are case-sensitive",
                refused.getMessage());
    }

    @Test
    void anNpzPickedWithOtherFilesIsRefusedSayingItGoesAlone() {
        Path npz = fixture("unroll_names.npz");
        BadInputException refused = assertThrows(BadInputException.class,
                () -> WeightsImporter.namedByFile(java.util.List.of(fixture("csv/W.csv"), npz)));
        assertEquals(BadInputException.name(npz) + ": is an .npz picked with other files; expected one .npz alone, or one "
                + ".npy or CSV file per array, each named for its array", refused.getMessage());
    }
}
