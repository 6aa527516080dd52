package dev.unroll.app;

import javafx.animation.PauseTransition;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.util.Duration;

/**
 * A soft translucent disc that follows the mouse over a surface, so that a class sees where the
 * teacher points. It lies over the surface without taking its clicks, and goes (with the cursor)
 * when the mouse leaves the surface or rests for a few seconds.
 */
final class PointerHighlight {

    /** How long the mouse may rest before the disc and the cursor go. */
    static final Duration REST = Duration.seconds(3);

    private final Circle disc = new Circle();
    private final Pane root = new Pane(disc);
    private final PauseTransition resting = new PauseTransition(REST);
    private Node surface;

    PointerHighlight() {
        root.setId("pointerHighlight");
        root.setMouseTransparent(true);
        disc.setId("pointerDisc");
        disc.getStyleClass().add("pointer-disc");
        disc.setVisible(false);
        resting.setOnFinished(e -> rested());
    }

    /** The layer to put over {@code followed}, which must be its parent's size and place. */
    Pane root() {
        return root;
    }

    /** Follows the mouse over {@code followed} (the layer's parent, or the node under it). */
    void follow(Node followed) {
        surface = followed;
        followed.addEventFilter(MouseEvent.MOUSE_MOVED, e -> moved(e.getX(), e.getY()));
        followed.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> moved(e.getX(), e.getY()));
        followed.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hide());
    }

    /** Sets the disc's radius in pixels. */
    void setRadius(double pixels) {
        disc.setRadius(pixels);
    }

    /** Whether the disc is shown. */
    boolean isShown() {
        return disc.isVisible();
    }

    /** Shows the disc centred on ({@code x}, {@code y}) of the surface, and starts counting the rest again. */
    void moved(double x, double y) {
        disc.setCenterX(x);
        disc.setCenterY(y);
        disc.setVisible(true);
        surface.setCursor(Cursor.DEFAULT);
        resting.playFromStart();
    }

    /** The mouse has rested: the disc and the cursor go until it moves. */
    void rested() {
        disc.setVisible(false);
        surface.setCursor(Cursor.NONE);
    }

    /** Hides the disc, as when the mouse leaves. */
    void hide() {
        resting.stop();
        disc.setVisible(false);
        if (surface != null) {
            surface.setCursor(Cursor.DEFAULT);
        }
    }
}
