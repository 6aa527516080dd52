package dev.unroll.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.diagram.DiagramLook;
import dev.unroll.diagram.Notation;
import dev.unroll.io.LessonSource;
import dev.unroll.rnn.Activation;
import dev.unroll.rnn.Dimensions;
import dev.unroll.rnn.LessonSpec;
import dev.unroll.rnn.Preset;
import dev.unroll.io.LessonFile;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * How the Edit menu names an edit (the numbers it changed with their values, the view settings by
 * name), and which edits make one step to undo, timed by a clock the test sets.
 */
class EditHistoryTest {

    private static final LessonSpec TINY = Preset.TINY.spec();
    private static final DiagramLook LOOK = DiagramLook.DEFAULT;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    /** A history of the tiny lesson whose clock reads {@code now}, and its Undo item. */
    private record Followed(ManualExecutor executor, LessonViewModel model, EditHistory history, MenuItem undoItem) {
        void units(int units) throws Exception {
            onFx(() -> model.changeRecipe(s -> s.withDimensions(s.dimensions().withUnits(units))));
            executor.runAll();
        }

        String undoText() throws Exception {
            return onFx(undoItem::getText);
        }
    }

    private static Followed follow(AtomicLong now) throws Exception {
        ManualExecutor executor = new ManualExecutor();
        LessonViewModel model = onFx(() -> new LessonViewModel(TINY, executor));
        executor.runAll();
        EditHistory history = onFx(() -> {
            EditHistory h = new EditHistory(model, new DiagramViewState(), now::get);
            h.start();
            return h;
        });
        MenuItem undoItem = onFx(() -> history.menu().getItems().get(0));
        return new Followed(executor, model, history, undoItem);
    }

    @Test
    void editsOfOneSettingCloserThanTheBurstWindowAreOneStepAndALaterOneIsAnother() throws Exception {
        AtomicLong now = new AtomicLong(0);
        Followed f = follow(now);

        f.units(5);
        now.addAndGet(EditHistory.BURST_NANOS / 2);
        f.units(6);
        now.addAndGet(EditHistory.BURST_NANOS / 2);
        f.units(7);
        assertEquals("Undo units 4 \u2192 7", f.undoText());

        now.addAndGet(EditHistory.BURST_NANOS * 2);
        f.units(8);
        assertEquals("Undo units 7 \u2192 8", f.undoText());
        onFx(() -> {
            f.history().undo();
            return null;
        });
        f.executor().runAll();
        assertEquals("Undo units 4 \u2192 7", f.undoText());
    }

    @Test
    void aBurstThatComesBackToWhereItBeganLeavesNothingToUndo() throws Exception {
        AtomicLong now = new AtomicLong(0);
        Followed f = follow(now);

        f.units(5);
        now.addAndGet(EditHistory.BURST_NANOS / 2);
        f.units(4);

        assertEquals("Undo", f.undoText());
        assertTrue(onFx(f.undoItem()::isDisable));
    }

    @Test
    void theOldestStepsGoOnceTheLessonsTheyHoldPassTheNumbersAllowed() throws Exception {
        LessonSource explicit = LessonSource.of(TINY.build());
        long perLesson = EditHistory.valuesIn(explicit);
        ManualExecutor executor = new ManualExecutor();
        LessonViewModel model = onFx(() -> new LessonViewModel(LessonFile.of("weights", explicit), executor));
        executor.runAll();
        AtomicLong now = new AtomicLong(0);
        // room for three copies of the lesson: two steps
        EditHistory history = onFx(() -> {
            EditHistory h = new EditHistory(model, new DiagramViewState(), now::get, 3 * perLesson);
            h.start();
            return h;
        });
        MenuItem undoItem = onFx(() -> history.menu().getItems().get(0));
        for (Activation a : List.of(Activation.RELU, Activation.SIGMOID, Activation.TANH)) {
            now.addAndGet(EditHistory.BURST_NANOS * 2);
            onFx(() -> model.change(s -> s.withActivations(a, s.headActivation())));
            executor.runAll();
        }

        for (int undone = 0; undone < 2; undone++) {
            assertFalse(onFx(undoItem::isDisable), "step " + undone + " is kept");
            onFx(() -> {
                history.undo();
                return null;
            });
            executor.runAll();
        }

        assertEquals(Activation.RELU, model.getSource().activation());
        assertTrue(onFx(undoItem::isDisable), "the oldest step, tanh to relu, was forgotten");
    }

    @Test
    void aRecipeHoldsNoNumbersAndExplicitWeightsHoldEveryOne() {
        // T 5, M 3, N 4, K 2: x 15, W 12, U 16, b 4, V 8, c 2, h_0 4
        assertEquals(0, EditHistory.valuesIn(LessonSource.of(TINY)));
        assertEquals(61, EditHistory.valuesIn(LessonSource.of(TINY.build())));
    }

    private static EditHistory.Snapshot snapshot(LessonSpec spec, DiagramLook look) {
        return new EditHistory.Snapshot(LessonSource.of(spec), look);
    }

    @Test
    void aSizeIsNamedWithItsOldAndNewValue() {
        Dimensions d = TINY.dimensions();
        assertEquals("units 4 \u2192 8", EditHistory.describe(snapshot(TINY, LOOK),
                snapshot(TINY.withDimensions(d.withUnits(8)), LOOK)));
    }

    @Test
    void aViewSettingIsNamedWithoutValues() {
        DiagramLook goodfellow = new DiagramLook(LOOK.view(), LOOK.head(), Notation.GOODFELLOW, LOOK.shapes(),
                LOOK.returnSequences());
        assertEquals("notation", EditHistory.describe(snapshot(TINY, LOOK), snapshot(TINY, goodfellow)));
    }

    @Test
    void anEditOfSeveralSettingsNamesEachInOrder() {
        DiagramLook shapesToggled = new DiagramLook(LOOK.view(), LOOK.head(), LOOK.notation(), !LOOK.shapes(),
                LOOK.returnSequences());
        assertEquals("seed 0 \u2192 3, activation tanh \u2192 relu, shapes", EditHistory.describe(snapshot(TINY, LOOK),
                snapshot(TINY.withSeed(3).withActivation(Activation.RELU), shapesToggled)));
    }
}
