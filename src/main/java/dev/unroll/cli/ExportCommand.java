package dev.unroll.cli;

import dev.unroll.diagram.BackwardPicture;
import dev.unroll.diagram.DiagramLook;
import dev.unroll.diagram.DiagramOptions;
import dev.unroll.diagram.Drawing;
import dev.unroll.diagram.Interaction;
import dev.unroll.diagram.Moment;
import dev.unroll.diagram.StillPicture;
import dev.unroll.diagram.Notation;
import dev.unroll.diagram.PictureKind;
import dev.unroll.diagram.Theme;
import dev.unroll.diagram.ViewKind;
import dev.unroll.export.AnimatedGif;
import dev.unroll.export.RunFrames;
import dev.unroll.export.SnapshotExporter;
import dev.unroll.export.SnapshotFormat;
import dev.unroll.export.StepFiles;
import dev.unroll.files.AtomicFiles;
import dev.unroll.grad.Loss;
import dev.unroll.grad.LossChoice;
import dev.unroll.i18n.Language;
import dev.unroll.i18n.Text;
import dev.unroll.io.LessonFile;
import dev.unroll.io.LessonSource;
import dev.unroll.render.Java2DRenderer;
import dev.unroll.rnn.Dimensions;
import dev.unroll.rnn.Lesson;
import dev.unroll.rnn.Trace;
import dev.unroll.text.Vocabulary;
import dev.unroll.settings.StoredView;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code unroll export}: draws the folded and unrolled diagrams of a lesson at one timestep and
 * writes them as SVG or PNG, the same picture the window's File → Export snapshot writes (or, with
 * {@code --what}, the heatmap, the equation or the gradients, as the window's panels export them); or, to a
 * {@code .gif}, the whole run as an animation, one frame for h_0 and one per timestep (or per stage);
 * or with {@code --all-steps} every timestep as its own picture in a folder ({@link StepFiles}).
 * Runs without a display and without JavaFX.
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Draws the folded and/or unrolled diagram at timestep t and writes it as SVG or PNG",
            "(or with --what the heatmap of h_t over time, step t's equation with its numbers, or the gradients' norms),",
            "or the whole run as an animated GIF that loops: T + 1 frames (h_0, then one a timestep), or",
            "with --stages 1 + T x 4 (1 + T x 5 with the head), every frame as large as the largest picture;",
            "or with --all-steps every timestep as its own picture, step-000 ... step-T, in a folder."})
final class ExportCommand implements Callable<Integer> {

    @Mixin
    private LessonOptions lessonOptions;

    @Option(names = "--what", paramLabel = "PICTURE", description = "diagram (the default), heatmap (h_t over time, "
            + "as the Heatmap panel shows it), equation (step t's equation for one unit, as the Equation panel shows it) "
            + "or gradients (|dL/dh_t| and each step's Jacobian norm on a log scale, beside the other initialisation, "
            + "as the Gradients panel shows them)")
    private PictureKind what = PictureKind.DIAGRAM;

    @Option(names = "--unit", paramLabel = "I", description = "--what equation: the unit i whose equation is written, "
            + "0 to N - 1 (default 0)")
    private Integer unit;

    @Option(names = "--view", paramLabel = "VIEW", description = "folded, unrolled or both (default both)")
    private ViewKind view;

    @Option(names = "--head", negatable = true,
            description = "draw the output head o_t = V·h_t + c (default: on when the lesson has K > 0; "
                    + "on a lesson without one, --head uses K = " + Dimensions.HEAD_SIZE_WHEN_TURNED_ON + ")")
    private Boolean head;

    @Option(names = "--t", paramLabel = "N", description = "the current timestep, 0 to T (default T: every step computed)")
    private Integer t;

    @Option(names = "--notation", paramLabel = "NAME",
            description = "keras (W input, U recurrent; the default) or goodfellow (U input, W recurrent)")
    private Notation notation;

