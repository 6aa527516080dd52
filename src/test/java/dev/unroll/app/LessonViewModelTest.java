package dev.unroll.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.io.LessonFile;
import dev.unroll.io.LessonFiles;
import dev.unroll.io.LessonSource;
import dev.unroll.rnn.Activation;
import dev.unroll.rnn.LessonSpec;
import dev.unroll.rnn.Preset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The lesson's view model, driven on the JavaFX thread with an executor the test runs by hand. */
class LessonViewModelTest {

    private static final LessonSpec TINY = Preset.TINY.spec();

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
        onFx(() -> model.changeRecipe(s -> withTimesteps(s, 6)));
        onFx(() -> model.changeRecipe(s -> withTimesteps(s, 7)));
        assertEquals(7, model.getRequestedSource().dimensions().timesteps());

        executor.runAll();

        assertEquals(7, model.getSource().dimensions().timesteps());
        assertEquals(7, model.getTrace().timesteps());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void cancellingPutsTheRequestedRecipeBackToTheLessonOnScreen() throws Exception {
        onFx(() -> model.changeRecipe(s -> s.withSeed(7)));
        assertTrue(model.busyProperty().get());
        assertEquals(7, ((LessonSource.Seeded) model.getRequestedSource()).spec().seed());

        onFx(() -> {
            model.cancel();
            return null;
        });
        executor.runAll();

        assertEquals(LessonSource.of(TINY), model.getRequestedSource());
        assertEquals(LessonSource.of(TINY), model.getSource());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void theSameRefusalTwiceIsRefusedTwiceAndChangesNothing() throws Exception {
        for (int i = 0; i < 2; i++) {
            boolean accepted = onFx(() -> model.changeRecipe(s -> withTimesteps(s.withDimensions(s.dimensions().withInputFeatures(64)),
                    1_000_000)));
            assertFalse(accepted);
            assertTrue(model.problemProperty().get().contains("timesteps \u00D7 input features"), model.problemProperty().get());
            assertEquals(LessonSource.of(TINY), model.getRequestedSource());
        }
        assertTrue(executor.queue.isEmpty());
    }

    @Test
    void goingBackToTheLessonOnScreenComputesNothing() throws Exception {
        onFx(() -> model.changeRecipe(s -> withTimesteps(s, 9)));
        assertEquals(1, executor.queue.size());

        onFx(() -> model.changeRecipe(s -> withTimesteps(s, 5)));

        assertFalse(model.busyProperty().get());
        assertEquals(LessonSource.of(TINY), model.getRequestedSource());
        executor.runAll();
        assertEquals(LessonSource.of(TINY), model.getSource());
        assertEquals(5, model.getTrace().timesteps());
    }

    @Test
    void weightsFromAFileRefuseASizeChangeButTakeNewActivations() throws Exception {
        LessonSource explicit = LessonSource.of(TINY.build());
        onFx(() -> {
            model.open("", explicit);
            return null;
        });
        executor.runAll();
        assertEquals(explicit, model.getSource());

        boolean accepted = onFx(() -> model.changeRecipe(s -> withTimesteps(s, 9)));

        assertFalse(accepted);
        assertTrue(model.problemProperty().get().contains("came from a file"), model.problemProperty().get());
        assertTrue(onFx(() -> model.change(s -> s.withActivations(dev.unroll.rnn.Activation.RELU, s.headActivation()))));
        executor.runAll();
        assertEquals(dev.unroll.rnn.Activation.RELU, model.getSource().activation());
        assertEquals(5, model.getTrace().timesteps());
    }

    @Test
    void askingForTheRecipeAlreadyBeingComputedQueuesNoSecondRun() throws Exception {
        onFx(() -> model.changeRecipe(s -> withTimesteps(s, 9)));
        onFx(() -> model.changeRecipe(s -> withTimesteps(s, 9)));
        assertEquals(1, executor.queue.size());
    }
    @Test
    void anEditMadeWhileALessonOpensBelongsToTheOpenedLessonNotToTheOldFile() throws Exception {
        Path mine = Path.of("mine.json");
        onFx(() -> {
            model.saved(model.getDocument().id(), mine, model.getDocument().lesson());
            model.open(Preset.SEED_NUMPY.title(), LessonSource.of(Preset.SEED_NUMPY.spec()));
            return model.change(s -> s.withActivations(Activation.RELU, s.headActivation()));
        });

        executor.runAll();

        LessonDocument shown = model.getDocument();
        assertEquals(100, shown.trace().timesteps());
        assertNull(shown.file(), "the preset's numbers must not belong to mine.json");
        assertEquals(Preset.SEED_NUMPY.title(), shown.name());
        assertEquals(Activation.RELU, shown.source().activation());
        assertTrue(shown.differsFromSaved(shown.lesson()), "the edit of the opened lesson is unsaved");
    }

    @Test
    void anEditThatLandsWhileAFileIsReadIsAskedAboutBeforeTheFileReplacesIt() throws Exception {
        Path other = Files.createTempFile("other", ".json");
        LessonFiles.write(other, LessonFile.of("Other", LessonSource.of(TINY.withSeed(7))));
        ScriptedDialogs dialogs = new ScriptedDialogs().answer(DialogService.SaveChoice.CANCEL).pick(other);
        DiagramViewState state = new DiagramViewState();
        LessonFileActions files = onFx(() -> new LessonFileActions(new FileWork(() -> null, executor, () -> dialogs), model,
                state, WindowTesting.freshPreferences()));
        onFx(() -> model.changeRecipe(s -> s.withSeed(3)));
        onFx(() -> {
            files.open();
            return null;
        });
        assertTrue(dialogs.askedToSave.isEmpty(), "nothing was unsaved when Open was chosen");

        executor.runAll();

        assertEquals(1, dialogs.askedToSave.size(), "the edit that arrived meanwhile is asked about");
        assertEquals(3, ((LessonSource.Seeded) model.getSource()).spec().seed(), "Cancel keeps it");
        Files.delete(other);
    }
}
