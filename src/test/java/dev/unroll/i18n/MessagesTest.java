package dev.unroll.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The English and Korean messages say the same things: the same keys, each with the same parameters. */
class MessagesTest {

    private static final Pattern PARAMETER = Pattern.compile("\\{(\\d+)[^}]*}");

    private static Set<String> keys(Language language) {
        return new TreeSet<>(Text.bundle(language).keySet());
    }

    @Test
    void everyEnglishKeyHasAKoreanMessageAndViceVersa() {
        Set<String> english = keys(Language.ENGLISH);
        Set<String> korean = keys(Language.KOREAN);
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(korean);
        Set<String> onlyKorean = new TreeSet<>(korean);
        onlyKorean.removeAll(english);
        assertEquals(Set.of(), onlyEnglish, "keys with no Korean message");
        assertEquals(Set.of(), onlyKorean, "Korean keys with no English message");
        assertTrue(english.size() > 300, "the window's words are all in the bundle: " + english.size());
    }

    @Test
    void eachMessageTakesTheSameParametersInBothLanguages() {
        for (String key : keys(Language.ENGLISH)) {
            assertEquals(parameters(Text.bundle(Language.ENGLISH).getString(key)),
                    parameters(Text.bundle(Language.KOREAN).getString(key)), key);
        }
    }

    @Test
    void everyMessageIsAPatternWhoseApostrophesAreDoubled() {
        for (Language language : Language.values()) {
            ResourceBundle bundle = Text.bundle(language);
            for (String key : bundle.keySet()) {
                String pattern = bundle.getString(key);
                // a lone apostrophe would quote the rest of the message, parameters and all
                assertFalse(pattern.replace("''", "").contains("'"), language + " " + key + ": " + pattern);
                new MessageFormat(pattern);
            }
        }
    }

    @Test
    void theKoreanMessagesAreKoreanAndUseTheSeedsWords() {
        assertEquals("\uD30C\uC77C(_F)", Text.in(Language.KOREAN, "menu.file"));
        assertEquals("_File", Text.in(Language.ENGLISH, "menu.file"));
        assertTrue(Text.in(Language.KOREAN, "diagram.title.h").contains("\uC0C1\uD0DC"), "state is \uC0C1\uD0DC");
        assertTrue(Text.in(Language.KOREAN, "controls.units").startsWith("\uC720\uB2DB"), "units are \uC720\uB2DB");
        assertTrue(Text.in(Language.KOREAN, "controls.timesteps").startsWith("\uD0C0\uC784\uC2A4\uD15D"));
    }

    @Test
    void parametersTakeTheirPlacesAndWholeNumbersHaveNoSeparator() {
        assertEquals("unrolled, t = 3 of 12000", Text.in(Language.ENGLISH, "diagram.unrolled", 3, 12000));
        assertEquals("\uD3BC\uCE5C \uADF8\uB9BC, t = 3 / 12000", Text.in(Language.KOREAN, "diagram.unrolled", 3, 12000));
        assertEquals("The seed's numpy example", Text.in(Language.ENGLISH, "preset.seed-numpy"));
    }

    @Test
    void englishAskedForIsEnglishWhateverTheSystemSpeaks() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.KOREA);
            ResourceBundle.clearCache();
            assertEquals("Folded", Text.in(Language.ENGLISH, "toolbar.folded"));
        } finally {
            Locale.setDefault(before);
            ResourceBundle.clearCache();
        }
    }

    @Test
    void theSystemsLanguagePicksKoreanOnlyForKorean() {
        assertEquals(Language.KOREAN, Language.of(Locale.KOREA));
        assertEquals(Language.KOREAN, Language.of(Locale.forLanguageTag("ko")));
        assertEquals(Language.ENGLISH, Language.of(Locale.JAPAN));
        assertEquals(Language.ENGLISH, Language.of(Locale.UK));
    }

    @Test
    void codesNameTheTwoLanguagesAndNothingElse() {
        assertEquals(Optional.of(Language.KOREAN), Language.ofCode("ko"));
        assertEquals(Optional.of(Language.ENGLISH), Language.ofCode(" EN "));
        assertEquals(Optional.empty(), Language.ofCode("kr"));
        assertEquals(Optional.empty(), Language.ofCode(null));
    }

    @Test
    void noFamiliesMeansNoFontForHangul() {
        assertFalse(HangulFont.anyDraws(new String[0], HangulFont.SAMPLE));
    }

    private static Set<String> parameters(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PARAMETER.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
