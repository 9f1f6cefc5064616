package org.eventscope.app;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.eventscope.i18n.Messages;
import org.jspecify.annotations.Nullable;

/** Choosing the interface's language: it is remembered, and applies after a restart, which is offered at once. */
final class LanguageChoice {

    private LanguageChoice() {}

    /**
     * Remembers the language {@code tag} ("" for the system's) and says it takes effect after a
     * restart; with {@code restart} (run after the window's state is saved) it offers to restart now.
     */
    static Alert choose(
            Window owner,
            AppPreferences prefs,
            String tag,
            String name,
            Runnable saveState,
            @Nullable Runnable restart) {
        prefs.setLanguage(tag);
        prefs.flush();
        Alert alert = new Alert(Alert.AlertType.INFORMATION, Messages.get("menu.language.restart", name));
        alert.initOwner(owner);
        alert.setHeaderText(null);
        if (restart != null) {
            ButtonType now = new ButtonType(Messages.get("menu.language.restartNow"), ButtonBar.ButtonData.OK_DONE);
            ButtonType later = new ButtonType(Messages.get("menu.language.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
            alert.getButtonTypes().setAll(later, now);
            alert.setOnHidden(e -> {
                if (alert.getResult() == now) {
                    saveState.run();
                    restart.run();
                }
            });
        }
        alert.show();
        return alert;
    }
}
