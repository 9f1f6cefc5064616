package org.eventscope.app;

import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** What Eventscope is, which versions run it, and the licences of the libraries it uses. */
final class AboutDialog {

    private AboutDialog() {
    }

    static String text() {
        return String.join("\n",
                "Eventscope 0.1 — timelines and troop charts from event files.",
                "",
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                "JavaFX " + System.getProperty("javafx.runtime.version", "21"),
                "",
                "Libraries and their licences:",
                "  OpenJFX 21 — GPL v2 with the Classpath Exception",
                "  AtlantaFX 2.0.1 — MIT",
                "  ControlsFX 11.2.2 — BSD 3-Clause",
                "  Ikonli 12.4.0 (Material Design Icons) — Apache 2.0; icons: Pictogrammers, Apache 2.0",
                "  Jackson Core 2.20 — Apache 2.0",
                "  picocli 4.7.7 — Apache 2.0",
                "  Monocle (headless glass) 17.0.10 — GPL v2 with the Classpath Exception");
    }

    static void show(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("About Eventscope");
        alert.setHeaderText("Eventscope 0.1");
        TextArea area = new TextArea(text());
        area.setId("about-text");
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(14);
        alert.getDialogPane().setContent(area);
        alert.show();
    }
}
