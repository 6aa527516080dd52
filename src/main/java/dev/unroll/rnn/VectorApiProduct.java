package dev.unroll.rnn;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;
import org.ejml.data.DMatrixRMaj;

/**
 * {@link MatrixVectorProduct}'s kernel on the Vector API, loaded only in a JVM that has the module.
 *
 * <p>It takes the outputs a block at a time, eight vectors of them, and keeps the block's eight sums
 * in registers for the whole pass over j: v_j is read once a block and broadcast, and the output is
 * written once. M is packed in panels, one a block, each holding the block's part of column 0, then
 * of column 1, and so on, so a pass reads one contiguous run of memory, which the loads' bounds checks
 * can be hoisted out of and the prefetcher follows. Each lane's sum is {@code acc + M_ij·v_j}, a
 * multiplication then an addition, in the order of j, from 0: the bits of the plain-Java kernel.
 * The outputs past the last whole block form a last, narrower panel, taken a vector at a time and
 * then one output at a time, in the same order.
 */
final class VectorApiProduct {

    /** The widest vector of doubles this machine computes with. */
    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();
    /** Eight sums and the broadcast v_j fit AVX2's sixteen vector registers with room for the loads. */
    private static final int BLOCK = 8 * LANES;

    private VectorApiProduct() {
    }

    static int lanes() {
        return LANES;
    }

    /**
     * M (N, L) in panels: the panel of outputs s … s + w − 1 (w = {@link #BLOCK}, or fewer for the
     * last) starts at s·L and holds M_ij at s·L + j·w + (i − s).
     */
    static double[] pack(DMatrixRMaj m) {
        int width = m.numRows;
        int length = m.numCols;
        double[] packed = new double[width * length];
        for (int start = 0; start < width; start += BLOCK) {
            int panelWidth = Math.min(BLOCK, width - start);
            for (int i = start; i < start + panelWidth; i++) {
                for (int j = 0; j < length; j++) {
                    packed[start * length + j * panelWidth + (i - start)] = m.data[i * length + j];
                }
            }
        }
        return packed;
    }

    /** out = M·v[vOffset …] for M packed by {@link #pack} with {@code length} columns. */
    static void multiply(double[] packed, int length, double[] v, int vOffset, double[] out) {
        int width = out.length;
        int start = 0;
        for (; start + BLOCK <= width; start += BLOCK) {
            multiplyBlock(packed, start * length, length, v, vOffset, out, start);
        }
        int rest = width - start;
        int base = start * length;
        int k = 0;
        for (; k + LANES <= rest; k += LANES) {
            DoubleVector sum = DoubleVector.zero(SPECIES);
            for (int j = 0; j < length; j++) {
                DoubleVector vj = DoubleVector.broadcast(SPECIES, v[vOffset + j]);
                sum = sum.add(DoubleVector.fromArray(SPECIES, packed, base + j * rest + k).mul(vj));
            }
            sum.intoArray(out, start + k);
        }
        for (; k < rest; k++) {
            double sum = 0;
            for (int j = 0; j < length; j++) {
                sum = sum + packed[base + j * rest + k] * v[vOffset + j];
            }
            out[start + k] = sum;
        }
    }

    /** The block of outputs from {@code start}, its panel at {@code base}: eight sums held across the pass over j. */
    private static void multiplyBlock(double[] packed, int base, int length, double[] v, int vOffset, double[] out,
                                      int start) {
        DoubleVector s0 = DoubleVector.zero(SPECIES);
        DoubleVector s1 = s0;
        DoubleVector s2 = s0;
        DoubleVector s3 = s0;
        DoubleVector s4 = s0;
        DoubleVector s5 = s0;
        DoubleVector s6 = s0;
        DoubleVector s7 = s0;
        for (int j = 0; j < length; j++) {
            int at = base + j * BLOCK;
            DoubleVector vj = DoubleVector.broadcast(SPECIES, v[vOffset + j]);
            s0 = s0.add(DoubleVector.fromArray(SPECIES, packed, at).mul(vj));
            s1 = s1.add(DoubleVector.fromArray(SPECIES, packed, at + LANES).mul(vj));
            s2 = s2.add(DoubleVector.fromArray(SPECIES, packed, at + 2 * LANES).mul(vj));
            s3 = s3.add(DoubleVector.fromArray(SPECIES, packed, at + 3 * LANES).mul(vj));
            s4 = s4.add(DoubleVector.fromArray(SPECIES, packed, at + 4 * LANES).mul(vj));
            s5 = s5.add(DoubleVector.fromArray(SPECIES, packed, at + 5 * LANES).mul(vj));
            s6 = s6.add(DoubleVector.fromArray(SPECIES, packed, at + 6 * LANES).mul(vj));
            s7 = s7.add(DoubleVector.fromArray(SPECIES, packed, at + 7 * LANES).mul(vj));
        }
        s0.intoArray(out, start);
        s1.intoArray(out, start + LANES);
        s2.intoArray(out, start + 2 * LANES);
        s3.intoArray(out, start + 3 * LANES);
        s4.intoArray(out, start + 4 * LANES);
        s5.intoArray(out, start + 5 * LANES);
        s6.intoArray(out, start + 6 * LANES);
        s7.intoArray(out, start + 7 * LANES);
    }
}
