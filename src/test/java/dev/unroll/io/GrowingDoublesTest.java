package dev.unroll.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** The importers' shared growing buffer: it doubles up to its cap and hands back exactly what was added. */
class GrowingDoublesTest {

    @Test
    void growsPastItsFirstLengthAndTrimsToWhatWasAdded() {
        GrowingDoubles values = new GrowingDoubles(2, 100);
        for (int i = 0; i < 5; i++) {
            values.add(i);
        }
        assertEquals(5, values.size());
        assertArrayEquals(new double[] {0, 1, 2, 3, 4}, values.toArray());
    }

    @Test
    void neverGrowsPastItsCapSoAnExactlyFullArrayIsHandedBackUncopied() {
        GrowingDoubles values = new GrowingDoubles(2, 3);
        values.reserve(3);
        for (int i = 0; i < 3; i++) {
            values.add(i);
        }
        double[] array = values.toArray();
        assertEquals(3, array.length);
        assertSame(array, values.toArray());
    }
}