    @Option(names = "--shapes", description = "write each vector's and matrix's shape next to it")
    private Boolean shapes;

    @Option(names = "--return-sequences", arity = "0..1", fallbackValue = "true", paramLabel = "true|false",
            description = "true (default): every h_t leaves the layer; false: only h_T, as Keras's return_sequences=False")
    private Boolean returnSequences;

    @Option(names = "--scale", paramLabel = "S", description = "pixels per drawing unit for PNG and GIF, 1 to 4 (default 1)")
    private double scale = 1;

    @Option(names = "--transparent", description = "no background (SVG and PNG)")
    private boolean transparent;

    @Option(names = "--frame-ms", paramLabel = "N", description = "GIF: how long each frame shows, "
            + AnimatedGif.MIN_FRAME_MS + " to " + AnimatedGif.MAX_FRAME_MS + " ms, rounded to hundredths of a second "
            + "(default " + AnimatedGif.DEFAULT_FRAME_MS + ")")
    private Integer frameMs;

    @Option(names = "--stages", description = "GIF: a frame for each stage of a step (x_t in, h_{t-1} round, the sum, "
            + "the activation, and the head's output) instead of one a timestep")
    private boolean stages;

    @Option(names = "--backward", description = "the backward pass: the gradient dL/dh_t in every h_t, the edges it flows "
            + "back along reversed; --t N shows it reaching step N (default 1: every step); a .gif plays it from the loss "
            + "back to step 1. The loss is --loss against --targets, as for grad, or by default the head's own: "
            + "bce towards 1 (sigmoid), cce towards class 0 (softmax), mse towards 0 (linear head, or h without a head)")
    private boolean backward;

    @Option(names = "--targets", paramLabel = "FILE", description = "--backward: the targets, as grad reads them (needs --loss)")
    private Path targets;

    @Option(names = "--loss", paramLabel = "NAME", description = "--backward: mse, bce or cce against --targets, as for grad")
    private Loss loss;

    @Option(names = "--all-steps", description = "every step as its own picture: --out names a folder that exists, "
            + "which gets step-000.png ... step-T.png (t = 0 included)")
    private boolean allSteps;

    @Option(names = "--format", paramLabel = "png|svg", description = "with --all-steps: the pictures' format (default png)")
    private SnapshotFormat stepFormat;

    @Option(names = "--out", paramLabel = "FILE|DIR/", required = true,
            description = "the file to write, ending in .svg, .png or .gif (an animation of the run); with --all-steps, a folder")
    private Path out;

    @Option(names = "--lang", paramLabel = "en|ko", description = "the language of the picture's words: en (default) or ko; "
            + "its symbols (x_t, h_t, W, U, tanh) are the same in both")
    private String lang;

