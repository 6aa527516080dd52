package dev.unroll.rnn;

import java.util.concurrent.CancellationException;

/** The loop of a forward pass h_0 → h_T, shared by a kept trace and a streamed one. */
final class ForwardPass {

    /** Roughly how many multiply–adds pass between two progress reports. */
    private static final long WORK_PER_REPORT = 1L << 22;

    /** What the forward pass hands on after each step, while the kernel's buffers hold it. */
    interface StepObserver {
        void stepped(int t, StepKernel kernel);
    }

    private ForwardPass() {
    }

    /**
     * The forward pass: each step t = 1 … T is computed from h_{t−1} and handed to {@code observer}.
     * With {@code states} every h_t is written there, row t; without, two rows take turns holding
     * h_{t−1} and h_t.
     */
    static void run(Lesson lesson, double[] states, TraceMonitor monitor, StepObserver observer) {
        Dimensions d = lesson.dimensions();
        int n = d.units();
        int steps = d.timesteps();
        double[] rows = states != null ? states : new double[2 * n];
        System.arraycopy(lesson.rawInitialState().data, 0, rows, 0, n);
        StepKernel kernel = new StepKernel(lesson);
        long workPerStep = (long) n * (n + d.inputFeatures()) + (long) d.outputSize() * n;
        long stepsPerReport = Math.max(1, WORK_PER_REPORT / workPerStep);
        for (int t = 1; t <= steps; t++) {
            // one volatile read per step is nothing next to a matrix–vector product, and a cancel takes effect at once
            if (monitor.isCancelled()) {
                throw new CancellationException("stopped at step " + t + " of " + steps);
            }
            int previous = states != null ? (t - 1) * n : ((t - 1) & 1) * n;
            kernel.compute(t, rows, previous);
            int current = states != null ? t * n : (t & 1) * n;
            System.arraycopy(kernel.h.data, 0, rows, current, n);
            observer.stepped(t, kernel);
            if (t % stepsPerReport == 0) {
                monitor.progress(t, steps);
            }
        }
        monitor.progress(steps, steps);
    }

}
