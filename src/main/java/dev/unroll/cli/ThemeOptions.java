package dev.unroll.cli;

import dev.unroll.diagram.Theme;
import dev.unroll.diagram.ThemeKind;
import dev.unroll.diagram.ValuePalette;
import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/**
 * {@code --theme}, {@code --palette} and {@code --background}: the colours of an exported picture, so
 * slides match the room. On a transparent background the ink is chosen for the slide the user names, so
 * the arrows and labels never vanish into it.
 */
final class ThemeOptions {

    @Option(names = "--theme", paramLabel = "light|dark|high-contrast",
            description = "the picture's colours: light (default), dark or high-contrast, as the window's themes")
    private String theme;

    @Option(names = "--palette", paramLabel = "rdbu|puor|viridis",
            description = "the values' colours: rdbu (red-blue, default), puor (purple-orange) or viridis; "
                    + "each reads for the common colour-vision deficiencies")
    private String palette;

    @Option(names = "--background", paramLabel = "light|dark",
            description = "with --transparent: the colour of the slide the picture goes on, so the ink reads on it "
                    + "(default: the theme's own)")
    private String background;

    /**
     * The colours to draw in: the theme with the palette chosen; with {@code transparent}, without paper
     * and with ink that reads on the slide named by {@code --background}.
     *
     * @throws IllegalArgumentException naming a value that is not one of the choices, or {@code --background}
     *                                  without {@code --transparent}
     */
    Theme theme(boolean transparent) {
        ThemeKind kind = theme == null ? ThemeKind.LIGHT : ThemeKind.ofCode(theme).orElseThrow(() -> new IllegalArgumentException(
                "--theme " + theme + " is not a theme; expected "
                        + Arrays.stream(ThemeKind.values()).map(ThemeKind::code).collect(Collectors.joining(", "))));
        ValuePalette values = palette == null ? ValuePalette.RED_BLUE : ValuePalette.ofCode(palette).orElseThrow(() ->
                new IllegalArgumentException("--palette " + palette + " is not a value palette; expected "
                        + Arrays.stream(ValuePalette.values()).map(ValuePalette::code).collect(Collectors.joining(", "))));
        if (background != null && !background.equals("light") && !background.equals("dark")) {
            throw new IllegalArgumentException("--background " + background + " is not a slide colour; expected light or dark");
        }
        if (background != null && !transparent) {
            throw new IllegalArgumentException("--background names the slide a transparent picture goes on; "
                    + "add --transparent, or leave --background out (an opaque picture brings its own)");
        }
        Theme chosen = kind.theme().withValues(values.palette());
        return !transparent ? chosen : chosen.onSlide(background == null ? chosen.isDark() : background.equals("dark"));
    }
}
