package dev.unroll.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.diagram.Theme;
import dev.unroll.diagram.ThemeKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every colour is named once: the canvases' colours in the diagram's {@link Theme} (and the value scale's in its
 * palette), the controls' colours as looked-up colours at the stylesheet's root, once for each theme. A colour written anywhere else
 * drifts from its twin the first time one of them changes.
 */
class OneThemeTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path STYLESHEET = Path.of("src/main/resources/dev/unroll/app/unroll.css");

    /** The files that own colour values: the theme and the value scale. */
    private static final Set<Path> OWNERS = Set.of(
            SOURCES.resolve("dev/unroll/diagram/Theme.java"),
            SOURCES.resolve("dev/unroll/diagram/DivergingPalette.java"));

    /** The one conversion from a theme's paint to a JavaFX colour, which every view on screen goes through. */
    private static final Path CONVERSION = SOURCES.resolve("dev/unroll/render/CanvasRenderer.java");

    private static final Pattern COLOUR_FACTORY =
            Pattern.compile("\\bColor\\s*\\.\\s*(web|rgb|color|valueOf|hsb|gray|grayRgb)\\s*\\(");
    private static final Pattern COLOUR_CONSTANT = Pattern.compile("\\bColor\\s*\\.\\s*[A-Z][A-Z_]+\\b");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"");
    /** A block of the stylesheet's root, plain or under a theme's pseudo-class. */
    private static final Pattern ROOT_BLOCK = Pattern.compile("(?m)^\\.root(?::[a-z-]+)?\\s*\\{[^}]*}");
    private static final Pattern HEX_COLOUR = Pattern.compile("#(?:[0-9A-Fa-f]{8}|[0-9A-Fa-f]{6}|[0-9A-Fa-f]{3,4})\\b");

    @Test
    void noColourIsWrittenOutsideTheTheme() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                if (OWNERS.contains(file)) {
                    continue;
                }
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    List<String> colours = coloursIn(file, lines.get(i));
                    if (!colours.isEmpty()) {
                        found.add(file + ":" + (i + 1) + ": " + String.join(" ", colours));
                    }
                }
            }
        }
        assertTrue(found.isEmpty(), "colours written outside the theme; name them in "
                + "dev.unroll.diagram.Theme (canvases) or at the root of unroll.css (controls):\n"
                + String.join("\n", found));
    }

    @Test
    void theStylesheetNamesItsColoursOnlyAtItsRoot() throws IOException {
        // comments give way to their line breaks, so the lines reported stay the file's own
        String css = Pattern.compile("(?s)/\\*.*?\\*/").matcher(Files.readString(STYLESHEET, StandardCharsets.UTF_8))
                .replaceAll(c -> c.group().replaceAll("[^\n]", ""));
        List<int[]> rootBlocks = new ArrayList<>();
        Matcher root = ROOT_BLOCK.matcher(css);
        while (root.find()) {
            rootBlocks.add(new int[] {root.start(), root.end()});
        }
        List<String> found = new ArrayList<>();
        Matcher hex = HEX_COLOUR.matcher(css);
        while (hex.find()) {
            int at = hex.start();
            if (rootBlocks.stream().noneMatch(b -> b[0] <= at && at < b[1])) {
                found.add(STYLESHEET + ":" + lineOf(css, at) + ": " + hex.group());
            }
        }
        assertEquals(3, rootBlocks.size(), "the stylesheet's root, and its root under :dark and :high-contrast");
        assertTrue(found.isEmpty(), "colours outside the stylesheet's root; use a looked-up colour such as "
                + "-unroll-muted:\n" + String.join("\n", found));
    }

    @Test
    void theControlsAndTheCanvasesAgreeOnTheColoursTheyShareInEveryTheme() throws IOException {
        // the ruler's band lies between bars styled by CSS, and the canvases' text sits beside labels
        String css = Files.readString(STYLESHEET, StandardCharsets.UTF_8);
        for (ThemeKind kind : ThemeKind.values()) {
            String selector = kind == ThemeKind.LIGHT ? ".root" : ".root:" + kind.code();
            Matcher block = Pattern.compile(Pattern.quote(selector) + "\\s*\\{([^}]*)}").matcher(css);
            assertTrue(block.find(), "no " + selector + " block in the stylesheet");
            Map<String, String> named = new HashMap<>();
            Matcher m = Pattern.compile("(-unroll-[a-z-]+)\\s*:\\s*(#[0-9A-Fa-f]{6})\\s*;").matcher(block.group(1));
            while (m.find()) {
                named.put(m.group(1), m.group(2).toLowerCase(Locale.ROOT));
            }
            Theme theme = kind.theme();
            assertEquals(hex(theme.paper().rgb()), named.get("-unroll-paper"), selector + " paper");
            assertEquals(hex(theme.ink()), named.get("-unroll-ink"), selector + " ink");
            assertEquals(hex(theme.muted()), named.get("-unroll-muted"), selector + " muted");
            assertEquals(hex(theme.accent()), named.get("-unroll-accent"), selector + " accent");
            assertEquals(hex(theme.rulerBand()), named.get("-unroll-bar"), selector + " bar");
            assertEquals(hex(theme.rulerLine()), named.get("-unroll-line"), selector + " line");
        }
    }

    private static List<String> coloursIn(Path file, String line) {
        List<String> found = new ArrayList<>();
        Matcher factory = COLOUR_FACTORY.matcher(line);
        while (factory.find()) {
            if (!(file.equals(CONVERSION) && factory.group(1).equals("rgb"))) {
                found.add(factory.group().replaceAll("\\s", ""));
            }
        }
        Matcher constant = COLOUR_CONSTANT.matcher(line);
        while (constant.find()) {
            found.add(constant.group().replaceAll("\\s", ""));
        }
        Matcher literal = STRING_LITERAL.matcher(line);
        while (literal.find()) {
            if (HEX_COLOUR.matcher(literal.group()).find()) {
                found.add(literal.group());
            }
        }
        return found;
    }

    private static int lineOf(String text, int index) {
        return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }

    private static String hex(int rgb) {
        return String.format(Locale.ROOT, "#%06x", rgb & 0xFFFFFF);
    }
}
