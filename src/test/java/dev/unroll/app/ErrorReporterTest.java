package dev.unroll.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ErrorReporterTest {

    /** Stands in for the dialog: keeps what it was asked to show, and closes when told. */
    private static final class RecordingDialog implements ErrorDialog {
        final List<ErrorReport> shown = new CopyOnWriteArrayList<>();
        final List<Runnable> closers = new CopyOnWriteArrayList<>();

        @Override
        public void show(ErrorReport report, Runnable whenClosed) {
            shown.add(report);
            closers.add(whenClosed);
        }
    }

    /** Keeps the reporter's log records. */
    private static final class RecordingHandler extends Handler {
        final List<LogRecord> records = new CopyOnWriteArrayList<>();

        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private final RecordingDialog dialog = new RecordingDialog();
    private final RecordingHandler log = new RecordingHandler();
    private final Logger reporterLog = Logger.getLogger(ErrorReporter.class.getName());
    private Thread.UncaughtExceptionHandler previousDefault;
    private Thread.UncaughtExceptionHandler previousFx;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @BeforeEach
    void installTheReporter() throws Exception {
        previousDefault = Thread.getDefaultUncaughtExceptionHandler();
        WaitForAsyncUtils.asyncFx(() -> previousFx = Thread.currentThread().getUncaughtExceptionHandler()).get();
        reporterLog.addHandler(log);
        reporterLog.setUseParentHandlers(false);
    }

    @AfterEach
    void putTheHandlersBack() throws Exception {
        reporterLog.removeHandler(log);
        reporterLog.setUseParentHandlers(true);
        Thread.setDefaultUncaughtExceptionHandler(previousDefault);
        WaitForAsyncUtils.asyncFx(() -> Thread.currentThread().setUncaughtExceptionHandler(previousFx)).get();
    }

    private ErrorReporter install(ErrorDialog errorDialog) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> ErrorReporter.install(errorDialog)).get();
    }

    @Test
    void anExceptionThrownInRunLaterReachesTheDialogWithItsMessageAndStackTrace() throws Exception {
        install(dialog);

        Platform.runLater(ErrorReporterTest::failToDrawTheChain);
        waitUntilShown(1);

        ErrorReport report = dialog.shown.get(0);
        assertEquals("Something went wrong: the chain has no column 7. Unroll keeps running; save your lesson under a new name if anything looks wrong.",
                report.summary());
        assertTrue(report.details().contains("java.lang.IllegalStateException: the chain has no column 7"), report.details());
        assertTrue(report.details().contains("at dev.unroll.app.ErrorReporterTest.failToDrawTheChain("), report.details());
        assertTrue(report.details().contains("thread \"JavaFX Application Thread\""), report.details());
        assertEquals("Uncaught on thread \"JavaFX Application Thread\"", log.records.get(0).getMessage());
        assertEquals("the chain has no column 7", log.records.get(0).getThrown().getMessage());
    }

    @Test
    void anExceptionOnAnotherThreadIsShownOnTheFxThread() throws Exception {
        List<Boolean> onFxThread = new CopyOnWriteArrayList<>();
        ErrorDialog checking = (report, whenClosed) -> {
            onFxThread.add(Platform.isFxApplicationThread());
            dialog.show(report, whenClosed);
        };
        install(checking);

        Thread worker = new Thread(() -> {
            throw new IllegalArgumentException("no such preset");
        }, "lesson-import");
        worker.start();
        worker.join();
        waitUntilShown(1);

        assertEquals(List.of(true), onFxThread);
        assertTrue(dialog.shown.get(0).summary().startsWith("Something went wrong: no such preset."), dialog.shown.get(0).summary());
        assertTrue(dialog.shown.get(0).details().contains("thread \"lesson-import\""), dialog.shown.get(0).details());
    }

    @Test
    void theSameErrorOnEveryFrameShowsOneDialogAndTheLogCountsTheRepeats() throws Exception {
        ErrorReporter reporter = install(dialog);

        for (int frame = 0; frame < 100; frame++) {
            Platform.runLater(ErrorReporterTest::failToDrawTheChain);
        }
        WaitForAsyncUtils.waitForFxEvents();
        waitUntilShown(1);

        assertEquals(1, dialog.shown.size());
        assertEquals(100, reporter.timesSeen(log.records.get(0).getThrown()));
        List<String> messages = new ArrayList<>();
        log.records.forEach(record -> messages.add(record.getMessage()));
        assertEquals(3, messages.size(), messages.toString());
        assertTrue(messages.get(1).endsWith(": 10 times so far"), messages.get(1));
        assertTrue(messages.get(2).endsWith(": 100 times so far"), messages.get(2));

        WaitForAsyncUtils.asyncFx(() -> dialog.closers.get(0).run()).get();
        assertEquals("Error dialog closed; the error it showed happened 100 times", log.records.get(3).getMessage());
    }

    @Test
    void aDifferentErrorWaitsUntilTheOpenDialogIsClosed() throws Exception {
        install(dialog);

        Platform.runLater(ErrorReporterTest::failToDrawTheChain);
        Platform.runLater(() -> {
            throw new ArithmeticException("spectral radius of an empty matrix");
        });
        waitUntilShown(1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, dialog.shown.size());

        WaitForAsyncUtils.asyncFx(() -> dialog.closers.get(0).run()).get();

        assertEquals(2, dialog.shown.size());
        assertTrue(dialog.shown.get(1).summary().contains("spectral radius of an empty matrix"), dialog.shown.get(1).summary());
    }

    @Test
    void theRealDialogFoldsTheDetailsAwayAndCopiesThemToTheClipboard(FxRobot robot) throws Exception {
        install(ErrorDialog.alert(() -> stage));

        Platform.runLater(ErrorReporterTest::failToDrawTheChain);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#errorDialog").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane pane = robot.lookup("#errorDialog").queryAs(DialogPane.class);
        assertEquals("Something went wrong: the chain has no column 7. Unroll keeps running; save your lesson under a new name if anything looks wrong.",
                pane.getContentText());
        TextArea details = (TextArea) pane.getExpandableContent();
        assertTrue(details.getText().contains("at dev.unroll.app.ErrorReporterTest.failToDrawTheChain("), details.getText());

        Button copy = (Button) pane.lookupButton(pane.getButtonTypes().get(0));
        assertEquals("Copy details", copy.getText());
        String copied = WaitForAsyncUtils.asyncFx(() -> {
            copy.fire();
            return Clipboard.getSystemClipboard().getString();
        }).get();
        assertEquals(details.getText(), copied);
        assertTrue(pane.getScene().getWindow().isShowing(), "copying leaves the dialog open");

        WaitForAsyncUtils.asyncFx(() -> pane.getScene().getWindow().hide()).get();
    }

    private static void failToDrawTheChain() {
        throw new IllegalStateException("the chain has no column 7");
    }

    private void waitUntilShown(int count) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialog.shown.size() >= count);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
