package dev.unroll.app;

import dev.unroll.diagram.DiagramLook;
import dev.unroll.io.LessonSource;
import dev.unroll.rnn.Dimensions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Undo and Redo for the lesson on screen. Each step holds two snapshots of what Save would write
 * (the lesson's numbers or recipe, the view settings and the notes), so undoing puts the whole earlier
 * state back in one go: the numbers through {@link LessonViewModel#change}, recomputed off the JavaFX
 * thread as any edit is, the view settings and the notes at once. A step is recorded once the edit is on
 * screen and nothing is being computed; edits of one setting that each begin within
 * {@link #BURST_NANOS} of the one before (a spinner held down, or a note being typed) make one step. Opening a lesson, a preset, a new seed
 * or imported weights starts a fresh history; stepping through time is not an edit.
 */
final class EditHistory {

    /** Redo's second key, as on Windows: the menu item shows Ctrl+Shift+Z, the window also takes this one. */
    static final KeyCombination REDO_ALSO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    /** Edits of one setting closer together than this (0.8 s) are one burst, hence one step. */
    static final long BURST_NANOS = 800_000_000L;
    /** Old steps are forgotten beyond this many. */
    private static final int MAX_STEPS = 200;
    /**
     * Old steps are forgotten, oldest first, while the lessons they hold have more numbers than this in
     * all (400 MB of doubles): each step of a lesson whose numbers came from files holds its own copy.
     */
    static final long MAX_VALUES = 50_000_000L;

    /** What Save would write, apart from the title and the timestep. */
    record Snapshot(LessonSource source, DiagramLook look, LessonNotes notes) {

        /** A state with no notes. */
        Snapshot(LessonSource source, DiagramLook look) {
            this(source, look, LessonNotes.NONE);
        }
    }

    /** One edit: the state before it and after it, and which settings it changed. */
    private record Step(Snapshot before, Snapshot after, String changed) {
    }

    private final LessonViewModel model;
    private final DiagramViewState state;
    private final LongSupplier clock;
    private final long maxValues;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", Words.get("edit.undo"));
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", Words.get("edit.redo"));
    /** Says the commands again in the language chosen. */
    private final javafx.beans.InvalidationListener languageFollower = Words.follow(this::updateCommands);

    /** The lesson this history belongs to; another id is another lesson, with a history of its own. */
    private long lessonId = -1;
    /** The state on screen when the last step was recorded (or the lesson opened, or an undo finished). */
    private Snapshot settled;
    /** When, by {@link #clock}, the edit not yet settled began: its first change of the lesson or the view. */
    private long editBegan;
    /** Whether the lesson or the view has changed since the last settled state. */
    private boolean editPending;
    /** When the lesson or the view last changed. */
    private long lastActivity;
    /** When the newest step's last change was made: a burst is measured between changes, not computations. */
    private long stepEnded;
    /** True when the next edit starts a step of its own however soon it comes: after an undo, a redo or an open. */
    private boolean burstEnded = true;
    /** The state an undo or redo is putting back, until it is on screen; null otherwise. */
    private Snapshot restoring;
    /** True while an undo or redo sets the view settings one by one: those changes are not edits themselves. */
    private boolean applying;

    /**
     * A history of the edits made to {@code model}'s lesson and {@code state}'s view settings, from
     * {@link #start()} on.
     */
    EditHistory(LessonViewModel model, DiagramViewState state) {
        this(model, state, System::nanoTime);
    }

    /** @param clock nanoseconds, for telling a burst of edits from separate ones */
    EditHistory(LessonViewModel model, DiagramViewState state, LongSupplier clock) {
        this(model, state, clock, MAX_VALUES);
    }

    /** @param maxValues how many of the lessons' numbers the steps may hold in all before the oldest go */
    EditHistory(LessonViewModel model, DiagramViewState state, LongSupplier clock, long maxValues) {
        this.model = model;
        this.state = state;
        this.clock = clock;
        this.maxValues = maxValues;
    }

    /**
     * Starts following the lesson, once the window shows it: its listeners come after the window's, so
     * that the view a lesson opens with is on screen before it is taken as the history's start.
     */
    void start() {
        model.documentProperty().addListener((obs, old, now) -> {
            if (old != null && now != null && old.id() == now.id() && restoring == null
                    && !LessonNotes.of(old.lesson()).equals(LessonNotes.of(now.lesson()))) {
                // typing a note: a burst of keys is one step, as a held spinner's changes are
                activity();
            }
            documentChanged();
        });
        state.lookProperty().addListener((obs, old, now) -> {
            if (!applying) {
                if (restoring != null && !restoring.source().equals(model.getSource())) {
                    // the user changed the view while the undone lesson was being computed
                    editedWhileRestoring();
                }
                activity();
                settle();
            }
        });
        model.requestedSourceProperty().addListener((obs, old, now) -> {
            if (restoring != null && !now.equals(restoring.source()) && !now.equals(model.getSource())) {
                // a change asked for while the undone lesson was being computed, made on top of it
                editedWhileRestoring();
            }
            activity();
        });
        model.busyProperty().addListener((obs, was, now) -> {
            if (!now) {
                settle();
            }
            updateCommands();
        });
        documentChanged();
    }

    /** Edit: Undo (Ctrl+Z) and Redo (Ctrl+Shift+Z), each naming the edit it would undo or make again. */
    Menu menu() {
        return Words.item(new Menu(null, null,
                command("undoItem", undoText, canUndo, new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN),
                        this::undo),
                command("redoItem", redoText, canRedo,
                        new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), this::redo)),
                "menu.edit");
    }

    private static MenuItem command(String id, ReadOnlyStringProperty text, ReadOnlyBooleanProperty enabled,
                                    KeyCombination keys, Runnable action) {
        MenuItem item = new MenuItem();
        item.setId(id);
        // the text names the edit, whose values may hold an underscore
        item.setMnemonicParsing(false);
        item.textProperty().bind(text);
        item.disableProperty().bind(enabled.not());
        item.setAccelerator(keys);
        item.setOnAction(e -> action.run());
        return item;
    }

    /** Puts back the state before the newest edit. */
    void undo() {
        if (canUndo.get()) {
            Step step = undo.pop();
            redo.push(step);
            restore(step.before());
        }
    }

    /** Makes the newest undone edit again. */
    void redo() {
        if (canRedo.get()) {
            Step step = redo.pop();
            undo.push(step);
            restore(step.after());
        }
    }

    private void restore(Snapshot target) {
        restoring = target;
        // the next edit starts a step of its own, however soon it comes
        burstEnded = true;
        if (!target.source().equals(model.getSource())) {
            model.change(s -> target.source());
        }
        showLook(target.look());
        // the notes last: they are on screen at once, and the state they complete is then settled as not an edit
        if (!target.notes().equals(LessonNotes.of(model.getDocument().lesson()))) {
            model.annotate(target.notes()::applyTo);
        }
        settle();
    }

    private void documentChanged() {
        LessonDocument shown = model.getDocument();
        if (shown == null) {
            return;
        }
        if (shown.id() != lessonId) {
            lessonId = shown.id();
            undo.clear();
            redo.clear();
            restoring = null;
            burstEnded = true;
            settled = snapshot(shown);
            updateCommands();
            return;
        }
        if (restoring != null && restoring.source().equals(shown.source())) {
            // the window picks the head for a lesson whose outputs changed; the undone state's head wins
            showLook(restoring.look());
        }
        settle();
    }

    /**
     * The user edited before an undo or redo was on screen: the state it was putting back is where the
     * new edit starts from, and the edit is recorded as any other, which clears what there was to redo.
     */
    private void editedWhileRestoring() {
        settled = restoring;
        restoring = null;
        editPending = false;
    }

    /**
     * Runs {@code change} to the view settings without recording it as an edit, and takes the view it
     * leaves as the settled one: presentation mode switching between its own view and the window's.
     */
    void withoutRecording(Runnable change) {
        applying = true;
        try {
            change.run();
        } finally {
            applying = false;
        }
        if (settled != null) {
            DiagramLook was = settled.look();
            settled = new Snapshot(settled.source(), new DiagramLook(state.viewProperty().get(), was.head(),
                    was.notation(), was.shapes(), was.returnSequences()), settled.notes());
        }
    }

    /** Notes the time of a change the user asked for, which the next step will date from. */
    private void activity() {
        long time = clock.getAsLong();
        if (!editPending) {
            editBegan = time;
            editPending = true;
        }
        lastActivity = time;
    }

    /** Records what changed since the last settled state, once the lesson on screen is the one asked for. */
    private void settle() {
        LessonDocument shown = model.getDocument();
        if (shown == null || shown.id() != lessonId || model.busyProperty().get()) {
            return;
        }
        Snapshot now = snapshot(shown);
        if (restoring != null) {
            // an undo or redo is on screen, or failed and left the lesson as it was: either way, not an edit
            restoring = null;
        } else if (!now.equals(settled)) {
            record(settled, now);
        }
        settled = now;
        editPending = false;
        updateCommands();
    }

    private void record(Snapshot before, Snapshot after) {
        String changed = String.join(", ", names(before, after));
        Step last = undo.peek();
        boolean burst = !burstEnded && last != null && last.changed().equals(changed) && editBegan - stepEnded < BURST_NANOS;
        stepEnded = lastActivity;
        burstEnded = false;
        redo.clear();
        if (burst) {
            undo.pop();
            if (last.before().equals(after)) {
                // the burst came back to where it started: nothing is left to undo of it
                return;
            }
            before = last.before();
        }
        undo.push(new Step(before, after, changed));
        while (undo.size() > MAX_STEPS || undo.size() > 1 && valuesHeld() > maxValues) {
            undo.removeLast();
        }
    }

    /** How many numbers the steps' lessons hold in all, each copy counted once however many steps share it. */
    private long valuesHeld() {
        Set<LessonSource> counted = Collections.newSetFromMap(new IdentityHashMap<>());
        long values = 0;
        for (Step step : undo) {
            for (Snapshot s : List.of(step.before(), step.after())) {
                if (counted.add(s.source())) {
                    values += valuesIn(s.source());
                }
            }
        }
        return values;
    }

    /** The numbers {@code source} holds: none for a recipe; the inputs, weights and initial state of explicit ones. */
    static long valuesIn(LessonSource source) {
        if (!(source instanceof LessonSource.Explicit)) {
            return 0;
        }
        Dimensions d = source.dimensions();
        long t = d.timesteps();
        long m = d.inputFeatures();
        long n = d.units();
        long k = d.outputSize();
        // x (T×M), W (N×M), U (N×N), b (N), V (K×N), c (K), h_0 (N)
        return t * m + n * m + n * n + n + k * n + k + n;
    }

    private void updateCommands() {
        boolean idle = !model.busyProperty().get();
        canUndo.set(idle && !undo.isEmpty());
        canRedo.set(idle && !redo.isEmpty());
        undoText.set(undo.isEmpty() ? Words.get("edit.undo") : Words.get("edit.undoThis", describe(undo.peek().before(), undo.peek().after())));
        redoText.set(redo.isEmpty() ? Words.get("edit.redo") : Words.get("edit.redoThis", describe(redo.peek().before(), redo.peek().after())));
    }

    private Snapshot snapshot(LessonDocument shown) {
        return new Snapshot(shown.source(), state.look(), LessonNotes.of(shown.lesson()));
    }

    /** Puts back the view settings of an undone or redone state, which are not edits themselves. */
    private void showLook(DiagramLook look) {
        applying = true;
        try {
            state.setView(look.view());
            state.setHead(look.head());
            state.setNotation(look.notation());
            state.setShapes(look.shapes());
            state.setReturnSequences(look.returnSequences());
        } finally {
            applying = false;
        }
    }

    /** What an edit changed, for a menu: "units 4 → 8", "notation", "units 4 → 8, output head". */
    static String describe(Snapshot before, Snapshot after) {
        // a change named without values ("notation") is said here; one with values was said as it was listed
        return String.join(", ", changes(before, after, true).stream()
                .map(change -> dev.unroll.i18n.Text.has("edit." + change.replace(' ', '_')) ? said(change) : change).toList());
    }

    /** The names of the settings that differ, which say whether two edits belong to one burst. */
    private static List<String> names(Snapshot before, Snapshot after) {
        return changes(before, after, false);
    }

    private static List<String> changes(Snapshot before, Snapshot after, boolean withValues) {
        List<String> changes = new ArrayList<>();
        LessonSource from = before.source();
        LessonSource to = after.source();
        Dimensions d0 = from.dimensions();
        Dimensions d1 = to.dimensions();
        number(changes, withValues, "timesteps", d0.timesteps(), d1.timesteps());
        number(changes, withValues, "input features", d0.inputFeatures(), d1.inputFeatures());
        number(changes, withValues, "units", d0.units(), d1.units());
        number(changes, withValues, "outputs", d0.outputSize(), d1.outputSize());
        boolean words = from.hasEmbedding() && to.hasEmbedding() && !Arrays.equals(from.tokens(), to.tokens());
        named(changes, "words", words);
        if (from instanceof LessonSource.Seeded s0 && to instanceof LessonSource.Seeded s1) {
            number(changes, withValues, "seed", s0.spec().seed(), s1.spec().seed());
            choice(changes, withValues, "initialisation", s0.spec(), s1.spec(), s -> s.initialisation().key());
        } else if (!(words ? from.withTokens(to.tokens()) : from).withActivations(to.activation(), to.headActivation()).equals(to)) {
            // other words are not other weights: the table E and the matrices are compared without them
            changes.add("weights");
        }
        choice(changes, withValues, "activation", from, to, s -> s.activation().key());
        choice(changes, withValues, "head activation", from, to, s -> s.headActivation().key());
        DiagramLook l0 = before.look();
        DiagramLook l1 = after.look();
        named(changes, "view", l0.view() != l1.view());
        named(changes, "output head", l0.head() != l1.head());
        named(changes, "notation", l0.notation() != l1.notation());
        named(changes, "shapes", l0.shapes() != l1.shapes());
        named(changes, "return_sequences", l0.returnSequences() != l1.returnSequences());
        changes.addAll(before.notes().changes(after.notes()));
        if (changes.isEmpty()) {
            changes.add("lesson");
        }
        return changes;
    }

    private static void number(List<String> changes, boolean withValues, String name, long from, long to) {
        if (from != to) {
            changes.add(withValues ? said(name) + " " + from + " \u2192 " + to : name);
        }
    }

    /** A setting's name as the menu says it: the names compared between edits stay the same in every language. */
    private static String said(String name) {
        return Words.get("edit." + name.replace(' ', '_'));
    }

    private static <T> void choice(List<String> changes, boolean withValues, String name, T from, T to,
                                   Function<T, String> key) {
        String k0 = key.apply(from);
        String k1 = key.apply(to);
        if (!Objects.equals(k0, k1)) {
            changes.add(withValues ? said(name) + " " + k0 + " \u2192 " + k1 : name);
        }
    }

    private static void named(List<String> changes, String name, boolean changed) {
        if (changed) {
            changes.add(name);
        }
    }
}
