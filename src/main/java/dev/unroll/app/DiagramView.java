package dev.unroll.app;

import dev.unroll.diagram.Box;
import dev.unroll.diagram.BackwardPicture;
import dev.unroll.diagram.ColourScales;
import dev.unroll.diagram.DiagramLayout;
import dev.unroll.diagram.DiagramOptions;
import dev.unroll.diagram.Drawing;
import dev.unroll.diagram.DiagramPainter;
import dev.unroll.diagram.Element;
import dev.unroll.diagram.FoldMorph;
import dev.unroll.diagram.Part;
import dev.unroll.diagram.PlaybackPainter;
import dev.unroll.diagram.SplitDrawing;
import dev.unroll.diagram.Theme;
import dev.unroll.diagram.TokenWords;
import dev.unroll.diagram.ViewKind;
import dev.unroll.rnn.Trace;
import dev.unroll.text.Vocabulary;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Cursor;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.util.Duration;

/**
 * The diagram on screen: a canvas that pans (drag) and zooms (wheel, {@link #zoomBy}, {@link #fit}).
 * Each repaint lays out only what the viewport shows, so a long unrolled chain costs no more than a
 * short one; a ruler under a chain wider than the view tells which steps are in sight.
 * The picture lies on tiles ({@link DiagramTiles}) under an empty canvas that answers the pointer:
 * while a step plays, each frame is painted in the pulse that moved it, and only the tiles where it
 * differs from the frame before are repainted.
 * <p>
 * In the Both view, when the whole picture is wider than the view, the folded cell is pinned at the
 * left and only the chain pans, clipped at the line between the two pictures, so the folded cell and
 * the current step are seen together however long the chain. The pan then moves the whole picture as
 * before, but the strip left of that line shows the folded half at the picture's own left edge.
 */
public final class DiagramView extends CanvasRegion {

    private static final double MIN_ZOOM = 0.1;
    /** The largest zoom there is, by hand or by a fit. */
    static final double MAX_ZOOM = 4;
    /** A fit in the window grows the picture up to this, for the back of a classroom. */
    private static final double NORMAL_MOST_FIT_ZOOM = 2.2;
    /** The strip along the bottom kept for the ruler. */
    private static final double RULER_HEIGHT = 30;

