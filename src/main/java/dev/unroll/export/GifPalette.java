package dev.unroll.export;

import dev.unroll.diagram.DivergingPalette;
import dev.unroll.diagram.Theme;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The 256 colours of an animated GIF and the mapping of every drawn colour onto them. A diagram is
 * flat colour: the theme's inks and fills, the value colours from the {@link DivergingPalette}, and
 * the anti-aliased edges between them and the paper. So the palette is fixed rather than searched
 * for frame by frame: every theme colour exactly, the value scale sampled finely, the blends of each
 * ink into the paper, and a coarse colour cube for whatever else a frame holds. Each pixel takes the
 * nearest palette colour (weighted for the eye's sensitivity to green, then blue, then red), without
 * dithering, which would speckle flat areas and make them compress badly.
 */
final class GifPalette {

    /** Samples of the value scale from −1 to +1: neighbours differ by a few levels per channel. */
    private static final int VALUE_SAMPLES = 97;
    /** Blends of an ink into the paper, for the anti-aliased edges of lines and letters. */
    private static final int BLENDS = 7;
    private static final int CACHE_SIZE = 1 << 17;

    private final int[] colours;
    /** Colours already mapped: 0x1RRGGBB in {@code keys} (0 is empty), the index in {@code values}. */
    private final int[] keys = new int[CACHE_SIZE];
    private final byte[] values = new byte[CACHE_SIZE];
    private int cached;

    private GifPalette(int[] colours) {
        this.colours = colours;
    }

    /** The palette for pictures drawn in {@code theme} on {@code paper} (0xRRGGBB). */
    static GifPalette of(Theme theme, int paper) {
        Set<Integer> set = new LinkedHashSet<>();
        int[] inks = {theme.ink(), theme.muted(), theme.faint(), theme.accent(), theme.matrix()};
        set.add(paper);
        for (int c : new int[] {theme.ink(), theme.muted(), theme.faint(), theme.box(), theme.emptyCell(), theme.accent(),
            theme.matrix(), theme.inkOnLight(), theme.inkOnDark(), theme.rulerBand(), theme.rulerLine(), theme.rulerTrack(),
            DivergingPalette.NON_FINITE, DivergingPalette.NON_FINITE_HATCH}) {
            set.add(c);
        }
        for (int i = 0; i < VALUE_SAMPLES; i++) {
            set.add(theme.values().rgb(-1 + 2.0 * i / (VALUE_SAMPLES - 1), 1));
        }
        for (int ink : inks) {
            for (int k = 1; k <= BLENDS; k++) {
                set.add(blend(ink, paper, k / (BLENDS + 1.0)));
            }
        }
        // a 5 × 5 × 4 cube fills the rest: blue gets fewer levels, the eye tells fewer of them apart
        for (int r = 0; r < 5; r++) {
            for (int g = 0; g < 5; g++) {
                for (int b = 0; b < 4; b++) {
                    set.add(((r * 255 / 4) << 16) | ((g * 255 / 4) << 8) | (b * 255 / 3));
                }
            }
        }
        int[] colours = set.stream().mapToInt(Integer::intValue).limit(256).toArray();
        return new GifPalette(colours);
    }

    /** {@code from} moved the fraction {@code f} of the way to {@code to}, channel by channel. */
    private static int blend(int from, int to, double f) {
        int rgb = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            int a = (from >> shift) & 0xFF;
            int b = (to >> shift) & 0xFF;
            rgb |= (int) Math.round(a + (b - a) * f) << shift;
        }
        return rgb;
    }

    /** The palette's colours, 0xRRGGBB. */
    int[] colours() {
        return colours.clone();
    }

    /** Maps {@code count} pixels (0xAARRGGBB, alpha ignored) from {@code pixels} to palette indices in {@code indices}. */
    void map(int[] pixels, int count, byte[] indices) {
        int lastRgb = -1;
        byte lastIndex = 0;
        for (int i = 0; i < count; i++) {
            int rgb = pixels[i] & 0xFFFFFF;
            // runs of one colour are the rule in a diagram: the previous pixel answers most lookups
            if (rgb != lastRgb) {
                lastRgb = rgb;
                lastIndex = index(rgb);
            }
            indices[i] = lastIndex;
        }
    }

    /** The index of the palette colour nearest {@code rgb}. */
    byte index(int rgb) {
        int key = rgb | 0x1000000;
        int slot = (rgb * 0x9E3779B1) >>> 15 & (CACHE_SIZE - 1);
        while (keys[slot] != 0) {
            if (keys[slot] == key) {
                return values[slot];
            }
            slot = (slot + 1) & (CACHE_SIZE - 1);
        }
        byte index = nearest(rgb);
        if (cached >= CACHE_SIZE / 2) {
            // more distinct colours than a diagram has: start over rather than let the probes grow long
            Arrays.fill(keys, 0);
            cached = 0;
            slot = (rgb * 0x9E3779B1) >>> 15 & (CACHE_SIZE - 1);
        }
        keys[slot] = key;
        values[slot] = index;
        cached++;
        return index;
    }

    private byte nearest(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < colours.length; i++) {
            int dr = r - ((colours[i] >> 16) & 0xFF);
            int dg = g - ((colours[i] >> 8) & 0xFF);
            int db = b - (colours[i] & 0xFF);
            long distance = 2L * dr * dr + 4L * dg * dg + 3L * db * db;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        return (byte) best;
    }
}
