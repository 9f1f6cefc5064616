package org.eventscope.app;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.collections.FXCollections;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.eventscope.i18n.Messages;
import org.eventscope.model.Precision;
import org.eventscope.model.TimePoint;
import org.jspecify.annotations.Nullable;

/**
 * A time as an event file writes it, edited as three parts: the date and time at their precision
 * ({@code 2022-01-10} or {@code 2022-01-10 09:00}), the precision (choosing one rewrites the
 * date to it), and for a time of day the zone it is in (empty: the file's display zone). The field
 * does not judge the text: {@link #text()} goes to the reader's check like any time in a file.
 */
final class TimeField extends HBox {

    private final TextField local = new TextField();
    private final ChoiceBox<Precision> precision =
            new ChoiceBox<>(FXCollections.observableArrayList(Precision.values()));
    private final ComboBox<String> zone = new ComboBox<>();
    private boolean syncing;

    TimeField(String id) {
        super(6);
        setId(id);
        local.setId(id + "-text");
        precision.setId(id + "-precision");
        zone.setId(id + "-zone");
        local.setPromptText(Messages.get("form.time.prompt"));
        local.setPrefColumnCount(12);
        local.setMinWidth(130);
        precision.setPrefWidth(100);
        precision.setMinWidth(90);
        HBox.setHgrow(local, Priority.ALWAYS);
        HBox.setHgrow(zone, Priority.SOMETIMES);
        precision.setConverter(new StringConverter<>() {
            @Override
            public String toString(@Nullable Precision p) {
                return p == null ? "" : Messages.get("form.precision." + p.name());
            }

            @Override
            public @Nullable Precision fromString(String s) {
                return null;
            }
        });
        zone.setEditable(true);
        zone.setPromptText(Messages.get("form.time.fileZone"));
        zone.setPrefWidth(130);
        zone.setMinWidth(90);
        List<String> zones = new ArrayList<>(ZoneId.getAvailableZoneIds());
        zones.removeIf(z -> !z.contains("/") || z.startsWith("Etc/") || z.startsWith("SystemV/"));
        zones.sort(null);
        zones.add(0, "UTC");
        zone.getItems().setAll(zones);
        getChildren().addAll(local, precision, zone);
        local.textProperty().addListener(o -> {
            if (!syncing) {
                TimePoint t = parse();
                // The picker follows what is typed; a date that is not real yet still has a shape.
                Precision shown = t != null ? t.precision() : shapeOf(local.getText());
                if (shown != null) {
                    syncing = true;
                    precision.setValue(shown);
                    syncing = false;
                }
                clockShown();
            }
        });
        precision.valueProperty().addListener((o, was, now) -> {
            if (syncing || now == null) {
                return;
            }
            TimePoint t = parse();
            if (t != null && t.precision() != now) {
                local.setText(TimePoint.of(t.local(), now, null, null).text().replace('T', ' '));
            }
            clockShown();
        });
    }

    /** Called when the text, the precision or the zone changes (while typing, too). */
    void onChange(InvalidationListener listener) {
        local.textProperty().addListener(listener);
        zone.valueProperty().addListener(listener);
        zone.getEditor().textProperty().addListener(listener);
    }

    /**
     * Called when a typed time is finished: Enter, or the keyboard leaving the field; and when a
     * precision or zone is picked. (A time is not applied while it is typed: "2022-0" on the way
     * to "2022-03-01" would move the event about.)
     */
    void onCommit(Runnable commit) {
        local.setOnAction(e -> commit.run());
        local.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
        // Picked by the user, not set while the text was typed or a time shown.
        precision.valueProperty().addListener(o -> {
            if (!syncing) {
                commit.run();
            }
        });
        zone.valueProperty().addListener(o -> {
            if (!syncing) {
                commit.run();
            }
        });
        zone.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
    }

    /** Shows {@code t}, or nothing. */
    void set(@Nullable TimePoint t) {
        syncing = true;
        try {
            if (t == null) {
                local.setText("");
                zone.setValue(null);
                zone.getEditor().setText("");
            } else {
                local.setText(TimePoint.of(t.local(), t.precision(), null, null)
                        .text()
                        .replace('T', ' '));
                precision.setValue(t.precision());
                ZoneId z = t.zone() != null ? t.zone() : t.offset();
                zone.setValue(z == null ? null : z.getId());
                zone.getEditor().setText(z == null ? "" : z.getId());
            }
        } finally {
            syncing = false;
        }
        clockShown();
    }

    /** The time as a file writes it ({@code 2022-01-10T09:00[Europe/Zurich]}), or "" when empty. */
    String text() {
        String t = joined(local.getText());
        if (t.isEmpty()) {
            return "";
        }
        String z = zone.getEditor().getText() == null
                ? ""
                : zone.getEditor().getText().strip();
        if (z.isEmpty() || !t.contains("T")) {
            return t;
        }
        return z.equals("Z") || z.startsWith("+") || z.startsWith("-") ? t + z : t + "[" + z + "]";
    }

    /**
     * The typed time as a file writes it: a date and a time of day typed with a space between them
     * joined by "T" ({@code 2022-01-10 09:00} → {@code 2022-01-10T09:00}); anything else as typed, so
     * the reader's message quotes what the user wrote.
     */
    static String joined(@Nullable String typed) {
        String t = typed == null ? "" : typed.strip();
        return t.replaceFirst("^(\\d{4}-\\d{2}-\\d{2}) +(\\d)", "$1T$2");
    }

    TextField textField() {
        return local;
    }

    private @Nullable TimePoint parse() {
        try {
            String t = joined(local.getText());
            return t.isEmpty() ? null : TimePoint.parse(t);
        } catch (DateTimeException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The precision a time written like {@code text} has (2021, 2021-02, 2021-02-30, 2021-02-30 09:00), or null. */
    static @Nullable Precision shapeOf(@Nullable String text) {
        String t = text == null ? "" : text.strip().replace(' ', 'T');
        int clock = t.indexOf('T');
        String date = clock < 0 ? t : t.substring(0, clock);
        if (clock >= 0) {
            return t.length() - clock - 1 > 5 ? Precision.SECOND : Precision.MINUTE;
        }
        return switch (date.length() - date.replace("-", "").length()) {
            case 0 -> date.isEmpty() ? null : Precision.YEAR;
            case 1 -> Precision.MONTH;
            default -> Precision.DAY;
        };
    }

    /** The zone matters only for a time of day. */
    private void clockShown() {
        Precision p = precision.getValue();
        zone.setDisable(p == null || !(p == Precision.MINUTE || p == Precision.SECOND));
    }
}
