package dev.unroll.app;

import dev.unroll.rnn.Preset;
import java.util.concurrent.ExecutorService;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;

/**
 * A window on the tiny preset (T 5, M 3, N 4, K 2), for the window tests that start there. Registered
 * as an extension after TestFX's, it shows the window in TestFX's stage before each test and stops its
 * compute thread after it.
 */
final class TinyLessonWindow implements BeforeEachCallback, AfterEachCallback {

    private final ExecutorService executor = WindowTesting.computeThread();
    private LessonViewModel model;
    private MainWindow window;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        FxToolkit.setupStage(this::show);
    }

    /** Shows the window in {@code stage}, with dialogs that cancel whatever they are not told to answer. */
    private void show(Stage stage) {
        model = new LessonViewModel(Preset.TINY.spec(), executor);
        window = WindowTesting.show(stage, model, executor, dialogs);
    }

    LessonViewModel model() {
        return model;
    }

    /** The window's dialogs, for a test to script. */
    ScriptedDialogs dialogs() {
        return dialogs;
    }

    MainWindow window() {
        return window;
    }

    /** The window's one compute thread: a task put on it first holds back the lesson's next computation. */
    ExecutorService executor() {
        return executor;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        executor.shutdownNow();
    }
}
