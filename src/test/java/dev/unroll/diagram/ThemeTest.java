package dev.unroll.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.diagram.Element.Group;
import dev.unroll.diagram.Element.Rect;
import dev.unroll.diagram.Element.Text;
import dev.unroll.rnn.Preset;
import dev.unroll.rnn.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ThemeTest {

    private static final Trace SEED = Trace.run(Preset.SEED_NUMPY.spec().build());

    private static Drawing paint(Theme theme) {
        return StillPicture.draw(SEED, DiagramOptions.still(DiagramLook.DEFAULT, SEED.timesteps()), theme);
    }

    /** Every element of {@code d}, groups opened. */
    private static List<Element> flat(Drawing d) {
        List<Element> out = new ArrayList<>();
        d.elements().forEach(e -> open(e, out));
        return out;
    }

    private static void open(Element e, List<Element> out) {
        if (e instanceof Group g) {
            g.children().forEach(c -> open(c, out));
        } else {
            out.add(e);
        }
    }

    private static Set<Integer> textColours(Drawing d) {
        return flat(d).stream().filter(e -> e instanceof Text).map(e -> ((Text) e).fill().rgb()).collect(Collectors.toSet());
    }

    private static List<Rect> valueCells(Drawing d) {
        return flat(d).stream().filter(e -> e instanceof Rect r && r.cellIndex() >= 0).map(e -> (Rect) e).toList();
    }

    @Test
    void eachThemeDrawsTheDiagramOnItsOwnPaperWithItsOwnInk() {
        for (ThemeKind kind : ThemeKind.values()) {
            Theme theme = kind.theme();
            Drawing d = paint(theme);
            assertEquals(theme.paper(), d.background(), kind.code());
            Set<Integer> inks = textColours(d);
            assertTrue(inks.contains(theme.ink()), kind.code() + " writes in its ink");
            for (ThemeKind other : ThemeKind.values()) {
                if (other != kind && other.theme().ink() != theme.inkOnLight() && other.theme().ink() != theme.inkOnDark()) {
                    assertFalse(inks.contains(other.theme().ink()), kind.code() + " borrows " + other.code() + "'s ink");
                }
            }
        }
    }

    @Test
    void theDarkThemesInkReadsOnItsPaperAndTheLightOnesOnItsOwn() {
        for (ThemeKind kind : ThemeKind.values()) {
            Theme theme = kind.theme();
            assertTrue(Theme.contrast(theme.ink(), theme.paper().rgb()) >= 7, kind.code() + " ink");
            assertTrue(Theme.contrast(theme.muted(), theme.paper().rgb()) >= 4.5, kind.code() + " muted");
            assertTrue(Theme.contrast(theme.accent(), theme.paper().rgb()) >= 4.5, kind.code() + " accent");
        }
        assertFalse(Theme.LIGHT.isDark());
        assertTrue(Theme.DARK.isDark());
        assertTrue(Theme.HIGH_CONTRAST.isDark());
    }

    @Test
    void everyValueColourOfEveryPaletteCarriesItsNumberAtAaContrast() {
        for (ThemeKind kind : ThemeKind.values()) {
            for (ValuePalette palette : ValuePalette.values()) {
                Theme theme = kind.theme().withValues(palette.palette());
                double worst = Double.MAX_VALUE;
                for (int i = 0; i <= 1000; i++) {
                    int cell = palette.palette().rgb(-1 + 2.0 * i / 1000, 1);
                    worst = Math.min(worst, Theme.contrast(cell, theme.inkOn(cell)));
                }
                assertTrue(worst >= 4.5, kind.code() + " " + palette.code() + ": " + worst);
            }
        }
    }

    @Test
    void thePaletteChosenColoursTheValueCellsAndTheirNumbers() {
        Theme viridis = Theme.LIGHT.withValues(ValuePalette.VIRIDIS.palette());
        Drawing d = paint(viridis);
        Drawing rdbu = paint(Theme.LIGHT);
        List<Rect> cells = valueCells(d);
        List<Rect> before = valueCells(rdbu);
        assertEquals(before.size(), cells.size());
        assertTrue(cells.size() > 10);
        double scale = ColourScales.of(SEED).h();
        // h_T's cells are the last state's values on the lesson's scale, now in viridis
        Group lastState = d.elements().stream().filter(e -> e instanceof Group g && g.part().equals(
                new Part(false, PartKind.H, SEED.timesteps()))).map(e -> (Group) e).findFirst().orElseThrow();
        List<Rect> stateCells = lastState.children().stream().filter(e -> e instanceof Rect r && r.cellIndex() >= 0)
                .map(e -> (Rect) e).toList();
        for (Rect cell : stateCells) {
            double value = SEED.state(SEED.timesteps(), cell.cellIndex());
            assertEquals(DivergingPalette.VIRIDIS.rgb(value, scale), cell.fill().rgb(), "h_T[" + cell.cellIndex() + "]");
        }
        assertFalse(stateCells.isEmpty());
    }

    @Test
    void aTransparentPictureForADarkSlideTakesTheDarkInkWhateverTheTheme() {
        Theme onDark = Theme.LIGHT.withValues(DivergingPalette.VIRIDIS).onSlide(true);
        assertEquals(DivergingPalette.VIRIDIS, onDark.values(), "the palette is kept");
        assertFalse(onDark.paper().isVisible());
        assertEquals(Theme.DARK.ink(), onDark.ink());
        assertEquals(Theme.DARK.matrix(), onDark.matrix());
        assertEquals(Theme.HIGH_CONTRAST.ink(), Theme.HIGH_CONTRAST.onSlide(true).ink(), "a dark theme keeps its own");
        assertEquals(Theme.LIGHT.ink(), Theme.DARK.onSlide(false).ink());
        assertEquals(Theme.LIGHT.ink(), Theme.LIGHT.onSlide(false).ink());
        Drawing d = paint(onDark);
        assertFalse(d.background().isVisible());
        assertTrue(textColours(d).contains(Theme.DARK.ink()));
        assertFalse(textColours(d).contains(Theme.LIGHT.ink()), "no light-theme ink vanishes into the dark slide");
    }

    @Test
    void theHeatmapFollowsTheThemeAndThePalette() {
        Theme theme = Theme.DARK.withValues(ValuePalette.PURPLE_ORANGE.palette());
        HeatmapPicture picture = HeatmapPicture.draw(SEED, SEED.timesteps(), SEED.timesteps(), 760, 520, theme);
        assertEquals(theme.paper(), picture.drawing().background());
        Element.Cells cells = flat(picture.drawing()).stream().filter(e -> e instanceof Element.Cells)
                .map(e -> (Element.Cells) e).findFirst().orElseThrow();
        double scale = ColourScales.of(SEED).h();
        assertEquals(DivergingPalette.PURPLE_WHITE_ORANGE.rgb(SEED.state(1, 0), scale), cells.rgb()[0]);
    }

    @Test
    void themesAndPalettesAreNamedByTheirCodes() {
        for (ThemeKind kind : ThemeKind.values()) {
            assertEquals(kind, ThemeKind.ofCode(kind.code()).orElseThrow());
        }
        for (ValuePalette palette : ValuePalette.values()) {
            assertEquals(palette, ValuePalette.ofCode(palette.code()).orElseThrow());
        }
        assertTrue(ThemeKind.ofCode("sepia").isEmpty());
        assertTrue(ValuePalette.ofCode("jet").isEmpty());
    }
}
