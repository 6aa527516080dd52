package dev.unroll.app;

import java.util.function.DoubleConsumer;
import javafx.animation.AnimationTimer;

/**
 * The frame timer under an animation: at each frame after the first it hands on the seconds since the
 * frame before, at most {@code longest} of them, so a long stall (a dragged window, a slow frame) does
 * not jump the animation on all at once. The animation itself is a function of what it is handed.
 */
final class FrameClock {

    private final AnimationTimer timer;

    FrameClock(double longest, DoubleConsumer tick) {
        timer = new AnimationTimer() {
            private long last;

            @Override
            public void start() {
                last = 0;
                super.start();
            }

            @Override
            public void handle(long now) {
                if (last != 0) {
                    tick.accept(Math.min(longest, (now - last) / 1e9));
                }
                last = now;
            }
        };
    }

    void start() {
        timer.start();
    }

    void stop() {
        timer.stop();
    }
}
