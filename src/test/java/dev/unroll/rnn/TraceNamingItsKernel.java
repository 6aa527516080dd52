package dev.unroll.rnn;

import dev.unroll.Main;

/**
 * The command line, run in a child JVM by {@link StepKernelTest}, after a first line that names the
 * kernel this JVM chose, so the test knows which kernel gave the numbers it compares.
 */
final class TraceNamingItsKernel {

    private TraceNamingItsKernel() {
    }

    public static void main(String[] args) {
        System.out.println("kernel " + MatrixVectorProduct.kernel());
        System.out.flush();
        Main.main(args);
    }
}
