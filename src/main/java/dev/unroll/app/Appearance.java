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
import javafx.scene.Node;
import javafx.scene.Scene;

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

    private void applyTo(Node root) {
        if (root != null) {
            root.pseudoClassStateChanged(DARK, kind.get() == ThemeKind.DARK);
            root.pseudoClassStateChanged(HIGH_CONTRAST, kind.get() == ThemeKind.HIGH_CONTRAST);
        }
    }
}
