package dev.unroll.app;

import dev.unroll.diagram.DiagramOptions;
import dev.unroll.diagram.Notation;
import dev.unroll.diagram.ViewKind;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * How the diagram is shown: view, output head, notation, shape annotations, which states leave the
 * layer, and the current timestep t in 0 … T. Read-only properties, changed through the commands.
 */
public final class DiagramViewState {

    private final ReadOnlyObjectWrapper<ViewKind> view = new ReadOnlyObjectWrapper<>(this, "view", ViewKind.BOTH);
    private final ReadOnlyBooleanWrapper head = new ReadOnlyBooleanWrapper(this, "head", true);
    private final ReadOnlyObjectWrapper<Notation> notation = new ReadOnlyObjectWrapper<>(this, "notation", Notation.KERAS);
    private final ReadOnlyBooleanWrapper shapes = new ReadOnlyBooleanWrapper(this, "shapes", false);
    private final ReadOnlyBooleanWrapper returnSequences = new ReadOnlyBooleanWrapper(this, "returnSequences", true);
    private final ReadOnlyIntegerWrapper t = new ReadOnlyIntegerWrapper(this, "t", 0);
    private final ReadOnlyIntegerWrapper timesteps = new ReadOnlyIntegerWrapper(this, "timesteps", 0);
    private final ObjectBinding<DiagramOptions> options = Bindings.createObjectBinding(
            () -> new DiagramOptions(view.get(), head.get(), notation.get(), shapes.get(), returnSequences.get(), t.get()),
            view, head, notation, shapes, returnSequences, t);

    public ReadOnlyObjectProperty<ViewKind> viewProperty() {
        return view.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty headProperty() {
        return head.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notation> notationProperty() {
        return notation.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty shapesProperty() {
        return shapes.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty returnSequencesProperty() {
        return returnSequences.getReadOnlyProperty();
    }

    /** The current timestep: 0 shows only h_0, T shows every step computed. */
    public ReadOnlyIntegerProperty tProperty() {
        return t.getReadOnlyProperty();
    }

    /** T of the lesson shown. */
    public ReadOnlyIntegerProperty timestepsProperty() {
        return timesteps.getReadOnlyProperty();
    }

    /** All of the above as one value, for the layout. */
    public ObjectBinding<DiagramOptions> optionsBinding() {
        return options;
    }

    public DiagramOptions options() {
        return options.get();
    }

    public void setView(ViewKind v) {
        view.set(v);
    }

    public void setHead(boolean on) {
        head.set(on);
    }

    public void setNotation(Notation n) {
        notation.set(n);
    }

    public void setShapes(boolean on) {
        shapes.set(on);
    }

    public void setReturnSequences(boolean all) {
        returnSequences.set(all);
    }

    /** Moves to step {@code step}, clamped to 0 … T. */
    public void setT(int step) {
        t.set(Math.max(0, Math.min(timesteps.get(), step)));
    }

    /**
     * Follows a new lesson with T timesteps. A fresh lesson shows every step; the same lesson
     * recomputed keeps the current step where it still exists.
     */
    public void lessonChanged(int newTimesteps, boolean sameLength) {
        boolean wasAtEnd = t.get() == timesteps.get();
        timesteps.set(newTimesteps);
        t.set(!sameLength || wasAtEnd ? newTimesteps : Math.min(t.get(), newTimesteps));
    }
}
