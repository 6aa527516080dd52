package dev.unroll.app;

import dev.unroll.diagram.BackwardPicture;
import dev.unroll.diagram.DiagramOptions;
import dev.unroll.diagram.Drawing;
import dev.unroll.diagram.StillPicture;
import dev.unroll.diagram.Theme;
import dev.unroll.export.AnimatedGif;
import dev.unroll.export.RunFrames;
import dev.unroll.export.SnapshotExporter;
import dev.unroll.rnn.Trace;
import dev.unroll.text.Vocabulary;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

/**
 * File → Export snapshot…: asks for format, scale and background, then a file, and writes the
 * diagram at the current step off the JavaFX thread. A notification says where it went; a failure
 * says why, and any file already there is left as it was. The format may also be an animated GIF of
 * the whole run, the same file as {@code export --out run.gif [--stages] [--frame-ms N]} writes, with
 * its progress and a Cancel button in the status bar; a cancelled GIF writes nothing.
 */
final class SnapshotExport {

    /** The format that is an animation of the run rather than one picture. */
    private static final String GIF = "GIF";
    /** How the animation is named among the formats. */
    /** The animation's entry in the format list, in the language in use. */
    static String gifLabel() {
        return Words.get("export.gifLabel");
    }

    /** What the user chose in the dialog; {@code stages} and {@code frameMs} are the GIF's. */
    record Choice(String format, int scale, boolean transparent, boolean darkSlide, boolean stages, int frameMs) {
    }

    /** How far one click of the frame time's arrows moves it. */
    private static final int FRAME_MS_STEP = 100;

    private final FileWork files;
    private final Supplier<Trace> trace;
    private final Supplier<DiagramOptions> options;
    private final Supplier<Theme> theme;
    private final Supplier<Vocabulary> words;
    private final RememberedSettings remembered;
    /** The gradients on screen: drawn when the options go backward. */
    private Supplier<BackwardPicture> gradients = () -> null;

    /** An export in the window's {@code theme} whose dialogs start from the last export's choices, kept in {@code remembered}. */
    SnapshotExport(FileWork files, Supplier<Trace> trace, Supplier<DiagramOptions> options, Supplier<Theme> theme,
            Supplier<Vocabulary> words, RememberedSettings remembered) {
        this.files = files;
        this.trace = trace;
        this.options = options;
        this.theme = theme;
        this.words = words;
        this.remembered = remembered;
    }

    /** Draws the gradients {@code supplier} gives whenever the picture exported goes backward. */
    void drawGradientsFrom(Supplier<BackwardPicture> supplier) {
        this.gradients = supplier;
    }

    /** Runs the whole exchange: dialog, file, background write, notification. */
    void run() {
        if (trace.get() == null) {
            return;
        }
        RememberedSettings.ExportChoices last = remembered.exportChoices();
        ask(last).ifPresent(choice -> {
            boolean animation = GIF.equals(choice.format());
            Path file = files.chooseToSave(last.folder().orElse(null), animation ? Words.get("export.chooseGif")
                    : Words.get("export.choose", choice.format()),
                    Words.get(animation ? "export.kind.animation" : "export.kind.image", choice.format()),
                    "." + choice.format().toLowerCase(Locale.ROOT));
            if (file != null && animation) {
                exportRunTo(file, choice);
            } else if (file != null) {
                exportTo(file, choice);
            }
        });
    }

    /** Draws and writes the snapshot to {@code file} in the background. */
    private void exportTo(Path file, Choice choice) {
        Trace current = trace.get();
        DiagramOptions shown = options.get();
        // read on the FX thread, where the window's choices live; drawn on the background thread
        Theme colours = choice.transparent() ? theme.get().onSlide(choice.darkSlide()) : theme.get();
        Vocabulary vocabulary = words.get();
        BackwardPicture backward = gradients.get();
        files.run("export", file, () -> {
            Drawing drawing = StillPicture.draw(current, backward, shown, colours, vocabulary);
            SnapshotExporter.write(drawing, file, choice.scale(), choice.transparent());
            return file;
        }, written -> {
            remembered.rememberExport(written, choice.format(), choice.scale());
            files.tellWritten(Words.get("export.done"), written);
        });
    }

    /**
     * Writes the whole run as an animated GIF to {@code file} in the background, as the command line's
     * {@code export} does, with its progress and Cancel in the status bar.
     */
    private void exportRunTo(Path file, Choice choice) {
        // going backward, the animation is of the gradient's flow back from the loss
        BackwardPicture backward = options.get().moment().backward() ? gradients.get() : null;
        RunFrames frames = new RunFrames(trace.get(), options.get().look(), choice.stages(), theme.get(), words.get(), backward);
        files.runWithProgress("export", file, progress -> {
            AnimatedGif.write(frames, file, choice.scale(), choice.frameMs(), progress);
            return file;
        }, written -> {
            remembered.rememberExport(written, choice.format(), choice.scale());
            files.tellWritten(Words.get("export.doneGif"), written);
        });
    }

    /** The format, scale and background, starting from the {@code last} export's format and scale. */
    private Optional<Choice> ask(RememberedSettings.ExportChoices last) {
        ChoiceBox<String> format = new ChoiceBox<>();
        format.setId("exportFormat");
        format.getItems().setAll(RememberedSettings.EXPORT_FORMATS);
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(String key) {
                return GIF.equals(key) ? gifLabel() : key;
            }

            @Override
            public String fromString(String label) {
                return gifLabel().equals(label) ? GIF : label;
            }
        });
        format.setValue(last.format());
        BooleanBinding animation = format.valueProperty().isEqualTo(GIF);
        Spinner<Integer> scale = new Spinner<>(RememberedSettings.MIN_SCALE, RememberedSettings.MAX_SCALE, last.scale());
        scale.setId("exportScale");
        scale.disableProperty().bind(format.valueProperty().isEqualTo("SVG"));
        CheckBox transparent = Words.label(new CheckBox(), "export.transparent");
        transparent.setId("exportTransparent");
        // a GIF keeps its background, as on the command line
        transparent.disableProperty().bind(animation);
        // the ink of a picture without paper must read on the slide it goes on, not on the window's paper
        CheckBox darkSlide = Words.label(new CheckBox(), "export.darkSlide");
        darkSlide.setId("exportDarkSlide");
        darkSlide.setSelected(theme.get().isDark());
        darkSlide.disableProperty().bind(animation.or(transparent.selectedProperty().not()));
        CheckBox stages = Words.label(new CheckBox(), "export.stages");
        stages.setId("exportStages");
        stages.disableProperty().bind(animation.not());
        Spinner<Integer> frameMs = new Spinner<>(AnimatedGif.MIN_FRAME_MS, AnimatedGif.MAX_FRAME_MS, AnimatedGif.DEFAULT_FRAME_MS,
                FRAME_MS_STEP);
        frameMs.setId("exportFrameMs");
        frameMs.disableProperty().bind(animation.not());
        GridPane grid = ExportDialog.grid();
        grid.addRow(0, Words.label(new Label(), "export.format"), format);
        grid.addRow(1, Words.label(new Label(), "export.scale"), scale);
        grid.add(transparent, 1, 2);
        grid.add(darkSlide, 1, 3);
        grid.add(stages, 1, 4);
        grid.addRow(5, Words.label(new Label(), "export.frameMs"), frameMs);
        return ExportDialog.ask(files.owner(), Words.get("export.title"), Words.get("export.header", options.get().t()), grid,
                () -> new Choice(format.getValue(), scale.getValue(), transparent.isSelected() && !animation.get(),
                        darkSlide.isSelected(), stages.isSelected(), frameMs.getValue()));
    }
}
