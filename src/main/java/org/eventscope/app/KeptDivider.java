package org.eventscope.app;

import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;

/**
 * Keeps a split pane's divider where the user (or the window) put it: when the window shrinks
 * until the panes' minimum sizes push the divider aside, it comes back once there is room again,
 * rather than staying where the squeeze left it. Only a drag of the divider moves it for good.
 */
final class KeptDivider {

    private final SplitPane split;
    private double wanted;
    private double atPress = Double.NaN;

    KeptDivider(SplitPane split, double initial) {
        this.split = split;
        this.wanted = initial;
        split.setDividerPositions(initial);
        split.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> atPress = position());
        split.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            // A drag that moved the divider: the user's new choice.
            if (!Double.isNaN(atPress) && position() != atPress) {
                wanted = position();
            }
            atPress = Double.NaN;
        });
        (split.getOrientation() == Orientation.HORIZONTAL ? split.widthProperty() : split.heightProperty())
                .addListener(o -> Platform.runLater(() -> split.setDividerPositions(wanted)));
    }

    private double position() {
        return split.getDividerPositions()[0];
    }

    /** Where the divider should stand, as a fraction of the split. */
    double get() {
        return wanted;
    }

    void set(double position) {
        wanted = position;
        split.setDividerPositions(position);
    }
}
