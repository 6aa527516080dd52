package dev.unroll.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.grad.GradFixture;
import dev.unroll.io.NdArray;
import dev.unroll.io.NpyReader;
import dev.unroll.io.NpzReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code unroll grad}: the arrays it writes equal those of the independent numpy program
 * (make_grad_fixtures.py), and every bad target, loss or output gets one line and status 2.
 */
class GradCommandTest {

    @TempDir
    Path dir;

    static List<GradFixture> fixtures() {
        return GradFixture.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void writtenArraysEqualNumpysInTheirOrderAndShapes(GradFixture fixture) throws IOException {
        Path out = dir.resolve("g.npz");
        CommandLineRun run = CommandLineRun.of(args(fixture, "--out", out.toString()));
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err());
        Map<String, NdArray> expected = fixture.expected();
        Map<String, byte[]> written = entries(out);
        assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(written.keySet()), "names, in numpy's order");
        double loss = scalar(written.get("loss"));
        assertEquals(expected.get("loss").get(0, 0), loss, 1e-12 * loss);
        assertTrue(run.out().startsWith("wrote " + out + ": loss " + loss + ", dW ("), run.out());
        for (String name : expected.keySet()) {
            if (name.equals("loss")) {
                continue;
            }
            Path single = dir.resolve(name + ".npy");
            Files.write(single, written.get(name));
            NdArray ours = NpyReader.read(single);
            NdArray numpys = expected.get(name);
            assertEquals(numpys.shape(), ours.shape(), name);
            double largest = 0;
            for (double v : numpys.values()) {
                largest = Math.max(largest, Math.abs(v));
            }
            for (int i = 0; i < numpys.size(); i++) {
                assertEquals(numpys.values()[i], ours.values()[i], 1e-12 * largest, fixture + " " + name + "[" + i + "]");
            }
        }
    }

    @Test
    void normsPrintOneLinePerStepEqualToNumpys() {
        GradFixture fixture = fixture("tanh_linear_mse_long");
        CommandLineRun run = CommandLineRun.of(args(fixture, "--norms"));
        assertEquals(0, run.status(), run.err());
        Map<String, NdArray> numpy = NpzReader.read(GradFixture.file(fixture.name() + "_norms.npz"));
        double[] dh = numpy.get("dh_norm").values();
        double[] jacobian = numpy.get("jacobian_norm").values();
        List<String> lines = run.outLines();
        assertEquals(40, lines.size());
        for (int t = 1; t <= 40; t++) {
            String[] fields = lines.get(t - 1).split(",");
            assertEquals(3, fields.length, lines.get(t - 1));
            assertEquals(t, Integer.parseInt(fields[0]));
            assertEquals(dh[t - 1], Double.parseDouble(fields[1]), 1e-12 * dh[t - 1], "|dh| at t = " + t);
            assertEquals(jacobian[t - 1], Double.parseDouble(fields[2]), 1e-12 * jacobian[t - 1], "|J| at t = " + t);
        }
    }

    @Test
    void normsWithOutWriteTheFileAndPrintOnlyTheNorms() {
        Path out = dir.resolve("g.npz");
        CommandLineRun run = CommandLineRun.of(args(fixture("relu_sigmoid_bce_last"), "--norms", "--out", out.toString()));
        assertEquals(0, run.status(), run.err());
        assertEquals(5, run.outLines().size());
        assertTrue(run.outLines().get(0).startsWith("1,"), run.out());
        assertTrue(Files.isRegularFile(out));
    }

    @Test
    void neitherOutNorNormsIsRefused() {
        CommandLineRun run = CommandLineRun.of(args(fixture("relu_sigmoid_bce_last")));
        run.assertRejectedWithOneLine("no --out");
        assertEquals("unroll: give --out FILE.npz for the gradients, --norms for their norms, or both", run.errLines().get(0));
    }

    @Test
    void targetsOfTheWrongShapeAreRefusedNamingTheShapeExpected() throws IOException {
        GradFixture last = fixture("relu_sigmoid_bce_last");
        String[] args = replace(args(last, "--out", dir.resolve("g.npz").toString()), "--return-sequences", "true");
        CommandLineRun run = CommandLineRun.of(args);
        run.assertRejectedWithOneLine(String.join(" ", args));
        assertEquals("unroll: " + last.targetsPath() + ": targets of shape (3,) do not fit the lesson; expected (T, K) = (5, 3), "
                + "one row per timestep, as with return_sequences", run.errLines().get(0));
        assertFalse(Files.exists(dir.resolve("g.npz")));
    }

    @Test
    void sequenceTargetsForTheLastStepAloneAreRefused() {
        GradFixture sequences = fixture("sigmoid_nohead_bce_sequences");
        CommandLineRun run = CommandLineRun.of(replace(args(sequences, "--out", dir.resolve("g.npz").toString()),
                "--return-sequences", "false"));
        run.assertRejectedWithOneLine("return-sequences false");
        assertEquals("unroll: " + sequences.targetsPath() + ": targets of shape (5, 4) do not fit the lesson; expected (N,) = (4,), "
                + "the last step's only, as with --return-sequences false; with no head the loss is on h_t", run.errLines().get(0));
    }

    @Test
    void aNanInTheTargetsIsRefusedWithItsPlace() throws IOException {
        GradFixture fixture = fixture("tanh_linear_mse_sequences");
        Path bad = dir.resolve("z.csv");
        StringBuilder csv = new StringBuilder();
        for (int t = 0; t < 6; t++) {
            csv.append(t == 2 ? "0.5,nan\n" : "0.5,0.25\n");
        }
        Files.writeString(bad, csv, StandardCharsets.UTF_8);
        String[] args = withTargets(fixture, bad, "--out", dir.resolve("g.npz").toString());
        CommandLineRun run = CommandLineRun.of(args);
        run.assertRejectedWithOneLine("NaN");
        assertTrue(run.errLines().get(0).startsWith("unroll: " + bad + ": "), run.err());
        assertTrue(run.errLines().get(0).contains("NaN"), run.err());
    }

    @Test
    void aLossThatDoesNotFitTheHeadIsRefusedNamingBoth() {
        GradFixture linear = fixture("tanh_linear_mse_sequences");
        String[] bce = replace(args(linear, "--out", dir.resolve("g.npz").toString()), "--loss", "bce");
        CommandLineRun run = CommandLineRun.of(bce);
        run.assertRejectedWithOneLine("bce on a linear head");
        assertEquals("unroll: --loss bce: bce needs a sigmoid head, and the head's activation is linear; expected "
                + "--head-activation sigmoid, or --loss mse", run.errLines().get(0));

        GradFixture noHead = fixture("linear_nohead_mse_last");
        CommandLineRun cce = CommandLineRun.of(replace(args(noHead, "--out", dir.resolve("g.npz").toString()), "--loss", "cce"));
        cce.assertRejectedWithOneLine("cce without a head");
        assertEquals("unroll: --loss cce: cce needs a softmax head, and the lesson has no head (K = 0); expected "
                + "a head with --head-activation softmax, or --loss mse", cce.errLines().get(0));

        CommandLineRun bceOnH = CommandLineRun.of(replace(args(noHead, "--out", dir.resolve("g.npz").toString()), "--loss", "bce"));
        bceOnH.assertRejectedWithOneLine("bce on a linear cell");
        assertEquals("unroll: --loss bce: bce on h (no head) needs the sigmoid activation, and the cell's is linear; expected "
                + "--activation sigmoid, or --loss mse", bceOnH.errLines().get(0));
    }

    @Test
    void theTargetsFileIsNeverOverwritten() throws IOException {
        GradFixture fixture = fixture("tanh_linear_mse_sequences");
        Path copy = dir.resolve("z.npy");
        Files.copy(fixture.targetsPath(), copy);
        byte[] before = Files.readAllBytes(copy);
        CommandLineRun run = CommandLineRun.of(withTargets(fixture, copy, "--out", copy.toString()));
        run.assertRejectedWithOneLine("--out the targets");
        assertTrue(run.errLines().get(0).contains("--targets"), run.err());
        assertEquals(List.of(before.length), List.of(Files.readAllBytes(copy).length));
    }

    @Test
    void anUnknownLossListsTheChoices() {
        CommandLineRun run = CommandLineRun.of(replace(args(fixture("tanh_linear_mse_sequences"), "--out",
                dir.resolve("g.npz").toString()), "--loss", "hinge"));
        run.assertRejectedWithOneLine("--loss hinge");
        assertTrue(run.errLines().get(0).contains("'hinge' is not one of mse, bce, cce"), run.err());
    }

    private static GradFixture fixture(String name) {
        return GradFixture.all().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    private static String[] args(GradFixture fixture, String... more) {
        return withTargets(fixture, fixture.targetsPath(), more);
    }

    private static String[] withTargets(GradFixture fixture, Path targets, String... more) {
        List<String> args = new ArrayList<>(List.of("grad", "--weights", fixture.lessonFile().toString(),
                "--activation", fixture.activation().key()));
        if (fixture.lesson().dimensions().hasHead()) {
            args.addAll(List.of("--head-activation", fixture.headActivation().key()));
        }
        args.addAll(List.of("--targets", targets.toString(), "--loss", fixture.loss().key(),
                "--return-sequences", Boolean.toString(fixture.returnSequences())));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    /** The arguments with the value of {@code option} replaced. */
    private static String[] replace(String[] args, String option, String value) {
        String[] copy = args.clone();
        for (int i = 0; i < copy.length - 1; i++) {
            if (copy[i].equals(option)) {
                copy[i + 1] = value;
            }
        }
        return copy;
    }

    /** The .npz's entries by array name, in the archive's order, as their .npy bytes. */
    private static Map<String, byte[]> entries(Path npz) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(npz); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName().replace(".npy", ""), zip.readAllBytes());
            }
        }
        return entries;
    }

    /** The one value of a 0-D .npy, whose header says shape (); its last eight bytes, little-endian. */
    private static double scalar(byte[] npy) {
        String header = new String(npy, 0, npy.length - 8, StandardCharsets.US_ASCII);
        assertTrue(header.contains("'descr': '<f8'") && header.contains("'shape': ()"), header);
        return ByteBuffer.wrap(npy, npy.length - 8, 8).order(ByteOrder.LITTLE_ENDIAN).getDouble();
    }
}
