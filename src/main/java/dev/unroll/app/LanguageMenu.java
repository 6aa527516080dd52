package dev.unroll.app;

import dev.unroll.i18n.HangulFont;
import dev.unroll.i18n.Language;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

/**
 * View → Language: English or Korean, switched at once and remembered. Without a font that draws Hangul
 * the language still switches, and the status bar says once why the letters are boxes.
 */
final class LanguageMenu {

    private final RememberedSettings remembered;
    private final Consumer<String> notice;
    private final ToggleGroup choices = new ToggleGroup();
    private final RadioMenuItem english = choice("langEnglishItem", "language.english", Language.ENGLISH);
    private final RadioMenuItem korean = choice("langKoreanItem", "language.korean", Language.KOREAN);
    private boolean fontNoticeGiven;

    LanguageMenu(RememberedSettings remembered, Consumer<String> notice) {
        this.remembered = remembered;
        this.notice = notice;
    }

    /** The menu with one radio item per language. */
    Menu menu() {
        Menu menu = Words.item(new Menu(null, null, english, korean), "menu.view.language");
        menu.setId("languageMenu");
        return menu;
    }

    /** At start: the language remembered, else the system's. */
    void start() {
        show(remembered.language().orElse(systemLanguage()));
    }

    /** After the preferences are reset: the system's language, as on a first start. */
    void resetToSystem() {
        show(systemLanguage());
    }

    /** Switches to {@code language} and remembers it for the next start. */
    void choose(Language language) {
        remembered.rememberLanguage(language);
        show(language);
    }

    private void show(Language language) {
        Words.use(language);
        (language == Language.KOREAN ? korean : english).setSelected(true);
        if (language == Language.KOREAN && !fontNoticeGiven && !HangulFont.available()) {
            fontNoticeGiven = true;
            notice.accept(Words.get("notice.noHangulFont"));
        }
    }

    private static Language systemLanguage() {
        return Language.of(Locale.getDefault());
    }

    private RadioMenuItem choice(String id, String key, Language language) {
        RadioMenuItem item = Words.item(new RadioMenuItem(), key);
        item.setId(id);
        item.setToggleGroup(choices);
        item.setOnAction(e -> choose(language));
        return item;
    }
}
