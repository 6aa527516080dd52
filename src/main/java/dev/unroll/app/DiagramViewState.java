package dev.unroll.app;

import dev.unroll.diagram.BackwardStage;
import dev.unroll.diagram.DiagramLook;
import dev.unroll.diagram.DiagramOptions;
import dev.unroll.diagram.Highlight;
import dev.unroll.diagram.Interaction;
import dev.unroll.diagram.Moment;
import dev.unroll.diagram.Notation;
import dev.unroll.diagram.Part;
import dev.unroll.diagram.PartKind;
import dev.unroll.diagram.Stage;
import dev.unroll.diagram.ViewKind;
import dev.unroll.settings.StoredView;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.value.ObservableValue;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * How the diagram is shown: view, output head, notation, shape annotations, which states leave the
 * layer, the current timestep t in 0 … T and how far its step has flowed, reduced motion, what a
 * glossary term points at, and the selection. Read-only properties, changed through the commands.
 * Animation is {@link #advance(double)}: a clock calls it, a test calls it directly.
 * <p>
 * In the {@linkplain #backwardProperty() backward mode} the forward pass stands complete and the same
 * commands move the gradient back along the chain: t runs from T down to 1, each step's phase through
 * the {@link dev.unroll.diagram.BackwardStage stages} of its backward step. Positions then lie on one
 * line from 0 (nothing flowed back: t = T, phase 0) to T (every step done: t = 1, phase 1), at
 * T − t + phase.
 */
public final class DiagramViewState {

    /** How far through the sum stage a step waits for the quiz's answer: past the filling of a_t's cells. */
    private static final double QUESTION_FRACTION = 0.9;

    private final ReadOnlyObjectWrapper<ViewKind> view = new ReadOnlyObjectWrapper<>(this, "view", DiagramLook.DEFAULT.view());
    private final ReadOnlyBooleanWrapper head = new ReadOnlyBooleanWrapper(this, "head", DiagramLook.DEFAULT.head());
    private final ReadOnlyObjectWrapper<Notation> notation =
            new ReadOnlyObjectWrapper<>(this, "notation", DiagramLook.DEFAULT.notation());
    private final ReadOnlyBooleanWrapper shapes = new ReadOnlyBooleanWrapper(this, "shapes", DiagramLook.DEFAULT.shapes());
    private final ReadOnlyBooleanWrapper returnSequences =
            new ReadOnlyBooleanWrapper(this, "returnSequences", DiagramLook.DEFAULT.returnSequences());
    private final ReadOnlyIntegerWrapper t = new ReadOnlyIntegerWrapper(this, "t", 0);
    private final ReadOnlyIntegerWrapper timesteps = new ReadOnlyIntegerWrapper(this, "timesteps", 0);
    private final ReadOnlyDoubleWrapper phase = new ReadOnlyDoubleWrapper(this, "phase", 1);
    /** How far the morph between the folded and the unrolled picture has gone, in [0, 1]; 1 when none runs. */
    private final ReadOnlyDoubleWrapper morphPhase = new ReadOnlyDoubleWrapper(this, "morphPhase", 1);
    /** The view a running morph leaves, or null when none runs. */
    private final ReadOnlyObjectWrapper<ViewKind> morphFrom = new ReadOnlyObjectWrapper<>(this, "morphFrom");
    private final ReadOnlyBooleanWrapper reducedMotion = new ReadOnlyBooleanWrapper(this, "reducedMotion", false);
    private final ReadOnlyObjectWrapper<Highlight> highlight = new ReadOnlyObjectWrapper<>(this, "highlight", Highlight.NONE);
    private final ReadOnlyObjectWrapper<Part> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyIntegerWrapper unit = new ReadOnlyIntegerWrapper(this, "unit", 0);
    private final ReadOnlyBooleanWrapper quiz = new ReadOnlyBooleanWrapper(this, "quiz", false);
    private final ReadOnlyBooleanWrapper backward = new ReadOnlyBooleanWrapper(this, "backward", false);
    /** N of the lesson shown, which bounds {@link #unit}. */
    private int units = Integer.MAX_VALUE;
    private final ObjectBinding<DiagramLook> look = Bindings.createObjectBinding(
            () -> new DiagramLook(view.get(), head.get(), notation.get(), shapes.get(), returnSequences.get()),
            view, head, notation, shapes, returnSequences);
    private final ObjectBinding<DiagramOptions> options = Bindings.createObjectBinding(
            () -> new DiagramOptions(look.get(), new Moment(t.get(), phase.get(), backward.get()),
                    new Interaction(reducedMotion.get(), highlight.get(), selected.get())),
            look, t, phase, backward, reducedMotion, highlight, selected);

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

    /** How far step t has flowed, in [0, 1]; 1 when it is complete. */
    public ReadOnlyDoubleProperty phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** The stage of step t in flight, or null once the step is complete (and always going backward, when the forward pass is). */
    public Stage stageInFlight() {
        return phase.get() >= 1 || backward.get() ? null : Stage.at(phase.get(), head.get()).stage();
    }

    /** Going backward, the stage of the gradient's flow back through step t, or null once that step is done or going forward. */
    public BackwardStage backwardStageInFlight() {
        return phase.get() >= 1 || !backward.get() ? null : BackwardStage.at(phase.get(), head.get()).stage();
    }

    /**
     * Whether the backward mode is on: the forward pass complete, and the stepping commands move the
     * gradient back from the loss along the chain.
     */
    public ReadOnlyBooleanProperty backwardProperty() {
        return backward.getReadOnlyProperty();
    }

    /**
     * Turns the backward mode on or off. On, the forward pass is complete and the gradient stands at
     * the loss, ready to flow back from step T; off, every forward step is shown complete.
     */
    public void setBackward(boolean on) {
        if (on == backward.get()) {
            return;
        }
        backward.set(on);
        if (on) {
            setQuiz(false);
            goBackTo(0);
        } else {
            setPosition(timesteps.get(), 1);
        }
    }

    /** Whether movement is replaced by fades. */
    public ReadOnlyBooleanProperty reducedMotionProperty() {
        return reducedMotion.getReadOnlyProperty();
    }

    /** What a glossary term points at. */
    public ReadOnlyObjectProperty<Highlight> highlightProperty() {
        return highlight.getReadOnlyProperty();
    }

    /** The part the user clicked, or null. */
    public ReadOnlyObjectProperty<Part> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The unit i (0-based) whose equation is shown. */
    public ReadOnlyIntegerProperty unitProperty() {
        return unit.getReadOnlyProperty();
    }

    /**
     * Whether the quiz is on: moving forward stops at each step's question, where a_t is formed and
     * h_t (and o_t, y_t) not yet, until the next move forward reveals them.
     */
    public ReadOnlyBooleanProperty quizProperty() {
        return quiz.getReadOnlyProperty();
    }

    public void setQuiz(boolean on) {
        quiz.set(on);
    }

    /**
     * The phase at which a step waits for the class while the quiz is on: near the end of the sum
     * stage, a_t complete in its strip and the activation not begun, so h_t's cells and its number in
     * the equations are still empty.
     */
    public double questionPhase() {
        return (Stage.SUM.ordinal() + QUESTION_FRACTION) / Stage.count(head.get());
    }

    /** Whether step t's h_t is still hidden by the flow: t is in flight and has not reached the activation. */
    public boolean stateHidden() {
        return !backward.get() && t.get() > 0 && phase.get() < Stage.ACTIVATE.start(head.get());
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

    /** The view, head, notation, shapes and return_sequences as one value: what a lesson file stores. */
    public DiagramLook look() {
        return look.get();
    }

    /** The look, as one observable: it changes whenever one of its five settings does. */
    public ObservableValue<DiagramLook> lookProperty() {
        return look;
    }

    /** Shows view {@code v} at once, ending any morph: for a view restored rather than chosen. */
    public void setView(ViewKind v) {
        settleMorph();
        view.set(v);
    }

    /**
     * Switches to view {@code v} as the user chose it: between the folded and the unrolled picture the
     * one morphs into the other (unless motion is reduced); a switch asked for while a morph runs ends
     * it and shows the chosen view at once.
     */
    public void switchView(ViewKind v) {
        ViewKind current = view.get();
        boolean morphing = morphFrom.get() != null;
        boolean foldsOrUnfolds = current != ViewKind.BOTH && v != ViewKind.BOTH && current != v;
        if (morphing || reducedMotion.get() || !foldsOrUnfolds) {
            setView(v);
            return;
        }
        // the morph is under way before the view changes, so whoever follows the view sees it start
        morphFrom.set(current);
        morphPhase.set(0);
        view.set(v);
    }

    /** How far the running morph has gone, in [0, 1]: 0 shows the view it leaves, 1 the view it reaches. */
    public ReadOnlyDoubleProperty morphPhaseProperty() {
        return morphPhase.getReadOnlyProperty();
    }

    /** The view the running morph leaves, or null when no morph runs. */
    public ReadOnlyObjectProperty<ViewKind> morphFromProperty() {
        return morphFrom.getReadOnlyProperty();
    }

    /** Whether a morph between the folded and the unrolled picture is running. */
    public boolean isMorphing() {
        return morphFrom.get() != null;
    }

    /**
     * Moves the running morph on by {@code fraction} of its length: its clock calls this, a test calls
     * it directly. Returns false, once no morph runs or this one has reached its view.
     */
    public boolean advanceMorph(double fraction) {
        if (!isMorphing()) {
            return false;
        }
        double next = Math.min(1, morphPhase.get() + Math.max(0, fraction));
        if (next >= 1) {
            settleMorph();
            return false;
        }
        morphPhase.set(next);
        return true;
    }

    /** Puts the running morph at {@code phase} of its way (1 ends it), for a test or a frame that shows one moment of it. */
    public void setMorphPhase(double phase) {
        if (phase >= 1) {
            settleMorph();
        } else if (isMorphing()) {
            morphPhase.set(Math.max(0, phase));
        }
    }

    private void settleMorph() {
        morphFrom.set(null);
        morphPhase.set(1);
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

    /** Shows a lesson's stored view: its look, then its step (clamped to 0 … T). */
    public void show(StoredView stored) {
        DiagramLook l = stored.look();
        setView(l.view());
        setHead(l.head());
        setNotation(l.notation());
        setShapes(l.shapes());
        setReturnSequences(l.returnSequences());
        setT(stored.timestep());
    }

    /** What a lesson file stores for the view on screen: the look and the current step. */
    public StoredView stored() {
        return new StoredView(look(), t.get());
    }

    /** Moves to step {@code step} complete, clamped to 0 … T. */
    public void setT(int step) {
        setPosition(step, 1);
    }

    /** Moves to step {@code step} (clamped to 0 … T), {@code stepPhase} of the way through its flow. */
    public void setPosition(int step, double stepPhase) {
        int clamped = Math.max(0, Math.min(timesteps.get(), step));
        phase.set(clamped == 0 ? 1 : Math.max(0, Math.min(1, stepPhase)));
        t.set(clamped);
    }

    /** One whole step on: the next step, complete. */
    public void stepForward() {
        if (backward.get()) {
            double at = backPosition();
            goBackTo(Math.floor(at + 1e-9) + 1);
            return;
        }
        forwardTo(phase.get() < 1 ? t.get() : t.get() + 1, 1);
    }

    /** One whole step back: the previous step, complete (or the start of the flowing one). */
    public void stepBack() {
        if (backward.get()) {
            goBackTo(Math.ceil(backPosition() - 1e-9) - 1);
            return;
        }
        setPosition(t.get() - 1, 1);
    }

    /**
     * One stage on: each press shows the next stage halfway through (its value mid-arrow), and after
     * the last stage the step complete; from a complete step, the next step's first stage.
     */
    public void stageForward() {
        int stages = Stage.count(head.get());
        if (backward.get()) {
            double at = backPosition();
            double whole = Math.floor(at + 1e-9);
            if (at - whole < 1e-9) {
                goBackTo(whole + 0.5 / stages);
            } else {
                int current = Math.min(stages - 1, (int) Math.floor((at - whole) * stages + 1e-9));
                goBackTo(current + 1 >= stages ? whole + 1 : whole + (current + 1.5) / stages);
            }
            return;
        }
        if (t.get() == 0 || phase.get() >= 1) {
            if (t.get() < timesteps.get()) {
                forwardTo(t.get() + 1, 0.5 / stages);
            }
            return;
        }
        int current = Math.min(stages - 1, (int) Math.floor(phase.get() * stages + 1e-9));
        forwardTo(t.get(), current + 1 >= stages ? 1 : (current + 1.5) / stages);
    }

    /**
     * Moves forward to step {@code step}, {@code stepPhase} of the way, unless the quiz is on and a
     * step's question lies on the way (not where the move starts): then it stops at that question.
     *
     * @return whether it stopped at a question
     */
    private boolean forwardTo(int step, double stepPhase) {
        if (quiz.get()) {
            // positions on one line: step t complete is t, step t at phase p (< 1) is t − 1 + p
            double question = questionPhase();
            double from = phase.get() >= 1 ? t.get() : t.get() - 1 + phase.get();
            double to = stepPhase >= 1 ? step : step - 1 + stepPhase;
            // the first step whose question lies after where the move starts
            int next = (int) Math.floor(from + 1e-9 - question) + 2;
            if (next <= timesteps.get() && next - 1 + question <= to + 1e-9) {
                setPosition(next, question);
                return true;
            }
        }
        setPosition(step, stepPhase);
        return false;
    }

    /** One stage back: the previous stage halfway through; from a step's first stage, the step before, complete. */
    public void stageBack() {
        int stages = Stage.count(head.get());
        if (backward.get()) {
            double at = backPosition();
            double whole = Math.floor(at + 1e-9);
            if (at - whole < 1e-9) {
                goBackTo(whole - 0.5 / stages);
            } else {
                int current = Math.min(stages - 1, (int) Math.floor((at - whole) * stages + 1e-9));
                goBackTo(current == 0 ? whole : whole + (current - 0.5) / stages);
            }
            return;
        }
        if (phase.get() >= 1 && t.get() > 0) {
            setPosition(t.get(), (stages - 0.5) / stages);
            return;
        }
        int current = Math.min(stages - 1, (int) Math.floor(phase.get() * stages + 1e-9));
        if (current == 0) {
            setPosition(t.get() - 1, 1);
        } else {
            setPosition(t.get(), (current - 0.5) / stages);
        }
    }

    /** Only h_0. */
    public void toStart() {
        if (backward.get()) {
            goBackTo(0);
            return;
        }
        setPosition(0, 1);
    }

    /** Every step complete (going backward: the gradient back at step 1). */
    public void toEnd() {
        if (backward.get()) {
            goBackTo(timesteps.get());
            return;
        }
        setPosition(timesteps.get(), 1);
    }

    /** Going backward, where the flow stands on the line from 0 (at the loss) to T (back at step 1): T − t + phase. */
    private double backPosition() {
        return timesteps.get() - t.get() + phase.get();
    }

    /** Moves the backward flow to {@code position} on the line from 0 to T (clamped): step t = T − ⌈position⌉ + 1, part way. */
    private void goBackTo(double position) {
        int steps = timesteps.get();
        double at = Math.max(0, Math.min(steps, position));
        if (steps == 0) {
            setPosition(0, 1);
            return;
        }
        if (at < 1e-9) {
            setPosition(steps, 0);
            return;
        }
        int k = (int) Math.ceil(at - 1e-9);
        setPosition(steps - k + 1, Math.min(1, at - (k - 1)));
    }

    /** How many steps are complete: every step up to t, less step t itself while it still flows. */
    public int stepsComplete() {
        // going backward the forward pass is complete
        return backward.get() ? timesteps.get() : stepsComplete(t.get(), phase.get());
    }

    /** How many steps are complete at step {@code t}, {@code phase} of the way through its flow. */
    static int stepsComplete(int t, double phase) {
        return phase < 1 ? t - 1 : t;
    }

    /** Whether there is nothing left to play. */
    public boolean atEnd() {
        if (backward.get()) {
            return timesteps.get() == 0 || t.get() <= 1 && phase.get() >= 1;
        }
        return t.get() == timesteps.get() && phase.get() >= 1;
    }

    /**
     * Moves the flow on by {@code steps} (fractions allowed): the clock of the animation calls this.
     * Returns false, and stays at the end, once the last step is complete; with the quiz on, also when
     * it stops at a step's question, so that playing waits there for the class.
     */
    public boolean advance(double steps) {
        if (atEnd()) {
            return false;
        }
        if (backward.get()) {
            goBackTo(backPosition() + steps);
            return !atEnd();
        }
        double position = (phase.get() >= 1 ? t.get() : t.get() - 1 + phase.get()) + steps;
        int whole = (int) Math.floor(position);
        if (whole >= timesteps.get()) {
            forwardTo(timesteps.get(), 1);
            return false;
        }
        double fraction = position - whole;
        return fraction < 1e-12 ? !forwardTo(whole, 1) : !forwardTo(whole + 1, fraction);
    }

    public void setReducedMotion(boolean on) {
        reducedMotion.set(on);
    }

    public void setHighlight(Highlight h) {
        highlight.set(h == null ? Highlight.NONE : h);
    }

    /** Selects a part (null clears); a node's component, if known, becomes the unit whose equation is shown. */
    public void select(Part part, int component) {
        selected.set(part);
        if (part != null && part.kind() == PartKind.H && component >= 0) {
            setUnit(component);
        }
    }

    /** Shows the equation of unit i, clamped to 0 … N − 1. */
    public void setUnit(int i) {
        unit.set(Math.max(0, Math.min(units - 1, i)));
    }

    /**
     * Follows a new lesson with T timesteps. A fresh lesson shows every step; the same lesson
     * recomputed keeps the current step where it still exists.
     */
    public void lessonChanged(int newTimesteps, int newUnits, boolean sameLength) {
        units = Math.max(1, newUnits);
        setUnit(unit.get());
        boolean wasAtEnd = t.get() == timesteps.get();
        double back = backPosition();
        timesteps.set(newTimesteps);
        if (backward.get()) {
            // the gradient keeps its place counted from the loss, or starts again at it for a new lesson
            goBackTo(sameLength ? back : 0);
        } else {
            setPosition(!sameLength || wasAtEnd ? newTimesteps : Math.min(t.get(), newTimesteps), 1);
        }
        selected.set(null);
    }
}
