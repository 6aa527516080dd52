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
        double[] rows = states != null ? states : new double[2 * n];
        System.arraycopy(lesson.rawInitialState().data, 0, rows, 0, n);
        run(lesson, 1, d.timesteps(), rows, states == null, monitor, observer);
    }

    /**
     * Steps t = {@code first} … {@code last}, from h_{first−1} in row 0 of {@code rows}: h_t is written
     * to row t − first + 1, or, {@code rolling}, the two rows of {@code rows} take turns. A whole run
     * starts from h_0; a checkpointed trace recomputes a segment from its checkpoint the same way.
     */
    static void run(Lesson lesson, int first, int last, double[] rows, boolean rolling, TraceMonitor monitor,
                    StepObserver observer) {
        Dimensions d = lesson.dimensions();
        int n = d.units();
        int steps = last - first + 1;
        StepKernel kernel = new StepKernel(lesson);
        long workPerStep = (long) n * (n + d.inputFeatures()) + (long) d.outputSize() * n;
        long stepsPerReport = Math.max(1, WORK_PER_REPORT / workPerStep);
        for (int done = 1; done <= steps; done++) {
            int t = first + done - 1;
            // one volatile read per step is nothing next to a matrix–vector product, and a cancel takes effect at once
            if (monitor.isCancelled()) {
                throw new CancellationException("stopped at step " + t + " of " + last);
            }
            int previous = (rolling ? (done - 1) & 1 : done - 1) * n;
            kernel.compute(t, rows, previous);
            int current = (rolling ? done & 1 : done) * n;
            System.arraycopy(kernel.h.data, 0, rows, current, n);
            observer.stepped(t, kernel);
            if (done % stepsPerReport == 0) {
                monitor.progress(done, steps);
            }
        }
        monitor.progress(steps, steps);
    }
}
