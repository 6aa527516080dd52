package dev.unroll.app;

import dev.unroll.diagram.BackwardPicture;
import dev.unroll.diagram.DiagramOptions;
import dev.unroll.diagram.StillPicture;
import dev.unroll.diagram.Theme;
import dev.unroll.render.Java2DRenderer;
import dev.unroll.rnn.Trace;
import dev.unroll.text.Vocabulary;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Copy picture (Ctrl+C on the diagram, or the menu): the diagram as shown, at its current step, put
 * on the system clipboard as an image to paste into slides or notes. It is the same picture a PNG
 * snapshot export draws, through the same drawing and renderer, at {@value #SCALE}× and opaque. The
 * picture is drawn off the JavaFX thread (a large lesson's takes a while) and put on the clipboard
 * when it is ready; a copy asked for while one is being drawn is not started twice.
 */
final class PictureCopy {

    /** Pixels per drawing unit: sharp on a high-density screen or a projector, as an export at scale 2 is. */
    static final double SCALE = 2;
    /** The key that copies while the diagram has the focus. */
    static final KeyCombination KEYS = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private final Supplier<Trace> trace;
    private final Supplier<DiagramOptions> options;
    private final Supplier<Theme> theme;
    private final Supplier<Vocabulary> words;
    private final Consumer<String> notice;
    private final Executor background;
    private boolean drawing;

    /**
     * @param theme      the window's colours, which the picture keeps
     * @param words      the vocabulary the window names token ids in
     * @param notice     shows one short line in the status bar
     * @param background where the picture is drawn
     */
    PictureCopy(Supplier<Trace> trace, Supplier<DiagramOptions> options, Supplier<Theme> theme, Supplier<Vocabulary> words,
            Consumer<String> notice, Executor background) {
        this.trace = trace;
        this.options = options;
        this.theme = theme;
        this.words = words;
        this.notice = notice;
        this.background = background;
    }

    /**
     * Copies on {@link #KEYS} pressed while {@code diagram} has the focus; elsewhere Ctrl+C keeps its
     * own meaning, such as copying a text field's selection.
     */
    void copyOnKeys(Node diagram) {
        EventHandler<KeyEvent> onKey = e -> {
            if (KEYS.match(e)) {
                e.consume();
                copy();
            }
        };
        diagram.addEventHandler(KeyEvent.KEY_PRESSED, onKey);
    }

    /** The gradients on screen, drawn when the view goes backward. */
    private Supplier<BackwardPicture> gradients = () -> null;

    /** Draws the gradients {@code supplier} gives whenever the picture copied goes backward. */
    void drawGradientsFrom(Supplier<BackwardPicture> supplier) {
        this.gradients = supplier;
    }

    /** Draws the current view off the JavaFX thread, then puts it on the clipboard as an image and says so. */
    void copy() {
        Trace current = trace.get();
        if (current == null || drawing) {
            return;
        }
        DiagramOptions shown = options.get();
        Theme colours = theme.get();
        Vocabulary vocabulary = words.get();
        BackwardPicture backward = gradients.get();
        drawing = true;
        CompletableFuture.supplyAsync(() -> Java2DRenderer.render(StillPicture.draw(current, backward, shown, colours, vocabulary),
                SCALE, false),
                background).whenComplete((image, failure) -> Platform.runLater(() -> {
                    drawing = false;
                    if (failure != null) {
                        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                        // one line, in the words the failed open's notice uses: the status bar must not grow taller
                        notice.accept(Words.get("copy.failed", DialogService.reason(cause).lines().findFirst().orElse("")));
                        return;
                    }
                    ClipboardContent content = new ClipboardContent();
                    content.putImage(SwingFXUtils.toFXImage(image, null));
                    Clipboard.getSystemClipboard().setContent(content);
                    notice.accept(Words.get("copy.done", shown.t(), image.getWidth(), image.getHeight()));
                }));
    }
}
