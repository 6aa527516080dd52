package dev.unroll.rnn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The blocked kernel computes each component as the plain sum in the order of the columns, so it
 * gives the bits of the textbook loop, and the same bits whether or not the JIT vectorised it.
 */
class StepKernelTest {

    /** Sizes around the kernel's blocks: four columns a pass, {@value StepKernel#CHUNK} steps a chunk. */
    @ParameterizedTest
    @CsvSource({"1, 1, 1, 0, TANH", "37, 5, 7, 2, TANH", "70, 32, 64, 3, RELU", "33, 3, 13, 1, SIGMOID",
            "65, 8, 4, 0, LINEAR", "40, 33, 130, 5, TANH"})
    void everyTermHasTheBitsOfTheTextbookLoop(int timesteps, int features, int units, int outputs, Activation act) {
        Lesson lesson = new LessonSpec(new Dimensions(timesteps, features, units, outputs), act,
                outputs > 1 ? HeadActivation.SOFTMAX : HeadActivation.SIGMOID, Initialisation.KERAS, 7).build();
        Trace trace = Trace.run(lesson);
        double[] hPrev = lesson.initialState().data;
        for (int t = 1; t <= timesteps; t++) {
            double[] x = trace.input(t);
            double[] wx = textbookProduct(lesson.rawW(), x);
            double[] uh = textbookProduct(lesson.rawU(), hPrev);
            double[] a = new double[units];
            double[] h = new double[units];
            for (int i = 0; i < units; i++) {
                a[i] = wx[i] + uh[i] + lesson.rawB().data[i];
                h[i] = act.apply(a[i]);
            }
            Step step = trace.step(t);
            assertArrayEquals(wx, step.wx(), "W·x_" + t);
            assertArrayEquals(uh, step.uh(), "U·h_" + (t - 1));
            assertArrayEquals(a, step.a(), "a_" + t);
            assertArrayEquals(h, trace.state(t), "h_" + t);
            if (outputs > 0) {
                double[] o = textbookProduct(lesson.rawV(), h);
                for (int k = 0; k < outputs; k++) {
                    o[k] += lesson.rawC().data[k];
                }
                assertArrayEquals(o, step.o(), "o_" + t);
            }
            hPrev = h;
        }
    }

    /** (M·v)_i = ((0 + M_i0·v_0) + M_i1·v_1) + …, the loop every textbook writes. */
    private static double[] textbookProduct(DMatrixRMaj m, double[] v) {
        double[] out = new double[m.numRows];
        for (int i = 0; i < m.numRows; i++) {
            double sum = 0;
            for (int j = 0; j < m.numCols; j++) {
                sum += m.get(i, j) * v[j];
            }
            out[i] = sum;
        }
        return out;
    }

    /**
     * The same run printed by four processes: as the JIT compiles the plain-Java kernel (vectorised),
     * with the JIT's vectorisation off, and interpreted only; and with the Vector API kernel. The run
     * is long enough for the JIT to compile the kernel mid-way, so any difference between compiled and
     * interpreted code would show: the Vector API's first steps run its plain-Java fallback, which an
     * interpreted-only run would take a hundred times as long over. Each child names the kernel it chose.
     */
    @Test
    void theBitsDoNotDependOnWhichKernelRanOrWhetherItWasVectorised() throws Exception {
        String[] trace = {"trace", "--preset", "seed-numpy", "--init", "keras", "--timesteps", "3000", "--units", "75"};
        String vectorised = run(List.of(), trace);
        String scalar = run(List.of("-XX:-UseSuperWord"), trace);
        String interpreted = run(List.of("-Xint"), trace);
        String vectorApi = run(List.of("--add-modules", MatrixVectorProduct.VECTOR_MODULE), trace);
        assertEquals("kernel scalar", firstLine(vectorised));
        assertEquals("kernel scalar", firstLine(scalar));
        assertEquals("kernel scalar", firstLine(interpreted));
        assertTrue(firstLine(vectorApi).matches("kernel vector \\(\\d+ doubles a vector\\)"), firstLine(vectorApi));
        assertEquals(3001, vectorised.lines().count());
        assertEquals(75, vectorised.lines().skip(1).findFirst().orElseThrow().split(",").length);
        assertEquals(withoutFirstLine(vectorised), withoutFirstLine(scalar), "with and without SIMD");
        assertEquals(withoutFirstLine(vectorised), withoutFirstLine(interpreted), "compiled and interpreted");
        assertEquals(withoutFirstLine(vectorised), withoutFirstLine(vectorApi), "the Vector API kernel and the plain one");
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElseThrow();
    }

    private static String withoutFirstLine(String text) {
        return text.substring(text.indexOf('\n') + 1);
    }

    private static String run(List<String> jvmOptions, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                TraceNamingItsKernel.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        process.getInputStream().transferTo(out);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the command ends");
        assertEquals(0, process.exitValue(), String.join(" ", command));
        return out.toString(StandardCharsets.UTF_8);
    }
}
