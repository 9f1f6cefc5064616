package org.eventscope.app;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.eventscope.i18n.Messages;
import org.jspecify.annotations.Nullable;

/**
 * The window's theme: light or dark as chosen in the View menu, or following the system (the
 * default). Following, the window starts in the system's theme as last seen, asks the system
 * a second after it is shown and whenever it gets the focus back (so a change in the system's
 * settings shows when the user returns), and switches when the answer differs.
 */
final class ThemeControl {

    /** The system is asked at most this often, however often the focus comes and goes. */
    private static final long ASK_EVERY_MILLIS = 2_000;

    private final AppPreferences prefs;
    private final RadioMenuItem system = new RadioMenuItem(Messages.get("menu.systemTheme"));
    private final RadioMenuItem light = new RadioMenuItem(Messages.get("menu.lightTheme"));
    private final RadioMenuItem dark = new RadioMenuItem(Messages.get("menu.darkTheme"));
    private final AtomicBoolean asking = new AtomicBoolean();
    private volatile Supplier<Optional<Theme>> source = SystemTheme::detect;
    private Theme applied;
    private long lastAsked = Long.MIN_VALUE / 2;
    /** Whether the window has been up a second, so asking no longer competes with its start. */
    private boolean started;

    /** @param prefs where the choice is kept; the theme they name is taken as applied already */
    ThemeControl(AppPreferences prefs) {
        this.prefs = prefs;
        this.applied = prefs.theme();
        ToggleGroup group = new ToggleGroup();
        for (RadioMenuItem item : List.of(system, light, dark)) {
            item.setToggleGroup(group);
        }
        system.setId("theme-system");
        light.setId("theme-light");
        dark.setId("theme-dark");
        showChoice();
        system.setOnAction(e -> choose(null));
        light.setOnAction(e -> choose(Theme.LIGHT));
        dark.setOnAction(e -> choose(Theme.DARK));
    }

    List<MenuItem> menuItems() {
        return List.of(system, light, dark);
    }

    /**
     * Asks the system a second after {@code stage} is shown (not while the window starts), and
     * from then on whenever it gets the focus back.
     */
    void watch(Stage stage) {
        PauseTransition later = new PauseTransition(Duration.seconds(1));
        later.setOnFinished(e -> {
            started = true;
            askSystem();
        });
        stage.showingProperty().addListener((o, was, showing) -> {
            if (showing) {
                later.playFromStart();
            }
        });
        stage.focusedProperty().addListener((o, was, focused) -> {
            if (focused && started) {
                askSystem();
            }
        });
    }

    /** Where the system's theme comes from (tests give a fixed answer). */
    void setSource(Supplier<Optional<Theme>> source) {
        this.source = source;
    }

    Theme applied() {
        return applied;
    }

    /** Chooses {@code theme} and remembers it; {@code null} follows the system. */
    void choose(@Nullable Theme theme) {
        prefs.setTheme(theme);
        prefs.flush();
        showChoice();
        if (theme != null) {
            apply(theme);
        } else {
            forgetLastAsk();
            askSystem();
        }
    }

    /**
     * When following the system, asks it off the FX thread and switches to its theme. Returns
     * whether it asked: not when a theme is chosen, nor twice within two seconds, nor while a
     * question is open.
     */
    boolean askSystem() {
        long now = System.currentTimeMillis();
        if (prefs.chosenTheme().isPresent()
                || now - lastAsked < ASK_EVERY_MILLIS
                || !asking.compareAndSet(false, true)) {
            return false;
        }
        lastAsked = now;
        Supplier<Optional<Theme>> from = source;
        Thread thread = new Thread(
                () -> {
                    Optional<Theme> found;
                    try {
                        found = from.get();
                    } finally {
                        asking.set(false);
                    }
                    found.ifPresent(theme -> Platform.runLater(() -> {
                        if (prefs.chosenTheme().isEmpty()) {
                            apply(theme);
                            prefs.setSystemTheme(theme);
                            prefs.flush();
                        }
                    }));
                },
                "system-theme");
        thread.setDaemon(true);
        thread.start();
        return true;
    }

    /** Lets the next {@link #askSystem} ask at once, however recently it asked. */
    void forgetLastAsk() {
        lastAsked = Long.MIN_VALUE / 2;
    }

    private void apply(Theme theme) {
        if (theme != applied) {
            theme.apply();
            applied = theme;
        }
    }

    private void showChoice() {
        Optional<Theme> chosen = prefs.chosenTheme();
        (chosen.isEmpty() ? system : chosen.get() == Theme.DARK ? dark : light).setSelected(true);
    }
}
