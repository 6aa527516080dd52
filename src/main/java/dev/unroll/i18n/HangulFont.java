package dev.unroll.i18n;

import java.awt.Font;
import java.awt.GraphicsEnvironment;

/**
 * Whether this machine has a font that draws Hangul. Without one, Korean words come out as empty boxes;
 * the window and the command line say so once instead of leaving the reader to guess.
 */
public final class HangulFont {

    /** A sample of the words the interface uses most: state, hidden state, unit, timestep, weight. */
    static final String SAMPLE = "\uC0C1\uD0DC \uC740\uB2C9 \uC720\uB2DB \uD0C0\uC784\uC2A4\uD15D \uAC00\uC911\uCE58";

    private HangulFont() {
    }

    /** Whether some installed font family draws every letter of the sample; asked once, then remembered. */
    public static boolean available() {
        return Found.ANSWER;
    }

    /** Whether one of {@code families} draws every letter of {@code sample}. */
    static boolean anyDraws(String[] families, String sample) {
        for (String family : families) {
            if (new Font(family, Font.PLAIN, 12).canDisplayUpTo(sample) < 0) {
                return true;
            }
        }
        return false;
    }

    /** Looked up on first use: listing the fonts starts the font manager, which a run in English never needs. */
    private static final class Found {
        static final boolean ANSWER = anyDraws(
                GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(), SAMPLE);
    }
}
