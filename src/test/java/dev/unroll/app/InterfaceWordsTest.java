package dev.unroll.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unroll.i18n.Language;
import dev.unroll.i18n.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No word of the interface is written into the code: whatever the window shows comes from the message
 * bundles, so switching the language changes all of it. The scan reads the sources of the window and
 * of the diagram's painter and looks at every string given to a text, a title, a menu, a tooltip, a
 * notice or a picture's text run. What may stay in the code: message keys, ids, file endings and the
 * mathematics. An exception's message is not scanned: most tell a programmer what went wrong, and the
 * ones a user meets are looked up like any other notice.
 */

class InterfaceWordsTest {

    /** The calls whose strings are shown, up to the end of their statement. */
    private static final Pattern SHOWN = Pattern.compile("(?:\\.(?:setText|setTitle|setHeaderText|setContentText|setPromptText"
            + "|setAccessibleText|fillText|setNotice|accept|tellWritten|chooseToSave|chooseFolder|choose|chooseMany|open)"
            + "|new (?:Label|Button|CheckBox|ToggleButton|ToggleSwitch|MenuItem|Menu|CheckMenuItem|RadioMenuItem|Tooltip|Tab"
            + "|ButtonType|Hyperlink|ExtensionFilter)"
            + "|\\b(?:item|check|tab|lazyTab|viewButton|zoomButton|heading|sectionLabel|field|tip|button)"
            + "|TextRun\\.normal)\\(([^;]*)", Pattern.DOTALL);
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{3,}");
    /** A file name's ending, as a file dialog filters on it: *.json, .py. */
    private static final Pattern FILE_PATTERN = Pattern.compile("\\*?\\.[a-z]+");
    /** An id: lower camel case with at least one capital, as the window's ids are written. */
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+");
    /** The mathematics and the code, written the same in every language. */
    private static final Set<String> SYMBOLS = Set.of("tanh", "sigmoid", "linear", "act", "max", "SimpleRNN", "Dense",
            "Embedding", "return_sequences", "True", "False", "kernel", "recurrent_kernel", "bias", "inputs", "state_t",
            "output_t", "input_t", "input_sequence", "for", "Unroll", "numpy", "npz");

    @Test
    void everyWordTheWindowShowsComesFromTheBundle() throws IOException {
        List<String> written = new ArrayList<>();
        for (Path source : sources()) {
            String code = withoutComments(Files.readString(source));
            Matcher call = SHOWN.matcher(code);
            while (call.find()) {
                Matcher literal = LITERAL.matcher(call.group(1));
                while (literal.find()) {
                    if (isWords(literal.group(1))) {
                        written.add(source.getFileName() + ": \"" + literal.group(1) + "\"");
                    }
                }
            }
        }
        assertEquals(List.of(), written, "words written into the code instead of the bundle");
    }

    @Test
    void theScanFindsWordsWrittenIntoTheCode() {
        assertTrue(isWords("Quit"));
        assertTrue(isWords("Export snapshot"));
        assertTrue(isWords("\\nThe largest"));
        assertTrue(!isWords("menu.file.quit") && !isWords("quitItem") && !isWords("\\u2212") && !isWords("max |h| = "));
    }

    @Test
    void theKeysTheCodeBuildsExistInTheBundle() {
        for (String kind : List.of("folded", "unrolled", "both")) {
            assertTrue(Text.has("menu.view." + kind), kind);
        }
        for (dev.unroll.rnn.Preset preset : dev.unroll.rnn.Preset.values()) {
            assertTrue(Text.has("preset." + preset.key()), preset.key());
        }
        for (String which : List.of("x", "h0", "h", "b", "a", "c", "y", "o")) {
            assertTrue(Text.has("inspector.vector." + which), which);
        }
        for (String verb : List.of("open", "save", "import", "export")) {
            assertTrue(Text.has("failure." + verb), verb);
        }
        assertEquals("Could not open week3.json", DialogService.failureHeading("open", Path.of("week3.json")));
        assertEquals("\uB2E4\uC774\uC5B4\uADF8\uB7A8", Text.in(Language.KOREAN, "tab.diagram"));
    }

    private static boolean isWords(String literal) {
        if (Text.has(literal) || Text.has("failure." + literal) || ID.matcher(literal).matches() || isKeyPrefix(literal)
                || FILE_PATTERN.matcher(literal).matches()) {
            return false;
        }
        Matcher word = WORD.matcher(literal.replaceAll("\\\\u[0-9A-Fa-f]{4}|\\\\.", " "));
        while (word.find()) {
            if (!SYMBOLS.contains(word.group())) {
                return true;
            }
        }
        return false;
    }

    /** The start of keys the code completes, such as {@code "preset." + preset.key()}. */
    private static boolean isKeyPrefix(String literal) {
        return literal.endsWith(".") && Text.bundle(Language.ENGLISH).keySet().stream().anyMatch(k -> k.startsWith(literal));
    }

    private static List<Path> sources() throws IOException {
        Path main = Path.of("src", "main", "java", "dev", "unroll");
        try (Stream<Path> app = Files.list(main.resolve("app"))) {
            List<Path> all = new ArrayList<>(app.filter(p -> p.toString().endsWith(".java")).toList());
            all.add(main.resolve(Path.of("diagram", "DiagramPainter.java")));
            all.add(main.resolve(Path.of("diagram", "NonFiniteMark.java")));
            all.add(main.resolve(Path.of("diagram", "DiagramLabels.java")));
            return all;
        }
    }

    private static String withoutComments(String code) {
        return code.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "").replaceAll("\\s//[^\"\\n]*$", "");
    }
}
