package dev.unroll.cli;

import dev.unroll.files.AtomicFiles;
import dev.unroll.io.LessonFile;
import dev.unroll.io.LessonFiles;
import dev.unroll.io.LessonSource;
import dev.unroll.io.ViewSettings;
import dev.unroll.rnn.Dimensions;
import dev.unroll.rnn.LessonSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code unroll lesson --save FILE}: writes a lesson file that the window opens and {@code trace
 * --lesson} runs. From the recipe options it saves a seeded lesson (a few lines that draw the
 * numbers again), or with {@code --embed-numbers} the numbers it draws; from {@code --weights} and
 * {@code --inputs}, or a Keras model's file with {@code --model}, it saves the numbers themselves (and,
 * for a model, its summary).
 */
@Command(name = "lesson", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Saves a lesson file: a seeded recipe from the model options, real weights and inputs, or a Keras model.")
final class LessonCommand implements Callable<Integer> {

    @Option(names = "--save", paramLabel = "FILE", required = true, description = "the lesson file to write")
    private Path save;

    @Option(names = "--title", paramLabel = "TEXT", description = "the lesson's title (default: the preset's, or the sizes)")
    private String title;

    @Option(names = "--notes", paramLabel = "TEXT", description = "notes for the teacher")
    private String notes;

    @Option(names = "--step-note", paramLabel = "T=TEXT", description = "a note for step T (0 to the lesson's timesteps), "
            + "shown under the diagram at that step; repeat it for more steps")
    private List<String> stepNotes;

    @Option(names = "--embed-numbers", description = "store the numbers themselves (W, U, b, V, c, h0, x) rather than "
            + "the seed's recipe, so the file opens to the same numbers in any version of Unroll")
    private boolean embedNumbers;

    @Mixin
    private LessonOptions lessonOptions;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        requireLessonTarget("--save", save, lessonOptions);
        LessonFile file = lessonOptions.fromRecipe()
                ? LessonFile.of(defaultTitle(), LessonSource.of(lessonOptions.model().toSpec()))
                        .withView(ViewSettings.of(lessonOptions.model().preset()))
                : lessonOptions.lesson();
        if (embedNumbers) {
            // the explicit form is the one imported weights are saved in; it keeps every double's bits
            file = file.withSource(file.source().withNumbers());
        }
        if (title != null) {
            file = file.withTitle(title);
        }
        if (notes != null) {
            file = file.withNotes(notes);
        }
        if (stepNotes != null) {
            file = file.withStepNotes(checkedStepNotes(file.source().dimensions().timesteps()));
        }
        String vocabulary = lessonOptions.model().builtInVocabulary();
        if (vocabulary != null && file.source().hasEmbedding()) {
            // the ids alone do not say which words they are: the window names them in this vocabulary
            file = file.withView(file.view().with(ViewSettings.VOCABULARY, vocabulary));
        }
        LessonFiles.write(save, file);
        Dimensions d = file.source().dimensions();
        PrintWriter out = spec.commandLine().getOut();
        out.println("wrote " + save + ": " + (file.source() instanceof LessonSource.Seeded ? "seeded" : "explicit")
                + " lesson '" + file.title() + "', T " + d.timesteps() + ", M " + d.inputFeatures() + ", N " + d.units()
                + ", K " + d.outputSize());
        out.flush();
        return 0;
    }

    /**
     * Refuses a place no lesson file may be written to, before anything is read: standard output, one of
     * the files the lesson options read, a data file's name, or a place that cannot be written.
     *
     * @param option the option that named the place, for the message
     */
    static void requireLessonTarget(String option, Path target, LessonOptions lessonOptions) throws IOException {
        // "-" means standard output to most tools; a lesson is a file the window opens, so say so rather than create "./-"
        if ("-".equals(target.toString())) {
            throw new IllegalArgumentException(option + " -: Unroll writes lessons to files, not to standard output; "
                    + "expected a file name (./- for a file named '-')");
        }
        // Checked before reading, so the input named is still there to be reported, whatever the reader says of it.
        AtomicFiles.requireNotInput(target, lessonOptions.inputFiles());
        LessonFiles.requireLessonName(target);
        AtomicFiles.check(target);
    }

    /**
     * The step notes asked for, each T=TEXT for a step the lesson has; a later note for the same step
     * replaces an earlier one. Read here rather than by picocli, whose message for a malformed one
     * names neither the note nor what is expected in plain words.
     */
    private Map<Integer, String> checkedStepNotes(int timesteps) {
        Map<Integer, String> notes = new TreeMap<>();
        for (String note : stepNotes) {
            int equals = note.indexOf('=');
            String step = equals < 0 ? "" : note.substring(0, equals).trim();
            if (!step.matches("-?\\d{1,9}")) {
                throw new IllegalArgumentException("--step-note " + note + ": expected T=TEXT, a step number, '=' and the note");
            }
            int t = Integer.parseInt(step);
            if (t < 0 || t > timesteps) {
                throw new IllegalArgumentException("--step-note " + t + "=…: the lesson has steps 0 to " + timesteps
                        + "; expected a step in that range");
            }
            notes.put(t, note.substring(equals + 1));
        }
        return notes;
    }

    private String defaultTitle() {
        LessonSpec spec = lessonOptions.model().toSpec();
        if (spec.equals(lessonOptions.model().preset().spec())) {
            return lessonOptions.model().preset().title();
        }
        Dimensions d = spec.dimensions();
        return "T " + d.timesteps() + ", M " + d.inputFeatures() + ", N " + d.units() + ", K " + d.outputSize()
                + ", " + spec.initialisation().key() + " seed " + spec.seed();
    }
}
