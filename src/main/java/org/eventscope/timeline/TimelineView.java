package org.eventscope.timeline;

import java.time.ZoneId;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.IntegerExpression;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.geometry.Bounds;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.eventscope.i18n.Messages;
import org.eventscope.model.Event;
import org.eventscope.model.EventFile;
import org.jspecify.annotations.Nullable;

/**
 * An interactive timeline of the events of one {@link EventFile}: events on a true time axis,
 * ranges as bars, points as markers, dense stretches as clusters with counts, and an overview
 * strip of the whole file. The wheel zooms around the cursor, dragging pans, a click selects.
 * Drawing is done by {@link TimelineViewSkin} on a canvas.
 */
public class TimelineView extends Control {

    private final ObjectProperty<EventFile> eventFile = new SimpleObjectProperty<>(this, "eventFile");
    private final ObjectProperty<TimelineIndex> index = new SimpleObjectProperty<>(this, "index");
    private final ObjectProperty<ZoneId> displayZone = new SimpleObjectProperty<>(this, "displayZone");
    private final ObjectProperty<Event> selectedEvent = new SimpleObjectProperty<>(this, "selectedEvent");
    private final ObjectProperty<TimeScale> scale = new SimpleObjectProperty<>(this, "scale");
    private final ObjectProperty<Predicate<Event>> filter = new SimpleObjectProperty<>(this, "filter");
    private final BooleanProperty hideUnmatched = new SimpleBooleanProperty(this, "hideUnmatched");
    /** The document's index, when the one given does not belong to it or none is given; built when first asked. */
    private @Nullable TimelineIndex resolvedIndex;
    /** Items matching the filter, when {@link #matchesKnown}; {@code null} when all match. */
    private @Nullable BitSet matches;

    private boolean matchesKnown;
    /** Declared after the listeners that forget the index and matches, so it never reads stale ones. */
    private final IntegerBinding matchCount;

    private final ObservableSet<String> collapsedCategories = FXCollections.observableSet();
    private final ObjectProperty<TimelineStyle> timelineStyle =
            new SimpleObjectProperty<>(this, "timelineStyle", TimelineStyle.LIGHT);
    /** The CSS values the canvas colours come from. */
    final TimelineCss.Values css = new TimelineCss.Values(this);

