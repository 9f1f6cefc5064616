package org.eventscope.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The look of the window: AtlantaFX Primer, light or dark. The canvases follow through CSS. */
public enum Theme {
    LIGHT,
    DARK;

    /** Makes this the theme of every window of the application. */
    public void apply() {
        Application.setUserAgentStylesheet(
                this == DARK ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }
}
