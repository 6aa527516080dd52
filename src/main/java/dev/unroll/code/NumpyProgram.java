package dev.unroll.code;

import dev.unroll.diagram.Notation;
import dev.unroll.io.LessonSource;
import dev.unroll.io.StoredArray;
import dev.unroll.rnn.Activation;
import dev.unroll.rnn.Dimensions;
import dev.unroll.rnn.EmbeddingRecipe;
import dev.unroll.rnn.HeadActivation;
import dev.unroll.rnn.Initialisation;
import dev.unroll.rnn.LessonSpec;
import dev.unroll.rnn.ValueKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Python program, needing numpy alone, that computes a lesson as Unroll does and prints one kind of
 * value as {@code unroll trace} does: one CSV line per timestep, no header.
 *
 * <p>It keeps Unroll's arithmetic: {@code a_t = (W·x_t + U·h_{t−1}) + b} added in that order, the
 * activations written as the engine computes them, softmax shifted by its largest input. Seeded numbers
 * are drawn with numpy's legacy generator in the engine's order, so a numpy-uniform lesson comes out
 * bit for bit; the Keras initialisation's Gaussian draws and QR decomposition may differ from the
 * engine's in the last place, which stays far below 1e-9.
 */
public final class NumpyProgram {

    /** What the program is for: its lesson's numbers, its arithmetic, its letters and what it prints. */
    public record Recipe(ProgramNumbers numbers, Activation activation, HeadActivation headActivation,
                         boolean head, Notation letters, ValueKind printed) {
        public Recipe {
            Objects.requireNonNull(numbers, "numbers");
            Objects.requireNonNull(activation, "activation");
            Objects.requireNonNull(headActivation, "headActivation");
            Objects.requireNonNull(letters, "letters");
            Objects.requireNonNull(printed, "printed");
            if (printed.needsHead() && !head) {
                throw new IllegalArgumentException(printed.key() + " needs an output head");
            }
        }
    }

    private final List<ProgramLine> lines;

    private NumpyProgram(List<ProgramLine> lines) {
        this.lines = List.copyOf(lines);
    }

    /** The program for a recipe. */
    public static NumpyProgram of(Recipe recipe) {
        return new Writer(recipe).write();
    }

    /**
     * The program that computes {@code source} as the engine does, in {@code letters}, printing
     * {@code printed}; empty for numbers read from no file, which a program has nowhere to load from, and for
     * a lesson the program cannot compute (see {@link #unsupported}).
     *
     * @throws IllegalArgumentException when {@code printed} needs a head the lesson does not have
     */
    public static Optional<NumpyProgram> of(LessonSource source, Notation letters, ValueKind printed) {
        if (unsupported(source) != null) {
            return Optional.empty();
        }
        boolean head = source.dimensions().hasHead();
        if (printed.needsHead() && !head) {
            throw new IllegalArgumentException("--values " + printed.key() + " needs an output head: the lesson has none (K = 0)");
        }
        return ProgramNumbers.of(source).map(numbers -> of(new Recipe(numbers, source.activation(),
                source.headActivation(), head, letters, printed)));
    }

    /**
     * Why no program is written for {@code source}, or null when one is: the program computes a head of one
     * Dense layer, not Dense layers between h_t and the head.
     */
    public static String unsupported(LessonSource source) {
        if (source instanceof LessonSource.Explicit e && !e.lesson().denseLayers().isEmpty()) {
            return "the lesson has " + (e.lesson().denseLayers().size() + 1) + " Dense layers after its RNN, and the "
                    + "numpy program computes a head of one Dense layer, o_t = V·h_t + c";
        }
        return null;
    }

    /** Every line, in order. */
    public List<ProgramLine> lines() {
        return lines;
    }

