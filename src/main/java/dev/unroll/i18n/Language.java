package dev.unroll.i18n;

import java.util.Locale;
import java.util.Optional;

/** The languages the window and the exported pictures speak. */
public enum Language {
    ENGLISH("en", Locale.ENGLISH),
    KOREAN("ko", Locale.KOREAN);

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    /** The two-letter code the command line and the preferences use: en or ko. */
    public String code() {
        return code;
    }

    /** The locale its messages are looked up in. */
    public Locale locale() {
        return locale;
    }

    /** The language of {@code code} (en or ko, any case); empty for any other. */
    public static Optional<Language> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Language language : values()) {
            if (language.code.equalsIgnoreCase(code.strip())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** Korean where {@code locale}'s language is Korean, English everywhere else. */
    public static Language of(Locale locale) {
        return "ko".equals(locale.getLanguage()) ? KOREAN : ENGLISH;
    }
}
