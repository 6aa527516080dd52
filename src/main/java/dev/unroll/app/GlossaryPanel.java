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
        Label vectorHeading = new Label("These name the vector h\u209C: one value per unit");
        vectorHeading.getStyleClass().add("panel-title");
        vectorHeading.setWrapText(true);
        Label numberHeading = new Label("These name one number: N, the length of h\u209C");
        numberHeading.getStyleClass().add("panel-title");
        numberHeading.setWrapText(true);
        Label explain = new Label("The seed's point: \u201Cunits\u201D is not a count of cells in the picture but the "
                + "length of the state vector. SimpleRNN(32) keeps a 32-long h\u209C and has 32 \u00D7 (32 + M + 1) parameters.");
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
            Label term = new Label(word);
            term.setId("term-" + word.replaceAll("[^A-Za-z0-9_]+", "-"));
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
