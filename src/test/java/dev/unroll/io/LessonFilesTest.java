package dev.unroll.io;

import static dev.unroll.io.IoFixtures.assertBad;
import static dev.unroll.io.IoFixtures.fixture;
import static dev.unroll.io.IoFixtures.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.rnn.Activation;
import dev.unroll.rnn.Dense;
import dev.unroll.rnn.Fixtures;
import dev.unroll.rnn.HeadActivation;
import dev.unroll.rnn.Lesson;
import dev.unroll.rnn.Preset;
import dev.unroll.rnn.Trace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lesson files: exact round trips, open view settings, atomic saves, and every way a file can be wrong. */
class LessonFilesTest {

    private static final String HEAD = "{\"format\": \"unroll-lesson\", \"version\": 1, ";
    private static final String SEEDED = "\"seeded\": {\"timesteps\": 5, \"inputFeatures\": 3, \"units\": 4, \"outputSize\": 2, "
            + "\"initialisation\": \"keras\", \"seed\": 7}";
    private static final String GOOD = HEAD + "\"title\": \"t\", \"activation\": \"tanh\", \"headActivation\": \"linear\", " + SEEDED + "}";

    @TempDir
    Path dir;

    @Test
    void seededLessonRoundTripsWithTitleNotesAndView() throws IOException {
        ViewSettings view = ViewSettings.NONE.withTimestep(3).with(ViewSettings.VIEW, "unrolled").with(ViewSettings.HEAD, false)
                .with(ViewSettings.NOTATION, "goodfellow").with(ViewSettings.SHAPES, true)
                .with(ViewSettings.RETURN_SEQUENCES, false)
                .with("theme", "dark").with("later", Map.of("list", List.of(1L, 2.5, "three", true)));
        LessonFile saved = new LessonFile("Tiny — seed 7 \"quoted\"", "line one\nline two, ünïcode", LessonSource.of(
                Preset.TINY.spec().withSeed(7).withHeadActivation(HeadActivation.SOFTMAX)), view);
        Path file = dir.resolve("tiny.unroll.json");
        LessonFiles.write(file, saved);
        LessonFile opened = LessonFiles.read(file);
        assertEquals(saved, opened);
        assertEquals(OptionalInt.of(3), opened.view().timestep());
        assertEquals(Optional.of("unrolled"), opened.view().text(ViewSettings.VIEW));
        assertEquals(Optional.of("goodfellow"), opened.view().text(ViewSettings.NOTATION));
        assertEquals(Optional.of(false), opened.view().flag(ViewSettings.HEAD));
        assertEquals(Optional.of("dark"), opened.view().text("theme"));
        Fixtures.assertSameBits(Trace.run(saved.lesson()).state(5), Trace.run(opened.lesson()).state(5), "h_5");
    }

