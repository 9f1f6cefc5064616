package org.eventscope.chart;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.eventscope.model.EventFile;
import org.eventscope.model.TroopReport;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * A bar chart of one troop report: one bar per distance band with its number, titled axes and a
 * caption naming who reported the figures, when, and the sources.
 */
public class TroopChart extends Control {

    private final ObjectProperty<EventFile> eventFile = new SimpleObjectProperty<>(this, "eventFile");
    private final ObjectProperty<TroopReport> report = new SimpleObjectProperty<>(this, "report");
    private final BooleanProperty highlighted = new SimpleBooleanProperty(this, "highlighted");
    private final ObjectProperty<Consumer<TroopReport>> onReportClicked =
            new SimpleObjectProperty<>(this, "onReportClicked");

    public TroopChart() {
        getStyleClass().add("troop-chart");
        // A new document shows its first report.
        eventFile.addListener((obs, old, now) ->
                setReport(now == null || now.troopReports().isEmpty() ? null : now.troopReports().get(0)));
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TroopChartSkin(this);
    }

    /** The document the report comes from (for its sources and title). */
    public final ObjectProperty<EventFile> eventFileProperty() {
        return eventFile;
    }

    public final EventFile getEventFile() {
        return eventFile.get();
    }

    public final void setEventFile(EventFile value) {
        eventFile.set(value);
    }

    /** The report drawn, or {@code null} for none. */
    public final ObjectProperty<TroopReport> reportProperty() {
        return report;
    }

    public final TroopReport getReport() {
        return report.get();
    }

    public final void setReport(TroopReport value) {
        report.set(value);
    }

    /** Whether the report's bars are drawn highlighted, as when its event is selected. */
    public final BooleanProperty highlightedProperty() {
        return highlighted;
    }

    public final boolean isHighlighted() {
        return highlighted.get();
    }

    public final void setHighlighted(boolean value) {
        highlighted.set(value);
    }

    /** Called with the report when the user clicks one of its bars. */
    public final ObjectProperty<Consumer<TroopReport>> onReportClickedProperty() {
        return onReportClicked;
    }

    public final void setOnReportClicked(Consumer<TroopReport> value) {
        onReportClicked.set(value);
    }

    /** Where bar {@code index} was last drawn, in this control's coordinates. */
    public Optional<Bounds> barBounds(int index) {
        return getSkin() instanceof TroopChartSkin s ? s.barBounds(index) : Optional.empty();
    }
}