    @Mixin
    private ThemeOptions colours;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Language language = PictureLanguage.of(lang);
        Language before = Text.language();
        Text.use(language);
        try {
            return export(language);
        } finally {
            Text.use(before);
        }
    }

    private Integer export(Language language) throws IOException {
        // Checked before any computing, so a typo fails at once even for a lesson that takes seconds.
        SnapshotFormat format = allSteps ? stepsFormat() : SnapshotFormat.of(out);
        SnapshotExporter.requireScale(scale);
        requireOptionsFit(format);
        Theme theme = colours.theme(transparent);
        if (!allSteps) {
            Map<String, Path> inputs = new LinkedHashMap<>(lessonOptions.inputFiles());
            if (targets != null) {
                inputs.put("--targets", targets);
            }
            AtomicFiles.requireNotInput(out, inputs);
            AtomicFiles.check(out);
        }
        LessonFile file = lessonOptions.lesson();
        Vocabulary words = lessonOptions.model().wordsOf(file.view());
        LessonSource source = file.source();
        Dimensions d = source.dimensions();
        // what the window shows when it opens this lesson (with a lesson file's own view settings), overridden by each option given
        StoredView shown = StoredView.read(file.view(), d);
        DiagramLook fallback = shown.look();
        boolean drawHead = head != null ? head : fallback.head();
        if (drawHead && !d.hasHead()) {
            if (!(source instanceof LessonSource.Seeded seeded)) {
                throw new IllegalArgumentException("--head draws the output head, and the lesson's numbers have none; expected "
                        + "weights with V and c (Keras: dense_kernel and dense_bias), or no --head");
            }
            source = LessonSource.of(seeded.spec().withDimensions(d.withHeadOn()));
        }
        int step = t != null ? t : backward ? 1 : shown.timestep();
        if (backward && step < 1 && d.timesteps() > 0) {
            throw new IllegalArgumentException("--t " + step + " with --backward: the gradient flows back to step 1; "
                    + "expected t between 1 and " + d.timesteps());
        }
        if (step < 0 || step > d.timesteps()) {
            throw new IllegalArgumentException("--t " + step + " is outside the lesson: with T = " + d.timesteps()
                    + " timesteps, t must be between 0 and " + d.timesteps());
        }
        DiagramLook look = new DiagramLook(Objects.requireNonNullElse(view, fallback.view()), drawHead,
                Objects.requireNonNullElse(notation, fallback.notation()), Objects.requireNonNullElse(shapes, fallback.shapes()),
                Objects.requireNonNullElse(returnSequences, fallback.returnSequences()));
        DiagramOptions options = backward ? new DiagramOptions(look, new Moment(step, 1, true), Interaction.NONE)
                : DiagramOptions.still(look, step);
        if (unit != null && (unit < 0 || unit >= d.units())) {
            throw new IllegalArgumentException("--unit " + unit + " is outside the lesson: with N = " + d.units()
                    + " units, i must be between 0 and " + (d.units() - 1));
        }
        if (format == SnapshotFormat.GIF) {
            AnimatedGif.requireFrameCount(RunFrames.count(d.timesteps(), stages, drawHead), stages);
        }
        List<Path> stepFiles = allSteps ? StepFiles.files(out, d.timesteps(), format) : List.of();
        for (Path stepFile : stepFiles) {
            AtomicFiles.requireNotInput(stepFile, lessonOptions.inputFiles());
            AtomicFiles.check(stepFile);
        }
        // Without a display AWT needs headless mode, and with one the export still has no use for it.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        Trace trace = Trace.run(source.build());
        BackwardPicture gradients = backward ? gradientsOf(trace, look.returnSequences()) : null;
        PrintWriter stdout = spec.commandLine().getOut();
        if (allSteps) {
            StepFiles.write(trace, look, theme, words, stepFiles, scale, transparent);
            stdout.println("wrote " + stepFiles.size() + " " + format.extension().toUpperCase(Locale.ROOT) + " files in " + out
                    + ": " + stepFiles.get(0).getFileName() + " ... " + stepFiles.get(stepFiles.size() - 1).getFileName());
        } else if (format == SnapshotFormat.GIF) {
            RunFrames frames = new RunFrames(trace, look, stages, theme, words, gradients);
            int[] size = AnimatedGif.write(frames, out, scale, frameMs != null ? frameMs : AnimatedGif.DEFAULT_FRAME_MS);
            stdout.println("wrote " + out + " (" + frames.count() + " frames, " + size[0] + " x " + size[1] + " px)");
        } else {
            Drawing drawing = backward ? StillPicture.draw(trace, gradients, options, theme, words)
                    : what.draw(trace, options, unit != null ? unit : 0, theme, words,
                            source instanceof LessonSource.Seeded seeded ? seeded.spec() : null);
            SnapshotExporter.write(drawing, out, scale, transparent);
            double pixelScale = format == SnapshotFormat.PNG ? scale : 1;
            stdout.println("wrote " + out + " (" + Java2DRenderer.pixels(drawing.width(), pixelScale) + " x "
                    + Java2DRenderer.pixels(drawing.height(), pixelScale) + " px)");
        }
        stdout.flush();
        PictureLanguage.noteMissingFont(language, spec.commandLine().getErr());
        String overflow = NonFiniteNotice.forRun(trace);
        if (overflow != null) {
            spec.commandLine().getErr().println(overflow);
        }
        return 0;
    }

    /**
     * The format of every step's picture: {@code --format}, PNG by default. A folder named like a
     * picture or an animation is most likely a slip for a single export, so it is refused.
     */
    private SnapshotFormat stepsFormat() {
        if (t != null) {
            throw new IllegalArgumentException("--t picks one timestep, and --all-steps writes them all; leave --t out");
        }
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gif") || stepFormat == SnapshotFormat.GIF) {
            throw new IllegalArgumentException("--all-steps writes one .png or .svg a step, and a .gif is one animation of them "
                    + "all; expected --out DIR/ with --format png or svg, or a .gif without --all-steps");
        }
        if (name.endsWith(".png") || name.endsWith(".svg")) {
            throw new IllegalArgumentException("--all-steps writes one picture a step into a folder, and " + out
                    + " names one picture; expected --out DIR/, and --format png or svg for their format");
        }
        return stepFormat != null ? stepFormat : SnapshotFormat.PNG;
    }

    /** The backward pass the picture shows: against --targets under --loss, or under the head's default loss. */
    private BackwardPicture gradientsOf(Trace trace, boolean sequences) {
        Lesson lesson = trace.lesson();
        LossChoice choice = loss != null ? GradCommand.lossOf(lesson, loss, targets, sequences)
                : LossChoice.defaults(lesson, sequences);
        return new BackwardPicture(choice.compute(lesson, sequences), choice);
    }

    /** Refuses options that do nothing for this kind of file, before any computing. */
    private void requireOptionsFit(SnapshotFormat format) {
        if ((targets != null || loss != null) && !backward) {
            throw new IllegalArgumentException("--targets and --loss choose the loss of the backward pass; add --backward, "
                    + "or leave them out");
        }
        if ((targets == null) != (loss == null)) {
            throw new IllegalArgumentException("--targets and --loss go together: the loss is taken against the targets; "
                    + "give both, or neither for the head's default loss");
        }
        if (backward && (allSteps || what != PictureKind.DIAGRAM)) {
            throw new IllegalArgumentException("--backward draws the diagram's backward pass, one picture or a .gif; "
                    + "leave out " + (allSteps ? "--all-steps" : "--what " + what.key()));
        }

        if (what != PictureKind.DIAGRAM && (allSteps || format == SnapshotFormat.GIF)) {
            throw new IllegalArgumentException("--what " + what.key() + " writes one picture, and "
                    + (allSteps ? "--all-steps" : "a .gif") + " is made of the diagram's; write to a .png or .svg, "
                    + "or leave --what out");
        }
        if (unit != null && what != PictureKind.EQUATION) {
            throw new IllegalArgumentException("--unit picks whose equation is written; it goes with --what equation");
        }
        if (stepFormat != null && !allSteps) {
            throw new IllegalArgumentException("--format is for --all-steps; one picture's format comes from the name of --out ("
                    + ".svg, .png or .gif)");
        }
        if (format == SnapshotFormat.GIF) {
            if (t != null) {
                throw new IllegalArgumentException("--t picks one timestep, and a .gif shows them all; leave --t out");
            }
            if (transparent) {
                throw new IllegalArgumentException("--transparent is for .svg and .png; a .gif keeps its background");
            }
            AnimatedGif.requireFrameMs(frameMs != null ? frameMs : AnimatedGif.DEFAULT_FRAME_MS);
        } else if (frameMs != null || stages) {
            throw new IllegalArgumentException((stages ? "--stages" : "--frame-ms") + " is for an animated .gif, and "
                    + (allSteps ? "--all-steps writes pictures" : out + " is one picture")
                    + "; write to a file ending in .gif, or leave it out");
        }
    }
}
