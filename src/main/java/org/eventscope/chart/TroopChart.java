package org.eventscope.chart;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.Styleable;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.Bounds;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;
import org.eventscope.model.EventFile;
import org.eventscope.model.TroopReport;

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

    /** The platform's way of declaring styleable properties, shared with the timeline. */
    private static final StyleablePropertyFactory<TroopChart> CSS =
            new StyleablePropertyFactory<>(Control.getClassCssMetaData());

    private static final CssMetaData<TroopChart, Color> BACKGROUND =
            CSS.createColorCssMetaData("-es-background", c -> c.background, ChartStyle.LIGHT.background());
    private static final CssMetaData<TroopChart, Color> TEXT =
            CSS.createColorCssMetaData("-es-text", c -> c.text, ChartStyle.LIGHT.text());
    private static final CssMetaData<TroopChart, Color> MUTED =
            CSS.createColorCssMetaData("-es-muted", c -> c.muted, ChartStyle.LIGHT.muted());
    private static final CssMetaData<TroopChart, Color> GRID =
            CSS.createColorCssMetaData("-es-grid", c -> c.grid, ChartStyle.LIGHT.grid());
    private static final CssMetaData<TroopChart, Color> AXIS =
            CSS.createColorCssMetaData("-es-axis", c -> c.axis, ChartStyle.LIGHT.axis());

    private final SimpleStyleableObjectProperty<Color> background =
            new SimpleStyleableObjectProperty<>(BACKGROUND, this, "background", ChartStyle.LIGHT.background());
    private final SimpleStyleableObjectProperty<Color> text =
            new SimpleStyleableObjectProperty<>(TEXT, this, "text", ChartStyle.LIGHT.text());
    private final SimpleStyleableObjectProperty<Color> muted =
            new SimpleStyleableObjectProperty<>(MUTED, this, "muted", ChartStyle.LIGHT.muted());
    private final SimpleStyleableObjectProperty<Color> grid =
            new SimpleStyleableObjectProperty<>(GRID, this, "grid", ChartStyle.LIGHT.grid());
    private final SimpleStyleableObjectProperty<Color> axis =
            new SimpleStyleableObjectProperty<>(AXIS, this, "axis", ChartStyle.LIGHT.axis());
    private final ObjectProperty<ChartStyle> chartStyle =
            new SimpleObjectProperty<>(this, "chartStyle", ChartStyle.LIGHT);

    public TroopChart() {
        getStyleClass().add("troop-chart");
        for (var p : List.of(background, text, muted, grid, axis)) {
            p.addListener(o ->
                    chartStyle.set(new ChartStyle(background.get(), text.get(), muted.get(), grid.get(), axis.get())));
        }
    }

    /** The CSS properties of the chart ({@code -es-background}, {@code -es-text}, {@code -es-muted}, {@code -es-grid}, {@code -es-axis}). */
    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }

    /** The colours of the chart's frame on screen; follows the control's CSS. */
    public final ObjectProperty<ChartStyle> chartStyleProperty() {
        return chartStyle;
    }

    public final ChartStyle getChartStyle() {
        return chartStyle.get();
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TroopChartSkin(this);
    }

    private final StringProperty credit = new SimpleStringProperty(this, "credit", "");

    /** The credit line under the chart ("Chart: Our Newsroom"), as exports print it; none when blank. */
    public final StringProperty creditProperty() {
        return credit;
    }

    public final String getCredit() {
        return credit.get() == null ? "" : credit.get();
    }

    public final void setCredit(String value) {
        credit.set(value);
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
