package dev.unroll.app;

import dev.unroll.diagram.Theme;
import dev.unroll.diagram.ThemeKind;
import dev.unroll.diagram.ValuePalette;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

/**
 * How the window looks: its theme and the palette its values are coloured with, as read-only properties
 * changed through commands. The canvases draw in {@link #themeProperty()}, the colours of both together;
 * the controls follow through a pseudo-class on the scene's root ({@code :dark}, {@code :high-contrast}),
 * under which the stylesheet names its colours again.
 */
final class Appearance {

    private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");
    private static final PseudoClass HIGH_CONTRAST = PseudoClass.getPseudoClass("high-contrast");

    private final ReadOnlyObjectWrapper<ThemeKind> kind = new ReadOnlyObjectWrapper<>(this, "kind", ThemeKind.LIGHT);
    private final ReadOnlyObjectWrapper<ValuePalette> palette =
            new ReadOnlyObjectWrapper<>(this, "palette", ValuePalette.RED_BLUE);
    private final ObjectBinding<Theme> theme = Bindings.createObjectBinding(
            () -> kind.get().theme().withValues(palette.get().palette()), kind, palette);
    /** Styles each dialog as it opens; held here, since the list of windows holds it only weakly. */
    private ListChangeListener<Window> dialogsOpened;

    /** The theme chosen. */
    ReadOnlyObjectProperty<ThemeKind> kindProperty() {
        return kind.getReadOnlyProperty();
    }

    /** The value palette chosen. */
    ReadOnlyObjectProperty<ValuePalette> paletteProperty() {
        return palette.getReadOnlyProperty();
    }

    /** The colours the canvases draw in: the theme's, with the palette chosen. */
    ObservableValue<Theme> themeProperty() {
        return theme;
    }

    /** The colours the canvases draw in now. */
    Theme theme() {
        return theme.get();
    }

    void setKind(ThemeKind k) {
        kind.set(k);
    }

    void setPalette(ValuePalette p) {
        palette.set(p);
    }

    /**
     * Styles {@code scene}'s root with the theme chosen, now and whenever the theme changes, and whatever
     * root the scene shows (presentation mode puts its own in the window's place).
     */
    void style(Scene scene) {
        applyTo(scene.getRoot());
        kind.addListener((obs, old, now) -> applyTo(scene.getRoot()));
        scene.rootProperty().addListener((obs, old, now) -> applyTo(now));
    }

    /**
     * Dresses every dialog opened from now on (export choices, about, errors, confirmations) in the
     * stylesheets {@code window} has then and in the theme chosen, so a dark window does not flash a
     * light dialog. A dialog is modal and short-lived: it takes the theme of the moment it opens. The
     * list of windows holds the listener weakly, so a window that is gone is not kept alive by it.
     */
    void styleDialogs(Scene window) {
        dialogsOpened = change -> {
            while (change.next()) {
                for (Window opened : change.getAddedSubList()) {
                    Scene scene = opened.getScene();
                    if (scene != null && scene != window && scene.getRoot() instanceof DialogPane) {
                        scene.getStylesheets().setAll(window.getStylesheets());
                        applyTo(scene.getRoot());
                    }
                }
            }
        };
        Window.getWindows().addListener(new WeakListChangeListener<>(dialogsOpened));
    }

    private void applyTo(Node root) {
        if (root != null) {
            root.pseudoClassStateChanged(DARK, kind.get() == ThemeKind.DARK);
            root.pseudoClassStateChanged(HIGH_CONTRAST, kind.get() == ThemeKind.HIGH_CONTRAST);
        }
    }
}
