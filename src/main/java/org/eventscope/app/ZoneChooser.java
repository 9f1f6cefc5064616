package org.eventscope.app;

import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.eventscope.i18n.Messages;
import org.eventscope.model.EventFile;
import org.jspecify.annotations.Nullable;

/** "Times in": the file's zone, UTC, this computer's, or each event's own; named for the open file. */
final class ZoneChooser extends ComboBox<ZoneChoice> {

    ZoneChooser(Supplier<EventFile> file) {
        super(FXCollections.observableArrayList(ZoneChoice.values()));
        setId("zone-choice");
        setValue(ZoneChoice.FILE);
        setTooltip(new Tooltip(Messages.get("toolbar.timesIn.tip")));
        setConverter(new StringConverter<>() {
            @Override
            public String toString(ZoneChoice choice) {
                return choice == null ? "" : choice.label(file.get());
            }

            @Override
            public @Nullable ZoneChoice fromString(String text) {
                return null;
            }
        });
    }

    /** Names the choices again, for a new file (whose zone the first one names). */
    void refresh() {
        ZoneChoice choice = getValue();
        setValue(null);
        setValue(choice);
    }
}
