package dev.unroll.diagram;

import dev.unroll.diagram.Element.Text;
import dev.unroll.diagram.Element.TextRun;
import java.util.Map;

/**
 * How much room text takes when set in {@link Typography#FONT_FAMILY}, without asking a renderer:
 * the layout and the painter use it to make boxes, cells and the picture's bounds hold their text,
 * so the screen, the SVG and the PNG agree without measuring. Widths are the font's advance widths
 * (DejaVu Sans Book and Bold, in thousandths of an em); a character the table does not know counts
 * as a full em, so an estimate errs on the wide side.
 */
public final class TextMetrics {

    /** How far the font rises above the baseline, in ems. */
    public static final double ASCENT = 0.928;
    /** How far the font reaches below the baseline, in ems. */
    public static final double DESCENT = 0.236;

    private static final int FIRST_ASCII = 32;
    /** Advance widths of ' ' … '~' in DejaVu Sans Book, thousandths of an em. */
    private static final short[] REGULAR = {
        318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337,
        636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531,
        1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787,
        603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500,
        500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612,
        635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838};
    /** Advance widths of ' ' … '~' in DejaVu Sans Bold, thousandths of an em. */
    private static final short[] BOLD = {
        348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365,
        696, 696, 696, 696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580,
        1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850,
        733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838, 500,
        500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687,
        716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838};
    /** The other characters the diagram writes, as {regular, bold}. */
    private static final Map<Character, short[]> OTHERS = Map.ofEntries(
            Map.entry('\u2212', new short[] {838, 838}),
            Map.entry('\u00B7', new short[] {318, 380}),
            Map.entry('\u00B1', new short[] {838, 838}),
            Map.entry('\u00D7', new short[] {838, 838}),
            Map.entry('\u2026', new short[] {1000, 1000}),
            Map.entry('\u22EF', new short[] {1000, 1000}),
            Map.entry('\u2022', new short[] {590, 639}),
            Map.entry('\u2191', new short[] {838, 838}),
            Map.entry('\u2192', new short[] {838, 838}),
            Map.entry('\u221E', new short[] {833, 833}),
            Map.entry('\u1D40', new short[] {385, 430}));
    private static final int UNKNOWN = 1000;

    private TextMetrics() {
    }

    /** The advance width of {@code text} at {@code size}, in drawing units. */
    public static double width(String text, double size, boolean bold) {
        long thousandths = 0;
        for (int i = 0; i < text.length(); i++) {
            thousandths += advance(text.charAt(i), bold);
        }
        return thousandths * size / 1000.0;
    }

    /** The width of a whole line: each run at its own size (a subscript is smaller). */
    public static double width(Text text) {
        double total = 0;
        for (TextRun run : text.runs()) {
            total += width(run.text(), text.sizeOf(run), text.bold());
        }
        return total;
    }

    /**
     * The rectangle a line of text covers: from its left end to its right end, from the top of its
     * tallest glyph to the bottom of its lowest (a subscript sits lower than the baseline).
     */
    public static Box bounds(Text text) {
        double width = width(text);
        double left = switch (text.anchor()) {
            case START -> text.x();
            case MIDDLE -> text.x() - width / 2;
            case END -> text.x() - width;
        };
        double top = text.y();
        double bottom = text.y();
        for (TextRun run : text.runs()) {
            double size = text.sizeOf(run);
            double baseline = text.y() + (run.subscript() ? text.size() * Typography.SUBSCRIPT_DROP : 0);
            top = Math.min(top, baseline - ASCENT * size);
            bottom = Math.max(bottom, baseline + DESCENT * size);
        }
        return new Box(left, top, width, bottom - top);
    }

    private static int advance(char c, boolean bold) {
        int index = c - FIRST_ASCII;
        if (index >= 0 && index < REGULAR.length) {
            return bold ? BOLD[index] : REGULAR[index];
        }
        short[] known = OTHERS.get(c);
        return known == null ? UNKNOWN : known[bold ? 1 : 0];
    }
}
