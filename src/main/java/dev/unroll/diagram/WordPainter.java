package dev.unroll.diagram;

import dev.unroll.diagram.Element.Anchor;
import dev.unroll.diagram.Element.PathOp;
import dev.unroll.diagram.Element.Polygon;
import dev.unroll.diagram.Element.Stroke;
import dev.unroll.diagram.Element.Text;
import dev.unroll.diagram.Element.TextRun;
import dev.unroll.rnn.HeadActivation;
import dev.unroll.rnn.Lesson;
import dev.unroll.rnn.Trace;
import dev.unroll.rnn.ValueKind;
import java.util.List;
import java.util.Locale;

/**
 * The words of a lesson that reads text: under each x_t the word and its token id, with an arrow up into
 * x_t labelled with the lookup E[id]; and, for a sentiment head (one output through a sigmoid), the
 * probability over o_t said as a class, "positive, 0.73".
 */
final class WordPainter {

    private WordPainter() {
    }

    /**
     * Adds to x_t's {@code children} the word {@code w}: its arrow into x_t with the lookup, the word, and
     * its id; returns what the word says on hover.
     */
    static String word(List<Element> children, DiagramLayout.Word w, TokenWords words, Theme theme, boolean selected) {
        int t = w.part().t();
        int ink = w.future() ? theme.faint() : selected ? theme.accent() : theme.ink();
        Box box = w.box();
        double x = box.centerX();
        double tip = w.input().bottom();
        Stroke line = w.future() ? Stroke.dashed(ink, 1.2, 5, 4) : Stroke.solid(ink, selected ? 2.2 : 1.3);
        children.add(new Element.Path(List.of(new PathOp.MoveTo(x, box.y()),
                new PathOp.LineTo(x, tip + Metrics.ARROW_LENGTH * Metrics.ARROW_LINE_STOP)), line));
        double half = Metrics.ARROW_HALF_WIDTH;
        children.add(new Polygon(new double[] {x, tip, x - half, tip + Metrics.ARROW_LENGTH, x + half, tip + Metrics.ARROW_LENGTH},
                Paint.of(ink)));
        double middle = (box.y() + tip) / 2;
        children.add(text(x + Metrics.LOOKUP_LABEL_OFFSET, middle + Metrics.LOOKUP_LABEL_DROP, Typography.SMALL_SIZE, true,
                w.future() ? theme.faint() : selected ? theme.accent() : theme.matrix(), Anchor.START, words.lookup(t)));
        children.add(text(x, box.y() + Metrics.WORD_BASELINE, Typography.LABEL_SIZE, true, ink, Anchor.MIDDLE, words.word(t)));
        children.add(text(x, box.y() + Metrics.WORD_ID_BASELINE, Typography.SMALL_SIZE, false,
                w.future() ? theme.faint() : theme.muted(), Anchor.MIDDLE, say("diagram.word.id", String.valueOf(words.id(t)))));
        return say("diagram.title.word", words.word(t), String.valueOf(words.id(t)), String.valueOf(t),
                String.valueOf(words.rows()), String.valueOf(words.width()));
    }

    /**
     * Over o_t of a sentiment head, the class the probability y_t = sigmoid(o_t) picks and that class's
     * probability: "positive, 0.73" when y_t ≥ 0.5, else "negative" with 1 − y_t. Other heads get nothing.
     */
    static void verdict(List<Element> children, Box o, Trace trace, int t, Theme theme) {
        if (!isSentiment(trace.lesson())) {
            return;
        }
        children.add(text(o.centerX(), o.y() - Metrics.VERDICT_LIFT, Typography.SMALL_SIZE, true, theme.accent(), Anchor.MIDDLE,
                verdict(trace.values(ValueKind.Y, t)[0])));
    }

    /** Whether the lesson's head is one output through a sigmoid: a probability of "positive". */
    static boolean isSentiment(Lesson lesson) {
        return lesson.dimensions().outputSize() == 1 && lesson.headActivation() == HeadActivation.SIGMOID;
    }

    /** "positive, 0.73" for y = 0.73; "negative, 0.80" for y = 0.2. */
    static String verdict(double y) {
        boolean positive = y >= 0.5;
        return say(positive ? "diagram.positive" : "diagram.negative",
                String.format(Locale.ROOT, "%.2f", positive ? y : 1 - y));
    }

    private static Text text(double x, double y, double size, boolean bold, int ink, Anchor anchor, String words) {
        return new Text(x, y, List.of(TextRun.normal(words)), size, bold, Paint.of(ink), anchor);
    }

    private static String say(String key, Object... args) {
        return dev.unroll.i18n.Text.get(key, args);
    }
}
