package dev.unroll.app;

import static dev.unroll.app.WindowTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.about.BundledLibrary;
import dev.unroll.rnn.Preset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Help → About, opened with F1: the build's version, the running Java and JavaFX, and the generated licences. */
@ExtendWith(ApplicationExtension.class)
class AboutDialogTest {

    private final ExecutorService executor = WindowTesting.computeThread();

    @Start
    void start(Stage stage) {
        WindowTesting.show(stage, new LessonViewModel(Preset.TINY.spec(), executor), executor, new ScriptedDialogs());
    }

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    private static String openAbout(FxRobot robot) throws Exception {
        robot.type(KeyCode.F1);
        waitUntil(() -> robot.lookup("#aboutText").tryQuery().isPresent());
        return robot.lookup("#aboutText").queryAs(TextArea.class).getText();
    }

    /** The entry of the generated list for {@code artifact} ({@code groupId:artifactId}). */
    private static BundledLibrary library(String artifact) {
        return BundledLibrary.all().stream().filter(l -> l.artifact().equals(artifact)).findFirst()
                .orElseThrow(() -> new AssertionError(artifact + " is missing from the generated licences"));
    }

    @Test
    void aboutShowsThePomsVersionAndTheRunningJavaAndJavafx(FxRobot robot) throws Exception {
        String text = openAbout(robot);

        String version = System.getProperty("unroll.expected.version");
        assertNotNull(version, "the build hands the tests the POM's version");
        assertTrue(text.startsWith("Unroll " + version + "\n"), text);
        String header = robot.lookup("#aboutDialog").queryAs(DialogPane.class).getHeaderText();
        assertTrue(header.startsWith("Unroll " + version + ", built 20"), header);
        assertTrue(text.contains("\nJava " + Runtime.version() + " "), text);
        String javafx = System.getProperty("javafx.runtime.version");
        assertNotNull(javafx, "JavaFX names its version once it runs");
        assertTrue(text.contains("\nJavaFX " + javafx + "\n"), text);
    }

    @Test
    void aboutListsEjmlJavafxAndPicocliWithTheLicencesTheirPomsName(FxRobot robot) throws Exception {
        String text = openAbout(robot);

        BundledLibrary ejml = library("org.ejml:ejml-ddense");
        BundledLibrary controls = library("org.openjfx:javafx-controls");
        BundledLibrary picocli = library("info.picocli:picocli");
        assertTrue(ejml.licence().contains("Apache License"), ejml.toString());
        assertTrue(controls.licence().contains("GPL") && controls.licenceUrl().startsWith("https://"), controls.toString());
        assertTrue(picocli.licence().contains("Apache") && picocli.licenceUrl().contains("LICENSE-2.0"), picocli.toString());
        // the running JavaFX is the one the POM bundles (javafx.version is its number without the build)
        assertEquals(System.getProperty("javafx.version"), controls.version());
        for (BundledLibrary library : List.of(ejml, controls, picocli)) {
            String entry = library.name() + " " + library.version() + "  (" + library.artifact() + ")\n    "
                    + library.licence() + "\n    " + library.licenceUrl() + "\n";
            assertTrue(text.contains(entry), "no " + entry + " in\n" + text);
        }
    }

    @Test
    void copyPutsTheWholeTextOnTheClipboardAndEscapeClosesTheDialog(FxRobot robot) throws Exception {
        String text = openAbout(robot);

        robot.clickOn("#aboutCopyButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(text, WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get());
        assertTrue(robot.lookup("#aboutDialog").tryQuery().isPresent(), "Copy leaves the dialog open");

        robot.clickOn("#aboutText");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#aboutDialog").tryQuery().isEmpty());
        assertFalse(robot.lookup("#aboutText").tryQuery().isPresent());
    }
}
