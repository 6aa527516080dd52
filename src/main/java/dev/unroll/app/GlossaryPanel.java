package dev.unroll.app;

import dev.unroll.diagram.Highlight;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The seed's glossary, in its two groups: the words that name the state vector, and the words that
 * name its length. Hovering (or focusing) a word shows in the diagram what it names.
 */
final class GlossaryPanel {

    private static final String[] VECTOR_TERMS = {"cell", "unit", "h_t", "output_t", "state_t", "previous_output"};
    private static final String[] NUMBER_TERMS = {"units", "output_features", "dimensionality of the output space",
        "dimension of h_t", "the 32 in SimpleRNN(32)", "LSTM(32)", "GRU(32)"};

    private final ScrollPane root;

    GlossaryPanel(DiagramViewState state) {
        Label vectorHeading = Words.label(new Label(), "glossary.vectorHeading");
        vectorHeading.getStyleClass().add("panel-title");
        vectorHeading.setWrapText(true);
        Label numberHeading = Words.label(new Label(), "glossary.numberHeading");
        numberHeading.getStyleClass().add("panel-title");
        numberHeading.setWrapText(true);
        Label explain = Words.label(new Label(), "glossary.explain");
        explain.setWrapText(true);
        VBox content = new VBox(10, vectorHeading, terms(state, VECTOR_TERMS, Highlight.STATE_VECTOR),
                numberHeading, terms(state, NUMBER_TERMS, Highlight.STATE_SIZE), explain);
        content.setPadding(new Insets(12));
        root = new ScrollPane(content);
        root.setFitToWidth(true);
    }

    Parent root() {
        return root;
    }

    private static FlowPane terms(DiagramViewState state, String[] words, Highlight highlight) {
        FlowPane pane = new FlowPane(8, 8);
        for (String word : words) {
            // the id keeps the English term, whichever language the label speaks
            String id = word.replaceAll("[^A-Za-z0-9_]+", "-");
            Label term = Words.label(new Label(), "glossary.term." + id);
            term.setId("term-" + id);
            term.getStyleClass().add("glossary-term");
            term.setFocusTraversable(true);
            term.setOnMouseEntered(e -> state.setHighlight(highlight));
            term.setOnMouseExited(e -> state.setHighlight(Highlight.NONE));
            term.focusedProperty().addListener((obs, was, now) -> state.setHighlight(now ? highlight : Highlight.NONE));
            pane.getChildren().add(term);
        }
        return pane;
    }
}
