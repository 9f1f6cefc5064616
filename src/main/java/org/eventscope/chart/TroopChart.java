package org.eventscope.chart;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.eventscope.model.EventFile;
import org.eventscope.model.TroopReport;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A grouped bar chart of the troop reports of an {@link EventFile}: one group per distance band,
 * one bar per report, as reported (cumulative) or by ring (derived), with a legend when there
 * are several reports, warnings for reports that contradict themselves, and a caption naming
 * who reported the figures, when, and the sources.
 */
public class TroopChart extends Control {

    private final ObjectProperty<EventFile> eventFile = new SimpleObjectProperty<>(this, "eventFile");
    private final ObjectProperty<TroopReport> highlightedReport = new SimpleObjectProperty<>(this, "highlightedReport");
    private final BooleanProperty rings = new SimpleBooleanProperty(this, "rings");
    private final ObjectProperty<Consumer<TroopReport>> onReportClicked =
            new SimpleObjectProperty<>(this, "onReportClicked");

    public TroopChart() {
        getStyleClass().add("troop-chart");
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TroopChartSkin(this);
    }

    /** The document whose troop reports are drawn. */
    public final ObjectProperty<EventFile> eventFileProperty() {
        return eventFile;
    }

    public final EventFile getEventFile() {
        return eventFile.get();
    }

    public final void setEventFile(EventFile value) {
        eventFile.set(value);
    }

    /** The reports drawn: all of the file's. */
    public List<TroopReport> getReports() {
        return getEventFile() == null ? List.of() : getEventFile().troopReports();
    }

    /** True when there is something to draw; bind actions such as export to it. */
    public BooleanBinding hasReportsBinding() {
        return Bindings.createBooleanBinding(() -> !getReports().isEmpty(), eventFile);
    }

    /** The report whose bars stand out, as when its event is selected; {@code null} for none. */
    public final ObjectProperty<TroopReport> highlightedReportProperty() {
        return highlightedReport;
    }

    public final TroopReport getHighlightedReport() {
        return highlightedReport.get();
    }

    public final void setHighlightedReport(TroopReport value) {
        highlightedReport.set(value);
    }

    /** Whether values are shown by ring (0–200 km, 200–400 km; derived) rather than as reported. */
    public final BooleanProperty ringsProperty() {
        return rings;
    }

    public final boolean isRings() {
        return rings.get();
    }

    public final void setRings(boolean value) {
        rings.set(value);
    }

    /** Called with the report when the user clicks one of its bars. */
    public final ObjectProperty<Consumer<TroopReport>> onReportClickedProperty() {
        return onReportClicked;
    }

    public final void setOnReportClicked(Consumer<TroopReport> value) {
        onReportClicked.set(value);
    }

    /** Where bar {@code index} (group by group, report by report) was last drawn, in this control's coordinates. */
    public Optional<Bounds> barBounds(int index) {
        return getSkin() instanceof TroopChartSkin s ? s.barBounds(index) : Optional.empty();
    }
}
