package dev.unroll.app;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Notes tab: the lesson's note and the note for the step on screen, which follows t. What is
 * typed goes into the lesson at once, through {@link LessonViewModel#annotate}: the lesson becomes
 * unsaved, and a burst of typing is one step to undo. A note edited elsewhere (undone, or another
 * lesson opened) shows here as it changes.
 */
final class NotesPanel {

    private final LessonViewModel model;
    private final DiagramViewState state;
    private final TextArea lessonNote = area("lessonNoteArea", "notes.lessonPrompt");
    private final TextArea stepNote = area("stepNoteArea", "notes.stepPrompt");
    private final Label stepHeading = heading("");
    private final VBox root;
    /** True while the areas are set from the lesson, which is not typing. */
    private boolean showing;

    NotesPanel(LessonViewModel model, DiagramViewState state) {
        this.model = model;
        this.state = state;
        stepHeading.setId("stepNoteHeading");
        root = new VBox(6, Words.label(heading(""), "notes.lessonHeading"), lessonNote, stepHeading, stepNote);
        root.setId("notesPanel");
        root.setPadding(new Insets(10));
        VBox.setVgrow(lessonNote, Priority.SOMETIMES);
        VBox.setVgrow(stepNote, Priority.ALWAYS);
        lessonNote.textProperty().addListener((obs, old, now) -> {
            if (!showing) {
                model.annotate(f -> f.withNotes(now));
            }
        });
        stepNote.textProperty().addListener((obs, old, now) -> {
            if (!showing) {
                int t = state.tProperty().get();
                model.annotate(f -> f.withStepNote(t, now));
            }
        });
        model.documentProperty().addListener((obs, old, now) -> show());
        state.tProperty().addListener((obs, old, now) -> show());
        Words.follow(root, this::show);
        show();
    }

    Parent root() {
        return root;
    }

    /** Shows the lesson's notes, leaving an area alone when it already holds them (so its caret stays put). */
    private void show() {
        LessonDocument shown = model.getDocument();
        int t = state.tProperty().get();
        stepHeading.setText(Words.get("notes.stepHeading", Integer.toString(t)));
        showing = true;
        try {
            setIfOther(lessonNote, shown == null ? "" : shown.lesson().notes());
            setIfOther(stepNote, shown == null ? "" : shown.lesson().stepNote(t));
        } finally {
            showing = false;
        }
    }

    private static void setIfOther(TextArea area, String text) {
        if (!area.getText().equals(text)) {
            area.setText(text);
        }
    }

    private static TextArea area(String id, String promptKey) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(4);
        Words.bind(area.promptTextProperty(), promptKey);
        return area;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }
}