    public TimelineView() {
        getStyleClass().add("timeline-view");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.LIST_VIEW);
        accessibleTextProperty()
                .bind(Bindings.createStringBinding(
                        () -> selectedEvent.get() == null
                                ? Messages.get("timeline.accessible")
                                : Messages.get(
                                        "timeline.accessibleSelected",
                                        selectedEvent.get().title()),
                        selectedEvent));
        InvalidationListener documentChanged = o -> {
            resolvedIndex = null;
            matchesKnown = false;
        };
        eventFile.addListener(documentChanged);
        index.addListener(documentChanged);
        filter.addListener(o -> matchesKnown = false);
        matchCount = Bindings.createIntegerBinding(
                () -> {
                    BitSet m = matches();
                    return m == null ? resolvedIndex().size() : m.cardinality();
                },
                eventFile,
                index,
                filter);
        // A new document starts fitted; the skin fits on its first layout when the scale is null.
        // (Not a change listener: it would compare the old file with the new, every event.)
        eventFile.addListener(o -> {
            eventFile.get(); // valid again, so that the next file invalidates it
            if (!keepView) {
                setScale(null);
            }
        });
        for (var property : css.all()) {
            property.addListener(o -> setTimelineStyle(css.style()));
        }
    }

    private java.util.function.@Nullable Consumer<Long> onCreate;
    private java.util.function.@Nullable Consumer<Move> onMove;

    /** Which part of an event a drag takes along. */
    public enum Edge {
        /** The whole event: its start and its end by the same time. */
        WHOLE,
        /** Only the start of a range. */
        START,
        /** Only the end of a range. */
        END
    }

    /**
     * An event dragged on the timeline.
     *
     * @param deltaMillis how far in time it was dragged; the receiver snaps it to the event's precision
     */
    public record Move(Event event, Edge edge, long deltaMillis) {}

    /**
     * What dragging an event does once it is dropped; {@code null}: dragging pans the view, as on
     * an empty place. Esc during a drag cancels it.
     */
    public void setOnMove(java.util.function.@Nullable Consumer<Move> onMove) {
        this.onMove = onMove;
    }

    java.util.function.@Nullable Consumer<Move> getOnMove() {
        return onMove;
    }

    /**
     * What a double click on an empty place does: it is given the time there (epoch
     * milliseconds). {@code null}: nothing (the timeline only reads).
     */
    public void setOnCreate(java.util.function.@Nullable Consumer<Long> onCreate) {
        this.onCreate = onCreate;
    }

    java.util.function.@Nullable Consumer<Long> getOnCreate() {
        return onCreate;
    }

    /** The file {@link #show} is about to set, while it sets the index before it. */
    private @Nullable EventFile arriving;

    /**
     * Shows {@code file} with its {@code index}, both at once: nothing asked of the timeline in
     * between (a match count, say) finds the new index beside the old file and indexes a file
     * for nothing.
     */
    public void show(@Nullable EventFile file, @Nullable TimelineIndex index) {
        arriving = file;
        try {
            setIndex(index);
            setEventFile(file);
        } finally {
            arriving = null;
        }
    }

    private final ObjectProperty<EventSource> source = new SimpleObjectProperty<>(this, "source");
    private final javafx.beans.property.StringProperty sourceSearch =
            new javafx.beans.property.SimpleStringProperty(this, "sourceSearch");
    private final javafx.beans.property.ReadOnlyStringWrapper sourceProblem =
            new javafx.beans.property.ReadOnlyStringWrapper(this, "sourceProblem");
    private final javafx.beans.property.ReadOnlyBooleanWrapper fetching =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "fetching");

    /**
     * Shows the events of {@code s} (a table too big for memory), fitted: each frame asks the
     * source for what it shows, off the JavaFX thread, and the last frame stays until the new one
     * is ready. {@code null} leaves source mode for the file shown by {@link #show}.
     */
    public void showSource(@Nullable EventSource s) {
        setSource(s);
        sourceProblem.set(null);
        if (s == null) {
            show(null, null);
            return;
        }
        EventFile header = new EventFile(
                EventFile.FORMAT_VERSION, s.title(), s.zone(), List.of(), s.categories(), List.of(), List.of());
        show(header, TimelineIndex.of(header));
        setScale(null);
    }

    /** The source shown, or {@code null} when the view shows a file of its own. */
    public final ObjectProperty<EventSource> sourceProperty() {
        return source;
    }

    public final @Nullable EventSource getSource() {
        return source.get();
    }

    public final void setSource(@Nullable EventSource value) {
        source.set(value);
    }

    /** In source mode, the text the shown events' titles hold (the engine searches), or {@code null} for all. */
    public final javafx.beans.property.StringProperty sourceSearchProperty() {
        return sourceSearch;
    }

    public final void setSourceSearch(@Nullable String value) {
        sourceSearch.set(value == null || value.isBlank() ? null : value.strip());
    }

    public final @Nullable String getSourceSearch() {
        return sourceSearch.get();
    }

    /** Why the source did not answer for the view now asked, or {@code null}: the last good frame stays. */
    public final javafx.beans.property.ReadOnlyStringProperty sourceProblemProperty() {
        return sourceProblem.getReadOnlyProperty();
    }

    /** Whether the source is being asked for the view now shown (the frame drawn is the last one it gave). */
    public final javafx.beans.property.ReadOnlyBooleanProperty fetchingProperty() {
        return fetching.getReadOnlyProperty();
    }

    void sourceAnswered(@Nullable String problem, boolean waiting) {
        sourceProblem.set(problem);
        fetching.set(waiting);
    }

    /**
     * The file the shown events belong to: in source mode, the events the source gave for the
     * view now drawn (with their sources), else the document.
     */
    public final @Nullable EventFile shownFile() {
        if (getSource() != null) {
            return skin().map(TimelineViewSkin::sourceFile).orElse(null);
        }
        return getEventFile();
    }

    /** Whether there are events to show: in the source, or in the file. */
    final boolean hasEvents() {
        EventSource s = getSource();
        return s != null ? s.size() > 0 : !resolvedIndex().isEmpty();
    }

    /** True while the document shown is changed by an edit: the view stays where it is. */
    private boolean keepView;

    /**
     * Runs {@code change}, which shows an edited version of the same document (new
     * {@link #eventFileProperty()} and {@link #indexProperty()}), keeping the view: no fit all.
     */
    public void showEdit(Runnable change) {
        keepView = true;
        try {
            change.run();
        } finally {
            keepView = false;
        }
    }

    /** The CSS properties of the timeline, those of {@link Control} first. */
    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return TimelineCss.ALL;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineViewSkin(this);
    }

    private java.util.function.Function<Event, javafx.scene.image.@Nullable Image> thumbnails = e -> null;

    /**
     * Where the hover card finds an event's picture when one is loaded already (it never waits
     * for one): none by default.
     */
    public final void setThumbnails(java.util.function.Function<Event, javafx.scene.image.@Nullable Image> lookup) {
        this.thumbnails = lookup;
    }

    /** The picture of {@code e} loaded already, or {@code null}. */
    public final javafx.scene.image.@Nullable Image thumbnail(Event e) {
        return thumbnails.apply(e);
    }

    /** The document whose events are shown. */
    public final ObjectProperty<EventFile> eventFileProperty() {
        return eventFile;
    }

    public final @Nullable EventFile getEventFile() {
        return eventFile.get();
    }

    public final void setEventFile(@Nullable EventFile value) {
        eventFile.set(value);
    }

    /**
     * The index of the document's events, when it was built already (e.g. while the file was
     * loading, off the FX thread). When it does not belong to {@link #eventFileProperty()}, the
     * skin builds its own.
     */
    public final ObjectProperty<TimelineIndex> indexProperty() {
        return index;
    }

    public final @Nullable TimelineIndex getIndex() {
        return index.get();
    }

    public final void setIndex(@Nullable TimelineIndex value) {
        index.set(value);
    }

    /** The zone the axis is drawn in; {@code null} uses the file's default display zone. */
    public final ObjectProperty<ZoneId> displayZoneProperty() {
        return displayZone;
    }

    public final @Nullable ZoneId getDisplayZone() {
        return displayZone.get();
    }

    public final void setDisplayZone(@Nullable ZoneId value) {
        displayZone.set(value);
    }

    /** The selected event, or {@code null}; shared with the chart and the details pane. */
    public final ObjectProperty<Event> selectedEventProperty() {
        return selectedEvent;
    }

    public final @Nullable Event getSelectedEvent() {
        return selectedEvent.get();
    }

    public final void setSelectedEvent(@Nullable Event value) {
        selectedEvent.set(value);
    }

    /** The visible time window; {@code null} means "fit all on the next layout". */
    public final ObjectProperty<TimeScale> scaleProperty() {
        return scale;
    }

    public final @Nullable TimeScale getScale() {
        return scale.get();
    }

    public final void setScale(@Nullable TimeScale value) {
        scale.set(value);
    }

    /** Which events match the search and category filter; {@code null} matches all. */
    public final ObjectProperty<Predicate<Event>> filterProperty() {
        return filter;
    }

    public final @Nullable Predicate<Event> getFilter() {
        return filter.get();
    }

    public final void setFilter(@Nullable Predicate<Event> value) {
        filter.set(value);
    }

    /** Whether events that do not match the filter are hidden (true) or dimmed (false). */
    public final BooleanProperty hideUnmatchedProperty() {
        return hideUnmatched;
    }

    public final boolean isHideUnmatched() {
        return hideUnmatched.get();
    }

    public final void setHideUnmatched(boolean value) {
        hideUnmatched.set(value);
    }

    /** How many events match the filter (all of them when there is none). */
    public final IntegerExpression matchCountProperty() {
        return matchCount;
    }

    public final int getMatchCount() {
        return matchCount.get();
    }

    /**
     * The categories whose lanes are collapsed to their header (ids; "" for the events without a
     * category). Clicking a header toggles it.
     */
    public final ObservableSet<String> getCollapsedCategories() {
        return collapsedCategories;
    }

    /** The colours and sizes the canvas is drawn with; follows the control's CSS ({@code -es-background}, ...). */
    public final ObjectProperty<TimelineStyle> timelineStyleProperty() {
        return timelineStyle;
    }

    public final TimelineStyle getTimelineStyle() {
        return timelineStyle.get();
    }

    public final void setTimelineStyle(TimelineStyle value) {
        timelineStyle.set(value);
    }

    /** Shows every event. */
    public void fitAll() {
        skin().ifPresentOrElse(TimelineViewSkin::fitAll, () -> setScale(null));
    }

    /** Zooms around the middle of the view; {@code factor} above 1 zooms in. */
    public void zoom(double factor) {
        TimeScale s = getScale();
        if (s != null) {
            setScale(s.zoom(factor, getWidth() / 2));
        }
    }

    /**
     * Where the event is laid out (marker and label), in this control's coordinates; empty
     * when it is not visible.
     */
    public Optional<Bounds> eventBounds(Event event) {
        return skin().flatMap(TimelineViewSkin::layout)
                .flatMap(l -> l.markOf(event))
                .map(Placed.EventMark::bounds);
    }

    /**
     * Where the event's marker (a point) or bar (a range) is laid out, in this control's
     * coordinates; empty when it is not visible.
     */
    public Optional<Bounds> markerBounds(Event event) {
        return skin().flatMap(TimelineViewSkin::layout)
                .flatMap(l -> l.markOf(event))
                .map(Placed.EventMark::marker);
    }

    /**
     * The event's label as laid out (its whole title, or shortened with "…" where the next item
     * needs the room); empty when the event is not drawn on its own.
     */
    public Optional<String> labelOf(Event event) {
        return skin().flatMap(TimelineViewSkin::layout)
                .flatMap(l -> l.markOf(event))
                .map(Placed.EventMark::label);
    }

    /** Where the clusters are laid out, with how many events each holds. */
    public List<ClusterView> clusters() {
        return skin().flatMap(TimelineViewSkin::layout)
                .map(l -> l.clusters().stream()
                        .map(c -> new ClusterView(c.bounds(), c.count()))
                        .toList())
                .orElse(List.of());
    }

    /**
     * A cluster as drawn.
     *
     * @param bounds where, in this control's coordinates
     * @param count  how many events it holds
     */
    public record ClusterView(Bounds bounds, int count) {}

    /** The index of the current file: the one given when it belongs to that file, else one built here. */
    @SuppressWarnings("ReferenceEquality") // the same file is the common case: no need to compare a million events
    final TimelineIndex resolvedIndex() {
        TimelineIndex r = resolvedIndex;
        if (r == null) {
            TimelineIndex given = getIndex();
            EventFile file = arriving != null ? arriving : getEventFile();
            r = given != null && (given.file() == file || Objects.equals(given.file(), file))
                    ? given
                    : TimelineIndex.of(file);
            resolvedIndex = r;
        }
        return r;
    }

    /** The items matching the filter, computed once per filter and file; {@code null} when all match. */
    final @Nullable BitSet matches() {
        if (!matchesKnown) {
            Predicate<Event> test = getFilter();
            BitSet m = null;
            if (test != null) {
                TimelineIndex idx = resolvedIndex();
                m = new BitSet(idx.size());
                for (int i = 0; i < idx.size(); i++) {
                    if (test.test(idx.event(i))) {
                        m.set(i);
                    }
                }
            }
            matches = m;
            matchesKnown = true;
        }
        return matches;
    }

    private Optional<TimelineViewSkin> skin() {
        return getSkin() instanceof TimelineViewSkin s ? Optional.of(s) : Optional.empty();
    }
}