    /** The index of the first line doing {@code role}, or −1 where the program has none. */
    public int firstLine(LineRole role) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).role() == role) {
                return i;
            }
        }
        return -1;
    }

    /** The program as text, each line ended by a line feed. */
    public String text() {
        StringBuilder s = new StringBuilder();
        for (ProgramLine line : lines) {
            s.append(line.text()).append('\n');
        }
        return s.toString();
    }

    /**
     * A Python string literal for {@code text}, in plain ASCII: other characters are escaped, so the
     * program reads the same whatever encoding a terminal or an editor gives it.
     */
    static String pythonString(String text) {
        StringBuilder s = new StringBuilder("\"");
        text.codePoints().forEach(cp -> {
            if (cp == '"' || cp == '\\') {
                s.append('\\').appendCodePoint(cp);
            } else if (cp < 0x20 || cp == 0x7F) {
                s.append(String.format(Locale.ROOT, "\\x%02x", cp));
            } else if (cp > 0x7F) {
                s.append(cp <= 0xFFFF ? String.format(Locale.ROOT, "\\u%04x", cp) : String.format(Locale.ROOT, "\\U%08x", cp));
            } else {
                s.appendCodePoint(cp);
            }
        });
        return s.append('"').toString();
    }

    /** A file as the program names it: by its absolute path, so the program runs from any folder. */
    private static String pythonPath(Path file) {
        return pythonString(file.toAbsolutePath().normalize().toString());
    }

    /** Writes one program; a new one for each. */
    private static final class Writer {

        private final Recipe recipe;
        private final String input;
        private final String recurrent;
        private final List<ProgramLine> out = new ArrayList<>();
        /** numpy code for h_0, once the numbers are in place. */
        private String initialState = "np.zeros((units,))";

        Writer(Recipe recipe) {
            this.recipe = recipe;
            this.input = recipe.letters().inputMatrix();
            this.recurrent = recipe.letters().recurrentMatrix();
        }

        NumpyProgram write() {
            setup("import numpy as np");
            if (recipe.numbers() instanceof ProgramNumbers.Loaded loaded && uses(loaded, StoredArray.Format.LESSON)) {
                setup("import json");
            }
            setup("");
            if (recipe.numbers() instanceof ProgramNumbers.Drawn drawn) {
                drawn(drawn.spec());
            } else {
                loaded((ProgramNumbers.Loaded) recipe.numbers());
            }
            loop();
            return new NumpyProgram(out);
        }

        private void setup(String line) {
            out.add(new ProgramLine(line, LineRole.SETUP));
        }

        private void add(String line, LineRole role) {
            out.add(new ProgramLine(line, role));
        }

        private void drawn(LessonSpec spec) {
            Dimensions d = spec.dimensions();
            setup("timesteps, input_features, units" + (recipe.head() ? ", output_size" : "") + " = "
                    + d.timesteps() + ", " + d.inputFeatures() + ", " + d.units()
                    + (recipe.head() ? ", " + d.outputSize() : ""));
            EmbeddingRecipe embedding = spec.embedding();
            if (embedding != null) {
                setup("vocabulary = " + embedding.rows() + "  # V: the rows of the Embedding's table E, one per token id");
            }
            setup("np.random.seed(" + spec.seed() + ")");
            if (spec.initialisation() == Initialisation.NUMPY_UNIFORM) {
                setup("# every number uniform on [0, 1), drawn in this order");
                if (embedding != null) {
                    setup("E = np.random.random((vocabulary, input_features))  # the Embedding's table, drawn where x would be");
                    lookUp(embedding.tokens());
                } else {
                    setup("inputs = np.random.random((timesteps, input_features))  # x_t, one row per timestep");
                }
                setup(input + " = np.random.random((units, input_features))  # input to hidden, (N, M)");
                setup(recurrent + " = np.random.random((units, units))  # hidden to hidden, (N, N)");
                setup("b = np.random.random((units,))");
                if (recipe.head()) {
                    setup("V = np.random.random((output_size, units))  # hidden to output, (K, N)");
                    setup("c = np.random.random((output_size,))");
                }
            } else {
                setup("# Keras's defaults, drawn in this order: " + (embedding != null ? "the Embedding's table uniform on "
                        + "[-0.05, 0.05)," : "inputs standard normal,") + " kernels glorot_uniform,");
                setup("# the recurrent kernel orthogonal, biases zero; Keras stores kernels transposed");
                if (embedding != null) {
                    setup("E = np.random.uniform(-0.05, 0.05, (vocabulary, input_features))  # Keras builds the Embedding first");
                    lookUp(embedding.tokens());
                } else {
                    setup("inputs = np.random.standard_normal((timesteps, input_features))  # x_t, one row per timestep");
                }
                glorot("kernel", "input_features", "units");
                setup("q, r = np.linalg.qr(np.random.standard_normal((units, units)))");
                setup("recurrent_kernel = q * np.sign(np.diag(r))  # orthogonal, whatever the QR's signs");
                setup(input + " = kernel.T  # input to hidden, (N, M)");
                setup(recurrent + " = recurrent_kernel.T  # hidden to hidden, (N, N)");
                setup("b = np.zeros((units,))");
                if (recipe.head()) {
                    glorot("dense_kernel", "units", "output_size");
                    setup("V = dense_kernel.T  # hidden to output, (K, N)");
                    setup("c = np.zeros((output_size,))");
                }
            }
        }

        /** The ids, and the inputs as the rows of E they name. */
        private void lookUp(List<Integer> tokens) {
            StringBuilder list = new StringBuilder();
            for (int id : tokens) {
                list.append(list.length() == 0 ? "" : ", ").append(id);
            }
            setup("tokens = np.array([" + list + "])  # Keras's IMDB ids: 0 padding, 1 start, 2 unknown, words from 4");
            setup("inputs = E[tokens]  # x_t = E[token_t], one row per timestep");
        }

        private void glorot(String name, String fanIn, String fanOut) {
            setup("limit = np.sqrt(6 / (" + fanIn + " + " + fanOut + "))");
            setup(name + " = np.random.uniform(-limit, limit, (" + fanIn + ", " + fanOut + "))  # glorot_uniform");
        }

        private void loaded(ProgramNumbers.Loaded loaded) {
            Map<Path, String> archives = new LinkedHashMap<>();
            for (StoredArray a : loaded.origin().arrays()) {
                if (a.storedName() != null && !archives.containsKey(a.file())) {
                    String variable = archives.isEmpty() ? "stored" : "stored" + (archives.size() + 1);
                    archives.put(a.file(), variable);
                    String path = pythonPath(a.file());
                    if (a.format() == StoredArray.Format.LESSON) {
                        setup("with open(" + path + ", encoding=\"utf-8\") as f:");
                        setup("    " + variable + " = json.load(f)[\"weights\"]  # a lesson file's numbers");
                    } else {
                        setup(variable + " = np.load(" + path + ")");
                    }
                }
            }
            if (uses(loaded, StoredArray.Format.TEXT)) {
                tableReader();
            }
            StoredArray table = loaded.origin().array("embeddings");
            if (table != null) {
                setup("E = " + load(table, archives, false) + "  # the Embedding's table, (V, D)");
                lookUp(loaded.tokens());
            } else {
                setup("inputs = " + load(loaded.origin().array("x"), archives, false) + "  # x_t, one row per timestep");
            }
            setup(input + " = " + load(loaded.origin().array("W"), archives, false) + "  # input to hidden, (N, M)");
            setup(recurrent + " = " + load(loaded.origin().array("U"), archives, false) + "  # hidden to hidden, (N, N)");
            setup("b = " + load(loaded.origin().array("b"), archives, true));
            if (recipe.head()) {
                setup("V = " + load(loaded.origin().array("V"), archives, false) + "  # hidden to output, (K, N)");
                setup("c = " + load(loaded.origin().array("c"), archives, true));
            }
            setup("units = b.shape[0]");
            StoredArray h0 = loaded.origin().array("h0");
            if (h0 != null) {
                initialState = load(h0, archives, true);
            }
        }

        /** Whether any of the numbers are in a file of {@code format}, as the reader found it (not as its name says). */
        private static boolean uses(ProgramNumbers.Loaded loaded, StoredArray.Format format) {
            return loaded.origin().arrays().stream().anyMatch(a -> a.format() == format);
        }

        /** numpy code for one stored array, turned into Unroll's orientation; vectors as 1-D. */
        private static String load(StoredArray a, Map<Path, String> archives, boolean vector) {
            String e = switch (a.format()) {
                case LESSON -> "np.array(" + archives.get(a.file()) + "[" + pythonString(a.storedName()) + "], dtype=np.float64)";
                case NPZ -> archives.get(a.file()) + "[" + pythonString(a.storedName()) + "].astype(np.float64)";
                case TEXT -> "read_table(" + pythonPath(a.file()) + ")";
                case NPY -> "np.load(" + pythonPath(a.file()) + ").astype(np.float64)";
            };
            if (vector) {
                return e + ".reshape(-1)";
            }
            return a.transposed() ? e + ".T" : e;
        }

        private void tableReader() {
            setup("");
            setup("def read_table(path):");
            setup("    \"\"\"A CSV or space-separated table as Unroll reads it: '#' lines skipped, a header of names dropped.\"\"\"");
            setup("    rows = []");
            setup("    with open(path, encoding=\"utf-8-sig\") as f:  # as Unroll, skipping a byte-order mark");
            setup("        for line in f:");
            setup("            line = line.strip()");
            setup("            if line and not line.startswith(\"#\"):");
            setup("                rows.append(line.replace(\",\", \" \").split())");
            setup("    try:");
            setup("        float(rows[0][0])");
            setup("    except ValueError:");
            setup("        rows = rows[1:]");
            setup("    return np.array(rows, dtype=np.float64)");
            setup("");
        }

        private void helpers() {
            setup("");
            setup("def number(v):");
            setup("    \"\"\"A value as Unroll's CSV writes infinities and NaN; others in Python's shortest round-trip form.\"\"\"");
            setup("    v = float(v)");
            setup("    if v != v:");
            setup("        return \"NaN\"");
            setup("    if v in (float(\"inf\"), float(\"-inf\")):");
            setup("        return \"Infinity\" if v > 0 else \"-Infinity\"");
            setup("    return repr(v)");
            setup("");
        }

        private void loop() {
            String kept = switch (recipe.printed()) {
                case A -> "a_t";
                case H -> "output_t";
                case O -> "o_t";
                case Y -> "y_t";
            };
            add("state_t = " + initialState + "  # h_0", LineRole.INITIAL_STATE);
            add("successive_outputs = []", LineRole.INITIAL_STATE);
            add("for input_t in inputs:", LineRole.LOOP);
            add("    a_t = np.dot(" + input + ", input_t) + np.dot(" + recurrent + ", state_t) + b", LineRole.PRE_ACTIVATION);
            add("    output_t = " + activation("a_t") + "  # h_t", LineRole.ACTIVATION);
            if (recipe.head()) {
                add("    o_t = np.dot(V, output_t) + c", LineRole.OUTPUT);
                switch (recipe.headActivation()) {
                    case LINEAR -> add("    y_t = o_t", LineRole.HEAD_ACTIVATION);
                    case SIGMOID -> add("    y_t = 1.0 / (1.0 + np.exp(-o_t))", LineRole.HEAD_ACTIVATION);
                    case SOFTMAX -> {
                        add("    e_t = np.exp(o_t - np.max(o_t))  # shifted by the largest: same softmax, no overflow",
                                LineRole.HEAD_ACTIVATION);
                        add("    y_t = e_t / np.sum(e_t)", LineRole.HEAD_ACTIVATION);
                    }
                }
            }
            add("    successive_outputs.append(" + kept + ")", LineRole.COLLECT);
            add("    state_t = output_t", LineRole.STATE_UPDATE);
            add("final_output_sequence = np.stack(successive_outputs, axis=0)  # (T, "
                    + (recipe.printed().needsHead() ? "K" : "N") + "): " + recipe.printed().key() + "_t for t = 1 ... T",
                    LineRole.RESULT);
            helpers();
            add("for row in final_output_sequence:", LineRole.RESULT);
            add("    print(\",\".join(number(v) for v in row))", LineRole.RESULT);
        }

        private String activation(String a) {
            return switch (recipe.activation()) {
                case TANH -> "np.tanh(" + a + ")";
                case RELU -> "np.where(" + a + " > 0, " + a + ", 0.0)";
                case SIGMOID -> "1.0 / (1.0 + np.exp(-" + a + "))";
                case LINEAR -> a;
            };
        }
    }
}
