package dev.unroll.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where two drawings of one picture differ, for a screen that repaints only what changed between two
 * frames: a pixel can differ only where an element that covers it differs, so the bounds of the
 * elements that differ, as they were and as they are, hold every pixel that may have changed.
 */
public final class DrawingChanges {

    private DrawingChanges() {
    }

    /**
     * The areas, in drawing units, where {@code after} may paint other pixels than {@code before}, as
     * {@link ElementBounds} gives them: empty when the two paint the same. Empty (no list at all) when
     * they cannot be compared element by element: another extent or background, or another number of
     * top-level elements.
     */
    public static Optional<List<Box>> between(Drawing before, Drawing after) {
        if (before.x() != after.x() || before.y() != after.y() || before.width() != after.width()
                || before.height() != after.height() || !before.background().equals(after.background())
                || before.elements().size() != after.elements().size()) {
            return Optional.empty();
        }
        List<Box> changed = new ArrayList<>();
        compare(before.elements(), after.elements(), changed);
        return Optional.of(changed);
    }

    /** Adds the bounds of each element that differs; a group with as many children on both sides is compared child by child. */
    private static void compare(List<Element> before, List<Element> after, List<Box> changed) {
        for (int i = 0; i < before.size(); i++) {
            Element was = before.get(i);
            Element is = after.get(i);
            if (was == is || was.equals(is)) {
                continue;
            }
            if (was instanceof Element.Group g && is instanceof Element.Group h && g.children().size() == h.children().size()) {
                // a title or a mark that paints nothing may differ while every child is the same
                compare(g.children(), h.children(), changed);
            } else {
                addBounds(was, changed);
                addBounds(is, changed);
            }
        }
    }

    private static void addBounds(Element e, List<Box> changed) {
        Box b = ElementBounds.of(e);
        if (b != null) {
            changed.add(b);
        }
    }
}
