package org.eventscope.app;

import java.util.Locale;
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
            Window owner, AppPreferences prefs, String tag, Runnable saveState, @Nullable Runnable restart) {
        prefs.setLanguage(tag);
        prefs.flush();
        Alert alert = new Alert(Alert.AlertType.INFORMATION, restartNote(tag));
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

    /**
     * What the language {@code tag} ("" for the system's) will be after a restart, in the words of
     * the interface as it is now: "Eventscope will speak Ukrainian (українська) after a restart",
     * the language named in the interface's language and, when that differs, in its own.
     */
    static String restartNote(String tag) {
        if (tag.isEmpty()) {
            return Messages.get("menu.language.restartSystem");
        }
        Locale chosen = Locale.forLanguageTag(tag);
        String inInterface = chosen.getDisplayLanguage(Messages.locale());
        String inItself = chosen.getDisplayLanguage(chosen);
        String name = inInterface.equalsIgnoreCase(inItself) ? inInterface : inInterface + " (" + inItself + ")";
        return Messages.get("menu.language.restart", name);
    }
}
