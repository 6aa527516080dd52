package dev.unroll.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.unroll.rnn.Dense;
import dev.unroll.rnn.Dimensions;
import dev.unroll.rnn.Lesson;
import dev.unroll.rnn.LessonSpec;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;

/**
 * Writes a lesson file: indented JSON a teacher can read and edit, with each row of a matrix on one
 * line. Doubles are written with {@link Double#toString(double)}, the shortest text that reads back
 * to the same bits, so a saved lesson opens with exactly the numbers it had.
 */
final class LessonJsonWriter {

    /** Marks the arrays whose elements are rows, which go one per line; all other arrays stay on one line. */
    private static final Object ROWS = new Object();

    private LessonJsonWriter() {
    }

    /**
     * @throws IllegalArgumentException if an explicit lesson holds NaN or infinity, which JSON cannot store
     */
    static void requireWritable(LessonFile file) {
        if (file.source() instanceof LessonSource.Explicit explicit) {
            Lesson l = explicit.lesson();
            requireFinite("W", l.w());
            requireFinite("U", l.u());
            requireFinite("b", l.b());
            if (l.embedding() != null) {
                requireFinite(WeightNames.EMBEDDINGS, l.embedding().table());
            } else {
                requireFinite("x", l.inputs());
            }
            requireFinite("h0", l.initialState());
            if (l.v() != null) {
                requireFinite("V", l.v());
                requireFinite("c", l.c());
            }
            for (Dense layer : l.denseLayers()) {
                requireFinite("V", layer.weights());
                requireFinite("c", layer.bias());
            }
        }
    }

    static void write(LessonFile file, OutputStream out) throws IOException {
        JsonGenerator g = LessonJson.FACTORY.createGenerator(out, JsonEncoding.UTF8);
        // the caller owns the stream: it forces it to disk before the atomic move
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.setPrettyPrinter(new RowsPrinter());
        g.writeStartObject();
        g.writeStringField("format", LessonJson.FORMAT);
        g.writeNumberField("version", version(file));
        g.writeStringField("title", file.title());
        g.writeStringField("notes", file.notes());
        if (!file.stepNotes().isEmpty()) {
            // keyed by the step in words, as JSON names must be: {"0": "…", "3": "…"}, in step order
            g.writeObjectFieldStart(LessonJson.STEP_NOTES);
            for (var note : file.stepNotes().entrySet()) {
                g.writeStringField(Integer.toString(note.getKey()), note.getValue());
            }
            g.writeEndObject();
        }
        if (file.model() != null) {
            g.writeObjectFieldStart(LessonJson.MODEL);
            g.writeStringField("file", file.model().file());
            g.writeStringField("summary", file.model().summary());
            g.writeEndObject();
        }
        g.writeStringField("activation", file.source().activation().key());
        g.writeStringField("headActivation", file.source().headActivation().key());
        g.writeFieldName("view");
        plain(g, file.view().asMap());
        // the numbers come last: for explicit weights they are most of the file
        if (file.source() instanceof LessonSource.Seeded seeded) {
            seeded(g, seeded.spec());
        } else if (file.source() instanceof LessonSource.Explicit explicit) {
            weights(g, explicit.lesson());
            dense(g, explicit.lesson());
        }
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
    }

    /** The oldest version that holds everything in {@code file}, so that an older Unroll keeps opening what it can. */
    private static int version(LessonFile file) {
        if (file.source() instanceof LessonSource.Explicit e && !e.lesson().denseLayers().isEmpty()) {
            return LessonJson.VERSION_WITH_DENSE;
        }
        if (file.source().hasEmbedding()) {
            return LessonJson.VERSION_WITH_EMBEDDING;
        }
        return file.stepNotes().isEmpty() ? LessonJson.VERSION_WITHOUT_STEP_NOTES : LessonJson.VERSION_WITH_STEP_NOTES;
    }

