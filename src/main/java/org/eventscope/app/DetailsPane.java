package org.eventscope.app;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import org.eventscope.i18n.Messages;
import org.eventscope.io.Printable;
import org.eventscope.model.Band;
import org.eventscope.model.Event;
import org.eventscope.model.EventFile;
import org.eventscope.model.Media;
import org.eventscope.model.Source;
import org.eventscope.model.Text;
import org.eventscope.model.TimeFormat;
import org.eventscope.model.TroopReport;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * Shows one event: title, time at its real precision in the display zone, what it is, who took
 * part, the description, and its sources, as links where a source has an address.
 */
public final class DetailsPane extends ScrollPane {

    private final VBox box = new VBox(8);
    /** The highest a picture stands in the pane: a tall one is made narrower, never the pane endless. */
    private static final double MAX_PICTURE_HEIGHT = 480;

    private final Consumer<String> openLink;
    private @Nullable EventForm form;
    private @Nullable MediaLoader media;
    private java.util.function.Supplier<@Nullable Path> folder = () -> null;
    /** Where the picture shown last is fetched from, or {@code null}. */
    private @Nullable String shownMedia;

    private @Nullable Runnable onEdit;
    /** True while the events shown are a data table's, which are read, not edited: no Edit button. */
    private final javafx.beans.property.BooleanProperty readOnly =
            new javafx.beans.property.SimpleBooleanProperty(this, "readOnly");
    /** What the reading view shows now: the event, its time as written, category, report and sources. */
    private List<Object> shown = List.of();
    /** The id of the event shown as a form; {@code null} while reading. */
    private @Nullable String editing;

