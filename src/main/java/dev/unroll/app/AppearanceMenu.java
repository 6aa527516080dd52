package dev.unroll.app;

import dev.unroll.diagram.ThemeKind;
import dev.unroll.diagram.ValuePalette;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

/**
 * View → Theme (light, dark, high contrast) and View → Value colours (red–blue, purple–orange, viridis):
 * switched at once, for the controls and every canvas, and remembered for the next start.
 */
final class AppearanceMenu {

    private final Appearance appearance;
    private final RememberedSettings remembered;
    private final Map<ThemeKind, RadioMenuItem> themeItems = new EnumMap<>(ThemeKind.class);
    private final Map<ValuePalette, RadioMenuItem> paletteItems = new EnumMap<>(ValuePalette.class);

    AppearanceMenu(Appearance appearance, RememberedSettings remembered) {
        this.appearance = appearance;
        this.remembered = remembered;
        ToggleGroup themes = new ToggleGroup();
        themeItems.put(ThemeKind.LIGHT, item("themeLightItem", "theme.light", themes, () -> chooseTheme(ThemeKind.LIGHT)));
        themeItems.put(ThemeKind.DARK, item("themeDarkItem", "theme.dark", themes, () -> chooseTheme(ThemeKind.DARK)));
        themeItems.put(ThemeKind.HIGH_CONTRAST, item("themeHighContrastItem", "theme.highContrast", themes,
                () -> chooseTheme(ThemeKind.HIGH_CONTRAST)));
        ToggleGroup palettes = new ToggleGroup();
        paletteItems.put(ValuePalette.RED_BLUE, item("paletteRedBlueItem", "palette.redBlue", palettes,
                () -> choosePalette(ValuePalette.RED_BLUE)));
        paletteItems.put(ValuePalette.PURPLE_ORANGE, item("palettePurpleOrangeItem", "palette.purpleOrange", palettes,
                () -> choosePalette(ValuePalette.PURPLE_ORANGE)));
        paletteItems.put(ValuePalette.VIRIDIS, item("paletteViridisItem", "palette.viridis", palettes,
                () -> choosePalette(ValuePalette.VIRIDIS)));
        appearance.kindProperty().addListener((obs, old, now) -> themeItems.get(now).setSelected(true));
        appearance.paletteProperty().addListener((obs, old, now) -> paletteItems.get(now).setSelected(true));
    }

    /** View → Theme. */
    Menu themeMenu() {
        Menu menu = Words.item(new Menu(null, null, themeItems.values().toArray(RadioMenuItem[]::new)), "menu.view.theme");
        menu.setId("themeMenu");
        return menu;
    }

    /** View → Value colours. */
    Menu paletteMenu() {
        Menu menu = Words.item(new Menu(null, null, paletteItems.values().toArray(RadioMenuItem[]::new)),
                "menu.view.palette");
        menu.setId("paletteMenu");
        return menu;
    }

    /** At start: the theme and palette remembered, else light and red–blue. */
    void start() {
        show(remembered.theme().orElse(ThemeKind.LIGHT), remembered.palette().orElse(ValuePalette.RED_BLUE));
    }

    /** After the preferences are reset: the look of a first start. */
    void reset() {
        show(ThemeKind.LIGHT, ValuePalette.RED_BLUE);
    }

    /** Switches to {@code theme} and remembers it. */
    void chooseTheme(ThemeKind theme) {
        remembered.rememberTheme(theme);
        appearance.setKind(theme);
    }

    /** Switches the values to {@code palette} and remembers it. */
    void choosePalette(ValuePalette palette) {
        remembered.rememberPalette(palette);
        appearance.setPalette(palette);
    }

    private void show(ThemeKind theme, ValuePalette palette) {
        appearance.setKind(theme);
        appearance.setPalette(palette);
        themeItems.get(theme).setSelected(true);
        paletteItems.get(palette).setSelected(true);
    }

    private static RadioMenuItem item(String id, String key, ToggleGroup group, Runnable action) {
        RadioMenuItem item = Words.item(new RadioMenuItem(), key);
        item.setId(id);
        item.setToggleGroup(group);
        item.setOnAction(e -> action.run());
        return item;
    }
}
