package dev.unroll.app;

import static dev.unroll.app.WindowTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.diagram.Box;
import dev.unroll.diagram.Notation;
import dev.unroll.diagram.Part;
import dev.unroll.diagram.PartKind;
import dev.unroll.diagram.ViewKind;
import dev.unroll.rnn.Preset;
import dev.unroll.rnn.Trace;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The diagram's picture lies on tiles, and while a step plays only the tiles where the picture
 * changes are repainted: a phase change leaves every other tile as it was, the picture on screen is
 * the one a repaint of every tile gives, and anything but the phase repaints every tile.
 */
@ExtendWith(ApplicationExtension.class)
class DiagramTilesTest {

    private static final Trace SEED = Trace.run(Preset.SEED_NUMPY.spec().build());
    private static final int STEP = 40;

    private Stage stage;
    private final DiagramViewState state = new DiagramViewState();
    private DiagramView view;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** Shows the seed's example at step 40, just begun, in {@code viewKind}, in a view of 1000 × 640. */
    private void open(FxRobot robot, ViewKind viewKind) throws Exception {
        robot.interact(() -> {
            view = new DiagramView();
            view.optionsProperty().bind(state.optionsBinding());
            state.lessonChanged(SEED.timesteps(), SEED.units(), false);
            state.setView(viewKind);
            state.setPosition(STEP, 0.02);
            view.traceProperty().set(SEED);
            view.setPrefSize(1000, 640);
            stage.setScene(new Scene(new Pane(view), 1000, 640));
            stage.show();
            view.showStep(STEP);
        });
        waitUntil(() -> view.layoutProperty().get() != null && view.tiles().shown() != null);
    }

    private <T> T onFx(Callable<T> question) throws Exception {
        return WaitForAsyncUtils.asyncFx(question).get();
    }

