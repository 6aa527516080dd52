package dev.unroll.io;

import dev.unroll.rnn.Shapes;
import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;

/**
 * A 1-D or 2-D array of doubles read from a file, row-major, with the shape the file gave it. A
 * 1-D array of n values has {@code rows() == n} and {@code cols() == 1}, and prints its shape as
 * numpy does, {@code (n,)}. A writer may also hold a 0-D array, one number of shape {@code ()} (a
 * loss), with {@code rows() == cols() == 1}; the readers refuse those. Immutable: it hands out copies.
 */
public final class NdArray {

    private final int ndim;
    private final int rows;
    private final int cols;
    private final double[] data;

    private NdArray(int ndim, int rows, int cols, double[] data) {
        if (ndim < 0 || ndim > 2) {
            throw new IllegalArgumentException("an array here has 0, 1 or 2 dimensions, not " + ndim);
        }
        if (rows < 0 || cols < 0 || (long) rows * cols != data.length) {
            throw new IllegalArgumentException("shape (" + rows + ", " + cols + ") does not hold " + data.length + " values");
        }
        this.ndim = ndim;
        this.rows = rows;
        this.cols = cols;
        this.data = data;
    }

    /** A 1-D array holding {@code values} (taken, not copied: for the readers, which hand theirs over). */
    static NdArray vector(double[] values) {
        return new NdArray(1, values.length, 1, values);
    }

    /** A 0-D array, one number of shape (), as numpy saves a scalar. */
    public static NdArray scalar(double value) {
        return new NdArray(0, 1, 1, new double[] {value});
    }

    /** A 2-D array, row-major (taken, not copied). */
    static NdArray matrix(int rows, int cols, double[] rowMajor) {
        return new NdArray(2, rows, cols, rowMajor);
    }

    /** A 2-D copy of a matrix. */
    public static NdArray of(DMatrixRMaj m) {
        return new NdArray(2, m.numRows, m.numCols, Arrays.copyOf(m.data, m.numRows * m.numCols));
    }

    /** A 1-D copy of a column vector's entries. */
    public static NdArray ofColumn(DMatrixRMaj column) {
        if (column.numCols != 1) {
            throw new IllegalArgumentException("a column vector has one column, not " + column.numCols);
        }
        return vector(Arrays.copyOf(column.data, column.numRows));
    }

    /** 0 (for a scalar a writer holds), 1 or 2. */
    public int ndim() {
        return ndim;
    }

    /** The first dimension: the length of a 1-D array. */
    public int rows() {
        return rows;
    }

    /** The second dimension, 1 for a 1-D array. */
    public int cols() {
        return cols;
    }

    /** How many values the array holds. */
    public int size() {
        return data.length;
    }

    /** The value at row r, column c (c = 0 for a 1-D array). */
    public double get(int r, int c) {
        if (r < 0 || r >= rows || c < 0 || c >= cols) {
            throw new IndexOutOfBoundsException("[" + r + ", " + c + "] is outside " + shape());
        }
        return data[r * cols + c];
    }

    /** The value at {@code index} in row-major order, for writers that stream an array without copying it. */
    double flat(int index) {
        return data[index];
    }

    /** A copy of the values, row-major. */
    public double[] values() {
        return data.clone();
    }

    /** Whether this is 1-D, or 2-D with one row or one column: something that can stand for a vector. */
    public boolean isVectorLike() {
        return ndim == 1 || rows == 1 || cols == 1;
    }

    /** The shape as numpy prints it: {@code (4, 3)}, {@code (4,)} or {@code ()}. */
    public String shape() {
        return ndim == 0 ? Shapes.of() : ndim == 1 ? Shapes.of(rows) : Shapes.of(rows, cols);
    }

    /** A copy as an EJML matrix; a 1-D array becomes a column (n, 1). */
    public DMatrixRMaj toMatrix() {
        return new DMatrixRMaj(rows, cols, true, data);
    }

    /** A copy of the transpose as an EJML matrix: Keras's kernels become the seed's W, U and V. */
    public DMatrixRMaj toTransposedMatrix() {
        DMatrixRMaj t = new DMatrixRMaj(cols, rows);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                t.data[c * rows + r] = data[r * cols + c];
            }
        }
        return t;
    }

    /** The values as a column (n, 1), whatever the vector-like shape they came in. */
    DMatrixRMaj toColumn() {
        return new DMatrixRMaj(data.length, 1, true, data);
    }

    /** The row-major index of the first value that is not zero (negative zero counts as zero), or −1. */
    int firstNonZero() {
        for (int i = 0; i < data.length; i++) {
            if (data[i] != 0) {
                return i;
            }
        }
        return -1;
    }

    /** The row-major index of the first NaN or infinity, or −1 if every value is finite. */
    int firstNonFinite() {
        for (int i = 0; i < data.length; i++) {
            if (!Double.isFinite(data[i])) {
                return i;
            }
        }
        return -1;
    }

    /** What a non-finite value is called in messages. */
    static String describeNonFinite(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        return v > 0 ? "infinity" : "-infinity";
    }

    /**
     * Refuses the array if it holds a NaN or an infinity, naming the first in numpy's indexing.
     *
     * @throws BadInputException naming {@code source} and the position
     */
    NdArray requireFinite(String source) {
        return requireFinite(source, null);
    }

    /** As {@link #requireFinite(String)}, for an array that is one of several in its file, named {@code name}. */
    NdArray requireFinite(String source, String name) {
        int i = firstNonFinite();
        if (i >= 0) {
            String where = ndim == 1 ? "[" + i + "]" : "[" + i / cols + ", " + i % cols + "] (row " + i / cols
                    + ", column " + i % cols + ", counting from 0)";
            throw new BadInputException(source, (name == null ? "" : name + " holds ") + describeNonFinite(data[i])
                    + " at " + where, "finite numbers only");
        }
        return this;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NdArray a && a.ndim == ndim && a.rows == rows && a.cols == cols && Arrays.equals(a.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * ndim + rows) + cols) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "NdArray" + shape();
    }
}
