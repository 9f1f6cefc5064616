package org.eventscope.app;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;

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
    /** The width and height the window is to open at: the last run's, else its scene's. */
    private double @Nullable [] size;

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

    /**
     * Puts the window where it was (else at its scene's size), and saves its state when it closes.
     * Call before the stage is shown, then {@link #shown()} after.
     */
    void restore() {
        double[] bounds = prefs.windowBounds().orElse(null);
        if (bounds != null) {
            stage.setX(bounds[0]);
            stage.setY(bounds[1]);
            stage.setWidth(bounds[2]);
            stage.setHeight(bounds[3]);
            size = new double[] {bounds[2], bounds[3]};
        } else {
            size = new double[] {stage.getScene().getWidth(), stage.getScene().getHeight()};
        }
        stage.setMaximized(prefs.maximized());
        zones.setValue(prefs.zoneChoice());
        chart.setMode(prefs.chartMode());
        stage.setOnCloseRequest(e -> save());
    }

    /**
     * Asks again, once the stage is shown, for the size {@link #restore()} gave it. Under some X
     * window managers (Openbox, as in LXDE and LXQt) GTK first maps a new window at its default
     * 200x200 and the window then settles at its minimum size (720x480) instead of the size
     * asked before it was shown; a size asked after it is shown is kept.
     */
    void shown() {
        double[] asked = size;
        if (asked != null && !stage.isMaximized()) {
            stage.setWidth(asked[0]);
            stage.setHeight(asked[1]);
        }
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
