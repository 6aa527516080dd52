package dev.unroll.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.unroll.rnn.Activation;
import dev.unroll.rnn.Dense;
import dev.unroll.rnn.Dimensions;
import dev.unroll.rnn.EmbeddingRecipe;
import dev.unroll.rnn.HeadActivation;
import dev.unroll.rnn.Initialisation;
import dev.unroll.rnn.Lesson;
import dev.unroll.rnn.LessonSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads a lesson file in two passes over a streaming parser. The first reads only {@code format}
 * and {@code version}, wherever they stand, so that a file from a newer Unroll is answered with
 * "made by a newer Unroll" rather than with whatever its new layout breaks here. The second reads
 * the rest; weights and inputs go straight into arrays of doubles, never into a tree of objects.
 */
final class LessonJsonReader {

    private final String source;
    private final Path file;
    private final JsonParser p;

    private LessonJsonReader(JsonParser parser, String source, Path file) {
        this.p = parser;
        this.source = source;
        this.file = file;
    }

    static LessonFile read(Path path) {
        String source = BadInputException.name(path);
        InputFiles.check(path, ImportLimits.MAX_LESSON_BYTES, LessonJson.EXPECTED);
        // the first pass stops once it has both, so a huge file is not read twice to its end
        LessonJson.parse(path, source, false, parser -> {
            new LessonJsonReader(parser, source, path).checkFormatAndVersion();
            return null;
        });
        return LessonJson.parse(path, source, parser -> new LessonJsonReader(parser, source, path).lesson());
    }

