package dev.unroll.app;

import dev.unroll.io.LessonSource;
import dev.unroll.io.ViewSettings;
import dev.unroll.text.Tokeniser;
import dev.unroll.text.Vocabulary;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The sentence over the diagram of a lesson with an Embedding: type words, press Enter (or Apply), and
 * the lesson runs again on their token ids, off the JavaFX thread as every change of the lesson is, so
 * Undo puts the previous sentence back. The words are looked up in the chosen built-in vocabulary
 * (English unless Korean is picked), which also names the ids the diagram and the panels show. The field
 * shows the sentence of the lesson on screen: what was typed for its ids, or else its ids' words.
 */
final class SentenceBar {

    /** The most words a typed sentence may have: beyond this a sentence is no longer read in class. */
    static final int MAX_WORDS = 400;

    private final LessonViewModel model;
    private final Consumer<String> notice;
    private final TextField field = new TextField();
    private final ComboBox<Vocabulary> vocabularyBox = new ComboBox<>();
    /** What was typed for each list of ids, so that the field says a sentence again as it was typed. */
    private final Map<List<Integer>, String> typed = new HashMap<>();
    private final HBox root;

    /** @param notice says a one-line message in the status bar */
    SentenceBar(LessonViewModel model, Consumer<String> notice) {
        this.model = model;
        this.notice = notice;
        field.setId("sentenceField");
        field.promptTextProperty().bind(Words.of("sentence.prompt"));
        field.setTooltip(Words.tooltip("sentence.tip", MAX_WORDS));
        field.setOnAction(e -> apply());
        vocabularyBox.setId("vocabularyBox");
        vocabularyBox.getItems().setAll(Vocabulary.english(), Vocabulary.korean());
        vocabularyBox.setConverter(ControlSync.shownAs(vocabularyBox.getItems(), v -> Words.get("sentence.vocabulary." + v.name())));
        vocabularyBox.setValue(Vocabulary.english());
        vocabularyBox.setTooltip(Words.tooltip("sentence.vocabulary.tip"));
        vocabularyBox.valueProperty().addListener((obs, old, now) -> showSentence(model.getRequestedSource()));
        Button apply = Words.label(new Button(), "sentence.apply");
        apply.setId("applySentenceButton");
        apply.setOnAction(e -> apply());
        Label label = Words.label(new Label(), "sentence.label");
        label.setLabelFor(field);
        label.setMinWidth(Label.USE_PREF_SIZE);
        HBox.setHgrow(field, Priority.ALWAYS);
        root = new HBox(8, label, field, vocabularyBox, apply);
        root.setId("sentenceBar");
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(4, 2, 4, 2));
        model.requestedSourceProperty().addListener((obs, old, now) -> showSentence(now));
        // a lesson opened says which built-in vocabulary its ids come from (without a word, English); its edits keep the choice
        model.documentProperty().addListener((obs, old, now) -> {
            if (now != null && (old == null || old.id() != now.id())) {
                String named = now.lesson().view().text(ViewSettings.VOCABULARY).orElse("english");
                vocabularyBox.getItems().stream().filter(v -> v.name().equals(named)).findFirst()
                        .ifPresent(vocabularyBox::setValue);
            }
        });
        showSentence(model.getRequestedSource());
    }

    /** The bar: shown only while the lesson has an Embedding. */
    Parent root() {
        return root;
    }

    /** The vocabulary the sentence is looked up in, which names token ids wherever the window shows them. */
    ReadOnlyObjectProperty<Vocabulary> vocabularyProperty() {
        return vocabularyBox.valueProperty();
    }

    /**
     * Runs the lesson on the field's words: the start id, then each word's id. A sentence with no word,
     * or longer than {@value #MAX_WORDS} words, is refused in the status bar and the lesson stays.
     */
    void apply() {
        String text = field.getText();
        int words = Tokeniser.words(text).size();
        if (words == 0) {
            notice.accept(Words.get("sentence.noWords"));
            return;
        }
        if (words > MAX_WORDS) {
            notice.accept(Words.get("sentence.tooLong", words, MAX_WORDS));
            return;
        }
        LessonSource source = model.getRequestedSource();
        if (!source.hasEmbedding()) {
            return;
        }
        int[] ids = vocabularyBox.getValue().encode(text, source.embeddingRows());
        typed.put(boxed(ids), text.strip());
        model.change(s -> s.withTokens(ids));
    }

    /** Shows the bar for a lesson with an Embedding, its field holding that lesson's sentence. */
    private void showSentence(LessonSource source) {
        boolean words = source != null && source.hasEmbedding();
        root.setVisible(words);
        root.setManaged(words);
        if (words) {
            int[] ids = source.tokens();
            String sentence = typed.get(boxed(ids));
            field.setText(sentence != null ? sentence : said(ids, vocabularyBox.getValue()));
        }
    }

    /** The words of {@code ids} after the start id, as the vocabulary names them, separated by spaces. */
    private static String said(int[] ids, Vocabulary vocabulary) {
        int from = ids.length > 0 && ids[0] == Vocabulary.START ? 1 : 0;
        StringBuilder out = new StringBuilder();
        for (int i = from; i < ids.length; i++) {
            out.append(i > from ? " " : "").append(vocabulary.word(ids[i]));
        }
        return out.toString();
    }

    private static List<Integer> boxed(int[] ids) {
        return Arrays.stream(ids).boxed().toList();
    }
}
