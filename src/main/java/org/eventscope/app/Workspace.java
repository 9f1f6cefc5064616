package org.eventscope.app;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.eventscope.chart.ChartMode;
import org.eventscope.chart.TimeWindow;
import org.eventscope.chart.TroopChart;
import org.eventscope.model.Event;
import org.eventscope.model.EventFile;
import org.eventscope.model.EventFilter;
import org.eventscope.timeline.TimeScale;
import org.eventscope.timeline.TimelineView;
import org.jspecify.annotations.Nullable;

/**
 * The middle of the window: the filter row above the timeline, beside the troop chart over the
 * details of the selected event, in two split panes; and how they follow the open document, the
 * selection, the filter and the chosen time zone.
 */
final class Workspace {

    private final DocumentModel model;
    private final TimelineView timeline;
    private final TroopChart chart;
    private final DetailsPane details;
    private final FilterBar filters;
    private final ZoneChooser zones;
    private final SplitPane main;
    private final SplitPane right;
    /** The chart under its row of modes: what the right side shows above the details, or folds away. */
    private final VBox chartPane;

    private final KeptDivider mainKept;
    /** While the chart is folded away: the dividers as they were, to come back to. */
    private double chartDivider = 0.62;

    private double mainDivider = 0.6;
    private boolean folded;

