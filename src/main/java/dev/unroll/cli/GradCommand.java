package dev.unroll.cli;

import dev.unroll.files.AtomicFiles;
import dev.unroll.grad.Backprop;
import dev.unroll.grad.GradientFlow;
import dev.unroll.grad.Gradients;
import dev.unroll.grad.Loss;
import dev.unroll.grad.LossChoice;
import dev.unroll.io.BadInputException;
import dev.unroll.io.LessonFile;
import dev.unroll.io.NdArray;
import dev.unroll.io.NpzWriter;
import dev.unroll.io.WeightsImporter;
import dev.unroll.rnn.Dimensions;
import dev.unroll.rnn.Lesson;
import dev.unroll.rnn.Shapes;
import dev.unroll.settings.StoredView;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code unroll grad}: backpropagation through time on a lesson against targets read from a file,
 * writing the loss and every gradient as an .npz of float64 arrays in Unroll's orientation: loss (),
 * dW (N, M), dU (N, N), db (N,), with a head dV (K, N) and dc (K,), and dh (T, N) and da (T, N), the
 * total ∂L/∂h_t and ∂L/∂a_t of every step. The lesson comes from the same options as {@code trace}.
 * With {@code --norms} it prints, for every step, ‖∂L/∂h_t‖ and the spectral norm of the step's
 * Jacobian, the numbers that show a gradient vanishing or exploding on its way back.
 */
@Command(name = "grad", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Backpropagation through time: writes the loss and its gradients (dW, dU, db, [dV, dc,] dh, da) "
                + "as an .npz of float64 arrays.")
final class GradCommand implements Callable<Integer> {

    @Mixin
    private LessonOptions lessonOptions;

    @Option(names = "--targets", paramLabel = "FILE", required = true,
            description = "the targets z as .npy or .csv: (T, K) with return_sequences, (K,) without; "
                    + "with no head (K = 0) the loss is on h_t, and z is (T, N) or (N,)")
    private Path targets;

    @Option(names = "--loss", paramLabel = "NAME", required = true,
            description = "mse (any head), bce (a sigmoid head, or a sigmoid cell without one) or cce (a softmax head)")
    private Loss loss;

    @Option(names = "--return-sequences", arity = "0..1", fallbackValue = "true", paramLabel = "true|false",
            description = "true (default, or what a lesson file or model says): every step's output counts; "
                    + "false: only step T's, as Keras's return_sequences=False")
    private Boolean returnSequences;

    @Option(names = "--out", paramLabel = "FILE.npz", description = "the .npz to write (needed unless --norms is given)")
    private Path out;

