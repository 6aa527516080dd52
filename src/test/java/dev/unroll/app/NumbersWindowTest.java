package dev.unroll.app;

import static dev.unroll.app.WindowTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.io.CsvMatrixReader;
import dev.unroll.io.LessonFiles;
import dev.unroll.io.LessonSource;
import dev.unroll.io.NdArray;
import dev.unroll.io.NpzReader;
import dev.unroll.rnn.Lesson;
import dev.unroll.rnn.Trace;
import dev.unroll.rnn.ValueKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A lesson's numbers in and out of the window: File → Export numbers as numpy and Keras read them,
 * a copy of a seeded lesson that keeps its numbers, weights imported from several files at once, and the
 * Model tab naming where the numbers came from, with the files chosen by the test.
 */
@ExtendWith(ApplicationExtension.class)
class NumbersWindowTest {

    @RegisterExtension
    final TinyLessonWindow tiny = new TinyLessonWindow();

    @TempDir
    Path folder;

    private Lesson shownLesson() throws Exception {
        waitUntil(() -> tiny.model().getTrace() != null);
        return tiny.model().getTrace().lesson();
    }

    /** Ctrl+Shift+E, then {@code format} and {@code names} chosen in the dialog as a user would, then OK. */
    private static void exportNumbers(FxRobot robot, String format, String names) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.E).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#numbersFormat").tryQuery().isPresent());
        choose(robot, "#numbersFormat", format);
        choose(robot, "#numbersNames", names);
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> "OK".equals(b.getText())).queryAs(Button.class));
        waitUntil(() -> robot.lookup("#numbersFormat").tryQuery().isEmpty());
    }

    private static void choose(FxRobot robot, String box, String entry) {
        if (!entry.equals(robot.lookup(box).queryAs(ChoiceBox.class).getConverter()
                .toString(robot.lookup(box).queryAs(ChoiceBox.class).getValue()))) {
            robot.clickOn(box);
            robot.clickOn(robot.lookup(".menu-item .label").match((Label l) -> entry.equals(l.getText())).queryAs(Label.class));
        }
    }

    /** {@code expected}'s doubles, bit for bit, in {@code actual}, row-major, with the same shape. */
    private static void assertSameBits(DMatrixRMaj expected, NdArray actual, String shape) {
        assertEquals(shape, actual.shape());
        double[] values = Arrays.copyOf(expected.data, expected.numRows * expected.numCols);
        assertArrayEquals(bits(values), bits(actual.values()));
    }

    private static DMatrixRMaj transposed(DMatrixRMaj m) {
        return org.ejml.dense.row.CommonOps_DDRM.transpose(m, null);
    }

    @Test
    void exportedNumbersReadBackFromTheNpzBitForBit(FxRobot robot) throws Exception {
        Lesson lesson = shownLesson();
        Path npz = folder.resolve("tiny-numbers.npz");
        // the name without its extension: the format adds it
        tiny.dialogs().pick(folder.resolve("tiny-numbers"));

        exportNumbers(robot, "one .npz file (np.load)", "Unroll's: W, U, b, V, c, x, h0");

        waitUntil(() -> Files.exists(npz));
        Map<String, NdArray> read = NpzReader.read(npz);
        assertEquals(List.of("W", "U", "b", "V", "c", "x", "h0"), List.copyOf(read.keySet()));
        // the tiny lesson: T 5, M 3, N 4, K 2
        assertSameBits(lesson.w(), read.get("W"), "(4, 3)");
        assertSameBits(lesson.u(), read.get("U"), "(4, 4)");
        assertSameBits(lesson.b(), read.get("b"), "(4,)");
        assertSameBits(lesson.v(), read.get("V"), "(2, 4)");
        assertSameBits(lesson.c(), read.get("c"), "(2,)");
        assertSameBits(lesson.inputs(), read.get("x"), "(5, 3)");
        assertArrayEquals(new double[4], read.get("h0").values());
        assertEquals(List.of("Export numbers as .npz"), tiny.dialogs().fileDialogs);
        assertEquals(List.of(), tiny.dialogs().failures);
    }

    @Test
    void numbersExportedUnderKerasNamesFillAFolderOfCsvFilesWithTheKernelsTurnedAround(FxRobot robot) throws Exception {
        Lesson lesson = shownLesson();
        tiny.dialogs().pick(folder);

        exportNumbers(robot, "a folder of CSV files, one per array", "Keras's: kernel = W\u1D40, recurrent_kernel = U\u1D40, bias, \u2026");

        waitUntil(() -> Files.exists(folder.resolve("x.csv")));
        try (var files = Files.list(folder)) {
            assertEquals(List.of("bias.csv", "dense_bias.csv", "dense_kernel.csv", "kernel.csv", "recurrent_kernel.csv", "x.csv"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertSameBits(transposed(lesson.w()), CsvMatrixReader.read(folder.resolve("kernel.csv")), "(3, 4)");
        assertSameBits(transposed(lesson.u()), CsvMatrixReader.read(folder.resolve("recurrent_kernel.csv")), "(4, 4)");
        assertSameBits(transposed(lesson.v()), CsvMatrixReader.read(folder.resolve("dense_kernel.csv")), "(4, 2)");
        assertSameBits(lesson.inputs(), CsvMatrixReader.read(folder.resolve("x.csv")), "(5, 3)");
        assertEquals(List.of("Export numbers as CSV files into a folder"), tiny.dialogs().fileDialogs);
    }

    @Test
    void csvFilesAlreadyInTheFolderAreReplacedOnlyWhenTheUserAgrees(FxRobot robot) throws Exception {
        Lesson lesson = shownLesson();
        Files.writeString(folder.resolve("W.csv"), "# the user's own W\n1,2,3\n");
        Files.writeString(folder.resolve("notes.txt"), "kept");
        String unroll = "Unroll's: W, U, b, V, c, x, h0";
        tiny.dialogs().pick(folder);

        exportNumbers(robot, "a folder of CSV files, one per array", unroll);

        waitUntil(() -> !tiny.dialogs().replaceQuestions.isEmpty());
        assertEquals(List.of(folder.getFileName() + ": W.csv"), tiny.dialogs().replaceQuestions);
        assertEquals("# the user's own W\n1,2,3\n", Files.readString(folder.resolve("W.csv")), "refused: W.csv kept");
        assertFalse(Files.exists(folder.resolve("U.csv")), "refused: nothing written");

        tiny.dialogs().replace(true).pick(folder);
        exportNumbers(robot, "a folder of CSV files, one per array", unroll);

        waitUntil(() -> Files.exists(folder.resolve("h0.csv")));
        assertSameBits(lesson.w(), CsvMatrixReader.read(folder.resolve("W.csv")), "(4, 3)");
        assertEquals("kept", Files.readString(folder.resolve("notes.txt")));
    }

    @Test
    void aCopyWithNumbersOverTheLessonsOwnFileIsRefusedAndTheFileKept(FxRobot robot) throws Exception {
        shownLesson();
        Path own = folder.resolve("tiny.unroll.json");
        tiny.dialogs().pick(own);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.S).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> Files.exists(own) && own.equals(tiny.model().getDocument().file()));
        String saved = Files.readString(own);

        tiny.dialogs().pick(own);
        robot.press(KeyCode.CONTROL, KeyCode.ALT).type(KeyCode.S).release(KeyCode.ALT, KeyCode.CONTROL);

        waitUntil(() -> !tiny.dialogs().failures.isEmpty());
        assertEquals(List.of("save tiny.unroll.json: tiny.unroll.json is this lesson's own file; expected another name for "
                + "the copy (File \u2192 Save writes the lesson itself)"), tiny.dialogs().failures);
        assertEquals(saved, Files.readString(own));
    }

    @Test
    void exportingNumbersIntoAMissingFolderShowsOneFailureAndWritesNothing(FxRobot robot) throws Exception {
        shownLesson();
        Path nowhere = folder.resolve("no-such-folder").resolve("numbers.npz");
        tiny.dialogs().pick(nowhere);

        exportNumbers(robot, "one .npz file (np.load)", "Unroll's: W, U, b, V, c, x, h0");

        waitUntil(() -> !tiny.dialogs().failures.isEmpty());
        assertEquals(List.of("export numbers.npz: cannot write " + nowhere + ": the folder " + nowhere.getParent()
                + " does not exist; expected " + dev.unroll.files.FailedWrite.MISSING_FOLDER), tiny.dialogs().failures);
        assertFalse(Files.exists(nowhere.getParent()));
        try (var files = Files.list(folder)) {
            assertEquals(List.of(), files.toList());
        }
    }

    @Test
    void aCopySavedWithNumbersOpensAsExplicitNumbersWithTheSameTraceBitForBit(FxRobot robot) throws Exception {
        shownLesson();
        Trace seeded = tiny.model().getTrace();
        Path copy = folder.resolve("tiny-with-numbers.json");
        tiny.dialogs().pick(copy);

        robot.press(KeyCode.CONTROL, KeyCode.ALT).type(KeyCode.S).release(KeyCode.ALT, KeyCode.CONTROL);

        waitUntil(() -> Files.exists(copy));
        assertInstanceOf(LessonSource.Explicit.class, LessonFiles.read(copy).source());
        assertInstanceOf(LessonSource.Seeded.class, tiny.model().getSource(), "the lesson on screen keeps its recipe");
        assertEquals(List.of("Save a copy with its numbers"), tiny.dialogs().fileDialogs);

        tiny.dialogs().pick(copy);
        robot.press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);

        waitUntil(() -> tiny.model().getSource() instanceof LessonSource.Explicit);
        Trace opened = tiny.model().getTrace();
        assertEquals(5, opened.timesteps());
        for (int t = 0; t <= 5; t++) {
            assertArrayEquals(bits(seeded.state(t)), bits(opened.state(t)), "h_" + t);
        }
        for (int t = 1; t <= 5; t++) {
            assertArrayEquals(bits(seeded.values(ValueKind.Y, t)), bits(opened.values(ValueKind.Y, t)), "y_" + t);
        }
        assertEquals(List.of(), tiny.dialogs().failures);
    }

    private static long[] bits(double[] values) {
        return Arrays.stream(values).mapToLong(Double::doubleToRawLongBits).toArray();
    }

    @Test
    void weightFilesPickedTogetherImportUnderTheirFileNames(FxRobot robot) throws Exception {
        shownLesson();
        tiny.dialogs().pickMany(fixture("W.csv"), fixture("U.csv"), fixture("b.csv"), fixture("x.txt"));

        robot.press(KeyCode.CONTROL).type(KeyCode.I).release(KeyCode.CONTROL);

        waitUntil(() -> tiny.model().getSource() instanceof LessonSource.Explicit);
        Lesson lesson = tiny.model().getTrace().lesson();
        // W.csv's first and last rows, and x.txt's first, as written there
        assertArrayEquals(new double[] {0.37993703120127886, -0.22591353800777536, -0.085764980918948686},
                Arrays.copyOfRange(lesson.w().data, 0, 3));
        assertArrayEquals(new double[] {-0.24641179422621251, -0.17243605231126591, -0.35583569934657955},
                Arrays.copyOfRange(lesson.w().data, 9, 12));
        assertArrayEquals(new double[] {0.44122748688504143, -0.33087015189408764, 2.4307711870077799},
                Arrays.copyOfRange(lesson.inputs().data, 0, 3));
        assertEquals("Unroll \u2014 Weights from W.csv, U.csv, b.csv and x.txt", ((javafx.stage.Stage) robot.window(0)).getTitle());
        assertEquals(List.of("Import weights"), tiny.dialogs().fileDialogs);
        assertEquals(List.of(), tiny.dialogs().failures);
    }

    @Test
    void theModelTabShowsASeededLessonsSeedAndImportedWeightsFiles(FxRobot robot) throws Exception {
        shownLesson();
        robot.clickOn("#modelTab");
        // the tiny preset: seed 0, with Keras's initialisation
        assertEquals("0", robot.lookup("#seedSpinner").queryAs(javafx.scene.control.Spinner.class).getEditor().getText());
        javafx.scene.control.ComboBox<?> init = robot.lookup("#initBox").queryAs(javafx.scene.control.ComboBox.class);
        assertEquals("keras", shown(init));
        assertTrue(robot.lookup("#seedSpinner").query().isVisible());
        assertFalse(robot.lookup("#numbersFromLabel").query().isVisible());

        tiny.dialogs().pick(Path.of(NumbersWindowTest.class.getResource("/fixtures/io/unroll_names.npz").toURI()));
        robot.press(KeyCode.CONTROL).type(KeyCode.I).release(KeyCode.CONTROL);
        waitUntil(() -> tiny.model().getSource() instanceof LessonSource.Explicit);

        Label from = robot.lookup("#numbersFromLabel").queryAs(Label.class);
        assertEquals("Numbers from unroll_names.npz", from.getText());
        assertTrue(from.isVisible());
        assertFalse(robot.lookup("#seedSpinner").query().isVisible(), "weights from a file have no seed");
        assertFalse(robot.lookup("#initBox").query().isVisible(), "nor an initialisation");
    }

    /** The text a drop-down shows for its value. */
    private static <T> String shown(javafx.scene.control.ComboBox<T> box) {
        return box.getConverter().toString(box.getValue());
    }

    private static Path fixture(String name) throws Exception {
        return Path.of(NumbersWindowTest.class.getResource("/fixtures/io/csv/" + name).toURI());
    }
}