    @Test
    void explicitLessonRoundTripsEveryBit() throws IOException {
        Lesson imported = WeightsImporter.importLesson(fixture("unroll_names.npz"), null,
                new ImportActivations(Activation.RELU, HeadActivation.SIGMOID));
        DMatrixRMaj w = imported.w();
        // the doubles that text most easily gets wrong
        w.data[0] = 0.1 + 0.2;
        w.data[1] = -0.0;
        w.data[2] = Double.MIN_VALUE;
        w.data[3] = Double.MAX_VALUE / 1e300;
        w.data[4] = 1e-310;
        DMatrixRMaj h0 = new DMatrixRMaj(new double[][] {{0.25}, {-0.0}, {1.0 / 3}, {0}});
        Lesson lesson = new Lesson(Activation.RELU, HeadActivation.SIGMOID, imported.inputs(), w, imported.u(), imported.b(),
                imported.v(), imported.c(), h0);
        Path file = dir.resolve("explicit.unroll.json");
        LessonFiles.write(file, LessonFile.of("Real weights", LessonSource.of(lesson)));
        LessonFile opened = LessonFiles.read(file);
        Lesson back = assertInstanceOf(LessonSource.Explicit.class, opened.source()).lesson();
        assertEquals(Activation.RELU, back.activation());
        assertEquals(HeadActivation.SIGMOID, back.headActivation());
        Fixtures.assertSameBits(Fixtures.rows(lesson.w()), Fixtures.rows(back.w()), "W");
        Fixtures.assertSameBits(Fixtures.rows(lesson.u()), Fixtures.rows(back.u()), "U");
        Fixtures.assertSameBits(Fixtures.rows(lesson.v()), Fixtures.rows(back.v()), "V");
        Fixtures.assertSameBits(Fixtures.entries(lesson.c()), Fixtures.entries(back.c()), "c");
        Fixtures.assertSameBits(Fixtures.rows(lesson.inputs()), Fixtures.rows(back.inputs()), "x");
        Fixtures.assertSameBits(Fixtures.entries(h0), Fixtures.entries(back.initialState()), "h0");
        Trace before = Trace.run(lesson);
        Trace after = Trace.run(back);
        for (int t = 1; t <= 4; t++) {
            Fixtures.assertSameBits(before.state(t), after.state(t), "h_" + t);
            Fixtures.assertSameBits(before.values(dev.unroll.rnn.ValueKind.Y, t), after.values(dev.unroll.rnn.ValueKind.Y, t), "y_" + t);
        }
    }

