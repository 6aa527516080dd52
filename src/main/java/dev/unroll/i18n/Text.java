package dev.unroll.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every word the window and the pictures show, looked up by key in {@code dev/unroll/i18n/messages*.properties}
 * in the language in use. Parameters follow {@link MessageFormat}: {@code {0}} and so on, with an apostrophe
 * written twice. Whole numbers are given as they are, without a thousands separator, so that a timestep
 * reads the same in the picture and in the lesson file.
 */
public final class Text {

    private static final String BUNDLE = "dev.unroll.i18n.messages";

    /** No fallback to the system locale: English asked for is English, whatever the machine speaks. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static volatile Language current = Language.of(Locale.getDefault());

    private Text() {
    }

    /** The language in use: at start the system's (Korean for a Korean locale, else English). */
    public static Language language() {
        return current;
    }

    /** Speaks {@code language} from now on. */
    public static void use(Language language) {
        current = language;
    }

    /** The message {@code key} in the language in use, with {@code args} in its places. */
    public static String get(String key, Object... args) {
        return in(current, key, args);
    }

    /** The message {@code key} in {@code language}, with {@code args} in its places. */
    public static String in(Language language, String key, Object... args) {
        String pattern = bundle(language).getString(key);
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof Integer || args[i] instanceof Long ? args[i].toString() : args[i];
        }
        return new MessageFormat(pattern, language.locale()).format(shown);
    }

    /** Whether {@code key} is a message. */
    public static boolean has(String key) {
        try {
            bundle(Language.ENGLISH).getString(key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }

    /** The messages of {@code language}, loaded once and kept by the resource bundle cache. */
    public static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle(BUNDLE, language.locale(), NO_FALLBACK);
    }
}
