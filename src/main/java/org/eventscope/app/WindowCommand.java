package org.eventscope.app;

import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import org.eventscope.i18n.Messages;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One command of the window, defined once: its words, icon, shortcut, when it is disabled and what
 * it does. The menu item, the toolbar button (with the shortcut in its tooltip) and the line of the
 * keyboard help are all made from it, so they can never disagree.
 */
final class WindowCommand {

    private final String menuKey;
    private final Runnable action;
    private @Nullable Ikon icon;
    private @Nullable KeyCombination keys;
    private List<KeyCombination> alsoKeys = List.of();
    private @Nullable ObservableBooleanValue disabled;
    private @Nullable String buttonKey;
    private @Nullable String tipKey;
    private javafx.beans.value.@Nullable ObservableStringValue text;
    private boolean iconOnly;
    private @Nullable ObservableBooleanValue selected;

    private WindowCommand(String menuKey, Runnable action) {
        this.menuKey = menuKey;
        this.action = action;
    }

    /** A command named by the message key of its menu item ({@code _} marks the mnemonic). */
    static WindowCommand of(String menuKey, Runnable action) {
        return new WindowCommand(menuKey, action);
    }

    WindowCommand icon(Ikon icon) {
        this.icon = icon;
        return this;
    }

    /** The toolbar button shows only the icon (its words are in the tooltip). */
    WindowCommand iconOnly() {
        this.iconOnly = true;
        return this;
    }

    /** The menu item's words follow {@code text} ("Undo Move event") instead of the fixed ones. */
    WindowCommand text(javafx.beans.value.ObservableStringValue text) {
        this.text = text;
        return this;
    }

    WindowCommand keys(KeyCombination keys) {
        this.keys = keys;
        return this;
    }

    /** Other keys that run it too (Ctrl++ and the keypad's + beside the menu's Ctrl+=). */
    WindowCommand alsoKeys(KeyCombination... more) {
        this.alsoKeys = List.of(more);
        return this;
    }

    List<KeyCombination> alsoKeys() {
        return alsoKeys;
    }

    /** Disabled while {@code when} is true. */
    WindowCommand disabledWhen(ObservableBooleanValue when) {
        this.disabled = when;
        return this;
    }

    /**
     * A choice among others (the chart's mode): its menu item is a radio item and its button a
     * toggle, both checked while {@code when} is true.
     */
    WindowCommand selected(ObservableBooleanValue when) {
        this.selected = when;
        return this;
    }

    /** Also a toolbar button, with this text and tooltip. */
    WindowCommand button(String textKey, String tipKey) {
        this.buttonKey = textKey;
        this.tipKey = tipKey;
        return this;
    }

    void run() {
        if (disabled == null || !disabled.get()) {
            action.run();
        }
    }

    @Nullable
    KeyCombination keys() {
        return keys;
    }

    MenuItem menuItem() {
        ObservableBooleanValue checked = selected;
        MenuItem item;
        if (checked != null) {
            javafx.scene.control.RadioMenuItem radio = new javafx.scene.control.RadioMenuItem(Messages.get(menuKey));
            follow(checked, radio.selectedProperty());
            item = radio;
        } else {
            item = new MenuItem(Messages.get(menuKey));
        }
        if (text != null) {
            item.textProperty().bind(text);
        }
        if (icon != null) {
            item.setGraphic(new FontIcon(icon));
        }
        if (keys != null) {
            item.setAccelerator(keys);
        }
        if (disabled != null) {
            item.disableProperty().bind(disabled);
        }
        item.setOnAction(e -> {
            run();
            if (checked != null && item instanceof javafx.scene.control.RadioMenuItem radio) {
                radio.setSelected(checked.get()); // a second choice of the chosen one leaves it chosen
            }
        });
        return item;
    }

    Button button() {
        if (buttonKey == null) {
            throw new IllegalStateException(menuKey + " has no toolbar button");
        }
        Button b = dressed(new Button(Messages.get(buttonKey)));
        b.setOnAction(e -> run());
        return b;
    }

    /**
     * The toolbar toggle of a choice (see {@link #selected}): pressed while the choice is made; a
     * press makes it (pressing the chosen one again leaves it chosen).
     */
    javafx.scene.control.ToggleButton toggleButton() {
        ObservableBooleanValue checked = selected;
        if (buttonKey == null || checked == null) {
            throw new IllegalStateException(menuKey + " has no toolbar toggle");
        }
        javafx.scene.control.ToggleButton b = dressed(new javafx.scene.control.ToggleButton(Messages.get(buttonKey)));
        follow(checked, b.selectedProperty());
        b.setOnAction(e -> {
            run();
            b.setSelected(checked.get());
        });
        return b;
    }

    /** A toolbar button or toggle given the command's icon, tooltip (with its shortcut) and disabled state. */
    private <B extends javafx.scene.control.ButtonBase> B dressed(B b) {
        if (icon != null) {
            b.setGraphic(new FontIcon(icon));
            if (iconOnly) {
                b.setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
                b.setAccessibleText(b.getText());
            }
        }
        b.setTooltip(new Tooltip(tip()));
        if (disabled != null) {
            b.disableProperty().bind(disabled);
        }
        b.setFocusTraversable(false);
        return b;
    }

    /** Keeps {@code target} checked while {@code source} is true. */
    private static void follow(ObservableBooleanValue source, javafx.beans.property.BooleanProperty target) {
        target.set(source.get());
        source.addListener((o, was, now) -> target.set(now));
    }

    /** The button's tooltip: what it does, and its shortcut. */
    String tip() {
        String tip = Messages.get(tipKey);
        return keys == null ? tip : tip + " (" + keys.getDisplayText() + ")";
    }

    /** The command's line in the keyboard help, e.g. {@code Ctrl+O  Open…}; {@code null} without a shortcut. */
    @Nullable
    String helpLine() {
        if (keys == null) {
            return null;
        }
        StringBuilder line = new StringBuilder(keys.getDisplayText());
        for (KeyCombination k : alsoKeys) {
            line.append(", ").append(k.getDisplayText());
        }
        return line + "  " + Messages.get(menuKey).replace("_", "");
    }
}