    @Test
    void savedFileIsIndentedWithOneMatrixRowPerLine() throws IOException {
        Lesson lesson = WeightsImporter.importLesson(fixture("unroll_names.npz"), null, ImportActivations.KERAS_DEFAULTS);
        Path file = dir.resolve("rows.json");
        LessonFiles.write(file, LessonFile.of("rows", LessonSource.of(lesson)));
        List<String> lines = Files.readAllLines(file);
        assertEquals("{", lines.get(0));
        assertEquals("  \"format\": \"unroll-lesson\",", lines.get(1));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("    \"b\": [ ") && l.endsWith(" ],")), String.join("\n", lines));
        int w = lines.indexOf("    \"W\": [");
        assertTrue(w > 0, String.join("\n", lines));
        for (int r = 1; r <= 4; r++) {
            assertTrue(lines.get(w + r).matches(" {6}\\[ [^\\[\\]]+ \\],?"), "row " + r + ": " + lines.get(w + r));
        }
    }

    @Test
    void unknownViewSettingsAreKeptAndBadlyTypedKnownOnesReadAsAbsent() throws IOException {
        Path file = write(dir, "view.json", HEAD + "\"title\": \"\", \"activation\": \"tanh\", \"headActivation\": \"linear\", "
                + "\"view\": {\"timestep\": \"three\", \"view\": \"sideways\", \"zoom\": 1.5, \"panel\": {\"open\": [true, null]}}, "
                + SEEDED + ", \"addedLater\": {\"x\": 1}}");
        LessonFile opened = LessonFiles.read(file);
        assertEquals(OptionalInt.empty(), opened.view().timestep());
        assertEquals(Optional.of("sideways"), opened.view().text(ViewSettings.VIEW));
        assertEquals(Optional.of(1.5), opened.view().get("zoom"));
        Path again = dir.resolve("again.json");
        LessonFiles.write(again, opened);
        assertEquals(opened.view().asMap(), LessonFiles.read(again).view().asMap());
        assertEquals(List.of("timestep", "view", "zoom", "panel"), List.copyOf(LessonFiles.read(again).view().asMap().keySet()));
    }

    @Test
    void malformedJsonIsRefusedWithItsPosition() {
        Path file = write(dir, "broken.json", HEAD + "\n\"title\": \"t\",,\n}");
        assertBad(file, () -> LessonFiles.read(file), "is not valid JSON at line 2, column", "expected a lesson file as Unroll saves it");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "\"activation\": \"tanh\", \"headActivation\": \"linear\", SEEDED                    | has no \"title\"",
        "\"title\": \"t\", \"headActivation\": \"linear\", SEEDED                             | has no \"activation\"",
        "\"title\": \"t\", \"activation\": \"tanh\", \"headActivation\": \"linear\"           | has neither \"seeded\" nor \"weights\"",
        "\"title\": \"t\", \"activation\": \"tanh\", \"headActivation\": \"linear\", \"seeded\": {\"timesteps\": 5} | has no \"seeded.inputFeatures\"",
    })
    void missingFieldsAreNamed(String body, String problem) {
        Path file = write(dir, "missing.json", HEAD + body.replace("SEEDED", SEEDED) + "}");
        assertBad(file, () -> LessonFiles.read(file), problem);
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "title      | 5                    | title is a number at line 1, column 52; expected text in quotes",
        "activation | \"gelu\"             | activation is 'gelu'; expected one of tanh, relu, sigmoid, linear",
        "seeded     | {\"units\": \"4\"}     | seeded.units is text",
        "seeded     | []                   | seeded is a list",
        "weights    | {\"W\": [[1, \"2\"]]} | weights.W[0][1] is text",
        "weights    | {\"W\": 3}            | weights.W is a number",
        "view       | \"folded\"           | view is text",
    })
    void valuesOfTheWrongKindAreNamed(String key, String value, String problem) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put(key, value);
        fields.putIfAbsent("title", "\"t\"");
        fields.putIfAbsent("activation", "\"tanh\"");
        fields.putIfAbsent("headActivation", "\"linear\"");
        StringBuilder json = new StringBuilder(HEAD.substring(0, HEAD.length() - 2));
        fields.forEach((k, v) -> json.append(", \"").append(k).append("\": ").append(v));
        Path file = write(dir, "types.json", json.append('}').toString());
        assertBad(file, () -> LessonFiles.read(file), problem);
    }

    @Test
    void otherFormatIsRefused() {
        Path file = write(dir, "other.json", "{\"format\": \"jupyter-notebook\", \"version\": 1}");
        assertBad(file, () -> LessonFiles.read(file), "is not an Unroll lesson: its format is 'jupyter-notebook'",
                "expected \"format\": \"unroll-lesson\"");
        Path none = write(dir, "none.json", "{\"cells\": []}");
        assertBad(none, () -> LessonFiles.read(none), "has no \"format\", so it is not an Unroll lesson");
        Path array = write(dir, "array.json", "[1, 2]");
        assertBad(array, () -> LessonFiles.read(array), "is not an Unroll lesson: it holds a list rather than a JSON object");
    }

    @Test
    void denseLayersBeforeTheHeadRoundTripAsVersionFourToTheSameTrace() throws IOException {
        Lesson tiny = Preset.TINY.spec().withSeed(3).withHeadActivation(HeadActivation.SOFTMAX).build();
        DMatrixRMaj v1 = new DMatrixRMaj(new double[][] {{0.5, -0.25, 0.125, 1}, {-1, 0.75, 0.1 + 0.2, -0.0}, {2, 0, -3, 1e-310}});
        Lesson stacked = tiny.withHead(List.of(new Dense(v1, new DMatrixRMaj(new double[] {0.1, -0.2, 0.3}), Activation.RELU)),
                new DMatrixRMaj(new double[][] {{1, -2, 0.5}, {0.25, 0.75, -1}}), new DMatrixRMaj(new double[] {0.01, -0.02}));
        Path file = dir.resolve("stacked.unroll.json");
        LessonFiles.write(file, LessonFile.of("Two Dense layers", LessonSource.of(stacked)));

        assertTrue(Files.readString(file).contains("\"version\": 4"), "Dense layers need version 4");
        Lesson back = assertInstanceOf(LessonSource.Explicit.class, LessonFiles.read(file).source()).lesson();
        assertEquals(stacked, back);
        Trace before = Trace.run(stacked);
        Trace after = Trace.run(back);
        for (int t = 1; t <= before.timesteps(); t++) {
            assertArrayEquals(before.values(dev.unroll.rnn.ValueKind.Y, t), after.values(dev.unroll.rnn.ValueKind.Y, t), "y at t=" + t);
        }
    }

    @Test
    void denseLayersThatDoNotChainAreRefusedNamingTheShapes() throws IOException {
        Lesson tiny = Preset.TINY.spec().withSeed(3).build();
        DMatrixRMaj v1 = new DMatrixRMaj(3, 4);
        Lesson stacked = tiny.withHead(List.of(new Dense(v1, new DMatrixRMaj(3, 1), Activation.TANH)), new DMatrixRMaj(2, 3),
                new DMatrixRMaj(2, 1));
        Path file = dir.resolve("bad.unroll.json");
        LessonFiles.write(file, LessonFile.of("bad", LessonSource.of(stacked)));
        // the head reads three values; make it read two
        String written = Files.readString(file);
        String text = written.replace("\"V\": [\n        [ 0.0, 0.0, 0.0 ],\n        [ 0.0, 0.0, 0.0 ]\n      ]",
                "\"V\": [[0.0, 0.0], [0.0, 0.0]]");
        assertFalse(text.equals(written), written);
        Files.writeString(file, text);
        assertBad(file, () -> LessonFiles.read(file), "dense: V's columns must equal the outputs of the last Dense layer before it",
                "expected each layer's V with as many columns as the layer before it has outputs");
    }

    @Test
    void newerVersionSaysSoWhateverItsLayout() {
        // version 5 might arrange everything differently: the version is answered before anything else is read
        Path file = write(dir, "v5.json", "{\"model\": {\"cells\": [\"lstm\"]}, \"format\": \"unroll-lesson\", \"version\": 5}");
        assertBad(file, () -> LessonFiles.read(file), "was made by a newer Unroll (version 5); this one reads version 4");
        Path zero = write(dir, "v0.json", "{\"format\": \"unroll-lesson\", \"version\": 0}");
        assertBad(zero, () -> LessonFiles.read(zero), "has version 0, which no Unroll writes", "expected \"version\": 4");
    }

    @Test
    void duplicateKeysAndTrailingTextAreRefused() {
        Path dup = write(dir, "dup.json", GOOD.replace("\"title\": \"t\"", "\"title\": \"t\", \"title\": \"u\""));
        assertBad(dup, () -> LessonFiles.read(dup), "is not valid JSON", "Duplicate field 'title'");
        Path trailing = write(dir, "trailing.json", GOOD + " {}");
        assertBad(trailing, () -> LessonFiles.read(trailing), "has more after the lesson's closing brace");
    }

    @Test
    void explicitWeightsAreCheckedLikeImportedOnes() {
        String weights = "\"weights\": {\"W\": [[0.1], [0.2]], \"U\": [[1, 0, 0], [0, 1, 0]], \"b\": [0, 0], \"x\": [[1], [2]]}";
        Path file = write(dir, "w.json", HEAD + "\"title\": \"\", \"activation\": \"tanh\", \"headActivation\": \"linear\", " + weights + "}");
        assertBad(file, () -> LessonFiles.read(file), "U (2, 3) and W (2, 1) do not fit together", "expected U (2, 2)");
        Path ragged = write(dir, "r.json", HEAD + "\"title\": \"\", \"activation\": \"tanh\", \"headActivation\": \"linear\", "
                + "\"weights\": {\"W\": [[0.1, 0.2], [0.3]]}}");
        assertBad(ragged, () -> LessonFiles.read(ragged), "weights.W row 1 has 1 values", "expected 2, as row 0");
        Path huge = write(dir, "inf.json", HEAD + "\"title\": \"\", \"activation\": \"tanh\", \"headActivation\": \"linear\", "
                + "\"weights\": {\"x\": [[1, 1e999]]}}");
        assertBad(huge, () -> LessonFiles.read(huge), "weights.x holds infinity at [0, 1] (row 0, column 1, counting from 0)");
    }

    @Test
    void seededSizesPastTheLimitsAreRefused() {
        Path file = write(dir, "big.json", GOOD.replace("\"timesteps\": 5", "\"timesteps\": 1000001"));
        assertBad(file, () -> LessonFiles.read(file), "seeded: timesteps must be between 1 and 1,000,000, got 1000001");
        Path seed = write(dir, "seed.json", GOOD.replace("\"seed\": 7", "\"seed\": 4294967296"));
        assertBad(seed, () -> LessonFiles.read(seed), "seed must be between 0 and 4294967295");
    }

    @Test
    void missingFileAndFolderAreRefused() throws IOException {
        Path missing = dir.resolve("gone.json");
        assertBad(missing, () -> LessonFiles.read(missing), "does not exist", "expected a lesson file as Unroll saves it");
        Path folder = Files.createDirectory(dir.resolve("folder.json"));
        assertBad(folder, () -> LessonFiles.read(folder), "is a folder, not a file");
    }

    @Test
    void failedSaveLeavesTheOldFileAsItWas() throws IOException {
        Path file = write(dir, "keep.json", GOOD);
        byte[] before = Files.readAllBytes(file);
        Lesson good = Preset.TINY.spec().build();
        DMatrixRMaj w = good.w();
        w.data[5] = Double.NaN;
        Lesson withNan = new Lesson(good.activation(), good.headActivation(), good.inputs(), w, good.u(), good.b(), good.v(),
                good.c(), null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LessonFiles.write(file, LessonFile.of("nan", LessonSource.of(withNan))));
        assertTrue(e.getMessage().contains("W holds NaN at [1, 2]"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        IOException noFolder = assertThrows(IOException.class,
                () -> LessonFiles.write(dir.resolve("no/such/folder.json"), LessonFile.of("t", LessonSource.of(Preset.TINY.spec()))));
        assertTrue(noFolder.getMessage().contains("does not exist"), noFolder.getMessage());
        try (var files = Files.list(dir)) {
            assertEquals(List.of("keep.json"), files.map(p -> p.getFileName().toString()).toList(), "no temporary file left behind");
        }
        assertEquals(GOOD, new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
    }
    @Test
    void titleTheReaderWouldRefuseIsNotSavedAndIsRefusedWithTheReadersOwnMessage() throws IOException {
        Path file = dir.resolve("long.unroll.json");
        String title = "a".repeat(1_000_001);
        BadInputException saving = assertThrows(BadInputException.class,
                () -> LessonFiles.write(file, LessonFile.of(title, LessonSource.of(Preset.TINY.spec()))));
        assertEquals(file + ": title is longer than 1,000,000 characters; expected at most 1,000,000 characters", saving.getMessage());
        assertFalse(Files.exists(file), "nothing saved");
        Files.writeString(file, HEAD + "\"title\": \"" + title + "\", \"activation\": \"tanh\", \"headActivation\": \"linear\", "
                + SEEDED + "}");
        BadInputException reading = assertThrows(BadInputException.class, () -> LessonFiles.read(file));
        assertEquals(saving.getMessage(), reading.getMessage());
    }

    @Test
    void viewSettingsNestedDeeperThanTheReaderTakesAreNotSaved() {
        Object nested = "deepest";
        for (int i = 0; i < 31; i++) {
            nested = List.of(nested);
        }
        LessonFile deep = LessonFile.of("t", LessonSource.of(Preset.TINY.spec())).withView(ViewSettings.NONE.with("later", nested));
        Path file = dir.resolve("deep.unroll.json");
        BadInputException e = assertThrows(BadInputException.class, () -> LessonFiles.write(file, deep));
        assertEquals(file + ": nests lists and objects more than 32 deep; expected at most 32 levels", e.getMessage());
        assertFalse(Files.exists(file));
    }

    @Test
    void viewSettingsAsDeepAsTheReaderTakesAreSavedAndReadBack() throws IOException {
        Object nested = "deepest";
        for (int i = 0; i < 30; i++) {
            nested = List.of(nested);
        }
        LessonFile deep = LessonFile.of("t", LessonSource.of(Preset.TINY.spec())).withView(ViewSettings.NONE.with("later", nested));
        Path file = dir.resolve("deep.unroll.json");
        LessonFiles.write(file, deep);
        assertEquals(deep.view(), LessonFiles.read(file).view());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "empty                 | ''                                                     | is empty; expected a lesson file as Unroll saves it",
        "nested 40 deep        | '{\"a\": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}' "
                + "| nests lists and objects more than 32 deep; expected at most 32 levels",
        "NaN                   | '{\"format\": \"unroll-lesson\", \"version\": 1, \"x\": NaN}' "
                + "| holds NaN at line 1, column 51, which JSON has no number for; expected finite numbers only",
        "cut off inside a list | '{\"format\": \"unroll-lesson\", \"version\": 1, \"x\": [1, 2' "
                + "| ends before the lesson is complete at line 1, column 53: a list, an object or a text is not closed",
    })
    void parserFailuresAreToldInTheUsersWordsWithoutTheParsersNames(String what, String text, String message) {
        Path file = write(dir, "bad.unroll.json", text);
        BadInputException e = assertBad(file, () -> LessonFiles.read(file), message);
        for (String leak : List.of("`", "Source:", "REDACTED", "StreamReadConstraints", "Feature", "missing", "maximum allowed")) {
            assertFalse(e.getMessage().contains(leak), what + ": " + e.getMessage());
        }
    }

    @Test
    void commentInALessonFileIsRefusedWithoutNamingTheParsersFeatures() {
        Path file = write(dir, "bad.unroll.json", "{\"format\": \"unroll-lesson\", \"version\": 1, \"x\": [1] // why\n}");
        BadInputException e = assertBad(file, () -> LessonFiles.read(file), "is not valid JSON at line 1, column 52",
                "maybe a (non-standard) comment?");
        assertFalse(e.getMessage().contains("Feature") || e.getMessage().contains("ALLOW_"), e.getMessage());
    }

    @Test
    void objectCutOffBetweenItsEntriesIsSaidToEndEarly() {
        Path file = write(dir, "bad.unroll.json", "{\"format\": \"unroll-lesson\",");
        assertBad(file, () -> LessonFiles.read(file), "ends before the lesson is complete at line 1, column 28");
    }

    @Test
    void numberLongerThanTheParserTakesIsToldInWords() {
        Path file = write(dir, "bad.unroll.json", "{\"format\": \"unroll-lesson\", \"version\": 1, \"x\": 1" + "0".repeat(1_000) + "}");
        BadInputException e = assertBad(file, () -> LessonFiles.read(file), "has a number longer than 1,000 characters; expected numbers as Unroll writes them");
        assertFalse(e.getMessage().contains("StreamReadConstraints"), e.getMessage());
    }

    @Test
    void linksThatLeadRoundInALoopAreCalledALoopNotMissing() throws IOException {
        Path a = dir.resolve("a.unroll.json");
        Path b = dir.resolve("b.unroll.json");
        Files.createSymbolicLink(a, b.getFileName());
        Files.createSymbolicLink(b, a.getFileName());
        assertBad(a, () -> LessonFiles.read(a), "is a symbolic link that leads round in a loop of links, never to a file");
    }

    @Test
    void linkToAFileThatIsGoneNamesWhereItLeads() throws IOException {
        Path link = dir.resolve("week3.unroll.json");
        Files.createSymbolicLink(link, Path.of("moved-away.unroll.json"));
        assertBad(link, () -> LessonFiles.read(link), "is a symbolic link to " + dir.resolve("moved-away.unroll.json")
                + ", which does not exist");
    }

    @Test
    void emptyFileNameIsCalledEmptyNotAFolder() {
        BadInputException e = assertThrows(BadInputException.class, () -> LessonFiles.read(Path.of("")));
        assertEquals("'': is an empty file name; expected a lesson file as Unroll saves it", e.getMessage());
    }
}
