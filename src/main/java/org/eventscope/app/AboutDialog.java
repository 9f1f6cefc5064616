package org.eventscope.app;

import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.eventscope.i18n.Messages;
import org.eventscope.view.Typeface;

/** What Eventscope is, which versions run it, and the licences of the libraries and the typeface it uses. */
final class AboutDialog {

    private AboutDialog() {}

    static String text() {
        String gpl = Messages.get("about.gplClasspath");
        return String.join(
                "\n",
                Messages.get("about.tagline"),
                "",
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                "JavaFX " + System.getProperty("javafx.runtime.version", "21"),
                "",
                Messages.get("about.libraries"),
                "  OpenJFX 21 — " + gpl,
                "  AtlantaFX 2.0.1 — MIT",
                "  ControlsFX 11.2.2 — BSD 3-Clause",
                "  Ikonli 12.4.0 (Material Design Icons) — Apache 2.0; " + Messages.get("about.icons"),
                "  Jackson Core 2.20 — Apache 2.0",
                "  picocli 4.7.7 — Apache 2.0",
                "  FastCSV 3.7.0 — MIT",
                "  fastexcel 0.19.0 — Apache 2.0",
                "  Apache PDFBox 3.0.8 — Apache 2.0",
                "  Monocle 17.0.10 — " + gpl,
                "",
                Messages.get("about.typeface"),
                "",
                fontLicence());
    }

    /** The licence of the bundled typeface, as shipped beside it. */
    private static String fontLicence() {
        try (java.io.InputStream in = Typeface.licence()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException | RuntimeException e) {
            return "SIL Open Font License 1.1";
        }
    }

    static void show(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("about.title"));
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
