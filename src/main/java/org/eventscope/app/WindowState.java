package org.eventscope.app;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The window's place, size, dividers, time-zone choice and the chart's mode, restored from and
 * saved to the preferences; its icons.
 */
final class WindowState {

    private final AppPreferences prefs;
    private final Stage stage;
    private final Workspace workspace;
    private final ZoneChooser zones;
    private final org.eventscope.chart.TroopChart chart;

    WindowState(
            AppPreferences prefs,
            Stage stage,
            Workspace workspace,
            ZoneChooser zones,
            org.eventscope.chart.TroopChart chart) {
        this.prefs = prefs;
        this.stage = stage;
        this.workspace = workspace;
        this.zones = zones;
        this.chart = chart;
        workspace.setDividers(prefs.divider("main", 0.6), prefs.divider("right", 0.62));
    }

    /** Puts the window where it was, and saves its state when it closes. */
    void restore() {
        prefs.windowBounds().ifPresent(b -> {
            stage.setX(b[0]);
            stage.setY(b[1]);
            stage.setWidth(b[2]);
            stage.setHeight(b[3]);
        });
        stage.setMaximized(prefs.maximized());
        zones.setValue(prefs.zoneChoice());
        chart.setMode(prefs.chartMode());
        stage.setOnCloseRequest(e -> save());
    }

    /** Remembers the window's state for the next run. */
    void save() {
        if (!stage.isMaximized() && stage.getWidth() > 0) {
            prefs.setWindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        }
        prefs.setMaximized(stage.isMaximized());
        prefs.setDivider("main", workspace.mainDivider());
        prefs.setDivider("right", workspace.chartDivider());
        prefs.setZoneChoice(zones.getValue() == null ? ZoneChoice.FILE : zones.getValue());
        prefs.setChartMode(chart.getMode());
        prefs.flush();
    }

    /**
     * Decodes the window icons off the FX thread (they cost it tens of milliseconds at start)
     * and sets them when ready; the window manager picks the size it needs.
     */
    static void loadIcons(Stage stage) {
        Thread loader = new Thread(
                () -> {
                    List<Image> icons = new ArrayList<>();
                    for (int size : new int[] {16, 24, 32, 48, 64, 128, 256}) {
                        var icon = MainWindow.class.getResource("/org/eventscope/icons/eventscope-" + size + ".png");
                        if (icon != null) {
                            icons.add(new Image(icon.toExternalForm()));
                        }
                    }
                    Platform.runLater(() -> stage.getIcons().setAll(icons));
                },
                "window-icons");
        loader.setDaemon(true);
        loader.start();
    }
}