    /** The picture, under {@link #canvas}, which stays empty and answers the pointer. */
    private final DiagramTiles tiles = new DiagramTiles(getChildren());
    /** Made again when the language changes: it keeps the step's words from one frame to the next. */
    private PlaybackPainter painter = new PlaybackPainter();
    private final ObjectProperty<Trace> trace = new SimpleObjectProperty<>(this, "trace");
    private final ObjectProperty<BackwardPicture> backward = new SimpleObjectProperty<>(this, "backward");
    private final ObjectProperty<DiagramOptions> options = new SimpleObjectProperty<>(this, "options");
    private final ObjectProperty<ViewKind> morphFrom = new SimpleObjectProperty<>(this, "morphFrom");
    private final DoubleProperty morphPhase = new SimpleDoubleProperty(this, "morphPhase", 1);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final ObjectProperty<Vocabulary> vocabulary = new SimpleObjectProperty<>(this, "vocabulary", Vocabulary.english());
    /** The words of the lesson's token ids in the vocabulary, made once per lesson and vocabulary; null without an Embedding. */
    private TokenWords tokenWords;
    /** Where the view stood when the running morph began: the camera moves from there to the new view's fit. */
    private Viewpoint morphStart;
    /** The pictures the running morph blends, kept from frame to frame; null before the first morph. */
    private MorphEnds morphEnds;
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1);
    private final ReadOnlyStringWrapper hoverText = new ReadOnlyStringWrapper(this, "hoverText", "");
    private final ReadOnlyObjectWrapper<DiagramLayout> layout = new ReadOnlyObjectWrapper<>(this, "layout");
    private final Tooltip tooltip = new Tooltip();
    private ColourScales scales = ColourScales.UNIT;
    private Drawing drawing;
    /**
     * The diagram coordinates shown at the canvas's top-left corner; with the folded cell pinned, the
     * chain is drawn as if the whole picture were panned so, and only the strip left of the split
     * line differs.
     */
    private double panX;
    private double panY;
    private double dragX;
    private double dragY;
    private boolean fitPending = true;
    private boolean repaintPending;
    /** Whether the user chose a zoom; until then the picture is fitted again whenever the view changes size. */
    private boolean userZoomed;
    /** The least zoom a fit may choose: a picture that does not fit whole at it shows the current step instead. */
    private double leastFitZoom;
    /** The largest zoom a fit may choose. */
    private double mostFitZoom = NORMAL_MOST_FIT_ZOOM;

    public DiagramView() {
        getStyleClass().add("diagram-view");
        setFocusTraversable(true);
        trace.addListener((obs, old, now) -> {
            scales = now == null ? ColourScales.UNIT : ColourScales.of(now);
            nameTokens();
            boolean reshaped = old == null || now == null || !old.lesson().dimensions().equals(now.lesson().dimensions());
            fitPending |= reshaped;
            redraw();
        });
        options.addListener((obs, old, now) -> {
            if (old != null && morphFrom.get() == old.look().view() && now.look().view() != old.look().view()) {
                morphStart = viewpoint();
            }
            fitPending |= old == null || old.look().view() != now.look().view() || old.look().head() != now.look().head()
                    || old.look().shapes() != now.look().shapes()
                    // the backward picture's footer holds a second legend
                    || old.moment().backward() != now.moment().backward();
            redraw();
        });
        morphPhase.addListener((obs, old, now) -> redraw());
        backward.addListener((obs, old, now) -> {
            morphEnds = null;
            redraw();
        });
        vocabulary.addListener((obs, old, now) -> {
            nameTokens();
            morphEnds = null;
            redraw();
        });
        theme.addListener((obs, old, now) -> {
            morphEnds = null;
            redraw();
        });
        morphFrom.addListener((obs, old, now) -> {
            morphEnds = null;
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
        Words.follow(this, () -> {
            painter = new PlaybackPainter();
            redraw();
        });
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

    /** The gradients drawn while the options go backward; null draws the chain without them. */
    public ObjectProperty<BackwardPicture> backwardProperty() {
        return backward;
    }

    /** What to draw. */
    public ObjectProperty<DiagramOptions> optionsProperty() {
        return options;
    }

    /** The colours to draw in. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** The words that name a lesson's token ids under its inputs. */
    public ObjectProperty<Vocabulary> vocabularyProperty() {
        return vocabulary;
    }

    private void nameTokens() {
        Trace t = trace.get();
        tokenWords = t == null ? null : TokenWords.of(t.lesson(), vocabulary.get());
    }

    /** The view a running morph leaves (folded or unrolled), or null when none runs. */
    public ObjectProperty<ViewKind> morphFromProperty() {
        return morphFrom;
    }

    /** How far the running morph has gone from {@link #morphFromProperty} to the options' view, in [0, 1]. */
    public DoubleProperty morphPhaseProperty() {
        return morphPhase;
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

    /**
     * Shows the whole picture, as large as fits (up to 2.2×, for the back of a classroom). A picture
     * too long to read whole is shown at a readable size with the current step in view, and in Both
     * with the folded cell pinned beside it. With a least zoom set ({@link #setFitZooms}), a picture
     * that does not fit whole at it is shown at that zoom, centred where it fits and with the
     * current step in view where it does not.
     */
    public void fit() {
        fitPending = false;
        userZoomed = false;
        DiagramLayout whole = outline();
        if (whole == null || getWidth() <= 0 || getHeight() <= RULER_HEIGHT) {
            fitPending = true;
            return;
        }
        Box b = whole.bounds();
        double height = getHeight() - RULER_HEIGHT;
        double z = Math.min(mostFitZoom, Math.min(getWidth() / b.width(), height / b.height()));
        if (z < leastFitZoom) {
            zoom.set(leastFitZoom);
            // centred on each axis where the picture fits, from its top-left corner where it does not
            panX = b.x() - Math.max(0, (getWidth() / leastFitZoom - b.width()) / 2);
            panY = b.y() - Math.max(0, (height / leastFitZoom - b.height()) / 2);
            if (pinnedWidth(whole) > 0) {
                centreStep(whole, options.get().t());
            } else {
                showStep(options.get().t());
            }
        } else if (z < 0.55) {
            // too long to read whole: keep a readable size and bring the current step into view
            double readable = Math.min(1, height / b.height());
            if (whole.options().look().view() == ViewKind.BOTH) {
                // small enough that the folded cell and the current step with a neighbour either side
                // fit side by side: the step is centred, so the chain's view spans two pitches and a
                // box, and one box more for the pan that hides a column the split line cuts
                readable = Math.min(readable, getWidth() / (whole.splitX() - b.x() + 2 * whole.pitch() + 2 * whole.boxWidth()));
            }
            zoom.set(Math.max(MIN_ZOOM, readable));
            panY = b.y() - Math.max(0, (height / zoom.get() - b.height()) / 2);
            panX = b.x();
            if (pinnedWidth(whole) > 0) {
                centreStep(whole, options.get().t());
            } else {
                showStep(options.get().t());
            }
        } else {
            zoom.set(z);
            panX = b.x() - (getWidth() / z - b.width()) / 2;
            panY = b.y() - (height / z - b.height()) / 2;
        }
        redraw();
        fitted.run();
    }

    /** Called after every fit, for a view that adds its own pan to the fitted one. */
    public void setOnFitted(Runnable handler) {
        fitted = handler;
    }

    /** Pans sideways, if need be, so that unrolled column t is in view (beside the folded cell, when that is pinned). */
    public void showStep(int t) {
        DiagramLayout any = outline();
        if (any == null || !options.get().look().view().showsUnrolled()) {
            return;
        }
        double column = any.columnLeft(Math.max(0, t));
        double viewWidth = getWidth() / zoom.get();
        // the chain is hidden left of the pinned strip: it is seen from panX + hidden on
        double hidden = pinnedWidth(any) / zoom.get();
        boolean inView = column >= panX + hidden && column + any.boxWidth() <= panX + viewWidth;
        if (hidden > 0 && viewWidth - hidden < any.pitch() * 1.5 && !inView) {
            // too little chain beside the folded cell for half a pitch either side: the column goes in its middle
            centreStep(any, t);
            return;
        }
        if (column < panX + hidden) {
            // off to the left: bring it in at the left edge
            panX = Math.max(any.bounds().x(), column - any.pitch() * 0.5 - hidden);
            keepChainBesidePinnedCell(any);
            hideCutColumn(any);
        } else if (column + any.pitch() > panX + viewWidth) {
            panX = Math.min(any.bounds().right() - viewWidth, column + any.pitch() * 1.5 - viewWidth);
            keepChainBesidePinnedCell(any);
            hideCutColumn(any);
        }
        redraw();
    }

    /**
     * Sets the zooms a fit chooses between, and fits again: at least {@code least}, so that type
     * keeps a size, and at most {@code most}. 0 and 2.2 are the window's own.
     */
    public void setFitZooms(double least, double most) {
        leastFitZoom = Math.max(0, Math.min(MAX_ZOOM, least));
        mostFitZoom = Math.max(leastFitZoom, Math.min(MAX_ZOOM, most));
        fit();
    }

    /** Sets back the window's own fit: no least zoom, at most 2.2×. */
    public void setNormalFitZooms() {
        leastFitZoom = 0;
        mostFitZoom = NORMAL_MOST_FIT_ZOOM;
    }

    /**
     * Pans up or down, as little as it takes, so that the rows from diagram y {@code wantedTop} to
     * {@code wantedBottom} are in view, or, where they are taller than the view, so that the view
     * lies within them with the rows from {@code neededTop} to {@code neededBottom} in it. The pan
     * stays on the picture; a picture that fits the view's height is left alone.
     */
    public void showRows(double wantedTop, double wantedBottom, double neededTop, double neededBottom) {
        DiagramLayout any = outline();
        if (any == null || getHeight() <= RULER_HEIGHT) {
            return;
        }
        double viewHeight = (getHeight() - RULER_HEIGHT) / zoom.get();
        Box b = any.bounds();
        if (b.height() <= viewHeight) {
            return;
        }
        // the range of pans that show the wanted rows, or stay within them when they are taller than the view
        double from = Math.min(wantedBottom - viewHeight, wantedTop);
        double to = Math.max(wantedBottom - viewHeight, wantedTop);
        if (neededBottom - neededTop <= viewHeight) {
            // narrowed to the pans that also show the needed rows whole
            from = Math.max(from, neededBottom - viewHeight);
            to = Math.min(to, neededTop);
        }
        panY = Math.max(from, Math.min(to, panY));
        panY = Math.max(b.y(), Math.min(b.bottom() - viewHeight, panY));
        redraw();
    }

    /** Where the view stands: its zoom, its pan, and whether the zoom was chosen by hand. */
    public Viewpoint viewpoint() {
        return new Viewpoint(zoom.get(), panX, panY, userZoomed);
    }

    /**
     * Goes back to {@code where}: a zoom chosen by hand is kept with its pan, whatever the view's
     * size; a fitted one is fitted again.
     */
    public void restore(Viewpoint where) {
        if (where.chosen()) {
            zoom.set(where.zoom());
            panX = where.panX();
            panY = where.panY();
            userZoomed = true;
            fitPending = false;
            redraw();
        } else {
            userZoomed = false;
            fitPending = true;
            redraw();
        }
    }

    /**
     * A place in the picture: the zoom, the diagram coordinates at the view's top-left corner, and
     * whether the zoom was chosen by hand rather than by a fit.
     */
    public record Viewpoint(double zoom, double panX, double panY, boolean chosen) {
    }

    /** Pans so that column t stands in the middle of the chain's part of the view, as far as the chain's ends allow. */
    private void centreStep(DiagramLayout any, int t) {
        double z = zoom.get();
        double columnCentre = any.columnLeft(Math.max(0, t)) + any.boxWidth() / 2;
        // the chain is seen from panX + pinned / z to panX + width / z; its middle is to sit on the column
        panX = columnCentre - (pinnedWidth(any) / z + getWidth() / z) / 2;
        keepChainBesidePinnedCell(any);
        hideCutColumn(any);
        redraw();
    }

    /**
     * Where the view itself chose the pan: if the split line crosses a box of the chain, pans on until
     * that column is wholly under the folded cell, so the chain beside it begins with whole boxes. The
     * shift is less than a box, which the callers' room of half a pitch or more around the step absorbs.
     */
    private void hideCutColumn(DiagramLayout any) {
        double hidden = pinnedWidth(any) / zoom.get();
        if (hidden == 0) {
            return;
        }
        double seenFrom = panX + hidden;
        // columnLeft(t) = columnLeft(0) + t · pitch, so the split line lies in column t's pitch for this t
        int t = (int) Math.floor((seenFrom - any.columnLeft(0)) / any.pitch());
        double boxRight = any.columnLeft(t) + any.boxWidth();
        if (t >= 0 && seenFrom > any.columnLeft(t) && seenFrom < boxRight) {
            // just past the box's outline, which is 1.3 wide about its edge
            panX += boxRight + 1 - seenFrom;
        }
    }

    /**
     * The width, in screen pixels, of the strip at the left that keeps the folded cell in place while
     * the chain pans: the picture's left edge up to its split line. It is pinned in the Both view when
     * the whole picture is wider than the view and at least one column fits beside the folded cell;
     * 0 otherwise (zoomed in that far, the whole picture pans together as in the other views).
     */
    private double pinnedWidth(DiagramLayout any) {
        double z = zoom.get();
        if (any == null || any.options().look().view() != ViewKind.BOTH || any.bounds().width() * z <= getWidth() + 1) {
            return 0;
        }
        double pinned = (any.splitX() - any.bounds().x()) * z;
        return pinned + any.pitch() * z <= getWidth() ? pinned : 0;
    }

    /** With the folded cell pinned, keeps the chain's first column from leaving a gap after it and its last from leaving one at the right. */
    private void keepChainBesidePinnedCell(DiagramLayout any) {
        if (pinnedWidth(any) > 0) {
            Box b = any.bounds();
            panX = Math.max(b.x(), Math.min(b.right() - getWidth() / zoom.get(), panX));
        }
    }

    /** The diagram x under canvas x: left of a pinned strip the folded half at the picture's left edge, elsewhere the panned picture. */
    private double diagramX(DiagramLayout any, double canvasX) {
        double z = zoom.get();
        return canvasX < pinnedWidth(any) ? any.bounds().x() + canvasX / z : panX + canvasX / z;
    }

    /** The layout of the current lesson and options with no column laid out: its sizes, bounds and split line; null without a lesson. */
    private DiagramLayout outline() {
        return layoutFor(0, 0);
    }

    /** The layout of the current lesson and options over the horizontal range [from, to]; null without a lesson. */
    private DiagramLayout layoutFor(double from, double to) {
        return layoutFor(options.get(), from, to);
    }

    /** The layout of the current lesson with options {@code o} over the horizontal range [from, to]; null without a lesson. */
    private DiagramLayout layoutFor(DiagramOptions o, double from, double to) {
        Trace t = trace.get();
        if (t == null || o == null) {
            return null;
        }
        return DiagramLayout.of(t.lesson().dimensions(), o, 1, t.timesteps(), from, to, DiagramLayout.activatesHead(t.lesson()),
                tokenWords);
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
        keepChainBesidePinnedCell(outline());
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
        DiagramLayout any = outline();
        double old = zoom.get();
        double z = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, old * factor));
        // a pinned folded cell grows from the picture's left edge: over it, the chain keeps the column
        // beside it, since the chain's visible left edge is panX + splitX at every zoom
        double anchorX = screenX < pinnedWidth(any) ? 0 : screenX;
        // keep the diagram point under (anchorX, screenY) where it is
        panX += anchorX / old - anchorX / z;
        panY += screenY / old - screenY / z;
        zoom.set(z);
        keepChainBesidePinnedCell(any);
        redraw();
    }

    /**
     * Asks for a repaint. Many changes in one event (a step moves t and phase, pans and refits) make
     * one repaint: in this pulse's layout pass when the change comes from an animation (so a frame of
     * playback is painted in the pulse that moved it), or once the event is done, whichever comes first.
     */
    @Override
    protected void redraw() {
        if (!repaintPending) {
            repaintPending = true;
            setNeedsLayout(true);
            Platform.runLater(this::paintIfPending);
        }
    }

    @Override
    protected void layoutChildren() {
        boolean resized = canvas.getWidth() != snapSizeX(getWidth()) || canvas.getHeight() != snapSizeY(getHeight());
        if (resized && !userZoomed) {
            fitPending = true;
        }
        super.layoutChildren();
        paintIfPending();
    }

    /** Paints if a repaint was asked for; again if painting asked for one (a pending fit pans first, then paints). */
    private void paintIfPending() {
        for (int round = 0; round < 3 && repaintPending; round++) {
            repaintPending = false;
            paint();
        }
    }

    private void paint() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        Trace t = trace.get();
        DiagramOptions o = options.get();
        if (t == null || o == null || w <= 0 || h <= 0) {
            tiles.clear(w, h, theme.get());
            layout.set(null);
            drawing = null;
            return;
        }
        if (fitPending) {
            fit();
            return;
        }
        if (isMorphing(o)) {
            paintMorph(t, o, w, h);
            return;
        }
        double z = zoom.get();
        double pinned = pinnedWidth(outline());
        DiagramLayout laidOut = layoutFor(panX + pinned / z, panX + w / z);
        if (laidOut == null) {
            return;
        }
        SplitDrawing picture = painter.paint(laidOut, t, backward.get(), scales, theme.get());
        drawing = picture.whole();
        tiles.show(new DiagramFrame(t, laidOut, drawing, pinned > 0 ? picture : null, panX, panY, z, pinned, w, h, RULER_HEIGHT, theme.get()));
        layout.set(laidOut);
    }

    /** Whether a morph runs between the folded and the unrolled picture, towards the view of {@code o}. */
    private boolean isMorphing(DiagramOptions o) {
        ViewKind from = morphFrom.get();
        ViewKind to = o.look().view();
        return from != null && from != to && from != ViewKind.BOTH && to != ViewKind.BOTH && morphPhase.get() < 1;
    }

    /**
     * Paints one frame of the morph: both pictures, blended by {@link FoldMorph}, seen through a camera
     * that moves from where the view stood when the morph began to the fit of the view it reaches. The
     * chain is laid out over what the camera shows at the chain's end of the morph.
     */
    private void paintMorph(Trace t, DiagramOptions o, double w, double h) {
        boolean unfolding = morphFrom.get() == ViewKind.FOLDED;
        Viewpoint start = morphStart != null ? morphStart : viewpoint();
        double e = FoldMorph.eased(morphPhase.get());
        double z = start.zoom() + (zoom.get() - start.zoom()) * e;
        double x = start.panX() + (panX - start.panX()) * e;
        double y = start.panY() + (panY - start.panY()) * e;
        double chainFrom = unfolding ? panX : start.panX();
        double chainTo = chainFrom + w / (unfolding ? zoom.get() : start.zoom());
        MorphEnds ends = morphEnds;
        if (ends == null || !ends.isFor(t, o, chainFrom, chainTo)) {
            // the two pictures stay the same for the whole morph: painted once, only blended each frame
            DiagramLayout folded = layoutFor(viewed(o, ViewKind.FOLDED), 0, 0);
            DiagramLayout unrolled = layoutFor(viewed(o, ViewKind.UNROLLED), chainFrom, chainTo);
            ends = new MorphEnds(t, o, chainFrom, chainTo, folded, unrolled,
                    DiagramPainter.paint(folded, t, backward.get(), scales, theme.get()),
                    DiagramPainter.paint(unrolled, t, backward.get(), scales, theme.get()));
            morphEnds = ends;
        }
        double unfolded = unfolding ? morphPhase.get() : 1 - morphPhase.get();
        drawing = FoldMorph.between(ends.foldedPicture(), ends.unrolledPicture(), unfolded);
        DiagramLayout reached = unfolding ? ends.unrolled() : ends.folded();
        tiles.show(new DiagramFrame(t, reached, drawing, null, x, y, z, 0, w, h, RULER_HEIGHT, theme.get()));
        layout.set(reached);
    }

    /** The two pictures a morph blends, and what they were painted for: the lesson, the options and the chain's range. */
    private record MorphEnds(Trace trace, DiagramOptions options, double chainFrom, double chainTo, DiagramLayout folded,
            DiagramLayout unrolled, Drawing foldedPicture, Drawing unrolledPicture) {

        boolean isFor(Trace t, DiagramOptions o, double from, double to) {
            return trace == t && options.equals(o) && chainFrom == from && chainTo == to;
        }
    }

    private static DiagramOptions viewed(DiagramOptions o, ViewKind view) {
        return new DiagramOptions(o.look().withView(view), o.moment(), o.interaction());
    }

    /**
     * The first and last steps whose columns are wholly in sight, left to right, as the ruler tells
     * them; a range with last &lt; first when none is. Empty without a lesson or a chain.
     */
    Optional<int[]> stepsInSight() {
        DiagramFrame shown = tiles.shown();
        return shown == null || !shown.layout().options().look().view().showsUnrolled() ? Optional.empty()
                : Optional.of(shown.stepsInSight());
    }

    /** The tiles that hold the picture: for tests that count repaints and compare pixels. */
    DiagramTiles tiles() {
        return tiles;
    }

    /**
     * Where the box of node {@code part} is drawn, in the canvas's pixels; empty when the last repaint
     * did not lay it out. A column of the chain may lie partly under a pinned folded cell.
     */
    Optional<Box> canvasBoxOf(Part part) {
        DiagramLayout current = layout.get();
        if (current == null) {
            return Optional.empty();
        }
        return current.nodes().stream().filter(n -> n.part().equals(part)).findFirst()
                .map(n -> onCanvas(current, n.box(), part.folded()));
    }

    /** Where the word under x_t (its arrow, the word and its id) is drawn, in the canvas's pixels; empty without one. */
    Optional<Box> canvasWordBoxOf(Part input) {
        DiagramLayout current = layout.get();
        return current == null ? Optional.empty()
                : current.wordOf(input).map(w -> onCanvas(current, w.box(), input.folded()));
    }

    /** Where the folded cell (its boxes and its loop) is drawn, in the canvas's pixels; empty without a folded picture. */
    Optional<Box> foldedCellOnCanvas() {
        DiagramLayout current = layout.get();
        return current == null || current.foldedCellBounds() == null ? Optional.empty()
                : Optional.of(onCanvas(current, current.foldedCellBounds(), true));
    }

    /**
     * Whether node {@code part} is drawn whole and uncovered: inside the canvas above the ruler's
     * strip and, for a step of the chain, right of a pinned folded cell.
     */
    boolean isInView(Part part) {
        double left = part.folded() ? 0 : pinnedWidth(layout.get());
        return canvasBoxOf(part).filter(b -> isInside(b, left)).isPresent();
    }

    /** Whether the whole folded cell, boxes and loop, is drawn inside the canvas above the ruler's strip. */
    boolean isFoldedCellInView() {
        return foldedCellOnCanvas().filter(b -> isInside(b, 0)).isPresent();
    }

    private boolean isInside(Box onCanvas, double left) {
        return onCanvas.x() >= left && onCanvas.right() <= canvas.getWidth()
                && onCanvas.y() >= 0 && onCanvas.bottom() <= canvas.getHeight() - RULER_HEIGHT;
    }

    /** A diagram box in canvas pixels; a box of the folded picture stays at the picture's left edge while that is pinned. */
    private Box onCanvas(DiagramLayout current, Box box, boolean folded) {
        double z = zoom.get();
        double originX = folded && pinnedWidth(current) > 0 ? current.bounds().x() : panX;
        return new Box((box.x() - originX) * z, (box.y() - panY) * z, box.width() * z, box.height() * z);
    }

    /** Called with the part clicked (null for empty space) and the component under the pointer (−1 if none). */
    public void setOnPartClicked(java.util.function.ObjIntConsumer<Part> handler) {
        partClicked = handler;
    }

    private java.util.function.ObjIntConsumer<Part> partClicked = (part, component) -> { };
    private Runnable fitted = () -> { };
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
        double dx = diagramX(current, x);
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
        Optional<Part> part = current.partAt(diagramX(current, x), panY + y / z, 7 / z);
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
