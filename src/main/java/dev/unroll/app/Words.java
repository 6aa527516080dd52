package dev.unroll.app;

import dev.unroll.i18n.Language;
import dev.unroll.i18n.Text;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;

/**
 * The window's words in the language in use, as bindings: a menu, a label or a tooltip bound here
 * says its text again in the other language the moment the language changes, and the lesson, the
 * step and the view on screen stay as they were. Texts that are worked out from the lesson follow
 * through {@link #follow}.
 */
final class Words {

    private static final ObjectProperty<Language> LANGUAGE = new SimpleObjectProperty<>(Text.language());

    private Words() {
    }

    /** The language in use. */
    static ReadOnlyObjectProperty<Language> languageProperty() {
        return LANGUAGE;
    }

    /** Speaks {@code language} from now on, in the window and in what it exports. */
    static void use(Language language) {
        Text.use(language);
        LANGUAGE.set(language);
    }

    /** Message {@code key} in the language in use, now. */
    static String get(String key, Object... args) {
        return Text.get(key, args);
    }

    /** Message {@code key}, said again whenever the language changes. */
    static StringBinding of(String key, Object... args) {
        return Bindings.createStringBinding(() -> Text.get(key, args), LANGUAGE);
    }

    /** Binds {@code text} to message {@code key}. */
    static void bind(StringProperty text, String key, Object... args) {
        text.bind(of(key, args));
    }

    /** {@code labeled}, its text message {@code key}. */
    static <T extends Labeled> T label(T labeled, String key, Object... args) {
        bind(labeled.textProperty(), key, args);
        return labeled;
    }

    /** {@code item}, its text message {@code key}. */
    static <T extends MenuItem> T item(T item, String key, Object... args) {
        bind(item.textProperty(), key, args);
        return item;
    }

    /** {@code tab}, its title message {@code key}. */
    static Tab tab(Tab tab, String key) {
        bind(tab.textProperty(), key);
        return tab;
    }

    /** A tooltip saying message {@code key}. */
    static Tooltip tooltip(String key, Object... args) {
        Tooltip tip = new Tooltip();
        bind(tip.textProperty(), key, args);
        return tip;
    }

    /**
     * Runs {@code refresh} whenever the language changes, for texts worked out from the lesson. The
     * language holds the listener weakly, so the caller keeps the returned listener in a field for as
     * long as its texts are on screen.
     */
    static InvalidationListener follow(Runnable refresh) {
        InvalidationListener listener = changed -> refresh.run();
        LANGUAGE.addListener(new WeakInvalidationListener(listener));
        return listener;
    }

    /** Runs {@code refresh} whenever the language changes, for as long as {@code owner} lives. */
    static void follow(javafx.scene.Node owner, Runnable refresh) {
        owner.getProperties().put(Words.class, follow(refresh));
    }

}
