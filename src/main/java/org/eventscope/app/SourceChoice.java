package org.eventscope.app;

import javafx.collections.ListChangeListener;
import org.controlsfx.control.CheckComboBox;
import org.eventscope.i18n.Messages;

/** How a choice of sources reads: the names of those checked, or "(no sources)" when none is. */
final class SourceChoice {

    private SourceChoice() {}

    static <T> void showNoneWhenEmpty(CheckComboBox<T> box) {
        Runnable update = () -> box.setTitle(
                box.getCheckModel().getCheckedItems().isEmpty() ? Messages.get("form.sources.none") : null);
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) c -> update.run());
        update.run();
    }
}
