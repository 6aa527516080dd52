package dev.unroll.rnn;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Keras 3's {@code model.summary()} table, as its rich-text console prints it in an 80-column terminal.
 * Keras makes the table {@code min(88, columns - 4)} = 76 characters wide; rich fits its three
 * columns, with one space of padding each side, into 33, 24 and 15 characters. A cell too long
 * for its column wraps at spaces, and a word longer than the column is cut with "…".
 */
final class KerasSummaryTable {

    /** The columns' text widths, padding excluded. */
    private static final int[] WIDTHS = {31, 22, 13};
    /** The float32 weights Keras keeps: four bytes each. */
    private static final int BYTES_PER_PARAM = 4;
    private static final String[] SIZE_UNITS = {"B", "KB", "MB", "GB", "TB", "PB"};

    private KerasSummaryTable() {
    }

    static String format(KerasSummary summary) {
        StringBuilder s = new StringBuilder();
        s.append("Model: \"").append(summary.modelName()).append("\"\n");
        s.append(rule('┏', '━', '┳', '┓'));
        s.append(line('┃', List.of("Layer (type)", "Output Shape", "Param #")));
        s.append(rule('┡', '━', '╇', '┩'));
        List<KerasSummary.Layer> layers = summary.layers();
        for (int i = 0; i < layers.size(); i++) {
            KerasSummary.Layer layer = layers.get(i);
            List<List<String>> cells = List.of(wrap(layer.name() + " (" + layer.type() + ")", WIDTHS[0]),
                    wrap(layer.outputShape(), WIDTHS[1]), wrap(String.format(Locale.ROOT, "%,d", layer.params()), WIDTHS[2]));
            int height = cells.stream().mapToInt(List::size).max().orElse(1);
            for (int r = 0; r < height; r++) {
                List<String> row = new ArrayList<>();
                for (List<String> cell : cells) {
                    row.add(r < cell.size() ? cell.get(r) : "");
                }
                s.append(line('│', row));
            }
            s.append(i == layers.size() - 1 ? rule('└', '─', '┴', '┘') : rule('├', '─', '┼', '┤'));
        }
        long trainable = summary.totalParams();
        long optimizer = summary.optimizerParams();
        s.append(" Total params: ").append(count(trainable + optimizer))
                .append(size(trainable * BYTES_PER_PARAM + summary.optimizerBytes()));
        s.append(" Trainable params: ").append(count(trainable)).append(size(trainable * BYTES_PER_PARAM));
        s.append(" Non-trainable params: 0").append(size(0));
        if (optimizer > 0) {
            s.append(" Optimizer params: ").append(count(optimizer)).append(size(summary.optimizerBytes()));
        }
        return s.toString();
    }

    private static String rule(char left, char fill, char cross, char right) {
        StringBuilder s = new StringBuilder().append(left);
        for (int i = 0; i < WIDTHS.length; i++) {
            s.append(String.valueOf(fill).repeat(WIDTHS[i] + 2)).append(i == WIDTHS.length - 1 ? right : cross);
        }
        return s.append('\n').toString();
    }

    /** One line of the table: the first two columns left-aligned, the parameter count right-aligned. */
    private static String line(char bar, List<String> cells) {
        StringBuilder s = new StringBuilder().append(bar);
        for (int i = 0; i < WIDTHS.length; i++) {
            String text = cells.get(i);
            String pad = " ".repeat(WIDTHS[i] - text.length());
            s.append(' ').append(i == WIDTHS.length - 1 ? pad + text : text + pad).append(' ').append(bar);
        }
        return s.append('\n').toString();
    }

    /** Rich's wrapping: greedy at spaces; a word wider than the column is cut to fit, ending in "…". */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String fitted = word.length() > width ? word.substring(0, width - 1) + "…" : word;
            if (current.length() > 0 && current.length() + 1 + fitted.length() > width) {
                lines.add(current.toString());
                current.setLength(0);
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(fitted);
        }
        lines.add(current.toString());
        return lines;
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /**
     * Keras's readable size: bytes divided by 1024 until under 1024, with two decimals. Python rounds
     * the exact binary value half to even, which BigDecimal of the double reproduces.
     */
    private static String size(long bytes) {
        double value = bytes;
        int unit = 0;
        while (value / 1024 >= 1 && unit < SIZE_UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return " (" + new BigDecimal(value).setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " " + SIZE_UNITS[unit] + ")\n";
    }
}