    Workspace(
            DocumentModel model,
            TimelineView timeline,
            TroopChart chart,
            DetailsPane details,
            FilterBar filters,
            ZoneChooser zones,
            Node[] chartModes) {
        this.model = model;
        this.timeline = timeline;
        this.chart = chart;
        this.details = details;
        this.filters = filters;
        this.zones = zones;
        timeline.setId("timeline");
        chart.setId("chart");
        details.setId("details");
        // The chart's modes sit above it, right-aligned: By band, By ring, Over time.
        HBox modes = new HBox(chartModes);
        modes.setId("chart-modes");
        modes.setAlignment(Pos.CENTER_RIGHT);
        modes.setPadding(new Insets(6, 8, 0, 8));
        iconsWhenNarrow(modes, chartModes);
        chartPane = new VBox(modes, chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        right = new SplitPane(chartPane, details);
        right.setOrientation(Orientation.VERTICAL);
        // Neither side of the split can be squeezed until its text overlaps.
        chart.setMinWidth(320);
        chart.setMinHeight(160);
        details.setMinWidth(320);
        VBox left = new VBox(filters, timeline);
        left.setMinWidth(380);
        VBox.setVgrow(timeline, Priority.ALWAYS);
        main = new SplitPane(left, right);
        main.setId("main-split");
        mainKept = new KeptDivider(main, mainDivider);
        bindDocument();
        bindSelection();
        // The form needs room: while an event is edited the chart gives up most of its height.
        details.editingProperty().addListener((o, was, now) -> {
            if (folded) {
                return;
            }
            if (now) {
                beforeEditing = right.getDividerPositions()[0];
                right.setDividerPositions(Math.min(beforeEditing, EDITING_CHART));
            } else {
                right.setDividerPositions(beforeEditing);
            }
        });
        bindFilter();
        // A file without troop reports does not give half the window to an empty chart.
        model.documentProperty()
                .addListener((o, old, now) ->
                        fold(now != null && now.file().troopReports().isEmpty()));
    }

    /** Too narrow for their words, the buttons of {@code row} show their icons alone (their tooltips name them). */
    private static void iconsWhenNarrow(HBox row, Node[] buttons) {
        List<javafx.scene.control.Labeled> labeled = new java.util.ArrayList<>();
        for (Node n : buttons) {
            if (n instanceof javafx.scene.control.Labeled l) {
                labeled.add(l);
            }
        }
        if (labeled.isEmpty()) {
            return;
        }
        // Their width with words, measured while they show them.
        double[] withWords = {0};
        row.widthProperty().addListener((o, was, now) -> {
            if (labeled.get(0).getContentDisplay() != javafx.scene.control.ContentDisplay.GRAPHIC_ONLY) {
                withWords[0] = row.getInsets().getLeft() + row.getInsets().getRight();
                labeled.forEach(l -> withWords[0] += l.prefWidth(-1));
            }
            boolean iconsOnly = now.doubleValue() < withWords[0];
            labeled.forEach(l -> l.setContentDisplay(
                    iconsOnly
                            ? javafx.scene.control.ContentDisplay.GRAPHIC_ONLY
                            : javafx.scene.control.ContentDisplay.LEFT));
        });
    }

    SplitPane main() {
        return main;
    }

    /** Folds the chart away, widening the timeline, or brings it back where it was. */
    private void fold(boolean fold) {
        if (fold == folded) {
            return;
        }
        if (fold) {
            chartDivider = right.getDividerPositions()[0];
            mainDivider = mainKept.get();
            right.getItems().remove(chartPane);
            mainKept.set(Math.max(mainDivider, FOLDED_MAIN));
        } else {
            right.getItems().add(0, chartPane);
            right.setDividerPositions(chartDivider);
            mainKept.set(mainDivider);
        }
        folded = fold;
    }

    /** The chart's share of the right side while an event is edited. */
    private static final double EDITING_CHART = 0.42;

    private double beforeEditing = 0.5;

    /** Where the main divider stands at least while the chart is folded: the timeline takes most of the width. */
    private static final double FOLDED_MAIN = 0.72;

    void setDividers(double main, double chart) {
        mainKept.set(main);
        right.setDividerPositions(chart);
        mainDivider = main;
        chartDivider = chart;
    }

    /** The main divider as the user left it (not as widened for a folded chart). */
    double mainDivider() {
        return folded ? mainDivider : mainKept.get();
    }

    /** The chart/details divider as it is, or was before the chart folded away. */
    double chartDivider() {
        if (folded) {
            return chartDivider;
        }
        return details.isEditing() ? beforeEditing : right.getDividerPositions()[0];
    }

    private @Nullable EventFile currentFile() {
        Document d = model.getDocument();
        return d == null ? null : d.file();
    }

    private void bindDocument() {
        // An edit of the open document keeps the timeline's view; opening a document fits it.
        model.documentProperty().addListener((o, old, d) -> {
            Runnable show = () -> timeline.show(d == null ? null : d.file(), d == null ? null : d.index());
            if (model.isShowingEdit()) {
                timeline.showEdit(show);
                if (old != null
                        && d != null
                        && !old.file().categories().equals(d.file().categories())) {
                    filters.setFile(d.file());
                }
                showDetails();
            } else {
                show.run();
            }
        });
        chart.eventFileProperty().bind(timeline.eventFileProperty());
        chart.displayZoneProperty().bind(timeline.displayZoneProperty());
        linkWindows();
        timeline.displayZoneProperty()
                .bind(Bindings.createObjectBinding(
                        () -> {
                            EventFile file = currentFile();
                            return file == null ? null : zones.getValue().axisZone(file);
                        },
                        zones.valueProperty(),
                        model.documentProperty()));
        zones.valueProperty().addListener(o -> showDetails());
    }

    /** While the one is set from the other, the other does not answer. */
    private boolean linking;

    /**
     * The chart over time shows the timeline's window: a zoom or a pan of either moves both. The
     * timeline's scale is the one truth; the chart's window follows it, and a zoom or pan in the
     * chart sets it (within the timeline's limits, which the chart then takes).
     */
    private void linkWindows() {
        InvalidationListener follow = o -> {
            if (!linking) {
                linking = true;
                try {
                    chart.setTimeWindow(timelineWindow());
                } finally {
                    linking = false;
                }
            }
        };
        timeline.scaleProperty().addListener(follow);
        // A fresh fit (a file opened) over time takes in the reports as well as the events.
        timeline.scaleProperty().addListener((o, was, now) -> {
            if (was == null && now != null) {
                javafx.application.Platform.runLater(() -> widenToReports(false));
            }
        });
        // Turning to Over time with no report in view shows them all.
        chart.modeProperty().addListener(o -> widenToReports(true));
        timeline.widthProperty().addListener(follow);
        chart.timeWindowProperty().addListener((o, was, now) -> {
            double width = timeline.getWidth();
            if (linking || now == null || !(width > 0)) {
                return;
            }
            linking = true;
            try {
                timeline.setScale(TimeScale.anchored((double) now.fromMillis(), 0, now.span() / width));
                chart.setTimeWindow(timelineWindow());
            } finally {
                linking = false;
            }
        });
    }

    /** Shows every event, and over time every troop report too. */
    void fitAll() {
        timeline.fitAll();
        widenToReports(false);
    }

    /**
     * Over time, widens the shared window to take in every report (never narrows it); with
     * {@code onlyIfNoneShown}, only when no report is in view.
     */
    private void widenToReports(boolean onlyIfNoneShown) {
        TimeWindow now = timelineWindow();
        TimeWindow reports = chart.shownMode() == ChartMode.OVER_TIME ? chart.reportsWindow() : null;
        if (now == null || reports == null) {
            return;
        }
        if (onlyIfNoneShown && chart.reportsWithin(now)) {
            return;
        }
        long from = Math.min(now.fromMillis(), reports.fromMillis());
        long to = Math.max(now.toMillis(), reports.toMillis());
        if (from < now.fromMillis() || to > now.toMillis()) {
            chart.setTimeWindow(new TimeWindow(from, to)); // and the timeline follows
        }
    }

    /** The timeline's visible window, or {@code null} before its first layout. */
    private @Nullable TimeWindow timelineWindow() {
        TimeScale scale = timeline.getScale();
        double width = timeline.getWidth();
        if (scale == null || !(width > 0)) {
            return null;
        }
        return TimeWindow.across(scale, width);
    }

    private void bindSelection() {
        timeline.selectedEventProperty().bindBidirectional(model.selectedEventProperty());
        chart.highlightedReportProperty()
                .bind(Bindings.createObjectBinding(
                        () -> {
                            EventFile file = currentFile();
                            return file == null
                                    ? null
                                    : file.reportOf(model.getSelectedEvent()).orElse(null);
                        },
                        model.selectedEventProperty(),
                        model.documentProperty()));
        chart.setOnReportClicked(model::selectReport);
        timeline.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && model.getSelectedEvent() != null) {
                details.requestFocus();
                e.consume();
            }
        });
        model.selectedEventProperty().addListener(o -> showDetails());
    }

    private void bindFilter() {
        timeline.filterProperty().bind(filters.filterProperty());
        timeline.hideUnmatchedProperty().bind(filters.hideOthersProperty());
        timeline.matchCountProperty().addListener(o -> filters.showMatches(currentFile(), timeline.getMatchCount()));
        filters.filterProperty().addListener(o -> filters.showMatches(currentFile(), timeline.getMatchCount()));
        filters.setOnLeave(timeline::requestFocus);
        // An event the filter hides is no longer selected: the details never describe what the
        // timeline does not show. (Dimmed events stay selectable.)
        InvalidationListener hideSelected = o -> {
            Event selected = model.getSelectedEvent();
            EventFilter filter = filters.filterProperty().get();
            if (selected != null && filters.hideOthersProperty().get() && filter != null && !filter.test(selected)) {
                model.selectedEventProperty().set(null);
            }
        };
        filters.filterProperty().addListener(hideSelected);
        filters.hideOthersProperty().addListener(hideSelected);
    }

    /** A new document: no event selected, the filter offers its categories. */
    void documentOpened(Document now) {
        details.show(null, null);
        filters.reset(now.file());
        // The chooser names the file's zone: show the new file's.
        zones.refresh();
        timeline.requestFocus();
    }

    private boolean detailsPending;

    /**
     * Shows the selected event's details once the changes of this turn are done: an edit that
     * changes the document and then the selection (a move) builds them once, with both. The form
     * of an event being edited follows at once.
     */
    private void showDetails() {
        if (details.isEditing()) {
            // The form checks what is typed against the file as it is now: it follows at once.
            details.show(model.getSelectedEvent(), currentFile(), zones.getValue());
            return;
        }
        if (!detailsPending) {
            detailsPending = true;
            javafx.application.Platform.runLater(() -> {
                detailsPending = false;
                // A data table's event belongs to the events the timeline holds of it, not to the document.
                details.show(
                        model.getSelectedEvent(),
                        timeline.getSource() != null ? timeline.shownFile() : currentFile(),
                        zones.getValue());
            });
        }
    }
}
