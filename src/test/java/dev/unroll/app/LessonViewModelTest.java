package dev.unroll.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.rnn.LessonSpec;
import dev.unroll.rnn.Preset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The lesson's view model, driven on the JavaFX thread with an executor the test runs by hand. */
class LessonViewModelTest {

    private static final LessonSpec TINY = Preset.TINY.spec();

    /** Holds submitted work until the test runs it. */
    private static final class ManualExecutor implements Executor {
        final Deque<Runnable> queue = new ArrayDeque<>();

        @Override
        public void execute(Runnable command) {
            queue.add(command);
        }

        void runAll() {
            while (!queue.isEmpty()) {
                queue.poll().run();
            }
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private ManualExecutor executor;
    private LessonViewModel model;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void openOnTheTinyLesson() throws Exception {
        executor = new ManualExecutor();
        model = onFx(() -> new LessonViewModel(TINY, executor));
        executor.runAll();
        assertNotNull(model.getTrace());
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    private static LessonSpec withTimesteps(LessonSpec s, int t) {
        return s.withDimensions(s.dimensions().withTimesteps(t));
    }

    @Test
    void aNewerChangeWinsOverAnOlderOneStillQueued() throws Exception {
        onFx(() -> model.change(s -> withTimesteps(s, 6)));
        onFx(() -> model.change(s -> withTimesteps(s, 7)));
        assertEquals(7, model.getRequestedSpec().dimensions().timesteps());

        executor.runAll();

        assertEquals(7, model.getSpec().dimensions().timesteps());
        assertEquals(7, model.getTrace().timesteps());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void cancellingPutsTheRequestedRecipeBackToTheLessonOnScreen() throws Exception {
        onFx(() -> model.change(s -> s.withSeed(7)));
        assertTrue(model.busyProperty().get());
        assertEquals(7, model.getRequestedSpec().seed());

        onFx(() -> {
            model.cancel();
            return null;
        });
        executor.runAll();

        assertEquals(TINY, model.getRequestedSpec());
        assertEquals(TINY, model.getSpec());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void theSameRefusalTwiceIsRefusedTwiceAndChangesNothing() throws Exception {
        for (int i = 0; i < 2; i++) {
            boolean accepted = onFx(() -> model.change(s -> withTimesteps(s.withDimensions(s.dimensions().withUnits(64)),
                    1_000_000)));
            assertFalse(accepted);
            assertTrue(model.problemProperty().get().contains("timesteps \u00D7 units"), model.problemProperty().get());
            assertEquals(TINY, model.getRequestedSpec());
        }
        assertTrue(executor.queue.isEmpty());
    }

    @Test
    void goingBackToTheLessonOnScreenComputesNothing() throws Exception {
        onFx(() -> model.change(s -> withTimesteps(s, 9)));
        assertEquals(1, executor.queue.size());

        onFx(() -> model.change(s -> withTimesteps(s, 5)));

        assertFalse(model.busyProperty().get());
        assertEquals(TINY, model.getRequestedSpec());
        executor.runAll();
        assertEquals(TINY, model.getSpec());
        assertEquals(5, model.getTrace().timesteps());
    }

    @Test
    void askingForTheRecipeAlreadyBeingComputedQueuesNoSecondRun() throws Exception {
        onFx(() -> model.change(s -> withTimesteps(s, 9)));
        onFx(() -> model.change(s -> withTimesteps(s, 9)));
        assertEquals(1, executor.queue.size());
    }
}
