package org.eventscope.timeline;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.eventscope.i18n.Messages;
import org.eventscope.model.Category;
import org.eventscope.model.CategoryColors;
import org.eventscope.model.Event;
import org.eventscope.model.EventFile;
import org.eventscope.model.TimeFormat;
import org.jspecify.annotations.Nullable;

/**
 * What hovering over an event shows: its title in bold, its category (with the category's colour)
 * and time, its place, the start of its description, and that a click shows the rest. Style
 * classes: {@code timeline-hover-card}, and {@code title}, {@code meta}, {@code description},
 * {@code hint} on its labels.
 */
final class HoverCard {

    static final int MAX_DESCRIPTION = 240;
    private static final double WIDTH = 400;

    private HoverCard() {}

    /** The widest and highest a picture stands on the card. */
    static final double THUMBNAIL = 160;

    /** The card of {@code ev}, with {@code thumbnail} (its picture, when loaded) at its top. */
    static VBox of(Event ev, EventFile file, ZoneId zone, Locale locale, javafx.scene.image.@Nullable Image thumbnail) {
        VBox card = new VBox(4) {
            @Override
            protected double computePrefHeight(double width) {
                // Asked without a width (as a tooltip asks), wrapped labels would wrap at every word.
                return super.computePrefHeight(width < 0 ? WIDTH : width);
            }
        };
        card.getStyleClass().add("timeline-hover-card");
        card.setPrefWidth(WIDTH);
        card.setMaxWidth(WIDTH);
        if (thumbnail != null) {
            javafx.scene.image.ImageView picture = new javafx.scene.image.ImageView(thumbnail);
            picture.setPreserveRatio(true);
            picture.setSmooth(true);
            picture.setFitWidth(Math.min(THUMBNAIL, thumbnail.getWidth()));
            picture.setFitHeight(Math.min(THUMBNAIL * 0.75, thumbnail.getHeight()));
            picture.getStyleClass().add("thumbnail");
            card.getChildren().add(picture);
        }
        card.getChildren().add(label(ev.title(), "title"));

        Label metaLabel = label(meta(ev, file, zone, locale), "meta");
        Node metaLine = metaLabel;
        Optional<String> colour =
                category(ev, file).map(c -> CategoryColors.of(file.categories()).get(c.id()));
        if (colour.isPresent()) {
            Rectangle chip = new Rectangle(10, 10, Color.web(colour.get()));
            HBox line = new HBox(6, chip, metaLabel);
            line.setAlignment(Pos.CENTER_LEFT);
            metaLine = line;
        }
        card.getChildren().add(metaLine);
        if (ev.place() != null) {
            card.getChildren().add(label(ev.place(), "meta"));
        }
        if (ev.description() != null) {
            card.getChildren().add(label(shorten(ev.description()), "description"));
        }
        card.getChildren().add(label(Messages.get("timeline.tip.details"), "hint"));
        card.setAccessibleText(text(ev, file, zone, locale));
        return card;
    }

    /** The same as plain text, for screen readers. */
    static String text(Event ev, EventFile file, ZoneId zone, Locale locale) {
        String text = ev.title() + "\n" + meta(ev, file, zone, locale);
        if (ev.place() != null) {
            text += "\n" + ev.place();
        }
        if (ev.description() != null) {
            text += "\n\n" + shorten(ev.description());
        }
        return text;
    }

    private static Optional<Category> category(Event ev, EventFile file) {
        return file == null || ev.category() == null ? Optional.empty() : file.category(ev.category());
    }

    /** "Category · time", or the time alone. */
    private static String meta(Event ev, EventFile file, ZoneId zone, Locale locale) {
        // A time without a zone is the file's; a table's events carry their own.
        ZoneId read = file == null ? zone : file.displayZone();
        return category(ev, file).map(c -> c.name() + " · ").orElse("")
                + TimeFormat.formatEvent(ev, read, zone, locale);
    }

    static String shorten(String description) {
        return description.length() > MAX_DESCRIPTION
                ? description.substring(0, MAX_DESCRIPTION - 1) + "…"
                : description;
    }

    private static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMaxWidth(WIDTH);
        return label;
    }
}
