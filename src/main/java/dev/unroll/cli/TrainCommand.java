package dev.unroll.cli;

import dev.unroll.io.LessonFile;
import dev.unroll.io.LessonFiles;
import dev.unroll.io.LessonSource;
import dev.unroll.io.ViewSettings;
import dev.unroll.rnn.Lesson;
import dev.unroll.train.Optimizer;
import dev.unroll.train.Training;
import dev.unroll.train.TrainingSettings;
import dev.unroll.train.TrainingTask;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code unroll train}: gradient descent on a lesson for one of the built-in toy tasks, printing
 * {@code step,loss} as it goes and writing the trained lesson as a lesson file the window and
 * {@code trace --lesson} open. The lesson comes from the same options as {@code trace}; the task puts
 * its head activation on it, and the lesson's inputs become the task's first example.
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Trains the lesson on a toy task (echo, sum, sine, sentiment), printing step,loss, and saves the "
                + "trained lesson.")
final class TrainCommand implements Callable<Integer> {

    /** The number of step,loss lines a run prints besides the first step's. */
    static final int LINES = 20;

    @Mixin
    private LessonOptions lessonOptions;

    @Option(names = "--task", paramLabel = "NAME", required = true,
            description = "echo (the input 2 steps back), sum (the running sum), sine (the next value of a sine wave) or "
                    + "sentiment (a review's label, through the Embedding: --preset sentiment)")
    private TrainingTask task;

    @Option(names = "--steps", paramLabel = "N", description = "steps of full-batch gradient descent (default: the task's)")
    private Integer steps;

    @Option(names = "--lr", paramLabel = "ETA", description = "the learning rate (default: the task's, 0.01)")
    private Double learningRate;

    @Option(names = "--optimizer", paramLabel = "NAME", description = "adam (the default; Keras's beta_1 0.9, beta_2 0.999, "
            + "epsilon 1e-7) or sgd")
    private Optimizer optimizer;

    @Option(names = "--clip", paramLabel = "C", description = "clip the gradients by their global norm to C, as Keras's "
            + "global_clipnorm (default: no clipping)")
    private Double clip;

    @Option(names = "--freeze-embedding", description = "keep the Embedding's table as it is (default: trained with the weights)")
    private boolean freezeEmbedding;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "the trained lesson file to write (.unroll.json)")
    private Path out;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        TrainingSettings settings = settings();
        LessonCommand.requireLessonTarget("--out", out, lessonOptions);
        LessonFile file = lessonOptions.lesson();
        Lesson lesson = file.source().build();
        String misfit = task.misfit(lesson.dimensions(), lesson.embedding() != null);
        if (misfit != null) {
            throw new IllegalArgumentException("--task " + task.key() + ": " + misfit + expected(lesson));
        }
        Training training = new Training(lesson, settings);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("step,loss");
        double first = training.loss();
        double last = training.run(every(settings.steps()), (step, loss) -> stdout.println(step + "," + loss), () -> false);
        if (!Double.isFinite(last)) {
            stdout.flush();
            spec.commandLine().getErr().println("unroll: the loss became " + last + " at step " + training.stepsDone()
                    + "; nothing was written; expected a smaller --lr, or --clip");
            return 1;
        }
        double end = training.loss();
        LessonFile trained = file.withSource(LessonSource.of(training.lesson())).withModel(null)
                .withTitle("Trained on " + task.key() + (file.title().isEmpty() ? "" : ": " + file.title()))
                .withNotes(notes(settings, first, end))
                .withView(file.view().with(ViewSettings.RETURN_SEQUENCES, task.returnSequences()));
        LessonFiles.write(out, trained);
        stdout.println("wrote " + out + ": loss " + first + " -> " + end + " after " + settings.steps() + " steps");
        stdout.flush();
        return 0;
    }

    /**
     * Lines are printed after step 1, every {@code ⌈N / 20⌉} steps and after the last: about twenty
     * lines for any run.
     */
    static int every(int steps) {
        return Math.max(1, (steps + LINES - 1) / LINES);
    }

    /** The settings the options give, with the task's defaults; bad values named as the option that gave them. */
    private TrainingSettings settings() {
        int n = steps != null ? steps : task.defaultSteps();
        double eta = learningRate != null ? learningRate : task.defaultLearningRate();
        if (n <= 0) {
            throw new IllegalArgumentException("--steps " + n + ": expected a number of steps from 1 up");
        }
        if (!(eta > 0) || !Double.isFinite(eta)) {
            throw new IllegalArgumentException("--lr " + eta + ": expected a positive finite learning rate, such as 0.01");
        }
        if (clip != null && (!(clip > 0) || Double.isNaN(clip))) {
            throw new IllegalArgumentException("--clip " + clip + ": expected a positive norm to clip the gradients to, such as 1");
        }
        long seed = lessonOptions.fromRecipe() ? lessonOptions.model().toSpec().seed() : 0;
        return new TrainingSettings(task, optimizer != null ? optimizer : Optimizer.ADAM, eta,
                clip != null ? clip : TrainingSettings.NO_CLIP, n, seed, !freezeEmbedding);
    }

    /** What to add to the options for a lesson the task can use. */
    private String expected(Lesson lesson) {
        if (task.needsEmbedding()) {
            return "; expected --preset sentiment, or a lesson with an Embedding and --output-size 1";
        }
        if (lesson.embedding() != null || !lessonOptions.fromRecipe()) {
            return "; expected a lesson with one input feature and one output, such as --input-features 1 --output-size 1";
        }
        boolean tooShort = task == TrainingTask.ECHO && lesson.dimensions().timesteps() <= TrainingTask.ECHO_DELAY;
        boolean sizes = lesson.dimensions().inputFeatures() != 1 || lesson.dimensions().outputSize() != 1;
        return "; expected " + (sizes ? "--input-features 1 --output-size 1" : "")
                + (sizes && tooShort ? " and " : "") + (tooShort ? "--timesteps " + (TrainingTask.ECHO_DELAY + 1) + " or more" : "");
    }

    /** How the lesson was trained, for the lesson file's notes. */
    private String notes(TrainingSettings s, double first, double end) {
        return String.format(Locale.ROOT, "Trained on the %s task: %d steps of %s, learning rate %s%s, seed %d; loss %.6g -> %.6g.",
                task.key(), s.steps(), s.optimizer().key(), s.learningRate(),
                Double.isInfinite(s.clip()) ? "" : ", clipped to a global norm of " + s.clip(), s.seed(), first, end);
    }
}
