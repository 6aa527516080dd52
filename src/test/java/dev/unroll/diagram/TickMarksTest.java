package dev.unroll.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TickMarksTest {

    @Test
    void everyIndexIsATickWhenThereIsRoom() {
        assertEquals(List.of(1, 2, 3, 4, 5), TickMarks.over(5, 10));
    }

    @Test
    void smallStepsCountFromOne() {
        assertEquals(List.of(1, 3, 5), TickMarks.over(5, 3));
        assertEquals(List.of(1, 4, 7, 10), TickMarks.over(10, 4));
    }

    @Test
    void largeStepsAreRoundMultiplesAfterOne() {
        assertEquals(List.of(1, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100), TickMarks.over(100, 11));
        assertEquals(List.of(1, 200_000, 400_000, 600_000, 800_000, 1_000_000), TickMarks.over(1_000_000, 6));
    }

    @Test
    void everyDecadeIsATickWhenThereIsRoom() {
        assertEquals(List.of(-9, -8, -7, -6, -5, -4, -3, -2, -1, 0), TickMarks.decades(-9, 0, 12));
    }

    @Test
    void manyDecadesAreTickedAtRoundMultiplesThatKeepTenToTheZero() {
        assertEquals(List.of(-30, -25, -20, -15, -10, -5, 0), TickMarks.decades(-32, 2, 8));
        assertEquals(List.of(-4, -2, 0, 2), TickMarks.decades(-5, 3, 5));
    }
}