    @Option(names = "--norms", description = {
        "print t,|dh_t|,|J_t| for t = 1..T instead of the line saying what was written: the norm of dL/dh_t and the",
        "spectral norm of the step's Jacobian dh_t/dh_{t-1} = diag(act'(a_t))·U (below 1 the gradient vanishes)"})
    private boolean norms;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (out == null && !norms) {
            throw new IllegalArgumentException("give --out FILE.npz for the gradients, --norms for their norms, or both");
        }
        if (out != null) {
            Map<String, Path> inputs = new LinkedHashMap<>(lessonOptions.inputFiles());
            inputs.put("--targets", targets);
            AtomicFiles.requireNotInput(out, inputs);
            AtomicFiles.check(out);
        }
        LessonFile file = lessonOptions.lesson();
        Lesson lesson = file.source().build();
        Dimensions d = lesson.dimensions();
        String unsupported = Backprop.unsupported(lesson);
        if (unsupported != null) {
            throw new IllegalArgumentException(unsupported + "; expected a lesson whose RNN feeds one Dense layer or none");
        }
        boolean sequences = returnSequences != null ? returnSequences
                : StoredView.read(file.view(), d).look().returnSequences();
        Gradients g = lossOf(lesson, loss, targets, sequences).compute(lesson, sequences);
        PrintWriter stdout = spec.commandLine().getOut();
        if (out != null) {
            Map<String, NdArray> arrays = arrays(g);
            NpzWriter.write(out, arrays);
            if (!norms) {
                StringBuilder line = new StringBuilder("wrote ").append(out).append(": loss ").append(g.loss());
                arrays.forEach((name, a) -> line.append(name.equals("loss") ? "" : ", " + name + " " + a.shape()));
                stdout.println(line);
            }
        }
        if (norms) {
            GradientFlow flow = GradientFlow.of(lesson, g);
            for (int t = 1; t <= d.timesteps(); t++) {
                stdout.println(t + "," + flow.gradientNorms()[t - 1] + "," + flow.jacobianNorms()[t - 1]);
            }
        }
        stdout.flush();
        return 0;
    }

    /** The gradients under the names of the .npz, in Unroll's orientation. */
    static Map<String, NdArray> arrays(Gradients g) {
        Map<String, NdArray> arrays = new LinkedHashMap<>();
        arrays.put("loss", NdArray.scalar(g.loss()));
        arrays.put("dW", NdArray.of(g.dW()));
        arrays.put("dU", NdArray.of(g.dU()));
        arrays.put("db", NdArray.ofColumn(g.db()));
        if (g.dV() != null) {
            arrays.put("dV", NdArray.of(g.dV()));
            arrays.put("dc", NdArray.ofColumn(g.dc()));
        }
        arrays.put("dh", NdArray.of(g.dh()));
        arrays.put("da", NdArray.of(g.da()));
        return arrays;
    }

    /**
     * The loss {@code --loss} names against the targets in {@code targets}, after refusing, in one line
     * each, a loss that does not fit the lesson's output and targets of the wrong shape.
     */
    static LossChoice lossOf(Lesson lesson, Loss loss, Path targets, boolean sequences) {
        Dimensions d = lesson.dimensions();
        String misfit = loss.misfit(lesson);
        if (misfit != null) {
            String fix = loss == Loss.BCE ? (d.hasHead() ? "--head-activation sigmoid" : "--activation sigmoid")
                    : (d.hasHead() ? "--head-activation softmax" : "a head with --head-activation softmax");
            throw new IllegalArgumentException("--loss " + loss.key() + ": " + misfit + "; expected " + fix + ", or --loss mse");
        }
        NdArray z = WeightsImporter.readTargets(targets);
        requireShape(z, d, sequences, targets);
        return new LossChoice(loss, z.values(), loss.key() + "(" + (d.hasHead() ? "y" : "h") + (sequences ? "_t" : "_T")
                + ", " + targets.getFileName() + ")");
    }

    /**
     * Refuses targets whose shape is not (T, W) with return_sequences, or (W,) without (a CSV's one
     * row, (1, W), counts as (W,)), W being K, or N without a head.
     */
    private static void requireShape(NdArray z, Dimensions d, boolean sequences, Path targets) {
        int[] shape = Backprop.targetShape(d, sequences);
        int width = shape[shape.length - 1];
        boolean fits = sequences ? z.ndim() == 2 && z.rows() == d.timesteps() && z.cols() == width
                : (z.ndim() == 1 && z.rows() == width) || (z.ndim() == 2 && z.rows() == 1 && z.cols() == width);
        if (!fits) {
            String letters = (sequences ? "(T, " : "(") + (d.hasHead() ? "K" : "N") + (sequences ? ")" : ",)");
            String why = (sequences ? "one row per timestep, as with return_sequences"
                    : "the last step's only, as with --return-sequences false")
                    + (d.hasHead() ? "" : "; with no head the loss is on h_t");
            throw new BadInputException(BadInputException.name(targets), "targets of shape " + z.shape() + " do not fit the lesson",
                    letters + " = " + Shapes.of(Arrays.stream(shape).asLongStream().toArray()) + ", " + why);
        }
    }
}
