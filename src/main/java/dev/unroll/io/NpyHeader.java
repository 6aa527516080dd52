package dev.unroll.io;

import dev.unroll.rnn.Shapes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The header of an .npy file, a Python dict literal such as
 * {@code {'descr': '<f8', 'fortran_order': False, 'shape': (3, 4), }}, parsed strictly: exactly the
 * three keys numpy writes, each once, with values of the right kind, and nothing after the closing
 * brace but padding. numpy reads it with {@code ast.literal_eval}; this is the small subset of Python
 * literals that numpy writes, and anything else is refused rather than guessed at.
 */
record NpyHeader(NpyDtype dtype, boolean fortranOrder, long[] shape) {

    /** What a good header looks like, for messages. */
    static final String EXAMPLE = "a header such as {'descr': '<f8', 'fortran_order': False, 'shape': (3, 4), }";

    /** How many values the shape holds, or −1 if more than {@code Long.MAX_VALUE}. */
    long count() {
        long n = 1;
        for (long d : shape) {
            if (d != 0 && n > Long.MAX_VALUE / d) {
                return -1;
            }
            n *= d;
        }
        return n;
    }

    /** The shape as numpy prints it: {@code ()}, {@code (4,)} or {@code (3, 4)}. */
    String shapeText() {
        return Shapes.of(shape);
    }

    /**
     * @throws BadInputException naming {@code source} and the first thing that is not as numpy writes it
     */
    static NpyHeader parse(String text, String source) {
        return new Parser(text, source).header();
    }

    private static final class Parser {
        private final String text;
        private final String source;
        private int pos;

        Parser(String text, String source) {
            this.text = text;
            this.source = source;
        }

        NpyHeader header() {
            skipSpace();
            expect('{');
            String descr = null;
            Boolean fortran = null;
            long[] shape = null;
            while (true) {
                skipSpace();
                if (peek() == '}') {
                    pos++;
                    break;
                }
                String key = string();
                skipSpace();
                expect(':');
                skipSpace();
                switch (key) {
                    case "descr" -> {
                        requireOnce(descr == null, key);
                        descr = descr();
                    }
                    case "fortran_order" -> {
                        requireOnce(fortran == null, key);
                        fortran = bool();
                    }
                    case "shape" -> {
                        requireOnce(shape == null, key);
                        shape = shape();
                    }
                    default -> throw bad("its header has an unknown key " + BadInputException.quoted(key),
                            "only 'descr', 'fortran_order' and 'shape'");
                }
                skipSpace();
                if (peek() == ',') {
                    pos++;
                } else if (peek() != '}') {
                    throw bad("its header is not a Python dict at character " + (pos + 1), EXAMPLE);
                }
            }
            for (int i = pos; i < text.length(); i++) {
                if (!isSpace(text.charAt(i))) {
                    throw bad("its header has text after the closing brace", "only spaces and a newline after it");
                }
            }
            if (descr == null || fortran == null || shape == null) {
                String missing = descr == null ? "descr" : fortran == null ? "fortran_order" : "shape";
                throw bad("its header has no '" + missing + "'", "'descr', 'fortran_order' and 'shape'");
            }
            return new NpyHeader(NpyDtype.of(descr, source), fortran, shape);
        }

        private String descr() {
            if (peek() == '[') {
                throw bad("its dtype is a structured record type, not numbers", NpyDtype.SUPPORTED);
            }
            return string();
        }

        private String string() {
            char quote = peek();
            if (quote != '\'' && quote != '"') {
                throw bad("its header has no quoted text at character " + (pos + 1), EXAMPLE);
            }
            int end = text.indexOf(quote, pos + 1);
            if (end < 0) {
                throw bad("its header has an unclosed quote", EXAMPLE);
            }
            String s = text.substring(pos + 1, end);
            if (s.indexOf('\\') >= 0) {
                throw bad("its header has an escape sequence in " + BadInputException.quoted(s), EXAMPLE);
            }
            pos = end + 1;
            return s;
        }

        private boolean bool() {
            if (text.startsWith("True", pos)) {
                pos += 4;
                return true;
            }
            if (text.startsWith("False", pos)) {
                pos += 5;
                return false;
            }
            throw bad("its 'fortran_order' is neither True nor False", "True or False");
        }

        private long[] shape() {
            expect('(');
            List<Long> dims = new ArrayList<>();
            boolean trailingComma = false;
            skipSpace();
            while (peek() != ')') {
                dims.add(dimension());
                skipSpace();
                trailingComma = peek() == ',';
                if (trailingComma) {
                    pos++;
                    skipSpace();
                } else if (peek() != ')') {
                    throw bad("its 'shape' is not a tuple of whole numbers", "a shape such as (3, 4) or (4,)");
                }
            }
            pos++;
            if (dims.size() == 1 && !trailingComma) {
                // (4) is the number 4 in Python, not a tuple; numpy always writes (4,)
                throw bad("its 'shape' (" + dims.get(0) + ") is not a tuple", "(" + dims.get(0) + ",)");
            }
            return dims.stream().mapToLong(Long::longValue).toArray();
        }

        private long dimension() {
            int start = pos;
            while (pos < text.length() && Character.isDigit(text.charAt(pos)) && text.charAt(pos) < 128) {
                pos++;
            }
            if (pos == start) {
                throw bad("its 'shape' is not a tuple of whole numbers", "a shape such as (3, 4) or (4,)");
            }
            String digits = text.substring(start, pos);
            if (digits.length() > 18) {
                throw bad("its shape has the dimension " + BadInputException.shorten(digits) + ", past every limit",
                        "at most " + InputFiles.count(ImportLimits.MAX_VALUES) + " values");
            }
            return Long.parseLong(digits);
        }

        private void requireOnce(boolean first, String key) {
            if (!first) {
                throw bad("its header has '" + key + "' twice", "each key once");
            }
        }

        private void expect(char c) {
            if (peek() != c) {
                throw bad("its header is not a Python dict: '" + c + "' missing at character " + (pos + 1), EXAMPLE);
            }
            pos++;
        }

        private char peek() {
            return pos < text.length() ? text.charAt(pos) : '\0';
        }

        private void skipSpace() {
            while (pos < text.length() && isSpace(text.charAt(pos))) {
                pos++;
            }
        }

        private static boolean isSpace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r';
        }

        private BadInputException bad(String problem, String expected) {
            return new BadInputException(source, problem, expected);
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "NpyHeader[%s, fortran %s, %s]", dtype.descr(), fortranOrder, shapeText());
    }
}
