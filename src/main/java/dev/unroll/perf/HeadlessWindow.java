package dev.unroll.perf;

import java.util.List;
import java.util.Map;

/**
 * The system properties that run JavaFX without a display: Monocle's headless screen and the software
 * renderer, on a screen large enough for the 1,600 × 1,000 frames. Set in this process before the
 * toolkit starts (the frame figures), or passed to a child process (the first paint).
 */
final class HeadlessWindow {

    private static final Map<String, String> PROPERTIES = Map.of("glass.platform", "Monocle",
            "monocle.platform", "Headless", "prism.order", "sw", "headless.geometry", "1920x1200-32");

    private HeadlessWindow() {
    }

    /** Sets the properties in this process; only useful before the JavaFX toolkit starts. */
    static void setInThisProcess() {
        PROPERTIES.forEach(System::setProperty);
    }

    /** The properties as {@code -Dname=value} options of a java command. */
    static List<String> jvmOptions() {
        return PROPERTIES.entrySet().stream().map(e -> "-D" + e.getKey() + "=" + e.getValue()).sorted().toList();
    }
}
