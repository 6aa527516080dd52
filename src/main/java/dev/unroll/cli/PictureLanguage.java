package dev.unroll.cli;

import dev.unroll.i18n.HangulFont;
import dev.unroll.i18n.Language;
import java.io.PrintWriter;

/**
 * {@code --lang}: the language of an exported picture's words. The command line's own messages stay
 * in English; only the picture follows the room.
 */
final class PictureLanguage {

    private PictureLanguage() {
    }

    /** The language {@code code} names; English when none is given. */
    static Language of(String code) {
        if (code == null) {
            return Language.ENGLISH;
        }
        return Language.ofCode(code).orElseThrow(() -> new IllegalArgumentException(
                "--lang " + code + " is not a language the pictures are written in; expected en or ko"));
    }

    /** One line on {@code err} when the picture's Korean words have no font here to be drawn in. */
    static void noteMissingFont(Language language, PrintWriter err) {
        if (language == Language.KOREAN && !HangulFont.available()) {
            err.println("note: no font on this system draws Hangul, so a PNG or GIF shows the Korean words as boxes "
                    + "(an SVG is drawn by its viewer's fonts); install one, for example fonts-nanum");
            err.flush();
        }
    }
}
