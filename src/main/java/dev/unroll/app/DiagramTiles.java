package dev.unroll.app;

import dev.unroll.diagram.Box;
import dev.unroll.diagram.Element;
import dev.unroll.diagram.ElementBounds;
import dev.unroll.diagram.Theme;
import dev.unroll.render.CanvasRenderer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;

/**
 * The diagram's picture, held on a grid of square canvases ({@value #TILE} pixels a side) that together
 * cover the view. Each tile keeps what it last painted, so a frame that differs from the one on screen
 * only in the phase of the step repaints only the tiles where the two differ: while a step plays, the
 * tiles over the current step's filling boxes and travelling values, and no others. Anything else that
 * changes (the step, the look, the selection, a pan, the zoom, the size, the trace) repaints every tile.
 * <p>
 * A tile paints its square exactly as it would in a repaint of every tile, with the same commands at
 * the same offset, so the picture on screen is the same whichever tiles were repainted for it.
 */
final class DiagramTiles {

    /** The side of a tile, in pixels. */
    static final int TILE = 128;
    /** Above this share of the tiles, a frame repaints them all: it is no longer a step flowing. */
    private static final double MOST_TILES = 0.5;
    /** The most elements whose bounds are remembered before the memory is emptied and begun again. */
    private static final int BOUNDS_REMEMBERED = 100_000;

    private final ObservableList<Node> children;
    private final CanvasRenderer renderer = new CanvasRenderer();
    private final List<Tile> tiles = new ArrayList<>();
    /**
     * Where each element of the pictures on screen may paint, by identity: a frame of playback takes
     * most of its elements from the one before, so each is measured once.
     */
    private final Map<Element, Box> bounds = new IdentityHashMap<>();
    private double gridWidth = -1;
    private double gridHeight = -1;
    /** The frame on screen, or null when the tiles show the empty page. */
    private DiagramFrame shown;
    private int wholePaints;
    private int tilePaints;

    /** One square of the grid and the canvas that shows it. */
    record Tile(Canvas canvas, Box area) {
    }

    /** Tiles that {@code children} will hold, beneath whatever it holds already (the view's pointer surface). */
    DiagramTiles(ObservableList<Node> children) {
        this.children = children;
    }

    /** Shows {@code frame}, repainting only the tiles where it differs from the frame on screen when only the phase changed. */
    void show(DiagramFrame frame) {
        boolean regridded = grid(frame.width(), frame.height());
        if (!regridded && frame.differsOnlyInPhaseFrom(shown)) {
            Optional<List<Tile>> dirty = frame.changedSince(shown).map(this::tilesOver);
            if (dirty.isPresent() && dirty.get().size() <= MOST_TILES * tiles.size()) {
                dirty.get().forEach(tile -> paint(frame, tile));
                tilePaints += dirty.get().size();
                shown = frame;
                return;
            }
        }
        repaintAll(frame);
    }

    /** Repaints every tile with {@code frame}. */
    void repaintAll(DiagramFrame frame) {
        grid(frame.width(), frame.height());
        bounds.clear();
        tiles.forEach(tile -> paint(frame, tile));
        wholePaints++;
        shown = frame;
    }

    /** Shows the empty page in {@code theme}'s paper: no lesson, or a view of no size. */
    void clear(double width, double height, Theme theme) {
        grid(width, height);
        for (Tile tile : tiles) {
            GraphicsContext g = tile.canvas().getGraphicsContext2D();
            g.setFill(CanvasRenderer.color(theme.paper()));
            g.fillRect(0, 0, tile.area().width(), tile.area().height());
        }
        shown = null;
    }

    private void paint(DiagramFrame frame, Tile tile) {
        if (bounds.size() > BOUNDS_REMEMBERED) {
            bounds.clear();
        }
        frame.paint(tile.canvas().getGraphicsContext2D(), renderer, tile.area(), this::boundsOf);
    }

    /** The tiles that one of {@code areas} (in the view's pixels) overlaps. */
    private List<Tile> tilesOver(List<Box> areas) {
        List<Tile> over = new ArrayList<>();
        for (Tile tile : tiles) {
            if (areas.stream().anyMatch(a -> a.overlaps(tile.area()))) {
                over.add(tile);
            }
        }
        return over;
    }

    /** Lays the grid out anew for a view of this size; false when it already fits. */
    private boolean grid(double width, double height) {
        if (width == gridWidth && height == gridHeight) {
            return false;
        }
        children.removeAll(tiles.stream().map(Tile::canvas).toList());
        tiles.clear();
        for (double y = 0; y < height; y += TILE) {
            for (double x = 0; x < width; x += TILE) {
                Box area = new Box(x, y, Math.min(TILE, width - x), Math.min(TILE, height - y));
                Canvas canvas = new Canvas(area.width(), area.height());
                canvas.setManaged(false);
                canvas.relocate(x, y);
                // the view's own surface above the tiles answers the pointer
                canvas.setMouseTransparent(true);
                tiles.add(new Tile(canvas, area));
            }
        }
        children.addAll(0, tiles.stream().map(Tile::canvas).toList());
        gridWidth = width;
        gridHeight = height;
        shown = null;
        return true;
    }

    private Box boundsOf(Element e) {
        // computeIfAbsent would remember nothing for an element that paints nothing, and measure it again
        if (!bounds.containsKey(e)) {
            bounds.put(e, ElementBounds.of(e));
        }
        return bounds.get(e);
    }

    /** How many times every tile has been repainted at once: a test's count, not a measure of time. */
    int wholePaints() {
        return wholePaints;
    }

    /** How many tiles have been repainted alone, for a frame that differed from the one before only in phase. */
    int tilePaints() {
        return tilePaints;
    }

    /** The frame on screen, or null. */
    DiagramFrame shown() {
        return shown;
    }

    /** The grid, row by row from the top-left corner. */
    List<Tile> tiles() {
        return List.copyOf(tiles);
    }
}
