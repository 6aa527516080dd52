package dev.unroll.app;

import dev.unroll.diagram.ValueFormat;
import dev.unroll.lesson.QuizQuestion;
import dev.unroll.lesson.QuizQuestions;
import javafx.beans.Observable;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * What the lesson says under the picture: the note for the step on screen (or, where the step has
 * none, the lesson's note), and with the quiz on, the question about the step's h_t while the flow
 * still hides it and its answer once h_t is shown. It takes the room it needs below the diagram and
 * never lies over it; with nothing to say it takes none.
 */
final class NarrationCaption {

    /** The presented caption's type against the least value size: as the heads-up line's, readable from the back row. */
    private static final double PRESENTED_SCALE = 0.9;

    private static final javafx.css.PseudoClass PENDING_STATE = javafx.css.PseudoClass.getPseudoClass("pending");

    private final DiagramViewState state;
    private final ObservableValue<LessonDocument> document;
    private final Label note = line("noteCaption", "note-caption");
    private final Label question = line("quizQuestion", "quiz-question");
    private final Label answer = line("quizAnswer", "quiz-answer");
    private final VBox root;
    /** Whether h_t was hidden at the last refresh: the phase changes every frame, the question only when this does. */
    private boolean wasHidden;

    NarrationCaption(DiagramViewState state, ObservableValue<LessonDocument> document) {
        this.state = state;
        this.document = document;
        root = new VBox(4, note, question, answer);
        root.getStyleClass().add("narration");
        root.setPadding(new Insets(6, 12, 6, 12));
        root.setMinHeight(VBox.USE_PREF_SIZE);
        for (Observable source : new Observable[] {state.tProperty(), state.quizProperty(), state.headProperty(), document}) {
            source.addListener(o -> refresh());
        }
        state.phaseProperty().addListener(o -> {
            if (state.stateHidden() != wasHidden) {
                refresh();
            }
        });
        Words.follow(root, this::refresh);
        refresh();
    }

    /** One line of the caption, wrapping to the width it has and taking no room while hidden. */
    private static Label line(String id, String styleClass) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinHeight(Label.USE_PREF_SIZE);
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /** A caption for presentation mode, its type as large as the heads-up line's, following the chosen size. */
    static NarrationCaption presented(DiagramViewState state, ObservableValue<LessonDocument> document,
                                      ObservableValue<Number> typeSize) {
        NarrationCaption caption = new NarrationCaption(state, document);
        caption.root.getStyleClass().add("presented");
        caption.setTypeSize(typeSize.getValue().doubleValue() * PRESENTED_SCALE);
        typeSize.addListener((obs, old, now) -> caption.setTypeSize(now.doubleValue() * PRESENTED_SCALE));
        return caption;
    }

    Parent root() {
        return root;
    }

    /** Sets the caption's type size in pixels. */
    void setTypeSize(double pixels) {
        root.setStyle("-fx-font-size: " + pixels + "px;");
    }

    private void refresh() {
        wasHidden = state.stateHidden();
        LessonDocument shown = document.getValue();
        int t = state.tProperty().get();
        String text = "";
        if (shown != null) {
            text = shown.lesson().stepNote(t);
            if (text.isEmpty()) {
                text = shown.lesson().notes();
            }
        }
        note.setText(text);
        note.setVisible(!text.isEmpty());
        boolean asking = state.quizProperty().get() && shown != null && t >= 1 && t <= shown.trace().timesteps();
        QuizQuestion q = asking ? QuizQuestions.forStep(shown.trace(), t) : null;
        question.setText(q == null ? "" : Words.get("caption.question", ValueFormat.subscript(t), q.prompt(),
                q.choicesLine()));
        question.setVisible(q != null);
        // while h_t is hidden the answer's line says where it will be, keeping its room so the picture does not jump at the reveal
        answer.setText(q == null ? "" : wasHidden ? Words.get("caption.pending", ValueFormat.subscript(t)) : q.reveal());
        answer.setVisible(q != null);
        answer.pseudoClassStateChanged(PENDING_STATE, wasHidden);
        root.setVisible(note.isVisible() || question.isVisible());
        root.setManaged(root.isVisible());
    }
}