    private void moveTo(FxRobot robot, int t, double phase) {
        robot.interact(() -> state.setPosition(t, phase));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private int wholePaints() throws Exception {
        return onFx(() -> view.tiles().wholePaints());
    }

    @Test
    void playingAStepRepaintsOnlyTheTilesOverWhatFlows(FxRobot robot) throws Exception {
        open(robot, ViewKind.UNROLLED);
        int whole = wholePaints();
        int tiles = onFx(() -> view.tiles().tilePaints());
        Box h = onFx(() -> view.canvasBoxOf(new Part(false, PartKind.H, STEP))).orElseThrow();
        Box x = onFx(() -> view.canvasBoxOf(new Part(false, PartKind.X, STEP))).orElseThrow();
        Set<Canvas> repainted = new HashSet<>();

        for (double phase = 0.05; phase < 1; phase += 0.05) {
            List<WritableImage> before = onFx(this::tileImages);
            moveTo(robot, STEP, phase);
            assertEquals(whole, wholePaints(), "phase " + phase + " of the step repainted every tile");
            List<WritableImage> after = onFx(this::tileImages);
            List<DiagramTiles.Tile> grid = onFx(() -> view.tiles().tiles());
            for (int i = 0; i < grid.size(); i++) {
                if (!samePixels(before.get(i), after.get(i))) {
                    repainted.add(grid.get(i).canvas());
                    Box area = grid.get(i).area();
                    assertTrue(area.right() > x.x() - DiagramTiles.TILE && area.x() < h.right() + DiagramTiles.TILE,
                            "at phase " + phase + " the tile at " + area + " changed, away from step " + STEP);
                }
            }
        }

        int painted = onFx(() -> view.tiles().tilePaints()) - tiles;
        int all = onFx(() -> view.tiles().tiles().size());
        assertTrue(!repainted.isEmpty() && painted >= repainted.size(), "the flowing step's tiles were repainted");
        assertTrue(painted < 19 * all / 4, "at most a quarter of the tiles a frame over 19 frames: " + painted + " of " + all);
    }

    @Test
    void thePictureOnScreenIsTheOneARepaintOfEveryTileGivesAtEveryPhaseWithAndWithoutThePinnedFoldedCell(FxRobot robot)
            throws Exception {
        for (ViewKind kind : new ViewKind[] {ViewKind.UNROLLED, ViewKind.BOTH}) {
            open(robot, kind);
            for (double phase = 0.02; phase <= 1; phase += 0.06) {
                moveTo(robot, STEP, phase);
                assertEquals(0, (int) onFx(this::pixelsUnlikeAWholeRepaint), kind + " at phase " + phase);
            }
            if (kind == ViewKind.BOTH) {
                assertTrue(onFx(() -> view.tiles().shown().split() != null), "the folded cell is pinned beside the chain");
            }
        }
    }

    @Test
    void everyTileIsRepaintedWhenTheStepViewHeadNotationSizeOrZoomChanges(FxRobot robot) throws Exception {
        open(robot, ViewKind.UNROLLED);
        Runnable[] changes = {
            () -> state.setPosition(STEP + 1, 0.1),
            () -> state.setView(ViewKind.BOTH),
            () -> state.setHead(!state.headProperty().get()),
            () -> state.setNotation(Notation.GOODFELLOW),
            () -> view.setPrefSize(900, 600),
            () -> view.zoomBy(1.25),
        };
        String[] names = {"step", "view", "head", "notation", "size", "zoom"};
        for (int i = 0; i < changes.length; i++) {
            moveTo(robot, state.tProperty().get(), 0.3);
            int before = wholePaints();
            robot.interact(changes[i]);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(before + 1, wholePaints(), "a new " + names[i] + " repaints every tile");
            assertEquals(0, (int) onFx(this::pixelsUnlikeAWholeRepaint), "after a new " + names[i]);
        }
        assertEquals(900 * 600, onFx(() -> view.tiles().tiles().stream().mapToDouble(t -> t.area().width() * t.area().height()).sum()),
                "the tiles cover the resized view");
    }

    @Test
    void aPhaseThatChangesNothingOnScreenRepaintsNoTile(FxRobot robot) throws Exception {
        open(robot, ViewKind.UNROLLED);
        robot.interact(() -> state.setHead(true));
        // with the head, the summing stage's last fifth holds still: the sum is formed and h has not begun to fill
        moveTo(robot, STEP, 0.57);
        int whole = wholePaints();
        int tiles = onFx(() -> view.tiles().tilePaints());

        moveTo(robot, STEP, 0.58);

        assertEquals(whole, wholePaints());
        assertEquals(tiles, (int) onFx(() -> view.tiles().tilePaints()));
        assertEquals(0.58, onFx(() -> view.tiles().shown().layout().options().moment().phase()),
                "the frame on screen is the new phase's");
    }

    private List<WritableImage> tileImages() {
        return view.tiles().tiles().stream().map(t -> t.canvas().snapshot(new SnapshotParameters(), null)).toList();
    }

    /**
     * How many pixels of the view on screen differ from those of a repaint of every tile with the
     * frame on screen; the tiles are repainted so, to compare.
     */
    private int pixelsUnlikeAWholeRepaint() {
        WritableImage shown = view.snapshot(new SnapshotParameters(), null);
        view.tiles().repaintAll(view.tiles().shown());
        WritableImage whole = view.snapshot(new SnapshotParameters(), null);
        int differing = 0;
        PixelReader a = shown.getPixelReader();
        PixelReader b = whole.getPixelReader();
        for (int y = 0; y < (int) shown.getHeight(); y++) {
            for (int x = 0; x < (int) shown.getWidth(); x++) {
                if (a.getArgb(x, y) != b.getArgb(x, y)) {
                    differing++;
                }
            }
        }
        return differing;
    }

    private static boolean samePixels(WritableImage a, WritableImage b) {
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (a.getPixelReader().getArgb(x, y) != b.getPixelReader().getArgb(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }
}
