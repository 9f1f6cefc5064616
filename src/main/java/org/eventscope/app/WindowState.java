package org.eventscope.app;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.Image;
import javafx.stage.Screen;
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
    /** The width and height the window is to open at: the last run's fitted to the screen, else its scene's. */
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
     * Puts the window where it was, fitted to the screen it is on now (else at its scene's size),
     * and saves its state when it closes. Call before the stage is shown, then {@link #shown()} after.
     */
    void restore() {
        double[] saved = prefs.windowBounds().orElse(null);
        if (saved != null) {
            double[] b = fitted(saved, screenOf(saved));
            stage.setX(b[0]);
            stage.setY(b[1]);
            stage.setWidth(b[2]);
            stage.setHeight(b[3]);
            size = new double[] {b[2], b[3]};
        } else {
            size = new double[] {stage.getScene().getWidth(), stage.getScene().getHeight()};
        }
        stage.setMaximized(prefs.maximized());
        zones.setValue(prefs.zoneChoice());
        chart.setMode(prefs.chartMode());
        stage.setOnCloseRequest(e -> save());
    }

    /** The free area of a screen that {@code bounds} is on, else of the main screen. */
    private static Rectangle2D screenOf(double[] bounds) {
        return Screen.getScreensForRectangle(bounds[0], bounds[1], bounds[2], bounds[3]).stream()
                .findFirst()
                .orElse(Screen.getPrimary())
                .getVisualBounds();
    }

    /**
     * {@code bounds} (x, y, width, height) made to fit in {@code free}: no larger than it, and
     * moved inside it. A window left on a bigger screen, or on one no longer there, opens whole.
     */
    static double[] fitted(double[] bounds, Rectangle2D free) {
        double w = Math.min(bounds[2], free.getWidth());
        double h = Math.min(bounds[3], free.getHeight());
        double x = Math.max(free.getMinX(), Math.min(bounds[0], free.getMaxX() - w));
        double y = Math.max(free.getMinY(), Math.min(bounds[1], free.getMaxY() - h));
        return new double[] {x, y, w, h};
    }

    /**
     * Asks again, once the stage is shown, for the size {@link #restore()} gave it. Under some X
     * window managers (Openbox, as in LXDE and LXQt) GTK first maps a new window at its default
     * 200x200 and the window then settles at its minimum size (720x480) instead of the size
     * asked before it was shown; a size asked after it is shown is kept. (Its place is not asked
     * again: under Openbox a place asked after the window is shown makes it settle at its
     * minimum size once more.)
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
