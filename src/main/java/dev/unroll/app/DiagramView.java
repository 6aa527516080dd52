package dev.unroll.app;

import dev.unroll.diagram.Box;
import dev.unroll.diagram.ColourScales;
import dev.unroll.diagram.DiagramLayout;
import dev.unroll.diagram.DiagramOptions;
import dev.unroll.diagram.DiagramPainter;
import dev.unroll.diagram.Drawing;
import dev.unroll.diagram.Element;
import dev.unroll.diagram.Part;
import dev.unroll.diagram.Theme;
import dev.unroll.diagram.Typography;
import dev.unroll.render.CanvasRenderer;
import dev.unroll.rnn.Trace;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;

/**
 * The diagram on screen: a canvas that pans (drag) and zooms (wheel, {@link #zoomBy}, {@link #fit}).
 * Each repaint lays out only what the viewport shows, so a long unrolled chain costs no more than a
 * short one; a ruler under a chain wider than the view tells which steps are in sight.
 */
public final class DiagramView extends CanvasRegion {

    private static final double MIN_ZOOM = 0.1;
    private static final double MAX_ZOOM = 4;
    /** The strip along the bottom kept for the ruler. */
    private static final double RULER_HEIGHT = 30;

    private final CanvasRenderer renderer = new CanvasRenderer();
    private final ObjectProperty<Trace> trace = new SimpleObjectProperty<>(this, "trace");
    private final ObjectProperty<DiagramOptions> options = new SimpleObjectProperty<>(this, "options");
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1);
    private final ReadOnlyStringWrapper hoverText = new ReadOnlyStringWrapper(this, "hoverText", "");
    private final ReadOnlyObjectWrapper<DiagramLayout> layout = new ReadOnlyObjectWrapper<>(this, "layout");
    private final Tooltip tooltip = new Tooltip();
    private ColourScales scales = ColourScales.UNIT;
    private Drawing drawing;
    /** The diagram coordinates shown at the canvas's top-left corner. */
    private double panX;
    private double panY;
    private double dragX;
    private double dragY;
    private boolean fitPending = true;
    private boolean repaintPending;
    /** Whether the user chose a zoom; until then the picture is fitted again whenever the view changes size. */
    private boolean userZoomed;

    public DiagramView() {
        getStyleClass().add("diagram-view");
        setFocusTraversable(true);
        trace.addListener((obs, old, now) -> {
            scales = now == null ? ColourScales.UNIT : ColourScales.of(now);
            boolean reshaped = old == null || now == null || !old.lesson().dimensions().equals(now.lesson().dimensions());
            fitPending |= reshaped;
            redraw();
        });
        options.addListener((obs, old, now) -> {
            fitPending |= old == null || old.view() != now.view() || old.head() != now.head() || old.shapes() != now.shapes();
            redraw();
        });
        tooltip.setShowDelay(Duration.millis(250));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(520);
        canvas.setOnMousePressed(e -> {
            dragX = e.getX();
            dragY = e.getY();
            requestFocus();
        });
        canvas.setOnMouseDragged(e -> {
            panBy(dragX - e.getX(), dragY - e.getY());
            dragX = e.getX();
            dragY = e.getY();
            setCursor(Cursor.CLOSED_HAND);
        });
        canvas.setOnMouseReleased(e -> {
            setCursor(Cursor.DEFAULT);
            // the tab pane around the diagram takes the focus on press; the diagram takes it back
            requestFocus();
        });
        canvas.setOnMouseClicked(e -> {
            if (e.isStillSincePress()) {
                clicked(e.getX(), e.getY());
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hoverText.set(""));
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        setOnKeyPressed(this::keyPressed);
    }

    /**
     * With the diagram focused: 0 fits, + and − zoom, ↑ and ↓ move the selection from part to part
     * (← and → step through the lesson).
     */
    private void keyPressed(KeyEvent e) {
        switch (e.getCode()) {
            case DIGIT0, NUMPAD0 -> fit();
            case PLUS, EQUALS, ADD -> zoomBy(1.25);
            case MINUS, SUBTRACT -> zoomBy(1 / 1.25);
            case UP -> cycle.accept(-1);
            case DOWN -> cycle.accept(1);
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** The trace whose values are drawn; null draws nothing. */
    public ObjectProperty<Trace> traceProperty() {
        return trace;
    }

    /** What to draw. */
    public ObjectProperty<DiagramOptions> optionsProperty() {
        return options;
    }

    /** Screen pixels per diagram pixel. */
    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    /** The title of the part under the pointer, or the empty string. */
    public ReadOnlyStringProperty hoverTextProperty() {
        return hoverText.getReadOnlyProperty();
    }

    /** The layout of the last repaint: what is on screen, for hit-testing and tests. */
    public ReadOnlyObjectProperty<DiagramLayout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    /** Zooms by {@code factor} about the centre of the view. */
    public void zoomBy(double factor) {
        zoomAbout(factor, getWidth() / 2, getHeight() / 2);
    }

    @Override
    protected void layoutChildren() {
        boolean resized = canvas.getWidth() != snapSizeX(getWidth()) || canvas.getHeight() != snapSizeY(getHeight());
        if (resized && !userZoomed) {
            fitPending = true;
        }
        super.layoutChildren();
    }

    /** Shows the whole picture, as large as fits (up to 2.2×, for the back of a classroom). */
    public void fit() {
        fitPending = false;
        userZoomed = false;
        DiagramLayout whole = layoutFor(0, 0);
        if (whole == null || getWidth() <= 0 || getHeight() <= RULER_HEIGHT) {
            fitPending = true;
            return;
        }
        Box b = whole.bounds();
        double height = getHeight() - RULER_HEIGHT;
        double z = Math.min(2.2, Math.min(getWidth() / b.width(), height / b.height()));
        if (z < 0.55) {
            // too long to read whole: keep a readable size and bring the current step into view
            zoom.set(Math.max(MIN_ZOOM, Math.min(1, height / b.height())));
            panY = b.y() - Math.max(0, (height / zoom.get() - b.height()) / 2);
            panX = b.x();
            showStep(options.get().t());
        } else {
            zoom.set(z);
            panX = b.x() - (getWidth() / z - b.width()) / 2;
            panY = b.y() - (height / z - b.height()) / 2;
        }
        redraw();
    }

    /** Pans sideways, if need be, so that unrolled column t is in view. */
    public void showStep(int t) {
        DiagramLayout any = layoutFor(0, 0);
        if (any == null || !options.get().view().showsUnrolled()) {
            return;
        }
        double column = any.columnLeft(Math.max(0, t));
        double viewWidth = getWidth() / zoom.get();
        if (column < panX) {
            // off to the left: bring it in at the left edge
            panX = Math.max(any.bounds().x(), column - any.pitch() * 0.5);
        } else if (column + any.pitch() > panX + viewWidth) {
            panX = Math.min(any.bounds().right() - viewWidth, column + any.pitch() * 1.5 - viewWidth);
        }
        redraw();
    }

    /** The layout of the current lesson and options over the horizontal range [from, to]; null without a lesson. */
    private DiagramLayout layoutFor(double from, double to) {
        Trace t = trace.get();
        DiagramOptions o = options.get();
        if (t == null || o == null) {
            return null;
        }
        return DiagramLayout.of(t.lesson().dimensions(), o, 1, t.timesteps(), from, to);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 900;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 560;
    }

    private void panBy(double dx, double dy) {
        panX += dx / zoom.get();
        panY += dy / zoom.get();
        redraw();
    }

    private void scrolled(ScrollEvent e) {
        if (e.isControlDown() || e.isShortcutDown() || Math.abs(e.getDeltaY()) > Math.abs(e.getDeltaX()) && !e.isShiftDown()) {
            zoomAbout(Math.pow(1.0015, e.getDeltaY()), e.getX(), e.getY());
        } else {
            panBy(-e.getDeltaX() - (e.isShiftDown() ? e.getDeltaY() : 0), 0);
        }
        e.consume();
    }

    private void zoomAbout(double factor, double screenX, double screenY) {
        userZoomed = true;
        double old = zoom.get();
        double z = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, old * factor));
        // keep the diagram point under (screenX, screenY) where it is
        panX += screenX / old - screenX / z;
        panY += screenY / old - screenY / z;
        zoom.set(z);
        redraw();
    }

    /**
     * Asks for a repaint. Many changes in one event (a step moves t and phase, pans and refits) make
     * one repaint, run once the event is done.
     */
    @Override
    protected void redraw() {
        if (!repaintPending) {
            repaintPending = true;
            Platform.runLater(() -> {
                repaintPending = false;
                paint();
            });
        }
    }

    private void paint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(CanvasRenderer.color(Theme.LIGHT.paper()));
        g.fillRect(0, 0, w, h);
        Trace t = trace.get();
        DiagramOptions o = options.get();
        if (t == null || o == null || w <= 0 || h <= 0) {
            layout.set(null);
            drawing = null;
            return;
        }
        if (fitPending) {
            fit();
            return;
        }
        double z = zoom.get();
        DiagramLayout laidOut = layoutFor(panX, panX + w / z);
        if (laidOut == null) {
            return;
        }
        layout.set(laidOut);
        drawing = DiagramPainter.paint(laidOut, t, scales, Theme.LIGHT);
        g.save();
        g.scale(z, z);
        g.translate(-panX, -panY);
        renderer.render(g, drawing);
        g.restore();
        ruler(g, laidOut, w, h);
    }

    /** Under a chain wider than the view: the range of steps in sight, as a bar over 1 … T. */
    private void ruler(GraphicsContext g, DiagramLayout laidOut, double w, double h) {
        Box whole = laidOut.bounds();
        double viewWidth = w / zoom.get();
        if (!options.get().view().showsUnrolled() || whole.width() <= viewWidth + 1) {
            return;
        }
        int steps = laidOut.dimensions().timesteps();
        int firstSeen = Math.max(1, (int) Math.ceil((panX - laidOut.columnLeft(1)) / laidOut.pitch()) + 1);
        int lastSeen = Math.min(steps, (int) Math.floor((panX + viewWidth - laidOut.columnLeft(1) - laidOut.boxWidth())
                / laidOut.pitch()) + 1);
        g.setFill(Color.web("#f3f4f6"));
        g.fillRect(0, h - RULER_HEIGHT, w, RULER_HEIGHT);
        g.setStroke(Color.web("#d9dde3"));
        g.setLineWidth(1);
        g.strokeLine(0, h - RULER_HEIGHT + 0.5, w, h - RULER_HEIGHT + 0.5);
        double barX = 16;
        double barW = Math.min(320, w - 200);
        double barY = h - RULER_HEIGHT / 2 - 3;
        g.setFill(Color.web("#e4e7eb"));
        g.fillRoundRect(barX, barY, barW, 6, 6, 6);
        if (lastSeen >= firstSeen) {
            double from = barX + barW * (firstSeen - 1) / steps;
            double to = barX + barW * lastSeen / steps;
            g.setFill(Color.web("#2166ac"));
            g.fillRoundRect(from, barY, Math.max(4, to - from), 6, 6, 6);
        }
        g.setFill(Color.web("#52606d"));
        g.setFont(Font.font(Typography.FONT_FAMILY, 12));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        String seen = lastSeen >= firstSeen ? "t = " + firstSeen + "\u2013" + lastSeen + " of " + steps : "of " + steps;
        g.fillText(seen + "   (drag to move, wheel to zoom)", barX + barW + 12, barY + 3);
    }

    /** Called with the part clicked (null for empty space) and the component under the pointer (−1 if none). */
    public void setOnPartClicked(java.util.function.ObjIntConsumer<Part> handler) {
        partClicked = handler;
    }

    private java.util.function.ObjIntConsumer<Part> partClicked = (part, component) -> { };
    private java.util.function.IntConsumer cycle = direction -> { };

    /** Called with −1 or +1 when the keyboard asks for the previous or next part. */
    public void setOnCycle(java.util.function.IntConsumer handler) {
        cycle = handler;
    }

    private void clicked(double x, double y) {
        DiagramLayout current = layout.get();
        if (current == null) {
            return;
        }
        double z = zoom.get();
        double dx = panX + x / z;
        double dy = panY + y / z;
        Part part = current.partAt(dx, dy, 7 / zoom.get()).orElse(null);
        partClicked.accept(part, part == null ? -1 : current.componentAt(part, dx, dy));
    }

    private void hover(double x, double y) {
        DiagramLayout current = layout.get();
        if (current == null || drawing == null) {
            hoverText.set("");
            return;
        }
        double z = zoom.get();
        Optional<Part> part = current.partAt(panX + x / z, panY + y / z, 7 / z);
        String title = part.map(this::titleOf).orElse("");
        hoverText.set(title);
        if (title.isEmpty()) {
            Tooltip.uninstall(canvas, tooltip);
        } else {
            tooltip.setText(title);
            Tooltip.install(canvas, tooltip);
        }
    }

    private String titleOf(Part part) {
        for (Element e : drawing.elements()) {
            if (e instanceof Element.Group group && group.part().equals(part)) {
                return group.title();
            }
        }
        return "";
    }
}
