package dev.unroll.rnn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Both kernels of the product, the plain-Java one and the Vector API one, give the bits of the
 * textbook loop, for shapes around the vector kernel's lanes (4 or 8 doubles) and blocks (8 vectors)
 * and its last, narrower panel. The tests run with the module added (the build's test JVM adds it).
 */
class MatrixVectorProductTest {

    @ParameterizedTest
    @CsvSource({"1, 1", "3, 5", "4, 4", "5, 2", "7, 9", "31, 7", "32, 32", "33, 3", "64, 64", "65, 33", "70, 1",
            "72, 75", "96, 4", "130, 17", "200, 9"})
    void bothKernelsGiveTheBitsOfTheTextbookLoop(int rows, int columns) {
        Random random = new Random(rows * 1000L + columns);
        DMatrixRMaj m = new DMatrixRMaj(rows, columns);
        for (int k = 0; k < m.data.length; k++) {
            m.data[k] = spread(random);
        }
        // v sits after an offset in a longer array, as x_t does in the inputs
        int offset = 3;
        double[] v = new double[offset + columns + 2];
        for (int k = 0; k < v.length; k++) {
            v[k] = spread(random);
        }
        double[] expected = new double[rows];
        for (int i = 0; i < rows; i++) {
            double sum = 0;
            for (int j = 0; j < columns; j++) {
                sum += m.get(i, j) * v[offset + j];
            }
            expected[i] = sum;
        }
        double[] scalar = new double[rows];
        MatrixVectorProduct.scalar(m).multiply(v, offset, scalar);
        assertArrayEquals(expected, scalar, "plain Java");
        // the Vector API kernel's class can be loaded only where the JVM has the module
        assumeTrue(MatrixVectorProduct.vectorKernelRuns(), "this JVM was started without " + MatrixVectorProduct.VECTOR_MODULE);
        double[] vector = new double[rows];
        MatrixVectorProduct.vector(m).multiply(v, offset, vector);
        assertArrayEquals(expected, vector, "Vector API");
    }

    /** The build's test JVM adds the module, so the rest of the tests exercise the Vector API kernel. */
    @Test
    void theTestsRunTheVectorKernel() {
        assertTrue(MatrixVectorProduct.vectorKernelRuns(), "the build starts the test JVM with " + MatrixVectorProduct.VECTOR_MODULE);
        assertEquals("vector", MatrixVectorProduct.kernel().split(" ")[0]);
    }

    /**
     * Values of every sign over twenty orders of magnitude, with exact zeros of both signs, so a sum
     * taken in another order, or with a fused multiply–add, would round differently somewhere.
     */
    private static double spread(Random random) {
        int kind = random.nextInt(20);
        if (kind == 0) {
            return 0.0;
        }
        if (kind == 1) {
            return -0.0;
        }
        return (random.nextBoolean() ? 1 : -1) * Math.pow(10, -10 + 20 * random.nextDouble()) * random.nextDouble();
    }
}
