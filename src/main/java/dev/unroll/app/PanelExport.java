package dev.unroll.app;

import dev.unroll.diagram.DiagramOptions;
import dev.unroll.diagram.Drawing;
import dev.unroll.diagram.PictureKind;
import dev.unroll.diagram.Theme;
import dev.unroll.export.SnapshotExporter;
import dev.unroll.export.SnapshotFormat;
import dev.unroll.rnn.LessonSpec;
import dev.unroll.rnn.Trace;
import dev.unroll.text.Vocabulary;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Export… on the Heatmap, Equation and Gradients panels: a button above the panel and the same choices in its
 * context menu, PNG or SVG. The picture is the one the command line's
 * {@code export --what heatmap|equation|gradients} writes, at the step, phase, notation and unit on screen;
 * it is drawn and written off the JavaFX thread through the same atomic writer as the diagram's snapshot,
 * and a notification says where it went.
 */
final class PanelExport {

    /** The words on the controls, kept together for translation. */

    private final FileWork files;
    private final Supplier<Trace> trace;
    private final Supplier<DiagramOptions> options;
    private final IntSupplier unit;
    private final Supplier<Theme> theme;
    private final Supplier<Vocabulary> words;
    private final RememberedSettings remembered;
    private final Supplier<LessonSpec> recipe;

    /**
     * An export of what {@code trace}, {@code options} and {@code unit} show, in the window's {@code theme},
     * starting in the last export's folder; {@code recipe} is the lesson's recipe (null for weights from
     * a file), which the gradients compare with the other initialisation.
     */
    PanelExport(FileWork files, Supplier<Trace> trace, Supplier<DiagramOptions> options, IntSupplier unit,
                Supplier<Theme> theme, Supplier<Vocabulary> words, RememberedSettings remembered, Supplier<LessonSpec> recipe) {
        this.files = files;
        this.trace = trace;
        this.options = options;
        this.unit = unit;
        this.theme = theme;
        this.words = words;
        this.remembered = remembered;
        this.recipe = recipe;
    }

    /**
     * {@code panel} under a bar with an Export… button ({@code #heatmapExport} or {@code #equationExport},
     * its items {@code …Png} and {@code …Svg}), the same items in the panel's context menu.
     */
    Parent around(Node panel, PictureKind kind) {
        String id = kind.key() + "Export";
        MenuButton button = Words.label(new MenuButton("", null, item(kind, SnapshotFormat.PNG, id),
                item(kind, SnapshotFormat.SVG, id)), "panelExport.button");
        button.setId(id);
        String menuId = id + "Menu";
        ContextMenu menu = new ContextMenu(item(kind, SnapshotFormat.PNG, menuId), item(kind, SnapshotFormat.SVG, menuId));
        panel.setOnContextMenuRequested(e -> menu.show(panel, e.getScreenX(), e.getScreenY()));
        HBox bar = new HBox(button);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.setPadding(new Insets(4, 8, 0, 8));
        VBox box = new VBox(bar, panel);
        VBox.setVgrow(panel, Priority.ALWAYS);
        return box;
    }

    private MenuItem item(PictureKind kind, SnapshotFormat format, String id) {
        MenuItem item = Words.item(new MenuItem(), format == SnapshotFormat.PNG ? "panelExport.png" : "panelExport.svg");
        item.setId(id + format.extension().toUpperCase(Locale.ROOT).charAt(0) + format.extension().substring(1));
        item.setOnAction(e -> export(kind, format));
        return item;
    }

    /** Asks for a file and writes {@code kind} as it stands now, as {@code format}, in the background. */
    void export(PictureKind kind, SnapshotFormat format) {
        Trace current = trace.get();
        if (current == null) {
            return;
        }
        DiagramOptions shown = options.get();
        int i = unit.getAsInt();
        Theme colours = theme.get();
        Vocabulary vocabulary = words.get();
        RememberedSettings.ExportChoices last = remembered.exportChoices();
        String name = format.extension().toUpperCase(Locale.ROOT);
        LessonSpec spec = recipe.get();
        String title = kind == PictureKind.HEATMAP ? "panelExport.heatmapTitle"
                : kind == PictureKind.EQUATION ? "panelExport.equationTitle" : "panelExport.gradientsTitle";
        Path file = files.chooseToSave(last.folder().orElse(null), Words.get(title),
                Words.get(format == SnapshotFormat.PNG ? "export.kind.image" : "export.kind.drawing", name), "." + format.extension());
        if (file == null) {
            return;
        }
        int scale = format == SnapshotFormat.PNG ? last.scale() : 1;
        files.run("export", file, () -> {
            Drawing drawing = kind.draw(current, shown, i, colours, vocabulary, spec);
            SnapshotExporter.write(drawing, file, scale, false);
            return file;
        }, written -> {
            remembered.rememberExport(written, name, scale);
            files.tellWritten(Words.get(kind == PictureKind.HEATMAP ? "panelExport.heatmapWritten"
                    : kind == PictureKind.EQUATION ? "panelExport.equationWritten" : "panelExport.gradientsWritten"), written);
        });
    }
}
