package dev.unroll.io;

import java.util.Arrays;

/**
 * Values read so far, in an array that doubles as they arrive but never past a cap, so that memory
 * follows the values that actually arrive rather than what a file claims, and never exceeds what
 * the caller has already allowed.
 */
final class GrowingDoubles {
    private final long cap;
    private double[] data;
    private int size;

    /**
     * @param initial the first array's length
     * @param cap     the longest the array may grow; callers check their own limit first, so a
     *                request past it never arrives
     */
    GrowingDoubles(int initial, long cap) {
        this.cap = cap;
        this.data = new double[initial];
    }

    /** Whether the next value needs a larger array: the moment a long read is worth checking for cancellation. */
    boolean full() {
        return size == data.length;
    }

    /** Makes room for {@code more} values, doubling the array where that is under the cap. */
    void reserve(int more) {
        long needed = (long) size + more;
        if (needed > data.length) {
            data = Arrays.copyOf(data, (int) Math.min(cap, Math.max(2L * data.length, needed)));
        }
    }

    void add(double value) {
        reserve(1);
        data[size++] = value;
    }

    int size() {
        return size;
    }

    /** The values; the array itself when it is exactly full, since inputs of the limit's size often fill it. */
    double[] toArray() {
        return size == data.length ? data : Arrays.copyOf(data, size);
    }
}
