package dev.unroll.app;

import java.util.EnumSet;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * A progress bar and a Cancel button for the file work that takes long enough to watch (an animated
 * GIF of a run), shown in the status bar only while that work runs. Cancel stops the work, and the
 * work leaves the disk as it was.
 */
final class WorkProgress {

    /** The states a task ends in. */
    private static final Set<Worker.State> FINISHED = EnumSet.of(Worker.State.SUCCEEDED, Worker.State.FAILED,
            Worker.State.CANCELLED);

    private final ProgressBar bar = new ProgressBar();
    private final Button cancel = Words.label(new Button(), "button.cancel");
    private final HBox root = new HBox(6, bar, cancel);

    WorkProgress() {
        bar.setId("fileWorkProgress");
        bar.setMinWidth(60);
        cancel.setId("fileWorkCancel");
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setMinWidth(Region.USE_PREF_SIZE);
        root.setVisible(false);
        root.managedProperty().bind(root.visibleProperty());
    }

    Node root() {
        return root;
    }

    /**
     * Shows {@code task}'s progress, with Cancel cancelling it, from now until it has finished: also
     * while it still waits for the background thread, so that work queued behind other work can be
     * cancelled before it starts.
     */
    void follow(Task<?> task) {
        bar.progressProperty().bind(task.progressProperty());
        cancel.setOnAction(e -> task.cancel());
        root.visibleProperty().bind(Bindings.createBooleanBinding(() -> !FINISHED.contains(task.getState()),
                task.stateProperty()));
    }
}
