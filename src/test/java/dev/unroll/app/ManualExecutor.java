package dev.unroll.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;
import org.testfx.util.WaitForAsyncUtils;

/** An executor that holds submitted work until the test runs it, then lets the FX thread catch up. */
final class ManualExecutor implements Executor {

    final Deque<Runnable> queue = new ArrayDeque<>();

    @Override
    public void execute(Runnable command) {
        queue.add(command);
    }

    /** Runs everything submitted, including what the work submits in turn. */
    void runAll() {
        while (!queue.isEmpty()) {
            queue.poll().run();
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