    private static void seeded(JsonGenerator g, LessonSpec spec) throws IOException {
        Dimensions d = spec.dimensions();
        g.writeObjectFieldStart("seeded");
        g.writeNumberField("timesteps", d.timesteps());
        g.writeNumberField("inputFeatures", d.inputFeatures());
        g.writeNumberField("units", d.units());
        g.writeNumberField("outputSize", d.outputSize());
        g.writeStringField("initialisation", spec.initialisation().key());
        g.writeNumberField("seed", spec.seed());
        if (spec.embedding() != null) {
            g.writeObjectFieldStart(LessonJson.EMBEDDING);
            g.writeNumberField("rows", spec.embedding().rows());
            g.writeFieldName(WeightNames.TOKENS);
            int[] ids = spec.embedding().ids();
            g.writeArray(ids, 0, ids.length);
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void weights(JsonGenerator g, Lesson l) throws IOException {
        g.writeObjectFieldStart("weights");
        matrix(g, "W", l.w());
        matrix(g, "U", l.u());
        vector(g, "b", l.b());
        boolean stacked = !l.denseLayers().isEmpty();
        if (l.v() != null && !stacked) {
            matrix(g, "V", l.v());
            vector(g, "c", l.c());
        }
        if (!l.startsFromZero()) {
            vector(g, "h0", l.initialState());
        }
        if (l.embedding() != null) {
            // the inputs are E's rows for the ids: the table and the ids say them, with nothing twice
            matrix(g, WeightNames.EMBEDDINGS, l.embedding().table());
            g.writeFieldName(WeightNames.TOKENS);
            int[] ids = l.embedding().tokens();
            g.writeArray(ids, 0, ids.length);
        } else {
            matrix(g, "x", l.inputs());
        }
        g.writeEndObject();
    }

    /** Every Dense layer in order, the head last, when Dense layers stand between h_t and the head. */
    private static void dense(JsonGenerator g, Lesson l) throws IOException {
        if (l.denseLayers().isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(LessonJson.DENSE);
        for (Dense layer : l.denseLayers()) {
            g.writeStartObject();
            matrix(g, "V", layer.weights());
            vector(g, "c", layer.bias());
            g.writeStringField("activation", layer.activation().key());
            g.writeEndObject();
        }
        g.writeStartObject();
        matrix(g, "V", l.v());
        vector(g, "c", l.c());
        g.writeEndObject();
        g.writeEndArray();
    }

    private static void matrix(JsonGenerator g, String name, DMatrixRMaj m) throws IOException {
        g.writeFieldName(name);
        g.writeStartArray(ROWS, m.numRows);
        for (int r = 0; r < m.numRows; r++) {
            g.writeArray(m.data, r * m.numCols, m.numCols);
        }
        g.writeEndArray();
    }

    private static void vector(JsonGenerator g, String name, DMatrixRMaj column) throws IOException {
        g.writeFieldName(name);
        g.writeArray(column.data, 0, column.getNumElements());
    }

    private static void plain(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Long n) {
            g.writeNumber(n);
        } else if (value instanceof Double d) {
            g.writeNumber(d);
        } else if (value instanceof List<?> list) {
            g.writeStartArray();
            for (Object item : list) {
                plain(g, item);
            }
            g.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName((String) e.getKey());
                plain(g, e.getValue());
            }
            g.writeEndObject();
        } else {
            throw new IllegalStateException("not a plain value: " + value.getClass());
        }
    }

    private static void requireFinite(String name, DMatrixRMaj m) {
        try {
            NdArray.of(m).requireFinite("the lesson", name);
        } catch (BadInputException e) {
            throw new IllegalArgumentException("cannot save the lesson: " + e.problem() + "; JSON has no such numbers", e);
        }
    }

    /** Two-space indentation, {@code "key": value}, and each matrix row on its own line. */
    private static final class RowsPrinter extends DefaultPrettyPrinter {
        private static final long serialVersionUID = 1L;

        RowsPrinter() {
            super(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
            indentArraysWith(new Indenter() {
                @Override
                public void writeIndentation(JsonGenerator g, int level) throws IOException {
                    if (g.getOutputContext().getCurrentValue() == ROWS) {
                        DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.writeIndentation(g, level);
                    } else {
                        g.writeRaw(' ');
                    }
                }

                @Override
                public boolean isInline() {
                    return false;
                }
            });
        }

        @Override
        public DefaultPrettyPrinter createInstance() {
            return new RowsPrinter();
        }
    }
}
