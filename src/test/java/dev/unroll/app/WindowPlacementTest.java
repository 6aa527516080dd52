package dev.unroll.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unroll.app.WindowPlacement.Bounds;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 768);
    private static final Rectangle2D FULL_HD = new Rectangle2D(0, 0, 1920, 1080);
    private static final Rectangle2D PROJECTOR = new Rectangle2D(0, 0, 1024, 768);

    @Test
    void aFreshProfileOnALaptopGetsTheFullComfortableHeightAnd85PercentOfTheWidthCentred() {
        // 0.85 · 1366 = 1161.1; 0.85 · 768 = 652.8 is below the comfortable 700
        assertEquals(new Bounds(102, 34, 1161, 700, false), WindowPlacement.placement(Optional.empty(), List.of(LAPTOP)));
    }

    @Test
    void aFreshProfileOnAFullHdScreenGets85PercentCentred() {
        // 0.85 · 1920 = 1632, 0.85 · 1080 = 918
        assertEquals(new Bounds(144, 81, 1632, 918, false), WindowPlacement.placement(Optional.empty(), List.of(FULL_HD)));
    }

    @Test
    void aFreshProfileOnA1024By768ProjectorTakesTheWholeWidth() {
        assertEquals(new Bounds(0, 34, 1024, 700, false), WindowPlacement.placement(Optional.empty(), List.of(PROJECTOR)));
    }

    @Test
    void aScreenSmallerThanTheComfortableSizeIsFilled() {
        Rectangle2D tiny = new Rectangle2D(0, 0, 800, 600);
        assertEquals(new Bounds(0, 0, 800, 600, false), WindowPlacement.placement(Optional.empty(), List.of(tiny)));
    }

    @Test
    void theFirstWindowIsCentredInTheFreeAreaBesideATaskBar() {
        Rectangle2D besideAPanel = new Rectangle2D(0, 32, 1920, 1048);
        // 0.85 · 1048 = 890.8 → 890; (1048 − 890) / 2 = 79 below the panel
        assertEquals(new Bounds(144, 111, 1632, 890, false), WindowPlacement.placement(Optional.empty(), List.of(besideAPanel)));
    }

    @Test
    void aSavedPlaceThatFitsAScreenIsRestored() {
        Bounds saved = new Bounds(40, 20, 1200, 700, false);
        assertEquals(saved, WindowPlacement.placement(Optional.of(saved), List.of(LAPTOP)));
    }

    @Test
    void aSavedPlaceOnASecondScreenIsRestoredThere() {
        Rectangle2D right = new Rectangle2D(1366, 0, 1920, 1080);
        Bounds saved = new Bounds(1500, 100, 1400, 900, false);
        assertEquals(saved, WindowPlacement.placement(Optional.of(saved), List.of(LAPTOP, right)));
    }

    @Test
    void aSavedPlaceOnAScreenThatIsGoneFallsBackToTheFirstStartOnThePrimaryScreen() {
        Bounds onTheUnpluggedMonitor = new Bounds(1500, 100, 1400, 900, false);
        assertEquals(new Bounds(102, 34, 1161, 700, false),
                WindowPlacement.placement(Optional.of(onTheUnpluggedMonitor), List.of(LAPTOP)));
    }

    @Test
    void aSavedSizeLargerThanTheScreenFallsBackToTheFirstStart() {
        Bounds fromABiggerScreen = new Bounds(0, 0, 1360, 820, false);
        assertEquals(new Bounds(102, 34, 1161, 700, false),
                WindowPlacement.placement(Optional.of(fromABiggerScreen), List.of(LAPTOP)));
    }

    @Test
    void aFrameOverhangingTheScreenEdgeByAFewPixelsStillCountsAsOnIt() {
        Bounds flushLeft = new Bounds(-2, -1, 1000, 700, false);
        assertEquals(flushLeft, WindowPlacement.placement(Optional.of(flushLeft), List.of(LAPTOP)));
    }

    @Test
    void aTinySavedSizeLeftByAShrunkWindowIsNotRestored() {
        Bounds shrunkToGtksDefault = new Bounds(5, 51, 202, 225, false);
        assertEquals(new Bounds(144, 81, 1632, 918, false),
                WindowPlacement.placement(Optional.of(shrunkToGtksDefault), List.of(FULL_HD)));
    }

    @Test
    void aMaximisedWindowIsMaximisedAgainWithItsSavedBounds() {
        Bounds saved = new Bounds(100, 50, 1200, 800, true);
        assertEquals(saved, WindowPlacement.placement(Optional.of(saved), List.of(FULL_HD)));
    }

    @Test
    void aMaximisedWindowWhoseBoundsNoLongerFitIsMaximisedOverTheFirstStartBounds() {
        Bounds saved = new Bounds(1500, 100, 1400, 900, true);
        assertEquals(new Bounds(102, 34, 1161, 700, true), WindowPlacement.placement(Optional.of(saved), List.of(LAPTOP)));
    }
}
