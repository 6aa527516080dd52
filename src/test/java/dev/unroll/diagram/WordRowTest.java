package dev.unroll.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.diagram.DiagramLayout.Word;
import dev.unroll.diagram.Element.Group;
import dev.unroll.diagram.Element.Text;
import dev.unroll.rnn.Preset;
import dev.unroll.rnn.Trace;
import dev.unroll.rnn.ValueKind;
import dev.unroll.text.Vocabulary;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WordRowTest {

    private static final Trace SENTIMENT = Trace.run(Preset.SENTIMENT.spec().build());
    private static final Trace TINY = Trace.run(Preset.TINY.spec().build());
    private static final TokenWords WORDS = TokenWords.of(SENTIMENT.lesson(), Vocabulary.english());

    private static DiagramLayout layout(Trace trace, DiagramLook look, TokenWords words) {
        return DiagramLayout.of(trace.lesson().dimensions(), DiagramOptions.still(look, trace.timesteps()), 1,
                trace.timesteps(), Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                DiagramLayout.activatesHead(trace.lesson()), words);
    }

    private static List<Group> groups(Drawing d, PartKind kind) {
        return d.elements().stream().filter(e -> e instanceof Group g && g.part().kind() == kind).map(e -> (Group) e).toList();
    }

    private static List<String> texts(Group g) {
        return g.children().stream().filter(e -> e instanceof Text).map(e -> ((Text) e).plain()).toList();
    }

    @Test
    void everyColumnOfAnEmbeddingLessonShowsItsWordItsIdAndTheLookup() {
        Drawing d = StillPicture.draw(SENTIMENT, DiagramOptions.still(DiagramLook.DEFAULT, 20), Theme.LIGHT);
        List<Group> inputs = groups(d, PartKind.X);

        assertEquals(13, inputs.size(), "a still picture shows its last twelve columns and the folded cell");
        for (Group g : inputs) {
            int id = SENTIMENT.lesson().embedding().token(g.part().t() - 1);
            List<String> texts = texts(g);
            // after x_t's own label: the lookup on the arrow, the word, its id
            assertEquals(List.of("E[" + id + "]", Vocabulary.english().word(id), "id " + id), texts.subList(texts.size() - 3,
                    texts.size()), g.part().toString());
            assertTrue(g.title().startsWith("'" + Vocabulary.english().word(id) + "', token id " + id + ": x_" + g.part().t()
                    + " = E[" + id + "], row " + id + " of the Embedding E (10000, 32)"), g.title());
        }
    }

    @Test
    void theWordsAreTheReviewsWordsWithThePresetsIdsAndTheStartAsItsName() {
        assertEquals("<start>", WORDS.word(1));
        assertEquals("E[1]", WORDS.lookup(1));
        List<String> review = List.of(Preset.REVIEW.split(" "));
        for (int t = 2; t <= 20; t++) {
            assertEquals(review.get(t - 2), WORDS.word(t));
        }
        assertEquals("great", WORDS.word(5));
        assertEquals(83, WORDS.id(5));
        assertEquals(10_000, WORDS.rows());
        assertEquals(32, WORDS.width());
    }

    @Test
    void clickingAWordSelectsTheInputItWasLookedUpFor() {
        DiagramLayout layout = layout(SENTIMENT, DiagramLook.DEFAULT, WORDS);
        Word great = layout.words().stream().filter(w -> !w.part().folded() && w.part().t() == 5).findFirst().orElseThrow();

        assertEquals(new Part(false, PartKind.X, 5), layout.partAt(great.box().centerX(), great.box().centerY()).orElseThrow());
        assertTrue(great.box().y() > great.input().bottom(), "the word stands under x_t");
    }

    @Test
    void wordsMakeRoomUnderTheInputsAndMoveTheFooterDown() {
        DiagramLayout without = layout(SENTIMENT, DiagramLook.DEFAULT, null);
        DiagramLayout with = layout(SENTIMENT, DiagramLook.DEFAULT, WORDS);

        assertEquals(without.bounds().width(), with.bounds().width());
        assertEquals(without.bounds().height() + Metrics.WORD_ARROW + Metrics.WORD_LINES, with.bounds().height());
        double lowestWord = with.words().stream().mapToDouble(w -> w.box().bottom()).max().orElseThrow();
        assertTrue(lowestWord < with.footerTop() - Typography.CAPTION_SIZE, "the captions stay clear of the words");
    }

    @Test
    void aLessonWithoutAnEmbeddingHasNoWords() {
        assertEquals(null, TokenWords.of(TINY.lesson(), Vocabulary.english()));
        Drawing d = StillPicture.draw(TINY, DiagramOptions.defaults(3), Theme.LIGHT);
        assertTrue(groups(d, PartKind.X).stream().flatMap(g -> texts(g).stream()).noneMatch(s -> s.startsWith("id ")),
                "no token id under x_t");
        assertTrue(d.elements().stream().filter(e -> e instanceof Group).flatMap(e -> texts((Group) e).stream())
                .noneMatch(s -> s.startsWith("E[") || s.startsWith("positive") || s.startsWith("negative")));
    }

    @Test
    void withReturnSequencesOffTheSentimentHeadReadsOnlyTheLastStateAndSaysItsProbability() {
        DiagramLook last = DiagramLook.DEFAULT.withReturnSequences(false);
        Drawing d = StillPicture.draw(SENTIMENT, DiagramOptions.still(last, 20), Theme.LIGHT);
        List<Group> outputs = groups(d, PartKind.O).stream().filter(g -> !g.part().folded()).toList();

        assertEquals(1, outputs.size(), "one o_T at the end");
        assertEquals(20, outputs.get(0).part().t());
        double y = SENTIMENT.values(ValueKind.Y, 20)[0];
        String expected = (y >= 0.5 ? "positive, " : "negative, ") + String.format(Locale.ROOT, "%.2f", y >= 0.5 ? y : 1 - y);
        Box o = ElementBounds.of(outputs.get(0));
        List<Text> over = d.elements().stream().filter(e -> e instanceof Text t && t.plain().equals(expected)).map(e -> (Text) e)
                .toList();
        assertEquals(2, over.size(), "over o_T and over the folded cell's o_t, which shows step T");
        assertTrue(over.stream().anyMatch(t -> Math.abs(t.x() - o.centerX()) < 1e-9 && t.y() < o.y()), "centred over o_T");
    }

    @Test
    void theStepCaptionClearsTheSentimentProbabilityItStandsOver() {
        DiagramLook last = DiagramLook.DEFAULT.withReturnSequences(false);
        Drawing d = StillPicture.draw(SENTIMENT, DiagramOptions.still(last, 20), Theme.LIGHT);
        Text caption = texts(d).stream().filter(t -> t.plain().equals("t = 20")).findFirst().orElseThrow();
        Text verdict = texts(d).stream().filter(t -> t.plain().startsWith("positive") || t.plain().startsWith("negative"))
                .filter(t -> Math.abs(t.x() - caption.x()) < 1e-9).findFirst().orElseThrow();

        // the verdict's letters rise about a font size over its baseline; the caption's baseline stays half a line above them
        assertTrue(verdict.y() - Typography.SMALL_SIZE - caption.y() >= Typography.SMALL_SIZE / 2,
                "caption at " + caption.y() + ", verdict at " + verdict.y());
    }

    private static List<Text> texts(Drawing d) {
        List<Text> all = new java.util.ArrayList<>();
        collect(d.elements(), all);
        return all;
    }

    private static void collect(List<Element> elements, List<Text> into) {
        for (Element e : elements) {
            if (e instanceof Text t) {
                into.add(t);
            } else if (e instanceof Group g) {
                collect(g.children(), into);
            }
        }
    }
}