    private final javafx.beans.property.ReadOnlyBooleanWrapper editingShown =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "editing");

    /** True while an event is shown as a form. */
    javafx.beans.property.ReadOnlyBooleanProperty editingProperty() {
        return editingShown.getReadOnlyProperty();
    }

    /** @param openLink opens a web address in the user's browser */
    public DetailsPane(Consumer<String> openLink) {
        this.openLink = openLink;
        getStyleClass().add("details-pane");
        box.setPadding(new Insets(14, 16, 16, 16));
        box.setFillWidth(true);
        setContent(box);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        show(null, null);
    }

    /** Shows the event with times in the file's zone, or a hint when {@code event} is {@code null}. */
    public void show(@Nullable Event event, @Nullable EventFile file) {
        show(event, file, ZoneChoice.FILE);
    }

    /**
     * Shows events' pictures, fetched by {@code loader}; a picture's path is read in the folder
     * {@code folder} gives (the event file's, {@code null} before it is saved).
     */
    void setMedia(MediaLoader loader, java.util.function.Supplier<@Nullable Path> folder) {
        this.media = loader;
        this.folder = folder;
    }

    /**
     * Makes the pane an editor: an Edit button over the details, and the form of {@code actions}
     * for {@link #edit}; {@code onEdit} is what the button does.
     */
    /** Whether the events shown are only read (a data table's): then they offer no Edit. */
    javafx.beans.property.BooleanProperty readOnlyProperty() {
        return readOnly;
    }

    void setEditing(EventForm.Actions actions, Runnable onEdit) {
        this.form = new EventForm(actions);
        this.onEdit = onEdit;
    }

    /** The form is disabled while {@code when} is true. */
    void formDisabledWhen(javafx.beans.value.ObservableBooleanValue when) {
        EventForm f = form;
        if (f != null) {
            f.disableProperty().bind(when);
        }
    }

    /** Shows {@code event} as a form, the keyboard in its title. */
    void edit(Event event, EventFile file) {
        EventForm f = form;
        if (f == null) {
            return;
        }
        editing = event.id();
        editingShown.set(true);
        f.show(event, file);
        setContent(f);
        setVvalue(0);
        f.focusTitle();
    }

    /** Whether an event is shown as a form. */
    boolean isEditing() {
        return editing != null;
    }

    /** Back to reading. */
    void stopEditing() {
        editing = null;
        editingShown.set(false);
        setContent(box);
    }

    /** Shows the event with times in the chosen zone, or a hint when {@code event} is {@code null}. */
    public void show(@Nullable Event event, @Nullable EventFile file, @Nullable ZoneChoice zones) {
        EventForm f = form;
        if (f != null && editing != null) {
            if (event != null && file != null && event.id().equals(editing)) {
                f.show(event, file);
                return;
            }
            stopEditing();
        }
        ZoneChoice choice = zones == null ? ZoneChoice.FILE : zones;
        Locale locale = Locale.getDefault();
        // What the pane would show; an edit elsewhere in the file leaves it as it is (and scrolled where it was).
        List<Object> what = event == null || file == null
                ? List.of()
                : List.of(
                        event,
                        TimeFormat.formatEvent(
                                event,
                                file.displayZone(),
                                choice.primary(event, file),
                                choice.secondary(event, file),
                                locale),
                        file.category(event.category()),
                        file.reportOf(event),
                        event.sourceIds().stream().map(file::source).toList());
        if (what.equals(shown) && !box.getChildren().isEmpty()) {
            return;
        }
        shown = what;
        Media m = event == null ? null : event.media();
        String where = m == null ? null : MediaLoader.where(m, folder.get());
        abandonShownUnless(where);
        box.getChildren().clear();
        if (event == null || file == null) {
            Label hint = wrapped(Messages.get("details.hint"));
            hint.getStyleClass().add("text-muted");
            hint.setId("details-hint");
            box.getChildren().add(hint);
            return;
        }
        Label title = wrapped(event.title());
        title.setId("details-title");
        title.getStyleClass().addAll("title-3");
        Runnable edit = onEdit;
        if (edit != null && !readOnly.get()) {
            Button button = new Button(Messages.get("details.edit"), new FontIcon(MaterialDesignP.PENCIL_OUTLINE));
            button.setId("details-edit");
            button.getStyleClass().add("small");
            button.setTooltip(new Tooltip(Messages.get("details.edit.tip")));
            button.setOnAction(e -> edit.run());
            box.getChildren().add(button);
        }
        Label time = wrapped((String) what.get(1));
        time.setId("details-time");
        time.getStyleClass().add("text-bold");
        box.getChildren().addAll(title, time);

        StringBuilder facts = new StringBuilder();
        file.category(event.category()).ifPresent(c -> facts.append(c.name()));
        if (event.place() != null) {
            facts.append(facts.isEmpty() ? "" : " · ").append(event.place());
        }
        if (!facts.isEmpty()) {
            Label meta = wrapped(facts.toString());
            meta.getStyleClass().add("text-muted");
            box.getChildren().add(meta);
        }
        if (event.fatalities() != null) {
            Label deaths = wrapped(Messages.get(
                    "details.fatalities",
                    java.text.NumberFormat.getIntegerInstance(locale).format(event.fatalities())));
            deaths.setId("details-fatalities");
            deaths.getStyleClass().add("text-bold");
            box.getChildren().add(deaths);
        }
        if (event.description() != null) {
            Label description = wrapped(event.description());
            description.setId("details-description");
            box.getChildren().add(description);
        }
        if (m != null) {
            addMedia(m, where);
        }
        if (!event.actors().isEmpty()) {
            box.getChildren().add(section(Messages.get("details.actors")));
            Label actors = wrapped(String.join(", ", event.actors()));
            actors.setId("details-actors");
            box.getChildren().add(actors);
        }
        file.reportOf(event).ifPresent(r -> {
            box.getChildren().add(section(Messages.get("details.troopReport")));
            Label figures = wrapped(figures(r, locale));
            figures.setId("details-report");
            box.getChildren().add(figures);
        });
        if (!event.sourceIds().isEmpty()) {
            box.getChildren().add(section(Messages.get("details.sources")));
            for (String id : event.sourceIds()) {
                file.source(id).ifPresent(this::addSource);
            }
        }
        setVvalue(0);
    }

    /**
     * The event's picture, fetched from {@code where} (see {@link MediaLoader#where}; {@code null}
     * before the file is saved) in the background (the pane says so meanwhile), with its caption,
     * credit and a link; a video, post or map is a card with a link; a picture that cannot be had
     * says why and keeps its link.
     */
    private void addMedia(Media m, @Nullable String where) {
        MediaLoader loader = media;
        box.getChildren().add(section(Messages.get("details.media")));
        VBox holder = new VBox(4);
        holder.setId("details-media");
        Label status =
                wrapped(where == null ? Messages.get("details.media.unsaved") : Messages.get("details.media.loading"));
        status.setId("details-media-status");
        status.getStyleClass().add("text-muted");
        holder.getChildren().add(status);
        // A caption or credit is one line of text: controls and bidi overrides from the file left out.
        if (m.caption() != null) {
            holder.getChildren().add(wrapped(Text.oneLine(m.caption())));
        }
        if (m.credit() != null) {
            Label credit = wrapped(Text.oneLine(m.credit()));
            credit.getStyleClass().addAll("text-muted", "text-small");
            holder.getChildren().add(credit);
        }
        // Only a web address or a picture is handed to the system to open, never another file.
        if (where != null && (m.isWeb() || MediaLoader.isPicture(m.url()))) {
            Hyperlink link = new Hyperlink(Printable.shorten(Printable.escape(m.url()), 80));
            link.setId("details-media-link");
            link.setTooltip(new Tooltip(Printable.escape(where)));
            link.setOnAction(e -> openLink.accept(where));
            link.setPadding(Insets.EMPTY);
            holder.getChildren().add(link);
        }
        box.getChildren().add(holder);
        if (where == null || loader == null) {
            return;
        }
        shownMedia = where;
        var unused = loader.load(where)
                .thenAccept(r -> Platform.runLater(() -> {
                    if (!box.getChildren().contains(holder)) {
                        return; // another event is shown now
                    }
                    int at = holder.getChildren().indexOf(status);
                    if (r instanceof MediaLoader.Picture p) {
                        ImageView view = new ImageView(p.image());
                        view.setId("details-media-picture");
                        view.setPreserveRatio(true);
                        view.setSmooth(true);
                        view.fitWidthProperty()
                                .bind(javafx.beans.binding.Bindings.createDoubleBinding(
                                        () -> Math.max(
                                                40,
                                                Math.min(
                                                        p.image().getWidth(),
                                                        getViewportBounds().getWidth() - 34)),
                                        viewportBoundsProperty()));
                        view.setFitHeight(Math.min(p.image().getHeight(), MAX_PICTURE_HEIGHT));
                        if (m.alt() != null) {
                            view.setAccessibleText(Text.oneLine(m.alt()));
                            Tooltip.install(view, new Tooltip(Text.oneLine(m.alt())));
                        }
                        holder.getChildren().set(at, view);
                    } else if (r instanceof MediaLoader.Link l) {
                        status.setText(Messages.get("details.media.card", l.provider()));
                        status.getStyleClass().remove("text-muted");
                    } else if (r instanceof MediaLoader.Failed f) {
                        status.setText(Messages.get("details.media.cannot", f.reason()));
                    }
                }));
    }

    /**
     * Stops the fetch of the picture shown last, if it is still under way and {@code next} (the
     * picture shown now, or {@code null}) is another: nobody waits for it now.
     */
    private void abandonShownUnless(@Nullable String next) {
        MediaLoader loader = media;
        String was = shownMedia;
        shownMedia = null;
        if (loader != null && was != null && !was.equals(next) && loader.kept(was) == null) {
            loader.abandon(was);
        }
    }

    private void addSource(Source s) {
        VBox entry = new VBox(0);
        entry.getStyleClass().add("details-source");
        if (s.url() != null) {
            Hyperlink link = new Hyperlink(s.name());
            link.setWrapText(true);
            link.setTooltip(new Tooltip(s.url()));
            link.setOnAction(e -> openLink.accept(s.url()));
            link.setPadding(Insets.EMPTY);
            entry.getChildren().add(link);
        } else {
            entry.getChildren().add(wrapped(s.name()));
        }
        if (s.note() != null) {
            Label note = wrapped(s.note());
            note.getStyleClass().addAll("text-muted", "text-small");
            entry.getChildren().add(note);
        }
        box.getChildren().add(entry);
    }

    private static String figures(TroopReport r, Locale locale) {
        NumberFormat nf = NumberFormat.getIntegerInstance(locale);
        return r.bands().stream()
                        .map((Band b) -> Messages.get("details.figure", nf.format(b.troops()), b.withinKm()))
                        .collect(Collectors.joining("; "))
                + " " + Messages.get("details.reportedBy", r.reportedBy());
    }

    private static Label section(String text) {
        Label l = new Label(text.toUpperCase(Messages.locale()));
        l.getStyleClass().addAll("text-caption", "text-muted", "details-section");
        l.setPadding(new Insets(6, 0, 0, 0));
        return l;
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }
}
