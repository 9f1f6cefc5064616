package org.eventscope.chart;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
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
import org.jspecify.annotations.Nullable;

/**
 * The troop reports of an {@link EventFile}: a grouped bar chart (one group per distance band,
 * one bar per report, as reported or by ring) or, over time, one line per band with a point per
 * report on the timeline's time axis. A legend, warnings for reports that contradict themselves,
 * and a caption naming who reported the figures, when, and the sources.
 */
public class TroopChart extends Control {

    private final ObjectProperty<EventFile> eventFile = new SimpleObjectProperty<>(this, "eventFile");
    private final ObjectProperty<TroopReport> highlightedReport = new SimpleObjectProperty<>(this, "highlightedReport");
    private final ObjectProperty<ChartMode> mode = new SimpleObjectProperty<>(this, "mode", ChartMode.BANDS);
    private final ObjectProperty<TimeWindow> timeWindow = new SimpleObjectProperty<>(this, "timeWindow");
    private final ObjectProperty<ZoneId> displayZone = new SimpleObjectProperty<>(this, "displayZone");
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
    private static final CssMetaData<TroopChart, Color> WARNING =
            CSS.createColorCssMetaData("-es-warning", c -> c.warning, ChartStyle.LIGHT.warning());

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
    private final SimpleStyleableObjectProperty<Color> warning =
            new SimpleStyleableObjectProperty<>(WARNING, this, "warning", ChartStyle.LIGHT.warning());
    private final ObjectProperty<ChartStyle> chartStyle =
            new SimpleObjectProperty<>(this, "chartStyle", ChartStyle.LIGHT);

    public TroopChart() {
        getStyleClass().add("troop-chart");
        for (var p : List.of(background, text, muted, grid, axis, warning)) {
            p.addListener(o -> chartStyle.set(
                    new ChartStyle(background.get(), text.get(), muted.get(), grid.get(), axis.get(), warning.get())));
        }
    }

    /** The CSS properties of the chart ({@code -es-background}, {@code -es-text}, {@code -es-muted}, {@code -es-grid}, {@code -es-axis}, {@code -es-warning}). */
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

    /** What the chart shows: by band, by ring or over time (see {@link #shownMode()}). */
    public final ObjectProperty<ChartMode> modeProperty() {
        return mode;
    }

    public final ChartMode getMode() {
        return mode.get() == null ? ChartMode.BANDS : mode.get();
    }

    public final void setMode(ChartMode value) {
        mode.set(value);
    }

    /**
     * What the chart shows now: the chosen mode, except that a file whose reports were all given
     * on one date has nothing to draw over time, and shows them by band.
     */
    public final ChartMode shownMode() {
        return getMode() == ChartMode.OVER_TIME && !spansSeveralDates() ? ChartMode.BANDS : getMode();
    }

    private boolean spansSeveralDates() {
        return getEventFile() != null
                && ChartContent.spansSeveralDates(getReports(), getEventFile().displayZone());
    }

    /** True when the reports were given on two dates or more: only then is the chart over time offered. */
    public BooleanBinding overTimeOfferedBinding() {
        return Bindings.createBooleanBinding(() -> spansSeveralDates(), eventFile);
    }

    /**
     * The stretch of time the chart over time shows (the timeline's window, when linked to one);
     * {@code null} shows every report. Zooming and panning the chart set it.
     */
    public final ObjectProperty<TimeWindow> timeWindowProperty() {
        return timeWindow;
    }

    public final @Nullable TimeWindow getTimeWindow() {
        return timeWindow.get();
    }

    public final void setTimeWindow(@Nullable TimeWindow value) {
        timeWindow.set(value);
    }

    /** The zone of the time axis over time (the timeline's); {@code null} is the file's own. */
    public final ObjectProperty<ZoneId> displayZoneProperty() {
        return displayZone;
    }

    /** The zone dates are placed and written in: the one chosen, else the file's. */
    public final ZoneId zone() {
        ZoneId z = displayZone.get();
        return z != null ? z : getEventFile() != null ? getEventFile().displayZone() : java.time.ZoneOffset.UTC;
    }

    /** The window that shows every report with a margin, as the chart first shows them; {@code null} without reports. */
    public @Nullable TimeWindow reportsWindow() {
        ChartContent all = overTime();
        if (all == null) {
            return null;
        }
        long[] whole = java.util.Objects.requireNonNull(all.trend()).whole();
        return new TimeWindow(whole[0], whole[1]);
    }

    /** Whether any report's date reaches into {@code window}. */
    public boolean reportsWithin(TimeWindow window) {
        ChartContent all = overTime();
        return all != null
                && java.util.Objects.requireNonNull(all.trend())
                        .window(window.fromMillis(), window.toMillis())
                        .showsAny();
    }

    /**
     * What the chart shows, for the screen and for exports alike: its reports in the mode shown,
     * over the window shown, with the credit line; {@code null} without reports.
     */
    public @Nullable ChartContent shownContent() {
        if (getReports().isEmpty()) {
            return null;
        }
        if (shownMode() == ChartMode.OVER_TIME) {
            ChartContent all = java.util.Objects.requireNonNull(overTime());
            TimeWindow w = getTimeWindow();
            return w == null ? all : all.inWindow(w.fromMillis(), w.toMillis());
        }
        return ChartContent.of(
                        getEventFile(), getReports(), shownMode() == ChartMode.RINGS, java.util.Locale.getDefault())
                .withCredit(getCredit());
    }

    /** The chart over time of every report, kept for the file, zone, locale and credit it was made for. */
    private @Nullable ChartContent overTime;

    private @Nullable EventFile overTimeFile;
    private @Nullable Object overTimeKey;

    /**
     * The chart over time of every report, over all of them, with the credit line; {@code null}
     * without reports. It is made once per file, zone, locale and credit: a pan or a zoom only
     * moves its window. The file is the same one, not an equal one: comparing two files of a
     * thousand reports would cost what the cache saves.
     */
    @SuppressWarnings("ReferenceEquality")
    private @Nullable ChartContent overTime() {
        if (getReports().isEmpty()) {
            return null;
        }
        Object key = List.of(zone(), java.util.Locale.getDefault(), getCredit());
        ChartContent all = overTime;
        if (all == null || overTimeFile != getEventFile() || !key.equals(overTimeKey)) {
            all = ChartContent.overTime(getEventFile(), getReports(), zone(), java.util.Locale.getDefault())
                    .withCredit(getCredit());
            overTime = all;
            overTimeFile = getEventFile();
            overTimeKey = key;
        }
        return all;
    }

    /** Called with the report when the user clicks one of its bars. */
    public final ObjectProperty<Consumer<TroopReport>> onReportClickedProperty() {
        return onReportClicked;
    }

    public final void setOnReportClicked(Consumer<TroopReport> value) {
        onReportClicked.set(value);
    }

    /** The chart over time as last drawn (marks, links, ticks), or empty when it shows bars. */
    public Optional<TrendLayout> trendLayout() {
        return getSkin() instanceof TroopChartSkin s ? Optional.ofNullable(s.trendLayout()) : Optional.empty();
    }

    /** Where bar {@code index} (group by group, report by report) was last drawn, in this control's coordinates. */
    public Optional<Bounds> barBounds(int index) {
        return getSkin() instanceof TroopChartSkin s ? s.barBounds(index) : Optional.empty();
    }
}