    private void checkFormatAndVersion() throws IOException {
        JsonToken first = p.nextToken();
        if (first == null) {
            throw new BadInputException(source, "is empty", LessonJson.EXPECTED);
        }
        if (first != JsonToken.START_OBJECT) {
            throw new BadInputException(source, "is not an Unroll lesson: it holds " + LessonJson.kind(first)
                    + " rather than a JSON object", "a JSON object with \"format\": \"" + LessonJson.FORMAT + "\"");
        }
        String format = null;
        Long version = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "format" -> format = LessonJson.text(p, source, "format");
                case "version" -> version = LessonJson.whole(p, source, "version");
                default -> p.skipChildren();
            }
            if (format != null && version != null) {
                break;
            }
        }
        if (format == null) {
            throw new BadInputException(source, "has no \"format\", so it is not an Unroll lesson",
                    "\"format\": \"" + LessonJson.FORMAT + "\"");
        }
        if (!format.equals(LessonJson.FORMAT)) {
            throw new BadInputException(source, "is not an Unroll lesson: its format is " + BadInputException.quoted(format),
                    "\"format\": \"" + LessonJson.FORMAT + "\"");
        }
        if (version == null) {
            throw new BadInputException(source, "has no \"version\"", "\"version\": " + LessonJson.VERSION);
        }
        if (version > LessonJson.VERSION) {
            throw new BadInputException(source, "was made by a newer Unroll (version " + version + "); this one reads version "
                    + LessonJson.VERSION, null);
        }
        if (version < 1) {
            throw new BadInputException(source, "has version " + version + ", which no Unroll writes",
                    "\"version\": " + LessonJson.VERSION);
        }
    }

    private LessonFile lesson() throws IOException {
        p.nextToken();
        String title = null;
        String notes = "";
        SortedMap<Integer, String> stepNotes = Collections.emptySortedMap();
        Activation activation = null;
        HeadActivation headActivation = null;
        LessonSpec seeded = null;
        Map<String, SourcedArray> weights = null;
        ViewSettings view = ViewSettings.NONE;
        ModelOrigin model = null;
        List<DenseEntry> dense = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "title" -> title = LessonJson.text(p, source, "title");
                case "notes" -> notes = LessonJson.text(p, source, "notes");
                case LessonJson.STEP_NOTES -> stepNotes = stepNotes();
                case "activation" -> activation = LessonJson.constant(p, source, "activation", Activation.class, Activation::key);
                case "headActivation" -> headActivation = LessonJson.constant(p, source, "headActivation",
                        HeadActivation.class, HeadActivation::key);
                case "seeded" -> seeded = seeded();
                case "weights" -> weights = weights();
                case "view" -> view = ViewSettings.of(ViewSection.read(p, source));
                case LessonJson.MODEL -> model = model();
                case LessonJson.DENSE -> dense = dense();
                // format and version were checked by the first pass; keys a later version adds are skipped
                default -> p.skipChildren();
            }
        }
        require(title != null, "title", "text in quotes (it may be empty)");
        require(activation != null, "activation", "one of tanh, relu, sigmoid, linear");
        require(headActivation != null, "headActivation", "one of linear, softmax, sigmoid");
        if (seeded != null && weights != null) {
            throw new BadInputException(source, "has both \"seeded\" and \"weights\"", "one of them");
        }
        if (seeded == null && weights == null) {
            throw new BadInputException(source, "has neither \"seeded\" nor \"weights\"",
                    "a seeded recipe, \"seeded\": { … }, or explicit \"weights\": { … }");
        }
        if (dense != null && weights == null) {
            throw new BadInputException(source, "has \"" + LessonJson.DENSE + "\" with a seeded recipe",
                    "Dense layers only beside explicit \"weights\"");
        }
        LessonSource lessonSource;
        if (seeded != null) {
            lessonSource = LessonSource.of(seeded.withActivation(activation).withHeadActivation(headActivation));
        } else {
            ImportedWeights stored = ImportedWeights.of(weights, source);
            // the file is where a program finds these numbers again, under the names it stores them by
            Lesson lesson = dense == null ? stored.toLesson(activation, headActivation)
                    : stacked(stored.toLesson(activation, HeadActivation.LINEAR), dense).withActivations(activation, headActivation);
            lessonSource = LessonSource.of(lesson, NumbersOrigin.storedIn(file, stored));
        }
        return new LessonFile(title, notes, stepNotes, lessonSource, view, model);
    }

    /** One entry of {@code "dense"}: a layer's V and c, and its activation (null for the head, the last). */
    private record DenseEntry(NdArray v, NdArray c, Activation activation) {
    }

    /** The Dense layers, in order: {@code [{"V": …, "c": …, "activation": …}, …]}, at most {@value LessonJson#MAX_DENSE_LAYERS}. */
    private List<DenseEntry> dense() throws IOException {
        String field = LessonJson.DENSE;
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw LessonJson.wrongType(p, source, field, "a list of Dense layers, {\"V\": …, \"c\": …, \"activation\": …}");
        }
        List<DenseEntry> layers = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String at = field + "[" + layers.size() + "]";
            if (layers.size() == LessonJson.MAX_DENSE_LAYERS) {
                throw new BadInputException(source, field + " holds more than " + LessonJson.MAX_DENSE_LAYERS + " layers",
                        "at most " + LessonJson.MAX_DENSE_LAYERS + " Dense layers");
            }
            LessonJson.requireObject(p, source, at);
            NdArray v = null;
            NdArray c = null;
            Activation activation = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "V" -> v = array(at + ".V", ArrayLimit.forName("V")).requireFinite(source, at + ".V");
                    case "c" -> c = array(at + ".c", ArrayLimit.forName("c")).requireFinite(source, at + ".c");
                    case "activation" -> activation = LessonJson.constant(p, source, at + ".activation", Activation.class,
                            Activation::key);
                    default -> p.skipChildren();
                }
            }
            require(v != null, at + ".V", "the layer's weights V (K, in), a list of rows of numbers");
            require(c != null, at + ".c", "the layer's bias c (K), a list of numbers");
            layers.add(new DenseEntry(v, c, activation));
        }
        if (layers.size() < 2) {
            throw new BadInputException(source, field + " holds " + layers.size() + " layer" + (layers.size() == 1 ? "" : "s"),
                    "two Dense layers or more, the head last; one head alone is \"V\" and \"c\" in \"weights\"");
        }
        return layers;
    }

    /** {@code lesson}, which has no head, with the Dense layers read: all but the last between h_t and the head. */
    private Lesson stacked(Lesson lesson, List<DenseEntry> layers) {
        if (lesson.v() != null) {
            throw new BadInputException(source, "has both \"weights\".V and \"" + LessonJson.DENSE + "\"",
                    "the head as the last entry of \"" + LessonJson.DENSE + "\" only");
        }
        try {
            List<Dense> between = new ArrayList<>();
            for (int i = 0; i < layers.size() - 1; i++) {
                DenseEntry e = layers.get(i);
                require(e.activation() != null, LessonJson.DENSE + "[" + i + "].activation", "one of tanh, relu, sigmoid, linear");
                between.add(new Dense(e.v().toMatrix(), e.c().toColumn(), e.activation()));
            }
            DenseEntry head = layers.get(layers.size() - 1);
            return lesson.withHead(between, head.v().toMatrix(), head.c().toColumn());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(source, LessonJson.DENSE + ": " + e.getMessage(),
                    "each layer's V with as many columns as the layer before it has outputs", e);
        }
    }

    /** The Keras model the lesson was made from: {@code {"file": "imdb.keras", "summary": "…"}}. */
    private ModelOrigin model() throws IOException {
        String field = LessonJson.MODEL;
        LessonJson.requireObject(p, source, field);
        String file = null;
        String summary = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "file" -> file = LessonJson.text(p, source, field + ".file");
                case "summary" -> summary = LessonJson.text(p, source, field + ".summary");
                default -> p.skipChildren();
            }
        }
        require(file != null, field + ".file", "the model file's name, text in quotes");
        require(summary != null, field + ".summary", "the model's summary as Keras prints it, text in quotes");
        return new ModelOrigin(file, summary);
    }

    /**
     * The notes for single steps: an object whose names are steps, 0 … {@link Dimensions#MAX_TIMESTEPS},
     * and whose values are text. A step past the lesson's T is kept (see {@link LessonFile#stepNotes()}).
     */
    private SortedMap<Integer, String> stepNotes() throws IOException {
        LessonJson.requireObject(p, source, LessonJson.STEP_NOTES);
        SortedMap<Integer, String> notes = new TreeMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            String field = LessonJson.STEP_NOTES + "." + BadInputException.quoted(name);
            if (notes.size() >= LessonLimits.MAX_STEP_NOTES) {
                throw LessonLimits.tooManyStepNotes(source);
            }
            notes.put(LessonLimits.step(source, name), LessonJson.text(p, source, field));
        }
        return notes;
    }

    private void require(boolean present, String field, String expected) {
        if (!present) {
            throw new BadInputException(source, "has no \"" + field + "\"", "\"" + field + "\": " + expected);
        }
    }

    private LessonSpec seeded() throws IOException {
        LessonJson.requireObject(p, source, "seeded");
        Long[] sizes = new Long[4];
        List<String> keys = List.of("timesteps", "inputFeatures", "units", "outputSize");
        Initialisation initialisation = null;
        Long seed = null;
        EmbeddingRecipe embedding = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            int k = keys.indexOf(name);
            if (k >= 0) {
                sizes[k] = LessonJson.whole(p, source, "seeded." + name);
            } else if (name.equals("initialisation")) {
                initialisation = LessonJson.constant(p, source, "seeded.initialisation", Initialisation.class, Initialisation::key);
            } else if (name.equals("seed")) {
                seed = LessonJson.whole(p, source, "seeded.seed");
            } else if (name.equals(LessonJson.EMBEDDING)) {
                embedding = embedding();
            } else {
                p.skipChildren();
            }
        }
        for (int k = 0; k < keys.size(); k++) {
            require(sizes[k] != null, "seeded." + keys.get(k), "a whole number");
        }
        require(initialisation != null, "seeded.initialisation", "numpy-uniform or keras");
        require(seed != null, "seeded.seed", "a whole number from 0 to 4294967295");
        try {
            Dimensions d = new Dimensions(toInt(sizes[0]), toInt(sizes[1]), toInt(sizes[2]), toInt(sizes[3]));
            // the activations are set from the top level once the whole file is read
            return new LessonSpec(d, Activation.TANH, HeadActivation.LINEAR, initialisation, seed, embedding);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(source, "seeded: " + e.getMessage(), null, e);
        }
    }

    /** A recipe's Embedding: {@code {"rows": V, "tokens": [ids]}}, each id checked against V. */
    private EmbeddingRecipe embedding() throws IOException {
        String field = "seeded." + LessonJson.EMBEDDING;
        LessonJson.requireObject(p, source, field);
        Long rows = null;
        NdArray tokens = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            if (name.equals("rows")) {
                rows = LessonJson.whole(p, source, field + ".rows");
            } else if (name.equals(WeightNames.TOKENS)) {
                tokens = array(field + ".tokens", ArrayLimit.forName(WeightNames.TOKENS));
            } else {
                p.skipChildren();
            }
        }
        require(rows != null, field + ".rows", "the Embedding's number of rows V, a whole number");
        require(tokens != null, field + ".tokens", "a list of token ids, one per timestep");
        int[] ids = TokenIds.stored(new SourcedArray(WeightNames.TOKENS, source, tokens), source).ids();
        try {
            return EmbeddingRecipe.of(toInt(rows), ids);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(source, field + ": " + e.getMessage(), null, e);
        }
    }

    /** Sizes past int are past every limit; clamping keeps Dimensions' own message, which names the limit. */
    private static int toInt(long v) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
    }

    private Map<String, SourcedArray> weights() throws IOException {
        LessonJson.requireObject(p, source, "weights");
        Map<String, SourcedArray> arrays = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            WeightNames.requireKnown(name, source);
            NdArray values = array("weights." + name, ArrayLimit.forName(name)).requireFinite(source, "weights." + name);
            arrays.put(name, new SourcedArray(name, source, values));
        }
        return arrays;
    }

    /** A list of numbers (1-D), or a list of equally long lists of numbers (2-D). */
    private NdArray array(String field, ArrayLimit limit) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw LessonJson.wrongType(p, source, field, "a list of numbers, or a list of rows of numbers");
        }
        JsonToken first = p.nextToken();
        if (first == JsonToken.END_ARRAY) {
            return NdArray.vector(new double[0]);
        }
        Values values = new Values(limit);
        if (first != JsonToken.START_ARRAY) {
            do {
                values.add(number(field + "[" + values.size() + "]"));
            } while (p.nextToken() != JsonToken.END_ARRAY);
            return NdArray.vector(values.toArray());
        }
        int cols = -1;
        int rows = 0;
        do {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                throw LessonJson.wrongType(p, source, field + "[" + rows + "]", "a row: a list of numbers");
            }
            limit.checkRows(source, rows + 1L);
            int n = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                limit.checkRowLength(source, n + 1L);
                values.add(number(field + "[" + rows + "][" + n + "]"));
                n++;
            }
            if (cols >= 0 && n != cols) {
                throw new BadInputException(source, field + " row " + rows + " has " + n + " values",
                        cols + ", as row 0 (every row the same length)");
            }
            cols = n;
            rows++;
        } while (p.nextToken() != JsonToken.END_ARRAY);
        return NdArray.matrix(rows, cols, values.toArray());
    }

    private double number(String field) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_NUMBER_FLOAT && t != JsonToken.VALUE_NUMBER_INT) {
            throw LessonJson.wrongType(p, source, field, "a number");
        }
        return p.getDoubleValue();
    }

    /**
     * Numbers read so far, growing as they arrive and refused at the first one past the limit of
     * the array's role, so that a huge array in the wrong place costs no more than its role allows.
     */
    private final class Values {
        private final ArrayLimit limit;
        private final GrowingDoubles data;

        Values(ArrayLimit limit) {
            this.limit = limit;
            this.data = new GrowingDoubles(64, limit.maxValues());
        }

        void add(double v) {
            limit.checkValues(source, data.size() + 1L);
            if (data.full()) {
                InputFiles.checkCancelled(source);
            }
            data.add(v);
        }

        int size() {
            return data.size();
        }

        double[] toArray() {
            return data.toArray();
        }
    }

    /** The view section as plain values, with a budget so that it cannot grow without bound. */
    private static final class ViewSection {
        private final JsonParser p;
        private final String source;
        private int budget = ImportLimits.MAX_VIEW_VALUES;

        private ViewSection(JsonParser p, String source) {
            this.p = p;
            this.source = source;
        }

        static Map<String, Object> read(JsonParser p, String source) throws IOException {
            LessonJson.requireObject(p, source, "view");
            return new ViewSection(p, source).object();
        }

        private Map<String, Object> object() throws IOException {
            Map<String, Object> map = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                map.put(name, value("view." + name));
            }
            return map;
        }

        private Object value(String field) throws IOException {
            if (--budget < 0) {
                throw LessonLimits.tooManyViewValues(source);
            }
            return switch (p.currentToken()) {
                case START_OBJECT -> object();
                case START_ARRAY -> {
                    List<Object> list = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        list.add(value(field));
                    }
                    yield list;
                }
                case VALUE_STRING -> LessonJson.text(p, source, field);
                case VALUE_TRUE -> Boolean.TRUE;
                case VALUE_FALSE -> Boolean.FALSE;
                case VALUE_NUMBER_INT -> p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? finiteOrNull(p.getDoubleValue()) : (Object) p.getLongValue();
                case VALUE_NUMBER_FLOAT -> finiteOrNull(p.getDoubleValue());
                default -> null;
            };
        }

        /** A number too large for a double cannot be kept as JSON; it reads as no value rather than failing the file. */
        private static Double finiteOrNull(double v) {
            return Double.isFinite(v) ? v : null;
        }
    }
}
